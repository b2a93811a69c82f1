"""The activation functions page: g(z) and g'(z) side by side, and where the gradient vanishes."""
from figures.activations import activation_figure
from lessons.language import N_
from nncore import ACTIVATIONS

from .controls import Choice, Choices, Controls, Number

TITLE, ICON = "Activation functions", ":material/show_chart:"
SHORT = "Activations"  # in the navigation
SUMMARY = "sigmoid, tanh, ReLU, leaky ReLU, linear with their derivatives and vanishing gradients"
CONTROLS = Controls(
    Choices("names", N_("activations"), ["sigmoid", "tanh", "relu"], options=tuple(ACTIVATIONS),
            labels={name: a.label for name, a in ACTIVATIONS.items()}, at_least=0, widget="multiselect"),
    Number("z", "z", 1.0, low=-6.0, high=6.0, step=0.1, widget="slider"),
    Choice("threshold", N_("shade where |g'(z)| is below"), 0.05, options=(0.001, 0.01, 0.05, 0.1, 0.2),
           widget="select_slider"),
)
CHARTS = ("functions and derivatives",)
Z_RANGE = 6.0  # the figure and the page's list of regions cover [-Z_RANGE, Z_RANGE]


def figures(settings, model=None, names=CHARTS):
    return {"functions and derivatives": activation_figure(settings["names"], settings["z"],
                                                           settings["threshold"], Z_RANGE)}
