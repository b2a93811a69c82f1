"""Toy datasets: 2D classification and regression on TensorFlow Playground's plane [-6, 6]^2,
1D functions for universal approximation on [-pi, pi], and the 8-3-8 identity task.

Every generator takes (n_points, noise, rng, n_classes) and returns points X (n, d) and targets y:
integer labels (n,) for classification, floats (n,) or (n, m) for regression.
"""
from dataclasses import dataclass
from typing import Callable

import numpy as np
from sklearn.datasets import make_moons

RADIUS = 5.0  # 2D data lie within this radius; pictures show [-6, 6]^2
EXTENT_2D = 6.0
EXTENT_1D = np.pi


def _jitter(X, noise, rng, scale=RADIUS):
    return X + rng.uniform(-1.0, 1.0, X.shape) * scale * noise


def _circle(n, noise, rng, k):
    inner = n // 2
    r = np.concatenate([rng.uniform(0, 0.5 * RADIUS, inner), rng.uniform(0.7 * RADIUS, RADIUS, n - inner)])
    angle = rng.uniform(0, 2 * np.pi, n)
    X = np.column_stack([r * np.cos(angle), r * np.sin(angle)])
    return _jitter(X, noise, rng), (np.arange(n) < inner).astype(int)


def _xor(n, noise, rng, k):
    X = rng.uniform(-RADIUS, RADIUS, (n, 2))
    X += np.sign(X) * 0.3  # keep points off the axes, where the label flips
    return _jitter(X, noise, rng), (X[:, 0] * X[:, 1] > 0).astype(int)


def _two_gaussians(n, noise, rng, k):
    y = (np.arange(n) < n // 2).astype(int)
    centres = np.where(y[:, None] == 1, 2.0, -2.0)
    spread = np.sqrt(0.5 + 7.0 * noise)  # variance 0.5 .. 4 for noise 0 .. 50 %
    return centres + rng.normal(0, spread, (n, 2)), y


def _spiral(n, noise, rng, k):
    half = n // 2
    y = (np.arange(n) < half).astype(int)
    fraction = np.concatenate([np.arange(half) / max(half, 1), np.arange(n - half) / max(n - half, 1)])
    r = fraction * RADIUS
    t = 1.75 * fraction * 2 * np.pi + np.where(y == 1, 0.0, np.pi)
    X = np.column_stack([r * np.sin(t), r * np.cos(t)])
    return _jitter(X, noise, rng, scale=2.0), y


def _moons(n, noise, rng, k):
    X, y = make_moons(n, noise=noise, random_state=int(rng.integers(2**31)))
    return (X - [0.5, 0.25]) * 3.3, y


def _linear(n, noise, rng, k):
    X = rng.uniform(-RADIUS, RADIUS, (n, 2))
    angle = rng.uniform(0, 2 * np.pi)
    y = (X @ [np.cos(angle), np.sin(angle)] > 0).astype(int)
    return X + rng.normal(0, 4.0 * noise, X.shape), y


def _blobs(n, noise, rng, k):
    y = np.arange(n) % k
    angle = 2 * np.pi * y / k + np.pi / 2
    centres = 3.5 * np.column_stack([np.cos(angle), np.sin(angle)])
    return centres + rng.normal(0, 0.6 + 4.0 * noise, (n, 2)), y


def _spiral_k(n, noise, rng, k):
    y = np.arange(n) % k
    fraction = rng.uniform(0, 1, n)
    t = 2 * np.pi * y / k + 3.0 * fraction + rng.normal(0, 0.1 + noise, n)
    X = RADIUS * fraction[:, None] * np.column_stack([np.cos(t), np.sin(t)])
    return X, y


def _plane(n, noise, rng, k):
    X = rng.uniform(-RADIUS, RADIUS, (n, 2))
    return X, (X[:, 0] + X[:, 1]) / (2 * RADIUS) + rng.normal(0, noise, n)


BUMPS = [((-3.0, 2.5), -1.0), ((0.0, 2.5), 1.0), ((3.0, 2.5), -1.0),
         ((-3.0, -2.5), 1.0), ((0.0, -2.5), -1.0), ((3.0, -2.5), 1.0)]


def _gaussian_bumps(n, noise, rng, k):
    X = rng.uniform(-RADIUS, RADIUS, (n, 2))
    y = sum(sign * np.exp(-((X - centre) ** 2).sum(axis=1) / 2.0) for centre, sign in BUMPS)
    return X, y + rng.normal(0, noise, n)


FUNCTIONS_1D = {
    "sine": np.sin,
    "step": lambda x: np.where(x > 0, 1.0, -1.0),
    "abs": lambda x: np.abs(x) - 1.0,
    "cubic": lambda x: 0.1 * x ** 3 - 0.6 * x,
}


def _function_1d(f):
    def generate(n, noise, rng, k):
        x = rng.uniform(-EXTENT_1D, EXTENT_1D, (n, 1))
        return x, f(x[:, 0]) + rng.normal(0, noise, n)
    return generate


def _identity(n, noise, rng, k):
    """The 8-3-8 task: the eight one-hot patterns, each its own class (n and noise are ignored)."""
    return np.eye(8), np.arange(8)


@dataclass(frozen=True)
class DatasetSpec:
    name: str
    label: str
    kind: str  # "binary", "multiclass" or "regression"
    input_dim: int
    generate: Callable
    fixed_classes: int = 0  # >0: the number of classes is fixed by the task


DATASETS = {
    d.name: d
    for d in (
        DatasetSpec("circle", "Circle", "binary", 2, _circle),
        DatasetSpec("xor", "Exclusive or (XOR)", "binary", 2, _xor),
        DatasetSpec("gaussians", "Two Gaussians", "binary", 2, _two_gaussians),
        DatasetSpec("spiral", "Spiral", "binary", 2, _spiral),
        DatasetSpec("moons", "Two moons", "binary", 2, _moons),
        DatasetSpec("linear", "Linearly separable", "binary", 2, _linear),
        DatasetSpec("blobs", "Gaussian blobs (K classes)", "multiclass", 2, _blobs),
        DatasetSpec("spiral_k", "Spiral (K classes)", "multiclass", 2, _spiral_k),
        DatasetSpec("plane", "Plane", "regression", 2, _plane),
        DatasetSpec("gaussian_bumps", "Gaussian bumps", "regression", 2, _gaussian_bumps),
        *(DatasetSpec(f"fn_{name}", f"1D: {name}", "regression", 1, _function_1d(f))
          for name, f in FUNCTIONS_1D.items()),
        DatasetSpec("identity_838", "8-3-8 identity", "multiclass", 8, _identity, fixed_classes=8),
    )
}


@dataclass
class Dataset:
    """Training and test split of one dataset; y holds labels or regression targets."""
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    kind: str
    n_classes: int  # 0 for regression
    name: str = ""

    @property
    def input_dim(self):
        return self.X_train.shape[1]

    @property
    def target_dim(self):
        return 1 if self.y_train.ndim == 1 else self.y_train.shape[1]

    @classmethod
    def from_arrays(cls, X, y, kind, train_ratio, rng, n_classes=0, name=""):
        """Split (X, y) at random into train and test; train_ratio 1 keeps every point for training."""
        X = np.asarray(X, float)
        y = np.asarray(y, int if kind != "regression" else float)
        order = rng.permutation(len(X))
        n_train = min(len(X), max(1, int(round(train_ratio * len(X)))))
        train, test = order[:n_train], order[n_train:]
        n_classes = 0 if kind == "regression" else (n_classes or int(y.max()) + 1)
        return cls(X[train], y[train], X[test], y[test], kind, n_classes, name)


def make_dataset(name, n_points, noise, train_ratio, seed, n_classes=3):
    spec = DATASETS[name]
    rng = np.random.default_rng(seed)
    n_classes = spec.fixed_classes or (2 if spec.kind == "binary" else n_classes)
    X, y = spec.generate(n_points, noise, rng, n_classes)
    ratio = 1.0 if spec.fixed_classes else train_ratio  # the 8 patterns are all training data
    return Dataset.from_arrays(X, y, spec.kind, ratio, rng, n_classes, name)
