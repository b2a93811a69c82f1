"""Data a student draws on the plane: points added by a click and removed by a shift-click. Every
drawn point is a training point (a point is drawn to be fitted; there is no test split). A few of
them (LINK_POINTS) go into a link as text, "x1,x2,label;..." with numbers to DECIMALS places,
"none" for no point at all.

Every refusal is a ValueError saying which point is wrong and what is allowed, quoting the text
with repr(), so a page can show it as it is.
"""
import numpy as np

from .datasets import EXTENT_2D, Dataset
from .quoting import quoted

NAME = "Drawn points"
LINK_POINTS = 50
DECIMALS = 2  # a click is not more precise than a hundredth of the plane's [-6, 6]
MAX_VALUE = 10.0  # a drawn regression target lies within ±MAX_VALUE
NO_POINTS = "none"
MAX_TEXT = LINK_POINTS * 24  # "-5.99,-5.99,-9.99;" is 18 characters; room for spaces and more digits


def drawn(X, y, kind, n_classes):
    """A Dataset of the points X (n, 2) with labels or targets y, all for training."""
    X = np.asarray(X, float).reshape(-1, 2)
    y = np.asarray(y, float if kind == "regression" else int).reshape(-1)
    n_classes = 0 if kind == "regression" else n_classes
    return Dataset(X, y, X[:0], y[:0], kind, n_classes, NAME)


def is_drawn(dataset):
    return dataset is not None and dataset.name == NAME


def with_point(dataset, x, y, label, max_points):
    """`dataset`'s training points and (x, y) with `label`, rounded as a click is (DECIMALS);
    ValueError if the plane holds `max_points` already or (x, y) lies off it."""
    if len(dataset.X_train) >= max_points:
        raise ValueError(f"the plane holds {max_points} points already, the most it may hold")
    if not (abs(x) <= EXTENT_2D and abs(y) <= EXTENT_2D):
        raise ValueError(f"({x:.2f}, {y:.2f}) lies off the plane [-{EXTENT_2D:g}, {EXTENT_2D:g}]²")
    point = np.round([[x, y]], DECIMALS)
    return drawn(np.vstack([dataset.X_train, point]), np.append(dataset.y_train, label), dataset.kind,
                 dataset.n_classes)


def without_nearest(dataset, x, y):
    """`dataset`'s training points without the one nearest to (x, y) (none left: as it is)."""
    if not len(dataset.X_train):
        return drawn(dataset.X_train, dataset.y_train, dataset.kind, dataset.n_classes)
    keep = np.ones(len(dataset.X_train), bool)
    keep[np.argmin(np.hypot(*(dataset.X_train - [x, y]).T))] = False
    return drawn(dataset.X_train[keep], dataset.y_train[keep], dataset.kind, dataset.n_classes)


def points_text(dataset):
    """The link text of `dataset`'s training points; None when there are more than LINK_POINTS."""
    if len(dataset.X_train) > LINK_POINTS:
        return None
    if not len(dataset.X_train):
        return NO_POINTS
    return ";".join(",".join(f"{round(float(v), DECIMALS) + 0.0:g}" for v in (x1, x2, label))
                    for (x1, x2), label in zip(dataset.X_train, dataset.y_train))


def _number(text, where):
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{where}: {quoted(text)} is not a number") from None
    if not np.isfinite(value):
        raise ValueError(f"{where}: {quoted(text)} is not a finite number")
    return value


def _label(text, where, kind, n_classes):
    value = _number(text, where)
    if kind == "regression":
        if abs(value) > MAX_VALUE:
            raise ValueError(f"{where}: {quoted(text)} must be a value from {-MAX_VALUE:g} to {MAX_VALUE:g}")
        return value
    if not (value.is_integer() and 0 <= value < n_classes):
        raise ValueError(f"{where}: {quoted(text)} must be a class from 0 to {n_classes - 1}")
    return int(value)


def points_from_text(text, kind, n_classes):
    """The drawn Dataset that link text stands for (see the module's docstring)."""
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        raise ValueError(f"at most {LINK_POINTS} points of the form x1,x2,label separated by ';' "
                         f"({MAX_TEXT} characters)")
    if text.strip() == NO_POINTS:
        return drawn([], [], kind, n_classes)
    items = text.split(";")
    if len(items) > LINK_POINTS:
        raise ValueError(f"{len(items)} points; at most {LINK_POINTS}")
    X, y = [], []
    for i, item in enumerate(items, 1):
        parts = item.split(",")
        if len(parts) != 3:
            raise ValueError(f"point {i}: {quoted(item)} is not of the form x1,x2,label")
        x1, x2 = (_number(part, f"point {i}") for part in parts[:2])
        if not (abs(x1) <= EXTENT_2D and abs(x2) <= EXTENT_2D):
            raise ValueError(f"point {i}: {quoted(item)} lies off the plane; x1 and x2 must lie from "
                             f"{-EXTENT_2D:g} to {EXTENT_2D:g}")
        X.append((x1, x2))
        y.append(_label(parts[2], f"point {i}", kind, n_classes))
    return drawn(X, y, kind, n_classes)
