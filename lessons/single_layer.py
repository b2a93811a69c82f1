"""Single-layer networks: the lecture's softmax calculator (class scores -> exp -> probabilities -> loss,
plus winner-take-all), and the page's linear classifier: no hidden layer, one output unit per class,
on Gaussian blobs, trained with a loss and a weight penalty, L(W) = 1/N Σ Lᵢ + λ R(W).

The numbers come from the engine's own softmax and losses (OUTPUT_LOSSES), so the calculator and
the trained networks can never disagree.
"""
import sys
from dataclasses import dataclass

import numpy as np

from nncore import FEATURES, OUTPUT_LOSSES, Config
from nncore.quoting import quoted

from .language import N_, _

# The engine's names (nncore's labels) of the page's losses and regularizers, shown translated by the
# page's controls: for the catalog.
N_("Softmax + cross-entropy")
N_("Multiclass hinge (SVM, raw scores)")
N_("None")
N_("L1  (sum |w|)")
N_("L2  (sum w²)")
N_("Elastic net  (sum β·w² + |w|)")

LECTURE_EXAMPLE = {"cat": 3.2, "car": 5.1, "frog": -1.7}  # correct class: cat
MAX_SCORE = 500.0  # e^500 is still a finite float
MAX_CLASSES = 20  # the calculator's table and bars stay readable


@dataclass(frozen=True)
class SoftmaxCalculation:
    scores: np.ndarray  # (k,) raw class scores s_j
    exponentials: np.ndarray  # (k,) e^(s_j)
    probabilities: np.ndarray  # (k,) e^(s_j) / sum_l e^(s_l)
    winner_take_all: np.ndarray  # (k,) one-hot of the largest score
    cross_entropy: float  # L = -ln p(correct), natural log (what training minimises)
    cross_entropy_log10: float  # -log10 p(correct): the same quantity in base 10 (= L / ln 10)
    hinge: float  # multiclass SVM loss sum_{j != correct} max(0, s_j - s_correct + 1)


def _is_number(value, largest):
    """Whether `value` is a real number (not a bool) of size at most `largest` (false for NaN)."""
    return (isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)
            and -largest <= value <= largest)


def softmax_calculation(scores, correct):
    """Everything the calculator shows for 2 to MAX_CLASSES finite scores (k,) and the index of the
    correct class; ValueError naming `scores` or `correct` otherwise. Scores within ±MAX_SCORE give
    finite numbers; beyond, e^s is inf, and the losses are inf where scores differ by over 1e308."""
    if not 2 <= len(scores) <= MAX_CLASSES or not all(_is_number(s, sys.float_info.max)
                                                        for s in scores):
        raise ValueError(f"scores: {quoted(scores)} is not allowed; give 2 to {MAX_CLASSES} finite "
                         f"numbers")
    if not isinstance(correct, (int, np.integer)) or isinstance(correct, bool) or not (
            0 <= correct < len(scores)):
        raise ValueError(f"correct: {quoted(correct)} is not allowed; must be a class index from 0 "
                         f"to {len(scores) - 1}")
    Z = np.asarray(scores, float).reshape(1, -1)
    labels = np.array([correct])
    softmax_ce = OUTPUT_LOSSES["softmax_ce"]
    with np.errstate(over="ignore"):  # e^s and far-apart scores overflow to inf, shown as such
        cross_entropy = softmax_ce.loss(Z, labels)
        exponentials = np.exp(Z[0])
        probabilities = softmax_ce.output(Z)[0]
        hinge = OUTPUT_LOSSES["hinge"].loss(Z, labels)
    return SoftmaxCalculation(
        scores=Z[0], exponentials=exponentials, probabilities=probabilities,
        winner_take_all=np.eye(Z.shape[1])[int(Z.argmax())], cross_entropy=cross_entropy,
        cross_entropy_log10=cross_entropy / np.log(10.0), hinge=hinge)


def score_problem(scores):
    """Why the calculator cannot use these scores (a sentence), or None: it needs 2 to MAX_CLASSES
    classes, each with a finite score of at most MAX_SCORE in size."""
    if len(scores) < 2:
        return _("Give at least two classes.")
    if len(scores) > MAX_CLASSES:
        return _("Give at most {most} classes.").format(most=MAX_CLASSES)
    if not all(_is_number(s, MAX_SCORE) for s in scores):
        return _("Every class needs a score between −{most:g} and {most:g}.").format(most=MAX_SCORE)
    return None


# The inputs x1² , x2², x1·x2, sin x1, sin x2: mostly useless here, which is where L1 shows its zeros.
EXTRA_FEATURES = tuple(name for name in FEATURES if name not in ("x1", "x2"))


def linear_classifier_config(n_classes=3, noise=0.1, output="softmax_ce", learning_rate=0.03,
                             regularization="none", regularization_rate=0.03, extra_features=False):
    """300 points of `n_classes` blobs, minibatches of 10; `extra_features` adds EXTRA_FEATURES."""
    return Config(dataset="blobs", n_points=300, noise=noise, n_classes=n_classes, hidden_layers=(),
                  output=output, learning_rate=learning_rate, batch_size=10,
                  regularization=regularization, regularization_rate=regularization_rate,
                  features=("x1", "x2") + (EXTRA_FEATURES if extra_features else ()))
