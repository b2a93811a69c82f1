"""Labs: on every page a few numbered steps in the lecture's order, each checked live by the app.

A lab is data: one table per page (labs/<page>.py, named like the page). A step has a question to
answer before acting (a Prediction), a task, a check of the page's own state (its settings and what
it trains or computes from them, the same objects the page's figures are drawn from), an explanation
shown once the check holds, and a solution: the link parameters that set it up and how long to train,
which the page's "Show me" applies for a lecturer. A lab module also says how the page's state is
built for a solution (`model(settings, train)`), as the page builds it, so that the tests check each
solution and each step's check against the page's defaults through the same code.

Its words are English messages marked with `N_` (lessons/language.py), shown translated; a step's
numbers are in `values`, named in its texts as {name}, so that a translation can place them.
"""
import importlib
import math
from dataclasses import dataclass, field
from typing import Callable


@dataclass(frozen=True)
class Prediction:
    """A question answered before acting: one of `options`, or a number when there are none.
    `answer` is the right option or number, or a function of (settings, model) giving it; a number
    counts as right within `tolerance` of it (absolute)."""
    question: str
    options: tuple = ()
    answer: object = None
    tolerance: float = 0.0

    def result(self, settings, model):
        return self.answer(settings, model) if callable(self.answer) else self.answer

    def right(self, given, settings, model):
        return self.matches(given, self.result(settings, model))

    def matches(self, given, expected):
        """Whether the answer `given` is right when the answer is `expected`."""
        if self.options:
            return given == expected
        return (given is not None and expected is not None and math.isfinite(float(given))
                and abs(float(given) - float(expected)) <= self.tolerance)


@dataclass(frozen=True)
class Step:
    title: str
    task: str  # what to do (markdown of the page's own)
    check: Callable  # (settings, model) -> bool: the step is done
    why: str  # shown once it is done, with the lecture's formula
    solution: dict = field(default_factory=dict)  # link parameters {name: text} that set it up
    train: int = 0  # how long Show me trains after setting up (epochs, or the page's own unit)
    prediction: Prediction = None
    paused: bool = False  # the check counts only while training is paused (a step about stopping)
    values: dict = field(default_factory=dict)  # the numbers its texts name as {name}, computed


@dataclass(frozen=True)
class Challenge:
    """A task with a score: `score(settings, model)` is a number once the task is met, else None;
    lower is better unless `higher_is_better`."""
    title: str
    task: str
    score: Callable
    unit: str
    solution: dict = field(default_factory=dict)
    train: int = 0
    higher_is_better: bool = False

    def better(self, new, old):
        return old is None or (new > old if self.higher_is_better else new < old)


@dataclass(frozen=True)
class Lab:
    steps: tuple
    challenge: Challenge = None


def of(page):
    """The module labs.<page> (its LAB and `model`), or None for a page without a lab."""
    try:
        return importlib.import_module(f"{__name__}.{page}")
    except ModuleNotFoundError as error:
        if error.name != f"{__name__}.{page}":
            raise
        return None


def solution_settings(controls, holder):
    """The page's settings (`controls`: its table) that a step's or a challenge's solution sets up:
    the defaults, with the solution's link parameters read strictly (a bad one is a bug of the lab)."""
    return controls.read(holder.solution, strict=True)[0]
