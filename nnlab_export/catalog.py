"""What each page exports: a function from the page's configuration, as query parameters {name: text},
to its figures [(figure name, go.Figure)], drawn as the page draws them. A parameter left out takes the
page's default; an unknown or bad one raises ValueError naming it.
"""
import math

import numpy as np

from figures.lecture_activations import activation_figure
from figures.lecture_neuron import angle_picture, output_heatmap
from figures.playground import playground_figures
from nncore import ACTIVATIONS, Trainer, make_dataset
from nncore.neuron import NEURON_ACTIVATIONS
from webui import playground_session
from webui.urlstate import HIDE, config_from_params


class Query:
    """Typed reads of query parameters; `finish()` refuses any parameter no read asked for."""

    def __init__(self, params):
        self.params, self.used = params, set()

    def number(self, name, default, low, high):
        self.used.add(name)
        text = self.params.get(name)
        if text is None:
            return default
        try:
            value = float(text)
        except ValueError:
            raise ValueError(f"{name}: {text!r} is not a number") from None
        if not (math.isfinite(value) and low <= value <= high):
            raise ValueError(f"{name}: {text!r} must be a number from {low:g} to {high:g}")
        return value

    def choices(self, name, default, allowed):
        """A comma-separated list of names out of `allowed`."""
        self.used.add(name)
        text = self.params.get(name)
        if text is None:
            return list(default)
        chosen = [item.strip() for item in text.split(",") if item.strip()]
        unknown = [item for item in chosen if item not in allowed]
        if unknown or not chosen:
            raise ValueError(f"{name}: {text!r} not allowed; choose from {', '.join(allowed)}")
        return chosen

    def choice(self, name, default, allowed):
        chosen = self.choices(name, [default], allowed)
        if len(chosen) != 1:
            raise ValueError(f"{name}: {self.params[name]!r}: choose one of {', '.join(allowed)}")
        return chosen[0]

    def finish(self):
        unknown = sorted(set(self.params) - self.used)
        if unknown:
            raise ValueError(f"{', '.join(unknown)}: not a setting of this page; "
                             f"settings: {', '.join(sorted(self.used))}")


def playground_page(params):
    """views/playground.py: its shareable link (webui/urlstate.py) plus `epochs` (default 50) to train
    before drawing, since a link holds the configuration but not the weights."""
    epochs = Query({"epochs": params["epochs"]} if "epochs" in params else {}).number(
        "epochs", 50, 0, 10_000)
    # `hide=` changes which controls the page shows, not its figures.
    link = {name: text for name, text in params.items() if name not in ("epochs", HIDE)}
    config, notes, _ = config_from_params(link, playground_session.DEFAULTS,
                                          playground_session.URL_RULES)
    if notes:  # the page falls back to its defaults; an export refuses instead of guessing
        raise ValueError("; ".join(note.replace("; the default is used instead", "")
                                   for note in notes))
    trainer = Trainer(config)
    for _ in range(int(epochs)):
        if trainer.diverged:
            break
        trainer.train_epoch()
    names = {"plane": "output"}  # the names the page gives its charts (camera button file names)
    return [(names.get(name, name), figure) for name, figure in playground_figures(trainer).items()]


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


PAGES = {"playground": playground_page, "activations": activations_page, "neuron": neuron_page}
