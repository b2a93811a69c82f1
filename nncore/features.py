"""TensorFlow Playground's input features of a 2D point (x1, x2)."""
import numpy as np

FEATURES = {
    "x1": ("X₁", lambda X: X[:, 0]),
    "x2": ("X₂", lambda X: X[:, 1]),
    "x1_squared": ("X₁²", lambda X: X[:, 0] ** 2),
    "x2_squared": ("X₂²", lambda X: X[:, 1] ** 2),
    "x1_times_x2": ("X₁X₂", lambda X: X[:, 0] * X[:, 1]),
    "sin_x1": ("sin(X₁)", lambda X: np.sin(X[:, 0])),
    "sin_x2": ("sin(X₂)", lambda X: np.sin(X[:, 1])),
}


def make_features(X, names):
    """Columns of the named features for points X (n, 2): shape (n, len(names))."""
    return np.column_stack([FEATURES[name][1](X) for name in names])
