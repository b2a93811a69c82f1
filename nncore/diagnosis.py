"""What a training run's own numbers say may be wrong with it: dead ReLU units, saturated sigmoid or
tanh units, vanishing or exploding gradients, a gap between training and test loss, a plateau, and
why training stopped when it diverged.

    findings = diagnose(trainer)   # [Finding("dead_relu", {"layer": 1, "count": 3, ...}), ...]

A Finding is a kind and the numbers it rests on; the words for it, and the lab step that explains
it, are lessons/diagnosis.py's. A healthy run has no findings.
"""
from dataclasses import dataclass

import numpy as np

from . import mlp

KINDS = ("diverged", "dead_relu", "saturated", "vanishing", "exploding", "gap", "plateau")
SATURATED_S = 4.0  # |s| beyond which σ'(s) < 0.018 and tanh'(s) < 0.0014
MOST = 0.5  # saturated: |s| > SATURATED_S on more than this share of the training points
VANISHING = 0.01  # vanishing: layer 1's ||dL/dW|| below this share of the output layer's
EXPLODING = 100.0  # exploding: a layer's ||dL/dW|| (of the mean loss over a batch) above this
GRADIENT_RECORDS = 5  # the gradient findings take the median of the last records (minibatch noise)
GAP_RATIO, GAP_MIN = 1.5, 0.1  # a gap: test loss ≥ GAP_RATIO × training loss and ≥ GAP_MIN above it
PLATEAU_EPOCHS = 50  # a plateau: the training loss fell by less than PLATEAU_PROGRESS over as many
PLATEAU_PROGRESS = 0.01


@dataclass(frozen=True)
class Finding:
    kind: str  # one of KINDS
    numbers: dict  # what the words state, by name (counts, losses, norms, epochs)


def diagnose(trainer):
    """Every finding about `trainer` now, in the order of KINDS."""
    with np.errstate(all="ignore"):  # a diverged network's last finite weights may still overflow
        return [*_divergence(trainer), *_units(trainer), *_gradients(trainer.history),
                *_gap(trainer), *_plateau(trainer)]


def _divergence(trainer):
    if not trainer.diverged:
        return []
    losses, epochs = trainer.history.column("train_loss"), trainer.history.column("epoch")
    lowest = int(np.argmin(losses)) if len(losses) else None
    return [Finding("diverged", dict(
        epoch=trainer.epoch, step=trainer.steps, cause=trainer.divergence_cause,
        learning_rate=trainer.optimizer.learning_rate,
        lowest_loss=losses[lowest] if len(losses) else np.nan,
        lowest_epoch=int(epochs[lowest]) if len(losses) else 0,
        last_loss=losses[-1] if len(losses) else np.nan,
        last_epoch=int(epochs[-1]) if len(losses) else 0))]


def hidden_scores(trainer):
    """s = h_prev W + b of every hidden layer on the training points: [(n, width), ...]."""
    _, cache = mlp.forward(trainer.X_train, trainer.weights, trainer.biases, trainer.activation)
    return [s for _, s in cache[:-1]]


def _units(trainer):
    if trainer.activation not in ("relu", "sigmoid", "tanh") or trainer.n_train == 0:
        return []
    findings = []
    for layer, s in enumerate(hidden_scores(trainer), start=1):
        width, points = s.shape[1], s.shape[0]
        if trainer.activation == "relu":  # h = max(0, s) = 0 exactly where s ≤ 0
            dead = int((s <= 0).all(axis=0).sum())
            if dead:
                findings.append(Finding("dead_relu", dict(layer=layer, count=dead, width=width,
                                                          points=points)))
            continue
        share = (np.abs(s) > SATURATED_S).mean(axis=0)  # per unit
        saturated = share > MOST
        if saturated.any():
            findings.append(Finding("saturated", dict(
                layer=layer, count=int(saturated.sum()), width=width, points=points,
                activation=trainer.activation, threshold=SATURATED_S,
                share=float(share[saturated].mean()))))
    return findings


def _gradients(history):
    norms = history.layer_gradient_norms(last=GRADIENT_RECORDS)
    norms = np.median(norms[~np.isnan(norms).any(axis=1)], axis=0) if len(norms) else norms
    if norms.size < 2 or not np.isfinite(norms).all():  # no hidden layer, or nothing recorded yet
        return []
    epoch = int(history.column("epoch", last=1)[0])
    largest = int(np.argmax(norms))
    if norms[largest] > EXPLODING:
        return [Finding("exploding", dict(layer=largest + 1, norm=float(norms[largest]),
                                          last=float(norms[-1]), layers=len(norms), epoch=epoch))]
    if norms[-1] > 0 and norms[0] < VANISHING * norms[-1]:
        return [Finding("vanishing", dict(first=float(norms[0]), last=float(norms[-1]),
                                          ratio=float(norms[0] / norms[-1]), layers=len(norms),
                                          epoch=epoch))]
    return []


def _gap(trainer):
    metrics = trainer.metrics()
    train, test = metrics.train_loss, metrics.test_loss
    if not (np.isfinite(train) and np.isfinite(test)) or test < GAP_RATIO * train or test - train < GAP_MIN:
        return []
    tests, epochs = trainer.history.column("test_loss"), trainer.history.column("epoch")
    best = int(np.nanargmin(tests)) if np.isfinite(tests).any() else None
    return [Finding("gap", dict(
        train_loss=train, test_loss=test, ratio=test / train if train > 0 else np.inf,
        train_accuracy=metrics.train_accuracy, test_accuracy=metrics.test_accuracy,
        lowest_test_loss=tests[best] if best is not None else np.nan,
        lowest_test_epoch=int(epochs[best]) if best is not None else 0, epoch=trainer.epoch))]


def _plateau(trainer):
    if trainer.metrics().train_accuracy == 1.0:  # every training point is right: nothing left to learn
        return []
    # Records are at most one an epoch: the window's PLATEAU_EPOCHS + 1 are among the last so many.
    epochs = trainer.history.column("epoch", last=PLATEAU_EPOCHS + 1)
    losses = trainer.history.column("train_loss", last=PLATEAU_EPOCHS + 1)
    earlier = np.flatnonzero(epochs <= epochs[-1] - PLATEAU_EPOCHS) if len(epochs) else ()
    if len(earlier) == 0:
        return []
    start = earlier[-1]
    change = (losses[-1] - losses[start]) / losses[start] if losses[start] > 0 else 0.0
    if abs(change) >= PLATEAU_PROGRESS:
        return []
    return [Finding("plateau", dict(epochs=int(epochs[-1] - epochs[start]), start_epoch=int(epochs[start]),
                                    epoch=int(epochs[-1]), start_loss=float(losses[start]),
                                    loss=float(losses[-1]), change=float(change),
                                    train_accuracy=trainer.metrics().train_accuracy))]
