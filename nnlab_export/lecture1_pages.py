"""Exports of the first lecture's pages: the neuron, activation functions, single-layer networks and
gradient descent (see catalog.py for what a page's export function is)."""
import numpy as np

from figures.lecture_activations import activation_figure
from figures.lecture_descent import batch_figure, learning_rates_figure, optimizer_race
from figures.lecture_neuron import angle_picture, output_heatmap
from figures.lecture_single_layer import classifier_figures, softmax_bars
from nncore import ACTIVATIONS, Trainer, make_dataset
from nncore.descent_runs import batch_paths, learning_rate_paths, race_paths
from nncore.linear_classifier import linear_classifier_config
from nncore.neuron import NEURON_ACTIVATIONS
from nncore.softmax_calc import LECTURE_EXAMPLE, score_problem, softmax_calculation
from nncore.surfaces import SURFACES
from nncore.sweep import train_to_epoch
from webui.lecture_settings import GradientDescent, SingleLayer

from .query import Query


def activations_page(params):
    """views/activations.py: names=sigmoid,tanh,relu, z=1, threshold=0.05."""
    query = Query(params)
    names = query.choices("names", ["sigmoid", "tanh", "relu"], list(ACTIVATIONS))
    z = query.number("z", 1.0, -6.0, 6.0)
    threshold = query.number("threshold", 0.05, 0.0, 1.0)
    query.finish()
    return [("functions and derivatives", activation_figure(names, z, threshold))]


def neuron_page(params):
    """views/neuron.py: w1=1, w2=1, T=1.5, x1=2, x2=0.5, activation=step, data=linear."""
    query = Query(params)
    w = np.array([query.number("w1", 1.0, -3, 3), query.number("w2", 1.0, -3, 3)])
    threshold = query.number("T", 1.5, -6, 6)
    x = np.array([query.number("x1", 2.0, -3, 3), query.number("x2", 0.5, -3, 3)])
    activation = query.choice("activation", "step", list(NEURON_ACTIVATIONS))
    data = make_dataset(query.choice("data", "linear", ["linear", "xor"]), 120, 0.0, 1.0, seed=3)
    query.finish()
    return [("angle test", angle_picture(x, w, threshold)),
            ("output over the plane", output_heatmap(w, threshold, activation, data.X_train,
                                                     data.y_train))]


def single_layer_page(params):
    """views/single_layer.py: the softmax calculator's scores=cat:3.2,car:5.1,frog:-1.7 (class:score,
    comma-separated) and correct=cat; the linear classifier's n_classes=3 (3-5), noise=0.1 (0-0.5),
    output=softmax_ce|hinge, learning_rate=0.03 and regularization_rate=0.03 (the page's steps),
    regularization=none|l1|l2|elastic_net, extra_features=0|1, and epochs=50 to train before drawing."""
    query = Query(params)
    names, scores = _calculator_scores(query.text("scores", None))
    correct = names.index(query.choice("correct", names[0], names))
    settings = SingleLayer
    config = linear_classifier_config(
        query.setting("n_classes", settings.n_classes), query.setting("noise", settings.noise),
        query.setting("output", settings.output), query.setting("learning_rate", settings.learning_rate),
        query.setting("regularization", settings.regularization),
        query.setting("regularization_rate", settings.regularization_rate),
        query.flag("extra_features", False))
    epochs = query.epochs(50)
    query.finish()
    trainer = train_to_epoch(Trainer(config), epochs)
    return [("softmax", softmax_bars(softmax_calculation(scores, correct), names)),
            *classifier_figures(trainer).items()]


def _calculator_scores(text):
    """Class names and scores from 'name:score,...' (None: the lecture's example), refused where the
    page would refuse them."""
    if text is None:
        return list(LECTURE_EXAMPLE), list(LECTURE_EXAMPLE.values())
    names, scores = [], []
    for item in text.split(","):
        name, _, number = item.rpartition(":")
        try:
            scores.append(float(number))
        except ValueError:
            raise ValueError(f"scores: {item!r} is not 'class:score'") from None
        names.append(name.strip() or f"class {len(names)}")
    problem = score_problem(scores)
    if problem:
        raise ValueError(f"scores: {text!r}: {problem}")
    return names, scores


def gradient_descent_page(params):
    """views/gradient_descent.py: surface=bowl|valley|saddle|rosenbrock|logistic, w1, w2 (the start),
    max_steps=100 (10-1000), learning_rate, batch_size=10 (2-100) and seed=0 (0-1000000) for GD vs SGD
    vs minibatch; rate_small, rate_right, rate_big (the three learning rates compared), step_epsilon
    and gradient_epsilon (each given turns its stopping rule on; 1e-12-1); race_learning_rate (SGD,
    momentum), race_adaptive_rate (Adagrad, RMSProp, Adam), race_steps=150 (10-500). Start and
    learning rates (1e-6-100) default to the surface's presets."""
    query = Query(params)
    settings = GradientDescent
    surface = SURFACES[query.setting("surface", settings.surface)]
    start = (query.number("w1", surface.start[0]), query.number("w2", surface.start[1]))
    max_steps = query.setting("max_steps", settings.max_steps)
    rate = settings.learning_rate
    learning_rate = query.setting("learning_rate", rate, surface.learning_rates[1])
    batch_size = query.setting("batch_size", settings.batch_size)
    seed = query.setting("seed", settings.seed)
    rates = [query.setting(name, rate, preset)
             for name, preset in zip(("rate_small", "rate_right", "rate_big"), surface.learning_rates)]
    step_epsilon = query.optional("step_epsilon", settings.step_epsilon)
    gradient_epsilon = query.optional("gradient_epsilon", settings.gradient_epsilon)
    race_rate = query.setting("race_learning_rate", rate, surface.learning_rates[1])
    race_adaptive_rate = query.setting("race_adaptive_rate", rate, surface.adaptive_learning_rate)
    race_steps = query.setting("race_steps", settings.race_steps)
    query.finish()
    grid = surface.grid()
    return [
        ("gd sgd minibatch", batch_figure(surface, grid, batch_paths(
            surface, learning_rate, start, max_steps, batch_size, seed), learning_rate)),
        ("learning rates", learning_rates_figure(surface, grid, learning_rate_paths(
            surface, rates, start, max_steps, step_epsilon, gradient_epsilon))),
        ("optimizer race", optimizer_race(surface, grid, race_paths(
            surface, race_rate, race_adaptive_rate, start, race_steps))),
    ]
