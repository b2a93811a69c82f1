"""Exports of the first lecture's pages: the neuron, activation functions, single-layer networks and
gradient descent (see catalog.py for what a page's export function is). Each reads the page's
settings with the page's own parser (webui/lecture_params.py, whose docstrings give the parameters,
ranges and defaults), strictly: a bad parameter is refused."""
import numpy as np

from figures.activations import activation_figure
from figures.gradient_descent import batch_figure, learning_rates_figure, optimizer_race
from figures.neuron import angle_picture, output_heatmap
from figures.single_layer import classifier_figures, softmax_bars
from nncore import Trainer, make_dataset
from lessons.gradient_descent import batch_paths, learning_rate_paths, race_paths
from lessons.single_layer import linear_classifier_config
from lessons.single_layer import softmax_calculation
from lessons.gradient_descent import SURFACES
from lessons.overfitting import train_to_epoch
from webui import lecture_params
from webui.query import Query


def activations_page(params):
    """views/activations.py: lecture_params.activations."""
    query = Query(params)
    s = lecture_params.activations(query)
    query.finish()
    return [("functions and derivatives", activation_figure(s["names"], s["z"], s["threshold"]))]


def neuron_page(params):
    """views/neuron.py: lecture_params.neuron."""
    query = Query(params)
    s = lecture_params.neuron(query)
    query.finish()
    w, x = np.array([s["w1"], s["w2"]]), np.array([s["x1"], s["x2"]])
    data = make_dataset(s["data"], 120, 0.0, 1.0, seed=3)
    return [("angle test", angle_picture(x, w, s["T"])),
            ("output over the plane", output_heatmap(w, s["T"], s["activation"], data.X_train,
                                                     data.y_train))]


def single_layer_page(params):
    """views/single_layer.py: lecture_params.single_layer, and epochs=50 to train before drawing."""
    query = Query(params)
    s = lecture_params.single_layer(query)
    epochs = query.epochs(50)
    query.finish()
    config = linear_classifier_config(s["n_classes"], s["noise"], s["output"], s["learning_rate"],
                                      s["regularization"], s["regularization_rate"],
                                      s["extra_features"])
    trainer = train_to_epoch(Trainer(config), epochs)
    names = list(s["scores"])
    calculation = softmax_calculation(list(s["scores"].values()), names.index(s["correct"]))
    return [("softmax", softmax_bars(calculation, names)), *classifier_figures(trainer).items()]


def gradient_descent_page(params):
    """views/gradient_descent.py: lecture_params.gradient_descent."""
    query = Query(params)
    s = lecture_params.gradient_descent(query)
    query.finish()
    surface = SURFACES[s["surface"]]
    start, max_steps, learning_rate = (s["w1"], s["w2"]), s["max_steps"], s["learning_rate"]
    rates = [s["rate_small"], s["rate_right"], s["rate_big"]]
    grid = surface.grid()
    return [
        ("gd sgd minibatch", batch_figure(surface, grid, batch_paths(
            surface, learning_rate, start, max_steps, s["batch_size"], s["seed"]), learning_rate)),
        ("learning rates", learning_rates_figure(surface, grid, learning_rate_paths(
            surface, rates, start, max_steps, s["step_epsilon"], s["gradient_epsilon"]))),
        ("optimizer race", optimizer_race(surface, grid, race_paths(
            surface, s["race_learning_rate"], s["race_adaptive_rate"], start, s["race_steps"]))),
    ]
