"""Exports of the second lecture's pages: capacity, universal approximation, hidden codes,
backpropagation, the NumPy network and over-/underfitting (see catalog.py for what a page's export
function is). Each reads the page's settings with the page's own parser (webui/lecture_params.py,
whose docstrings give the parameters, ranges and defaults), strictly, and then what only an export
needs. Pages that train are drawn after the page's own training, or after `epochs`."""
from figures.universal_approximation import bumps_figure, trained_fit_figure
from figures.backprop import edge_steps_figure, layer_steps_figure
from figures.capacity import capacity_figures
from figures.hidden_codes import codes_figures
from figures.numpy_net import comparison_figures
from figures.overfitting import live_figures, sweep_figure
from nncore import Trainer
from lessons.universal_approximation import approximation_setup, approximation_target, parse_points
from lessons.capacity import train_networks
from lessons.hidden_codes import TRAINING_EPOCHS, code_table, codes_config
from lessons.backprop import (NETWORK_EXAMPLE, NETWORK_SIZES, NEURON_EXAMPLE, logistic_neuron_graph,
                          network_graph)
from lessons.backprop import after_update, edge_limits, edge_steps, layer_limits, layer_steps
from lessons.numpy_net import ITERATIONS, lecture_arrays, lecture_trainer
from lessons.overfitting import CAPACITIES, capacity_sweep, overfitting_config, train_to_epoch
from lessons.numpy_net import comparison, program_runs, train_live
from webui import lecture_params
from webui.query import Query

BACKPROP_STAGES = ("forward", "backward", "update")


def capacity_page(params):
    """views/capacity.py: lecture_params.capacity. The three networks are trained as the page trains
    them (1500 steps)."""
    query = Query(params)
    s = lecture_params.capacity(query)
    query.finish()
    setup = (s["dataset"], s["hidden_units"], s["activation"], s["seed"])
    figures = capacity_figures(train_networks(*setup), s["hidden_units"], s["activation"],
                               s["plotted_units"])
    return list(figures.items())


def universal_approximation_page(params):
    """views/universal_approximation.py: lecture_params.universal_approximation, and epochs=1000 to
    train before drawing."""
    query = Query(params)
    s = lecture_params.universal_approximation(query)
    epochs = query.epochs(1000)
    query.finish()
    points = None if s["points"] is None else parse_points(s["points"])
    config, data = approximation_setup(s["target"], s["hidden_units"], s["activation"],
                                       s["learning_rate"], points)
    trainer = train_to_epoch(Trainer(config, data), epochs)
    target_function = approximation_target(s["target"], points)
    return [("fit and contributions", trained_fit_figure(trainer, target_function, s["stacked"])),
            ("bumps", bumps_figure(target_function, s["bumps"], s["steepness"]))]


def hidden_codes_page(params):
    """views/hidden_codes.py: lecture_params.hidden_codes, and epochs=3000 to train before drawing
    (the page's "crisp codes")."""
    query = Query(params)
    s = lecture_params.hidden_codes(query)
    epochs = query.epochs(TRAINING_EPOCHS)
    query.finish()
    config = codes_config(s["output"], s["optimizer"], s["learning_rate"], s["seed"])
    trainer = train_to_epoch(Trainer(config), epochs)
    return list(codes_figures(code_table(trainer), trainer.history).items())


def backprop_page(params):
    """views/backprop.py: lecture_params.backprop, and stage=backward (after Forward and the whole
    backward pass: every value and δ), forward (after Forward only) or update (after Update: the new
    parameters, both passes to do again)."""
    query = Query(params)
    s = lecture_params.backprop(query)
    stage = query.choice("stage", "backward", BACKPROP_STAGES)
    query.finish()
    neuron, network = logistic_neuron_graph(), network_graph(NETWORK_SIZES)
    neuron_values = {name: s[name] for name in NEURON_EXAMPLE}
    network_values = {name: s[name] for name in NETWORK_EXAMPLE}
    return [("neuron graph", edge_steps_figure(neuron, _at_stage(
                neuron, neuron_values, edge_steps, edge_limits, stage, s["learning_rate"]))),
            ("network graph", layer_steps_figure(network, _at_stage(
                network, network_values, layer_steps, layer_limits, stage,
                s["network_learning_rate"])))]


def _at_stage(graph, leaf_values, steps, limits, stage, learning_rate):
    """What the page shows of `graph` after the buttons of `stage` (one of BACKPROP_STAGES)."""
    forward, backward = limits(graph)
    if stage == "update":
        return steps(graph, after_update(graph, leaf_values, learning_rate), 0, 0)
    return steps(graph, leaf_values, forward, backward if stage == "backward" else 0)


def numpy_net_page(params):
    """views/numpy_net.py: lecture_params.numpy_net, and iterations=500 of the live Trainer (0-500;
    the plain programs always run all 500)."""
    query = Query(params)
    seed = lecture_params.numpy_net(query)["seed"]
    iterations = query.whole("iterations", ITERATIONS, 0, ITERATIONS)
    query.finish()
    trainer = lecture_trainer(*lecture_arrays(seed))
    seconds = train_live(trainer, iterations)
    return list(comparison_figures(*comparison(trainer, seconds, program_runs(seed))).items())


def overfitting_page(params):
    """views/overfitting.py: lecture_params.overfitting. The sweep trains each capacity `epochs`
    epochs, and so is the page's own network trained before its fit and loss curves are drawn."""
    query = Query(params)
    s = lecture_params.overfitting(query)
    query.finish()
    config = overfitting_config(s["noise"], s["n_train"], s["hidden_units"], s["layers"],
                                s["regularization_rate"], s["data_seed"])
    trainer = train_to_epoch(Trainer(config), s["epochs"])
    sweep = capacity_sweep(config, CAPACITIES, s["epochs"], s["layers"])
    return [*live_figures(trainer).items(), ("capacity sweep", sweep_figure(sweep, s["hidden_units"]))]
