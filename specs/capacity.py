"""The capacity page: one neuron against one hidden layer on XOR and the circle, the data in the hidden
units' coordinates, and linear hidden units collapsing to one neuron."""
from figures.capacity import capacity_figures
from lessons.capacity import train_networks
from lessons.language import N_
from nncore import ACTIVATIONS

from .controls import Choice, Choices, Controls, Number

TITLE, ICON = "From one neuron to a hidden layer", ":material/extension:"
SHORT = "Hidden layer"  # in the navigation
SUMMARY = "XOR and circle: one neuron fails, a hidden layer separates them; linear hidden units do not"
CONTROLS = Controls(
    Choice("dataset", N_("data"), "xor", options=("xor", "circle"),
           labels={"xor": "XOR", "circle": N_("Circle")},
           widget="radio"),
    Number("hidden_units", N_("hidden units"), 4, low=2, high=4, whole=True, widget="slider"),
    Choice("activation", N_("hidden activation g"), "tanh", options=("tanh", "relu", "sigmoid"),
           labels={name: ACTIVATIONS[name].label for name in ("tanh", "relu", "sigmoid")},
           widget="selectbox"),
    Number("seed", N_("seed (initial weights)"), 0, low=0, high=9999, whole=True, widget="number"),
    Choices("plotted_units", N_("three hidden units to plot"), [1, 2, 3], options=(1, 2, 3, 4), count=3,
            applies=lambda s: s["hidden_units"] == 4, only=N_("with hidden_units=4 only"),
            widget="multiselect"),
)
CHARTS = ("single neuron", "hidden layer", "hidden space", "nonlinear hidden units",
          "linear hidden units")


def networks(settings):
    """The page's three networks for these settings, trained as the page first trains them."""
    return train_networks(settings["dataset"], settings["hidden_units"], settings["activation"],
                          settings["seed"])


export = networks


def figures(settings, trainers, names=CHARTS):
    """The page's charts; plotted_units None (fewer than three chosen) leaves out the hidden space."""
    plotted = settings["plotted_units"] if settings["hidden_units"] == 4 else [1, 2, 3]
    built = capacity_figures(trainers, settings["hidden_units"], settings["activation"],
                             plotted if "hidden space" in names else None)
    return {name: built[name] for name in names if name in built}
