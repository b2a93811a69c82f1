"""The universal approximation page: a one-hidden-layer network's 1D fit as the sum of its units'
contributions, trained live, and a curve built by hand from sigmoid bumps."""
from figures.universal_approximation import bumps_figure, trained_fit_figure
from lessons.language import N_
from lessons.universal_approximation import approximation_setup, approximation_target, parse_points
from nncore import ACTIVATIONS, Trainer

from .controls import Choice, Controls, Flag, Number, Text

TITLE, ICON = "Universal approximation", ":material/ssid_chart:"
SHORT = "Approximation"  # in the navigation
SUMMARY = "fit 1D curves live, each hidden unit's contribution stacked; bumps from two sigmoids"
EXAMPLE_POINTS = "-3, 0\n-2, 1\n-1, 0.5\n0, -1\n1, 0\n2, 1.5\n3, 1"
CONTROLS = Controls(
    Choice("target", N_("target"), "sine", options=("sine", "step", "abs", "cubic", "points"),
           labels={"sine": "sin x", "step": N_("step function"), "abs": "|x| − 1", "cubic": N_("cubic 0.1x³ − 0.6x"),
                   "points": N_("your points")}, widget="selectbox"),
    Text("points", N_("your points, one 'x, y' per line (x in [−π, π] is shown)"), EXAMPLE_POINTS,
         read=parse_points, applies=lambda s: s["target"] == "points", only=N_("only with target=points"),
         widget="text_area"),
    Number("hidden_units", N_("hidden units H"), 10, low=1, high=50, whole=True, widget="slider"),
    Choice("activation", N_("activation g"), "tanh", options=("sigmoid", "tanh", "relu"),
           labels={name: ACTIVATIONS[name].label for name in ("sigmoid", "tanh", "relu")},
           widget="selectbox"),
    Choice("learning_rate", N_("learning rate"), 0.02, options=(0.001, 0.003, 0.01, 0.02, 0.05, 0.1),
           widget="select_slider"),
    Flag("stacked", N_("stack the contributions"), True, widget="toggle"),
    Number("bumps", N_("bumps n (2n hidden units)"), 8, low=1, high=30, whole=True, widget="slider"),
    Number("steepness", N_("steepness k"), 20.0, low=1.0, high=100.0, step=1.0, widget="slider"),
)
EXPORT = Controls(Number("epochs", "epochs to train before drawing", 1000, low=0, high=10_000,
                         whole=True))
CHARTS = ("fit and contributions", "bumps")
LIVE_CHARTS = ("fit and contributions",)


def points(settings):
    """The typed points (X (n, 1), y (n,)), or None for a formula target."""
    return None if settings["points"] is None else parse_points(settings["points"])


def setup(settings, typed=None):
    """(Config, Dataset or None) of the page's network; `typed` points replace the settings' text."""
    return approximation_setup(settings["target"], settings["hidden_units"], settings["activation"],
                               settings["learning_rate"], points(settings) if typed is None else typed)


def target_function(settings, typed=None):
    return approximation_target(settings["target"], points(settings) if typed is None else typed)


def export(settings):
    return Trainer(*setup(settings)).train_to_epoch(settings["epochs"])


def figures(settings, trainer, names=CHARTS, typed=None):
    """The page's charts; `typed` points (the last valid ones the page kept) replace the settings'."""
    curve = target_function(settings, typed)
    build = {
        "fit and contributions": lambda: trained_fit_figure(trainer, curve, settings["stacked"]),
        "bumps": lambda: bumps_figure(curve, settings["bumps"], settings["steepness"]),
    }
    return {name: build[name]() for name in names}
