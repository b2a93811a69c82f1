"""The gradient-descent page: GD against SGD and minibatch, three learning rates with stopping rules,
and a race of every optimizer, all on one of the lecture's loss surfaces."""
from dataclasses import dataclass
from functools import lru_cache

from figures.gradient_descent import batch_figure, learning_rates_figure, optimizer_race
from lessons.gradient_descent import (
    SURFACES,
    batch_paths,
    learning_rate_paths,
    preset_race_winners,
    race_paths,
)

from lessons.language import N_

from .controls import Choice, Controls, Number, OptionalNumber

TITLE, ICON = "Gradient descent", ":material/landscape:"
SHORT = "Gradient descent"  # in the navigation
SUMMARY = "loss surfaces, GD vs SGD vs minibatch, learning rate, stopping rules, optimizer race"
START = dict(low=-100.0, high=100.0, step=0.1, format="%g", widget="number", follows=("surface",))
RATE = dict(low=1e-6, high=100.0, format="%g", widget="number", follows=("surface",))


def preset(read):
    """A default read off the chosen surface."""
    return lambda settings: read(SURFACES[settings["surface"]])


CONTROLS = Controls(
    Choice("surface", N_("loss surface"), next(iter(SURFACES)), options=tuple(SURFACES),
           labels={name: surface.label for name, surface in SURFACES.items()}, widget="selectbox"),
    Number("w1", N_("start w₁"), preset(lambda s: s.start[0]), **START),
    Number("w2", N_("start w₂"), preset(lambda s: s.start[1]), **START),
    Number("max_steps", N_("max steps"), 100, low=10, high=1000, step=10, whole=True, widget="slider"),
    Number("learning_rate", N_("learning rate η"), preset(lambda s: s.learning_rates[1]), **RATE),
    Number("batch_size", N_("minibatch size B"), 10, low=2, high=100, whole=True, widget="slider"),
    Number("seed", N_("noise seed"), 0, low=0, high=10**6, whole=True, widget="number"),
    Number("rate_small", N_("η (too small)"), preset(lambda s: s.learning_rates[0]), **RATE),
    Number("rate_right", N_("η (about right)"), preset(lambda s: s.learning_rates[1]), **RATE),
    Number("rate_big", N_("η (too big)"), preset(lambda s: s.learning_rates[2]), **RATE),
    OptionalNumber("step_epsilon", N_("ε for ||Δw||"), None, low=1e-12, high=1.0, initial=1e-4,
                   format="%g", widget="optional_number", help=N_("stop when ||Δw|| ≤ ε")),
    OptionalNumber("gradient_epsilon", N_("ε for ||∇L||"), None, low=1e-12, high=1.0, initial=1e-3,
                   format="%g", widget="optional_number", help=N_("stop when ||∇L|| ≤ ε")),
    Number("race_learning_rate", N_("η for SGD and momentum"), preset(lambda s: s.learning_rates[1]),
           **RATE),
    Number("race_adaptive_rate", N_("η for Adagrad, RMSProp, Adam"),
           preset(lambda s: s.adaptive_learning_rate), **RATE),
    Number("race_steps", N_("race steps"), 150, low=10, high=500, step=10, whole=True, widget="slider"),
)
CHARTS = ("gd sgd minibatch", "learning rates", "optimizer race")


@dataclass(frozen=True)
class Runs:
    """The page's three comparisons, each {legend label: Path}."""
    batch: dict
    rates: dict
    race: dict


@lru_cache(maxsize=len(SURFACES))
def surface_grid(name):
    return SURFACES[name].grid()


@lru_cache(maxsize=8)
def preset_winners(steps):
    """lessons.gradient_descent.preset_race_winners, kept: it races on every surface."""
    return preset_race_winners(steps)


def start(settings):
    return settings["w1"], settings["w2"]


def learning_rates(settings):
    return [settings["rate_small"], settings["rate_right"], settings["rate_big"]]


def runs(settings):
    surface, begin, steps = SURFACES[settings["surface"]], start(settings), settings["max_steps"]
    return Runs(
        batch_paths(surface, settings["learning_rate"], begin, steps, settings["batch_size"],
                    settings["seed"]),
        learning_rate_paths(surface, learning_rates(settings), begin, steps,
                            settings["step_epsilon"], settings["gradient_epsilon"]),
        race_paths(surface, settings["race_learning_rate"], settings["race_adaptive_rate"], begin,
                   settings["race_steps"]))


export = runs


def figures(settings, model, names=CHARTS):
    surface = SURFACES[settings["surface"]]
    grid = surface_grid(surface.name)
    build = {
        "gd sgd minibatch": lambda: batch_figure(surface, grid, model.batch, settings["learning_rate"]),
        "learning rates": lambda: learning_rates_figure(surface, grid, model.rates),
        "optimizer race": lambda: optimizer_race(surface, grid, model.race),
    }
    return {name: build[name]() for name in names}
