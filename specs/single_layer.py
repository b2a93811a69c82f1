"""The single-layer networks page: the softmax calculator (scores, probabilities, winner-take-all, the
losses) and a linear classifier trained live with a loss and a weight penalty."""
from dataclasses import dataclass

from figures.single_layer import class_regions, loss_terms_chart, softmax_bars, weight_histogram
from lessons.language import N_
from lessons.single_layer import (
    LECTURE_EXAMPLE,
    linear_classifier_config,
    score_problem,
    softmax_calculation,
)
from nncore import OUTPUT_LOSSES, REGULARIZERS, Trainer

from .controls import Choice, Control, Controls, Flag, Number, ParameterError, Words, as_text

TITLE, ICON = "Single-layer networks", ":material/target:"
SHORT = "Single layer"  # in the navigation
SUMMARY = "softmax calculator, winner-take-all, softmax vs hinge loss, L1/L2 regularization live"
MAX_CLASSES = 10  # rows of the calculator's table
MAX_NAME = 40  # characters of a class name


@dataclass(frozen=True)
class Scores(Control):
    """The calculator's classes and scores, {name: score}: 'cat:3.2,car:5.1,frog:-1.7' in a link."""

    def parse(self, text, settings):
        items = str(text).split(",")
        if len(items) > MAX_CLASSES:
            raise ParameterError(self.name, Words(N_("{count} classes; at most {most}"), count=len(items),
                                                  most=MAX_CLASSES))
        scores = {}
        for item in items:
            name, _, number = item.rpartition(":")
            name = name.strip() or f"class {len(scores)}"
            try:
                score = float(number)
            except ValueError:
                raise ParameterError(self.name, Words(N_("{item} is not 'class:score'"), item=repr(item))) from None
            if len(name) > MAX_NAME:
                raise ParameterError(self.name, Words(N_("class names have at most {most} characters"),
                                                      most=MAX_NAME))
            if name in scores:
                raise ParameterError(self.name, Words(N_("{text}: give every class its own name"), text=repr(text)))
            scores[name] = score
        problem = score_problem(list(scores.values()))
        if problem:
            raise ParameterError(self.name, f"{text!r}: {problem}")
        return scores

    def check(self, value, settings):
        if not isinstance(value, dict):
            raise ParameterError(self.name, Words(N_("{value} is not a table of class scores"), value=repr(value)))
        return self.parse(as_text(value), settings)


CONTROLS = Controls(
    Scores("scores", N_("class scores"), dict(LECTURE_EXAMPLE)),
    Choice("correct", N_("correct class"), lambda s: next(iter(s["scores"])),
           options=lambda s: tuple(s["scores"]), widget="selectbox", follows=("scores",)),
    Number("n_classes", N_("classes"), 3, low=3, high=5, whole=True, widget="slider"),
    Number("noise", N_("noise"), 0.1, low=0.0, high=0.5, step=0.05, widget="slider"),
    Choice("output", N_("loss"), "softmax_ce", options=("softmax_ce", "hinge"),
           labels={name: OUTPUT_LOSSES[name].label for name in ("softmax_ce", "hinge")}, widget="radio"),
    Choice("learning_rate", N_("learning rate"), 0.03, options=(0.001, 0.003, 0.01, 0.03, 0.1, 0.3),
           widget="select_slider"),
    Choice("regularization", N_("regularizer R(W)"), "none", options=tuple(REGULARIZERS),
           labels={name: r.label for name, r in REGULARIZERS.items()}, widget="selectbox"),
    Choice("regularization_rate", N_("λ (regularization rate)"), 0.03,
           options=(0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0), widget="select_slider"),
    Flag("extra_features", N_("add extra inputs x₁², x₂², x₁x₂, sin x₁, sin x₂"), False, widget="toggle",
         help=N_("The classifier stays linear in its inputs; the extra ones are mostly useless here, "
                 "which is where L1 shows its exact zeros.")),
)
EXPORT = Controls(Number("epochs", N_("epochs to train before drawing"), 50, low=0, high=10_000, whole=True))
CHARTS = ("softmax", "regions", "weights", "loss terms")
LIVE_CHARTS = ("regions", "weights", "loss terms")


def config(settings):
    return linear_classifier_config(settings["n_classes"], settings["noise"], settings["output"],
                                    settings["learning_rate"], settings["regularization"],
                                    settings["regularization_rate"], settings["extra_features"])


def calculation(settings):
    """The calculator's numbers for the settings' scores and correct class."""
    names = list(settings["scores"])
    return softmax_calculation(list(settings["scores"].values()), names.index(settings["correct"]))


def export(settings):
    """The classifier trained `epochs` epochs, as the page trains it."""
    trainer = Trainer(config(settings))
    trainer.train_to_epoch(settings["epochs"])
    return trainer


def figures(settings, trainer, names=CHARTS):
    build = {
        "softmax": lambda: softmax_bars(calculation(settings), list(settings["scores"])),
        "regions": lambda: class_regions(trainer),
        "weights": lambda: weight_histogram(trainer.weights),
        "loss terms": lambda: loss_terms_chart(trainer),
    }
    return {name: build[name]() for name in names}
