"""The artificial neuron page: s = w·x + b with b = −T, h = g(s), as an angle test and as a linear
classifier of toy data."""
import numpy as np

from figures.neuron import angle_picture, output_heatmap
from lessons.language import N_
from lessons.neuron import NEURON_ACTIVATIONS
from nncore import make_dataset

from .controls import Choice, Controls, Number

TITLE, ICON = "The artificial neuron", ":material/radio_button_checked:"
SHORT = "Neuron"  # in the navigation
SUMMARY = "s = w·x + b and h = g(s), the angle test with its cone, one neuron as a linear classifier"
CONTROLS = Controls(
    Number("w1", "w₁", 1.0, low=-3.0, high=3.0, step=0.05, widget="slider"),
    Number("w2", "w₂", 1.0, low=-3.0, high=3.0, step=0.05, widget="slider"),
    Number("T", N_("threshold T (bias b = −T)"), 1.5, low=-6.0, high=6.0, step=0.05, widget="slider"),
    Number("x1", N_("input x₁"), 2.0, low=-3.0, high=3.0, step=0.05, widget="slider"),
    Number("x2", N_("input x₂"), 0.5, low=-3.0, high=3.0, step=0.05, widget="slider"),
    Choice("activation", N_("activation g"), "step", options=tuple(NEURON_ACTIVATIONS),
           labels={name: label for name, (label, _) in NEURON_ACTIVATIONS.items()}, widget="selectbox"),
    Choice("data", N_("toy data"), "linear", options=("linear", "xor"),
           labels={"linear": N_("Linearly separable"), "xor": "XOR"}, widget="radio"),
)
CHARTS = ("angle test", "output over the plane")


def weights(settings):
    return np.array([settings["w1"], settings["w2"]])


def inputs(settings):
    return np.array([settings["x1"], settings["x2"]])


def toy_data(name):
    """The classifier section's 120 points, the same on every run."""
    return make_dataset(name, 120, 0.0, 1.0, seed=3)


def figures(settings, model=None, names=CHARTS, angle_extent=None):
    """The page's charts; `angle_extent`: the angle picture's half-width (None: fitted to w and x)."""
    data = toy_data(settings["data"])
    build = {
        "angle test": lambda: angle_picture(inputs(settings), weights(settings), settings["T"],
                                            angle_extent),
        "output over the plane": lambda: output_heatmap(weights(settings), settings["T"],
                                                        settings["activation"], data.X_train,
                                                        data.y_train),
    }
    return {name: build[name]() for name in names}


def nearer_tip(settings, point):
    """"w" or "x": the arrow whose tip is nearer `point` (a drag on the angle picture moves it)."""
    return "w" if np.hypot(*(weights(settings) - point)) <= np.hypot(*(inputs(settings) - point)) else "x"


def tip_at(tip, point):
    """The settings that put arrow `tip`'s tip at `point`, on its sliders' steps and ranges."""
    names = (f"{tip}1", f"{tip}2")
    steps = {name: round(value / CONTROLS[name].step) * CONTROLS[name].step for name, value in zip(names, point)}
    # to 10 places: 41 steps of 0.05 are 2.0500000000000003, which a link would write out
    return {name: round(float(np.clip(value, CONTROLS[name].low, CONTROLS[name].high)), 10) + 0.0
            for name, value in steps.items()}
