"""Runs kept for comparison ("Keep this run" on the Playground): what a kept run holds, and how its
settings differ from the page's now, in the words of the page's table of controls. No Streamlit.

A kept run holds its History's curves (float64, as recorded: fewer than History.capacity rows of the
CURVES columns, at most 40 kB), a 44x44 PNG of its decision boundary (measured 1.6 to 3.1 kB as a data
URI; 7.7 kB of raw pixels bound it below 11 kB), its training settings as link parameters and its final
numbers: at most about 52 kB a run, and a page keeps at most MAX_KEPT of them.
"""
from dataclasses import dataclass, field

from figures.kept_runs import thumbnail
from lessons.language import N_
from nncore import Metrics

from .controls import Choice, Choices, Flag

MAX_KEPT = 3
CURVES = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


@dataclass(frozen=True, eq=False)  # equal only to itself: the page's figure cache compares runs drawn
class KeptRun:
    number: int  # its name is "run {number}"
    settings: dict  # {name: text}: the training settings that differ from their defaults
    final: Metrics  # of its weights when kept
    curves: dict = field(repr=False)  # {History column: array}
    picture: str = field(repr=False)  # PNG data URI of its decision boundary

    @property
    def name(self):
        return f"run {self.number}"

    @property
    def nbytes(self):
        """Bytes its curves, picture and settings hold."""
        return (sum(curve.nbytes for curve in self.curves.values()) + len(self.picture)
                + sum(len(name) + len(text) for name, text in self.settings.items()))

    def same_as(self, other):
        """The same state of the same run (a click delivered twice keeps it once)."""
        return (self.settings, self.final) == (other.settings, other.final)


def training_link(controls, settings, names):
    """The link parameters of `settings` among `names` (the training settings; what a page only
    shows, like steps per tick or a log axis, is no part of a run)."""
    return {name: text for name, text in controls.link(settings).items() if name in names}


def keep(runs, trainer, link):
    """`runs` (a tuple) with the trainer's run added as the lowest free number, or `runs` itself
    when MAX_KEPT are kept, the trainer has recorded nothing yet or that very state is kept."""
    if len(runs) >= MAX_KEPT or not len(trainer.history):
        return runs
    number = min(set(range(1, MAX_KEPT + 1)) - {run.number for run in runs})
    run = KeptRun(number, dict(link), trainer.metrics(),
                  {name: trainer.history.column(name) for name in CURVES}, thumbnail(trainer, number))
    if any(run.same_as(kept) for kept in runs):
        return runs
    return tuple(sorted((*runs, run), key=lambda kept: kept.number))


def forget(runs, number):
    return tuple(run for run in runs if run.number != number)


def in_words(control, value):
    """A setting's value as its widget shows it: an option's label, a flag as on or off."""
    if isinstance(control, Choices):
        return ", ".join(control.label_of(option) for option in value)
    if isinstance(control, Choice):
        return control.label_of(value)
    if isinstance(control, Flag):
        return N_("on") if value else N_("off")
    return control.text(value)


def differences(controls, then, now):
    """[(label, value then, value now)] in words, in the table's order, of the settings that differ
    between the links `then` and `now` ({name: text}; a derived default, like the output of another
    problem, counts too)."""
    then_settings, now_settings = controls.read(then)[0], controls.read(now)[0]
    return [(control.label, in_words(control, then_settings[control.name]),
             in_words(control, now_settings[control.name]))
            for control in controls
            if None not in (then_settings[control.name], now_settings[control.name])
            and control.text(then_settings[control.name]) != control.text(now_settings[control.name])]
