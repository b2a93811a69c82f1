"""The words for nncore.diagnosis's findings: what was found, with its numbers, one sentence of
advice, and the lab step that explains it (a page of the app and a step of its lab, labs/<page>.py).

    [explain(finding) for finding in diagnose(trainer)]   # Explanations: finding, advice, page, step
"""
import math
from dataclasses import dataclass

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


def _units(count, width, what):
    """'3 of 4 tanh units', or all of them: 'All 4 tanh units', 'Both tanh units', 'The tanh unit'."""
    if count < width:
        return f"{count} of {width} {what}s"
    return {1: f"The {what}", 2: f"Both {what}s"}.get(width, f"All {width} {what}s")


def _weights_into(layer, layers):
    """The weights of layer `layer` (from 1) of `layers`: 'the weights into hidden layer 2'."""
    return "the weights into the output layer" if layer == layers else f"the weights into hidden layer {layer}"


def _diverged(n):
    rose = n["last_loss"] > n["lowest_loss"]
    before = (f"The training loss had risen from its lowest, {number(n['lowest_loss'])} at epoch "
              f"{n['lowest_epoch']}, to {number(n['last_loss'])} at epoch {n['last_epoch']}"
              if rose else f"The last recorded training loss was {number(n['last_loss'])} at epoch "
                           f"{n['last_epoch']}")
    return (f"Training stopped at epoch {n['epoch']} (step {n['step']}): {n['cause']}. {before}, "
            f"with learning rate η = {n['learning_rate']:g}.",
            "A learning rate too large for the loss surface's curvature makes each step overshoot "
            "further than the last: lower η, then press Reset.")


def _dead_relu(n):
    return (f"{_units(n['count'], n['width'], 'ReLU unit')} in hidden layer {n['layer']} output 0 "
            f"on every one of the {n['points']} training points.",
            "A unit whose s is negative everywhere gets no gradient and never recovers: try Leaky "
            "ReLU, a smaller learning rate or another weight seed.")


def _saturated(n):
    return (f"{_units(n['count'], n['width'], n['activation'] + ' unit')} in hidden layer "
            f"{n['layer']} {'has' if n['width'] == 1 else 'have'} |s| > {n['threshold']:g} on most training points (on "
            f"{n['share']:.0%} of them, on average).",
            "Where |s| is large the slope g'(s) is nearly 0 and these units barely learn: scale the "
            "inputs down, lower the learning rate or start from smaller weights.")


def _vanishing(n):
    return (f"The gradient of {_weights_into(1, n['layers'])} is {number(n['ratio'], '.2g')} times "
            f"that of {_weights_into(n['layers'], n['layers'])} (‖∂L/∂W‖ = {number(n['first'], '.2g')} "
            f"against {number(n['last'], '.2g')}, medians of the last records, epoch {n['epoch']}): it "
            f"shrinks on its way back through {n['layers'] - 1} hidden "
            f"layer{'s' * (n['layers'] > 2)}.",
            "Each layer multiplies the error signal by its units' g'(s), at most ¼ for the sigmoid and "
            "near 0 where a unit saturates: use fewer layers, tanh or ReLU.")


def _exploding(n):
    return (f"The gradients are large: ‖∂L/∂W‖ of {_weights_into(n['layer'], n['layers'])} is "
            f"{number(n['norm'])} (median of the last records, epoch {n['epoch']}).",
            "Large gradients make large, unstable steps: lower the learning rate or start from "
            "smaller weights (initialisation scaled by fan-in).")


def _gap(n):
    accuracies = ("" if not math.isfinite(n["train_accuracy"]) else
                  f"; accuracy {number(n['train_accuracy'], '.1%')} on the training data, "
                  f"{number(n['test_accuracy'], '.1%')} on the test data")
    return (f"The test loss ({number(n['test_loss'], '.3f')}) is {number(n['ratio'], '.2g')} times "
            f"the training loss ({number(n['train_loss'], '.3f')}){accuracies}. The lowest test loss "
            f"was {number(n['lowest_test_loss'], '.3f')} at epoch {n['lowest_test_epoch']}.",
            "The network follows the noise of its training points (overfitting): stop near the "
            "lowest test loss, add L2 regularization, use more data or a smaller network.")


def _plateau(n):
    return (f"No progress for {n['epochs']} epochs: the training loss went from "
            f"{number(n['start_loss'], '.4f')} at epoch {n['start_epoch']} to {number(n['loss'], '.4f')} "
            f"at epoch {n['epoch']} ({n['change']:+.2%}).".replace("-", "−"),
            "If the loss is still high, training may sit on a flat region or near a saddle point, "
            "where small steps get nowhere: raise the learning rate, or try momentum or Adam.")


WORDS = {"diverged": _diverged, "dead_relu": _dead_relu, "saturated": _saturated,
         "vanishing": _vanishing, "exploding": _exploding, "gap": _gap, "plateau": _plateau}


def explain(finding):
    """The Explanation of one nncore.diagnosis Finding."""
    words, advice = WORDS[finding.kind](finding.numbers)
    return Explanation(words, advice, *LAB_STEPS[finding.kind])
