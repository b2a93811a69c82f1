"""The NumPy page: the lecture's two-layer ReLU network as a plain NumPy program (and its PyTorch
twin), next to the same loop run live on nncore's Trainer from the same arrays."""
import math
from dataclasses import dataclass
from functools import lru_cache

from figures.numpy_net import comparison_figures
from lessons.numpy_net import (
    ITERATIONS,
    LEARNING_RATE,
    comparison,
    lecture_arrays,
    lecture_trainer,
    program_runs,
    train_live,
)

from lessons.language import N_

from .controls import Choice, Controls, Number

TITLE, ICON = "A two-layer net in NumPy", ":material/code:"
SHORT = "NumPy net"  # in the navigation
SUMMARY = "the lecture's NumPy program next to the same loop live on nncore (and PyTorch)"
CONTROLS = Controls(Number("seed", N_("seed of the random arrays"), 0, low=0, high=9999, whole=True,
                           widget="number"),
                    Choice("learning_rate", N_("learning rate η of the live Trainer"), LEARNING_RATE,
                           options=(1e-7, 1e-6, 1e-5, 1e-4), labels=lambda rate: f"1e{round(math.log10(rate))}",
                           help=N_("The plain programs keep the lecture's η"), widget="select_slider"))
EXPORT = Controls(Number("iterations", N_("iterations of the live Trainer"), ITERATIONS, low=0,
                         high=ITERATIONS, whole=True))
CHARTS = ("loss", "time")


@dataclass(frozen=True)
class Run:
    """The live Trainer, the seconds it has trained, and the plain programs' runs on its arrays."""
    trainer: object
    seconds: float
    programs: dict


def trainer(settings):
    return lecture_trainer(*lecture_arrays(settings["seed"]), settings["learning_rate"], settings["seed"])


def config(settings):
    """The live Trainer's Config, which the page's LiveTraining compares: a new seed makes a new
    Trainer, a new η goes on training the same one."""
    return trainer(settings).config


@lru_cache(maxsize=4)
def programs(seed):
    """The plain programs' losses and times from lecture_arrays(seed); they take seconds to run."""
    return program_runs(seed)


def export(settings):
    live = trainer(settings)
    return Run(live, train_live(live, settings["iterations"]), programs(settings["seed"]))


def figures(settings, run, names=CHARTS):
    built = comparison_figures(*comparison(run.trainer, run.seconds, run.programs))
    return {name: built[name] for name in names}
