"""Exports of the second lecture's pages: capacity, universal approximation, hidden codes,
backpropagation, the NumPy network and over-/underfitting (see catalog.py for what a page's export
function is). Pages that train are drawn after the page's own training, or after `epochs`."""
from figures.lecture2_approximation import bumps_figure, trained_fit_figure
from figures.lecture2_backprop import edge_steps_figure, layer_steps_figure
from figures.lecture2_capacity import capacity_figures
from figures.lecture2_codes import codes_figures
from figures.lecture2_numpy import comparison_figures
from figures.lecture2_overfitting import live_figures, sweep_figure
from nncore import Trainer
from nncore.approximation import approximation_setup, approximation_target, parse_points
from nncore.capacity import train_networks
from nncore.codes import TRAINING_EPOCHS, code_table, codes_config
from nncore.graph import (NETWORK_EXAMPLE, NETWORK_SIZES, NEURON_EXAMPLE, logistic_neuron_graph,
                          network_graph)
from nncore.graph_steps import after_update, edge_limits, edge_steps, layer_limits, layer_steps
from nncore.lecture_net import ITERATIONS, lecture_arrays, lecture_trainer
from nncore.sweep import CAPACITIES, capacity_sweep, overfitting_config, train_to_epoch
from programs.runs import comparison, program_runs, train_live
from webui.lecture_settings import Approximation, Backprop, Capacity, HiddenCodes, NumpyNet, Overfitting

from .query import Query

BACKPROP_STAGES = ("forward", "backward", "update")


def capacity_page(params):
    """views/capacity.py: dataset=xor|circle, hidden_units=4 (2-4), activation=tanh|relu|sigmoid,
    seed=0 (0-9999), plotted_units=1,2,3 (the three of four hidden units in the 3D picture; with
    hidden_units=4 only). The three networks are trained as the page trains them (1500 steps)."""
    query = Query(params)
    settings = Capacity
    dataset = query.setting("dataset", settings.dataset)
    hidden_units = query.setting("hidden_units", settings.hidden_units)
    activation = query.setting("activation", settings.activation)
    seed = query.setting("seed", settings.seed)
    offered = [str(unit) for unit in settings.plotted_units.values]
    plotted = query.choices("plotted_units", map(str, settings.plotted_units.default), offered)
    if "plotted_units" in params and (hidden_units != 4 or len(set(plotted)) != 3):
        raise ValueError(f"plotted_units: {params['plotted_units']!r}: choose three different hidden "
                         f"units, with hidden_units=4 only")
    query.finish()
    figures = capacity_figures(train_networks(dataset, hidden_units, activation, seed), hidden_units,
                               activation, [int(unit) for unit in plotted])
    return list(figures.items())


def universal_approximation_page(params):
    """views/universal_approximation.py: target=sine|step|abs|cubic|points, points (with target=points:
    one 'x, y' a line, %0A between lines in a link; default the page's example), hidden_units=10
    (1-50), activation=tanh|sigmoid|relu, learning_rate=0.02 (the page's steps), stacked=1|0,
    epochs=1000 to train before drawing; bumps=8 (1-30), steepness=20 (1-100)."""
    query = Query(params)
    settings = Approximation
    target = query.setting("target", settings.target)
    points = None
    if target == "points":
        try:
            points = parse_points(query.text("points", settings.points))
        except ValueError as error:
            raise ValueError(f"points: {error}") from None
    elif "points" in params:
        raise ValueError("points: only with target=points")
    config, data = approximation_setup(target, query.setting("hidden_units", settings.hidden_units),
                                       query.setting("activation", settings.activation),
                                       query.setting("learning_rate", settings.learning_rate), points)
    stacked = query.flag("stacked", settings.stacked)
    epochs = query.epochs(1000)
    bumps = query.setting("bumps", settings.bumps)
    steepness = query.setting("steepness", settings.steepness)
    query.finish()
    trainer = train_to_epoch(Trainer(config, data), epochs)
    target_function = approximation_target(target, points)
    return [("fit and contributions", trained_fit_figure(trainer, target_function, stacked)),
            ("bumps", bumps_figure(target_function, bumps, steepness))]


def hidden_codes_page(params):
    """views/hidden_codes.py: output=sigmoid_bce|sigmoid_mse, optimizer=sgd|momentum|adagrad|rmsprop|
    adam, learning_rate=2 (the page's steps, 0.01-5), seed=0 (0-9999), epochs=3000 to train before
    drawing (the page's "crisp codes")."""
    query = Query(params)
    settings = HiddenCodes
    config = codes_config(query.setting("output", settings.output),
                          query.setting("optimizer", settings.optimizer),
                          query.setting("learning_rate", settings.learning_rate),
                          query.setting("seed", settings.seed))
    epochs = query.epochs(TRAINING_EPOCHS)
    query.finish()
    trainer = train_to_epoch(Trainer(config), epochs)
    return list(codes_figures(code_table(trainer), trainer.history).items())


def backprop_page(params):
    """views/backprop.py: stage=backward (after Forward and the whole backward pass: every value and
    δ), forward (after Forward only) or update (after Update: the new parameters, both passes to do
    again); learning_rate=1 (η of the update); the leaves of the neuron x=1.5, w=0.8, b=-0.3, t=1 and
    of the 2-2-1 network x0_1, x0_2, t_1, W1_11, W1_12, W1_21, W1_22, b1_1, b1_2, W2_11, W2_21, b2_1
    (default the page's example)."""
    query = Query(params)
    stage = query.choice("stage", "backward", BACKPROP_STAGES)
    learning_rate = query.number("learning_rate", Backprop.learning_rate)
    neuron_values = {name: query.number(name, value) for name, value in NEURON_EXAMPLE.items()}
    network_values = {name: query.number(name, value) for name, value in NETWORK_EXAMPLE.items()}
    query.finish()
    neuron, network = logistic_neuron_graph(), network_graph(NETWORK_SIZES)
    return [("neuron graph", edge_steps_figure(neuron, _at_stage(
                neuron, neuron_values, edge_steps, edge_limits, stage, learning_rate))),
            ("network graph", layer_steps_figure(network, _at_stage(
                network, network_values, layer_steps, layer_limits, stage, learning_rate)))]


def _at_stage(graph, leaf_values, steps, limits, stage, learning_rate):
    """What the page shows of `graph` after the buttons of `stage` (one of BACKPROP_STAGES)."""
    forward, backward = limits(graph)
    if stage == "update":
        return steps(graph, after_update(graph, leaf_values, learning_rate), 0, 0)
    return steps(graph, leaf_values, forward, backward if stage == "backward" else 0)


def numpy_net_page(params):
    """views/numpy_net.py: seed=0 (0-9999), iterations=500 of the live Trainer (0-500; the plain
    programs always run all 500)."""
    query = Query(params)
    seed = query.setting("seed", NumpyNet.seed)
    iterations = query.whole("iterations", ITERATIONS, 0, ITERATIONS)
    query.finish()
    trainer = lecture_trainer(*lecture_arrays(seed))
    seconds = train_live(trainer, iterations)
    return list(comparison_figures(*comparison(trainer, seconds, program_runs(seed))).items())


def overfitting_page(params):
    """views/overfitting.py: noise=0.3 (0-0.6), n_train=20 (5-100), hidden_units=8 (1, 2, 4, ..., 64),
    layers=1|2, regularization_rate=0 (L2 λ, the page's steps up to 0.1), epochs=2000 (500, 1000,
    2000, 4000), data_seed=0 (0-9999). The sweep trains each capacity `epochs` epochs, and so is the
    page's own network trained before its fit and loss curves are drawn."""
    query = Query(params)
    settings = Overfitting
    hidden_units = query.setting("hidden_units", settings.hidden_units)
    layers = query.setting("layers", settings.layers)
    config = overfitting_config(query.setting("noise", settings.noise),
                                query.setting("n_train", settings.n_train), hidden_units, layers,
                                query.setting("regularization_rate", settings.regularization_rate),
                                query.setting("data_seed", settings.data_seed))
    epochs = query.setting("epochs", settings.epochs)
    query.finish()
    trainer = train_to_epoch(Trainer(config), epochs)
    sweep = capacity_sweep(config, CAPACITIES, epochs, layers)
    return [*live_figures(trainer).items(), ("capacity sweep", sweep_figure(sweep, hidden_units))]
