"""The NumPy page: the lecture's two-layer ReLU network as a plain NumPy program (and its PyTorch
twin), next to the same loop run live on nncore's Trainer from the same arrays."""
from dataclasses import dataclass
from functools import lru_cache

from figures.numpy_net import comparison_figures
from lessons.numpy_net import (
    ITERATIONS,
    comparison,
    lecture_arrays,
    lecture_trainer,
    program_runs,
    train_live,
)

from .controls import Controls, Number

TITLE, ICON = "A two-layer net in NumPy", ":material/code:"
SHORT = "NumPy net"  # in the navigation
SUMMARY = "the lecture's NumPy program next to the same loop live on nncore (and PyTorch)"
CONTROLS = Controls(Number("seed", "seed of the random arrays", 0, low=0, high=9999, whole=True,
                           widget="number"))
EXPORT = Controls(Number("iterations", "iterations of the live Trainer", ITERATIONS, low=0,
                         high=ITERATIONS, whole=True))
CHARTS = ("loss", "time")


@dataclass(frozen=True)
class Run:
    """The live Trainer, the seconds it has trained, and the plain programs' runs on its arrays."""
    trainer: object
    seconds: float
    programs: dict


def trainer(settings):
    return lecture_trainer(*lecture_arrays(settings["seed"]))


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
