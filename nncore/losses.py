"""Output layer + loss pairs, fused where that is numerically right, in one table keyed by name.

Every entry works on the raw output scores Z (n, k) of the last layer and a target matrix T built by
`encode`; `loss` is the mean over the n rows of the per-sample loss L_i (or the sum, for the lecture's
NumPy program), `gradient` is dL/dZ of that same quantity, so backprop starts from it directly.
"""
from dataclasses import dataclass
from typing import Callable

import numpy as np

from .activations import sigmoid

KINDS = ("binary", "multiclass", "regression")


def _one_hot(labels, n_classes, off=0.0):
    T = np.full((len(labels), n_classes), off)
    T[np.arange(len(labels)), labels] = 1.0
    return T


def _unit_targets(off):
    """Targets for losses with one output unit per class: a 0/1 column (binary), one-hot rows
    (multiclass), the targets themselves (regression); `off` is the target of a unit that is 'off'."""
    def encode(y, kind, n_classes):
        if kind == "regression":
            y = np.asarray(y, float)
            return y.reshape(-1, 1) if y.ndim == 1 else y
        if kind == "binary":
            return np.where(np.asarray(y).reshape(-1, 1) > 0, 1.0, off)
        return _one_hot(y, n_classes, off)
    return encode


def _unit_outputs(kind, n_classes, target_dim):
    return {"binary": 1, "multiclass": n_classes, "regression": target_dim}[kind]


def _class_labels(y, kind, n_classes):
    return np.asarray(y, dtype=int)


def _class_outputs(kind, n_classes, target_dim):
    return n_classes


def _bce(Z, T):
    # softplus(z) - t*z = -[t log s(z) + (1-t) log(1-s(z))], computed without log(0).
    return float((np.maximum(Z, 0) - T * Z + np.log1p(np.exp(-np.abs(Z)))).sum() / len(Z))


def _squared(output, output_derivative):
    def loss(Z, T):
        E = output(Z) - T
        return float(0.5 * (E * E).sum() / len(Z))

    def gradient(Z, T):
        Y = output(Z)
        return (Y - T) * output_derivative(Y) / len(Z)
    return loss, gradient


def _softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def _softmax_ce(Z, labels):
    # L_i = -log softmax(z)_y = logsumexp(z) - z_y, with the max subtracted first (no overflow).
    Zs = Z - Z.max(axis=1, keepdims=True)
    log_sum = np.log(np.exp(Zs).sum(axis=1))
    return float((log_sum - Zs[np.arange(len(Z)), labels]).mean())


def _softmax_ce_gradient(Z, labels):
    G = _softmax(Z)
    G[np.arange(len(Z)), labels] -= 1.0
    return G / len(Z)


def _hinge_margins(Z, labels):
    rows = np.arange(len(Z))
    M = np.maximum(0.0, Z - Z[rows, labels][:, None] + 1.0)
    M[rows, labels] = 0.0
    return M


def _hinge(Z, labels):
    # Multiclass SVM loss: L_i = sum_{j != y} max(0, s_j - s_y + 1).
    return float(_hinge_margins(Z, labels).sum() / len(Z))


def _hinge_gradient(Z, labels):
    G = (_hinge_margins(Z, labels) > 0).astype(float)
    G[np.arange(len(Z)), labels] = -G.sum(axis=1)
    return G / len(Z)


def _sse(Z, T):
    E = Z - T
    return float((E * E).sum())


@dataclass(frozen=True)
class OutputLoss:
    name: str
    label: str
    kinds: tuple  # problem kinds this output/loss pair can serve
    output: Callable  # Y = what the output units compute from the scores Z
    loss: Callable  # (Z, T) -> float
    gradient: Callable  # (Z, T) -> dL/dZ, shape of Z
    encode: Callable  # (y, kind, n_classes) -> T
    n_outputs: Callable  # (kind, n_classes, target_dim) -> number of output units
    threshold: float = 0.5  # a single output unit says "class 1" above this

    def predict_class(self, Z):
        """Class labels from scores Z (n, k): threshold for one unit, winner-take-all otherwise."""
        if Z.shape[1] == 1:
            return (self.output(Z)[:, 0] > self.threshold).astype(int)
        return Z.argmax(axis=1)


OUTPUT_LOSSES = {
    o.name: o
    for o in (
        OutputLoss("sigmoid_bce", "Sigmoid + binary cross-entropy", ("binary", "multiclass"),
                   sigmoid, _bce, lambda Z, T: (sigmoid(Z) - T) / len(Z),
                   _unit_targets(0.0), _unit_outputs),
        OutputLoss("softmax_ce", "Softmax + cross-entropy", ("binary", "multiclass"),
                   _softmax, _softmax_ce, _softmax_ce_gradient, _class_labels, _class_outputs),
        OutputLoss("hinge", "Multiclass hinge (SVM, raw scores)", ("binary", "multiclass"),
                   lambda Z: Z, _hinge, _hinge_gradient, _class_labels, _class_outputs),
        OutputLoss("tanh_mse", "Tanh + squared error, ±1 targets (TensorFlow Playground)",
                   ("binary", "multiclass", "regression"), np.tanh,
                   *_squared(np.tanh, lambda Y: 1.0 - Y * Y), _unit_targets(-1.0), _unit_outputs,
                   threshold=0.0),
        OutputLoss("sigmoid_mse", "Sigmoid + squared error ½(y−t)² (logistic least squares)",
                   ("binary", "multiclass"), sigmoid,
                   *_squared(sigmoid, lambda Y: Y * (1.0 - Y)), _unit_targets(0.0), _unit_outputs),
        OutputLoss("linear_mse", "Linear + squared error ½(y−t)²", ("regression",), lambda Z: Z,
                   *_squared(lambda Z: Z, lambda Y: 1.0), _unit_targets(0.0), _unit_outputs),
        # The lecture's NumPy program: loss = sum over the batch of (y - t)^2, gradient 2(y - t).
        OutputLoss("linear_sse", "Linear + summed squared error Σ(y−t)² (the lecture's NumPy net)",
                   ("regression",), lambda Z: Z, _sse, lambda Z, T: 2.0 * (Z - T),
                   _unit_targets(0.0), _unit_outputs),
    )
}

DEFAULT_OUTPUT = {"binary": "sigmoid_bce", "multiclass": "softmax_ce", "regression": "linear_mse"}
