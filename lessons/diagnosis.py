"""The words for nncore.diagnosis's findings: what was found, with its numbers, one sentence of
advice, and the lab step that explains it (a page of the app and a step of its lab, labs/<page>.py).

    [explain(finding) for finding in diagnose(trainer)]   # Explanations: finding, advice, page, step
"""
import math
from dataclasses import dataclass

from .language import N_, _


@dataclass(frozen=True)
class Explanation:
    finding: str  # what the numbers show
    advice: str  # one sentence: what to try
    page: str  # the page whose lab explains it (its stem: views/<page>.py)
    step: int  # the step of that page's lab, from 1


# kind -> (page, lab step): the step whose "why" explains the finding
LAB_STEPS = {
    "diverged": ("gradient_descent", 1),  # A learning rate at which the bowl diverges
    "dead_relu": ("activations", 4),  # A dead ReLU and the leak
    "saturated": ("activations", 3),  # Tanh saturates sooner
    "vanishing": ("activations", 1),  # Where the sigmoid's slope falls below 0.1
    "exploding": ("gradient_descent", 1),
    "gap": ("overfitting", 2),  # Stop where the test loss is lowest
    "plateau": ("gradient_descent", 3),  # Noise escapes a saddle point
}


def number(value, spec=".3g"):
    """`value` written with `spec`, "—" if it is not finite."""
    return format(value, spec) if math.isfinite(value) else "—"


# What became non-finite (nncore.trainer's divergence_cause), for the catalog
CAUSES = (N_("the loss gradient became infinite or NaN"), N_("a weight became infinite or NaN"),
          N_("the loss became infinite or NaN"))


def _units(count, width, activation):
    """'3 of 4 tanh units', or all of them: 'All 4 tanh units', 'Both tanh units', 'The tanh unit'."""
    if count < width:
        return _("{count} of {width} {activation} units").format(count=count, width=width,
                                                                   activation=activation)
    words = {1: _("The {activation} unit"), 2: _("Both {activation} units")}.get(
        width, _("All {width} {activation} units"))
    return words.format(width=width, activation=activation)


def _weights_into(layer, layers):
    """The weights of layer `layer` (from 1) of `layers`: 'the weights into hidden layer 2'."""
    return (_("the weights into the output layer") if layer == layers
            else _("the weights into hidden layer {layer}").format(layer=layer))


def _diverged(n):
    rose, cause = n["last_loss"] > n["lowest_loss"], n["cause"]
    before = (_("The training loss had risen from its lowest, {lowest} at epoch {lowest_epoch}, to "
                "{last} at epoch {last_epoch}") if rose else
              _("The last recorded training loss was {last} at epoch {last_epoch}")).format(
        lowest=number(n["lowest_loss"]), lowest_epoch=n["lowest_epoch"], last=number(n["last_loss"]),
        last_epoch=n["last_epoch"])
    return (_("Training stopped at epoch {epoch} (step {step}): {cause}. {before}, with learning rate "
              "η = {learning_rate:g}.").format(epoch=n["epoch"], step=n["step"], cause=_(cause),
                                               before=before, learning_rate=n["learning_rate"]),
            _("A learning rate too large for the loss surface's curvature makes each step overshoot "
              "further than the last: lower η, then press Reset."))


def _dead_relu(n):
    return (_("{units} in hidden layer {layer} output 0 on every one of the {points} training "
              "points.").format(units=_units(n["count"], n["width"], "ReLU"), layer=n["layer"],
                                points=n["points"]),
            _("A unit whose s is negative everywhere gets no gradient and never recovers: try Leaky "
              "ReLU, a smaller learning rate or another weight seed."))


def _saturated(n):
    words = (_("{units} in hidden layer {layer} has |s| > {threshold:g} on most training points (on "
               "{share:.0%} of them, on average).") if n["width"] == 1 else
             _("{units} in hidden layer {layer} have |s| > {threshold:g} on most training points (on "
               "{share:.0%} of them, on average)."))
    return (words.format(units=_units(n["count"], n["width"], n["activation"]), layer=n["layer"],
                         threshold=n["threshold"], share=n["share"]),
            _("Where |s| is large the slope g'(s) is nearly 0 and these units barely learn: scale the "
              "inputs down, lower the learning rate or start from smaller weights."))


def _vanishing(n):
    words = (_("The gradient of {first_weights} is {ratio} times that of {last_weights} (‖∂L/∂W‖ = "
               "{first} against {last}, medians of the last records, epoch {epoch}): it shrinks on its "
               "way back through {hidden} hidden layers.") if n["layers"] > 2 else
             _("The gradient of {first_weights} is {ratio} times that of {last_weights} (‖∂L/∂W‖ = "
               "{first} against {last}, medians of the last records, epoch {epoch}): it shrinks on its "
               "way back through {hidden} hidden layer."))
    return (words.format(first_weights=_weights_into(1, n["layers"]), ratio=number(n["ratio"], ".2g"),
                         last_weights=_weights_into(n["layers"], n["layers"]),
                         first=number(n["first"], ".2g"), last=number(n["last"], ".2g"),
                         epoch=n["epoch"], hidden=n["layers"] - 1),
            _("Each layer multiplies the error signal by its units' g'(s), at most ¼ for the sigmoid "
              "and near 0 where a unit saturates: use fewer layers, tanh or ReLU."))


def _exploding(n):
    return (_("The gradients are large: ‖∂L/∂W‖ of {weights} is {norm} (median of the last records, "
              "epoch {epoch}).").format(weights=_weights_into(n["layer"], n["layers"]),
                                        norm=number(n["norm"]), epoch=n["epoch"]),
            _("Large gradients make large, unstable steps: lower the learning rate or start from "
              "smaller weights (initialisation scaled by fan-in)."))


def _gap(n):
    accuracies = ("" if not math.isfinite(n["train_accuracy"]) else
                  _("; accuracy {train} on the training data, {test} on the test data").format(
                      train=number(n["train_accuracy"], ".1%"), test=number(n["test_accuracy"], ".1%")))
    return (_("The test loss ({test_loss}) is {ratio} times the training loss "
              "({train_loss}){accuracies}. The lowest test loss was {lowest} at epoch "
              "{lowest_epoch}.").format(
                test_loss=number(n["test_loss"], ".3f"), ratio=number(n["ratio"], ".2g"),
                train_loss=number(n["train_loss"], ".3f"), accuracies=accuracies,
                lowest=number(n["lowest_test_loss"], ".3f"), lowest_epoch=n["lowest_test_epoch"]),
            _("The network follows the noise of its training points (overfitting): stop near the "
              "lowest test loss, add L2 regularization, use more data or a smaller network."))


def _plateau(n):
    return (_("No progress for {epochs} epochs: the training loss went from {start_loss} at epoch "
              "{start_epoch} to {loss} at epoch {epoch} ({change}).").format(
                epochs=n["epochs"], start_loss=number(n["start_loss"], ".4f"),
                start_epoch=n["start_epoch"], loss=number(n["loss"], ".4f"), epoch=n["epoch"],
                change=f"{n['change']:+.2%}").replace("-", "−"),
            _("If the loss is still high, training may sit on a flat region or near a saddle point, "
              "where small steps get nowhere: raise the learning rate, or try momentum or Adam."))


WORDS = {"diverged": _diverged, "dead_relu": _dead_relu, "saturated": _saturated,
         "vanishing": _vanishing, "exploding": _exploding, "gap": _gap, "plateau": _plateau}


def explain(finding):
    """The Explanation of one nncore.diagnosis Finding."""
    words, advice = WORDS[finding.kind](finding.numbers)
    return Explanation(words, advice, *LAB_STEPS[finding.kind])
