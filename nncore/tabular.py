"""Own data from CSV text: a header naming x1, x2 and the label (classification) or target
(regression) column, then one point per line.

Every refusal is a ValueError whose message names the line and column at fault, so a page can show
it as it is.
"""
import csv
import io
import math

import numpy as np

from .datasets import Dataset

MAX_ROWS = 5000
MAX_CLASSES = 8
INPUT_COLUMNS = ("x1", "x2")
OUTPUT_COLUMN = {"binary": "label", "multiclass": "label", "regression": "target"}


def _number(text, line, column):
    try:
        value = float(text)
    except ValueError:
        shown = text.strip() or "an empty cell"
        raise ValueError(f"line {line}, column {column!r}: {shown!r} is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"line {line}, column {column!r}: {text.strip()!r} is not a finite number "
                         f"(NaN and infinity are refused)")
    return value


def _read_table(text, columns):
    """The named columns of CSV `text` as a float array (n, len(columns)), and each row's line number."""
    if "\x00" in text:
        raise ValueError("this is not a CSV text file (it holds binary data)")
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise ValueError(f"this is not a readable CSV file: {error}") from None
    if not rows or not any(c.strip() for c in rows[0]):
        raise ValueError("the file is empty; the first line must name the columns "
                         + ", ".join(columns))
    header = [name.strip().lower() for name in rows[0]]
    missing = [name for name in columns if name not in header]
    if missing:
        raise ValueError(f"missing column(s) {', '.join(missing)}; the first line must name "
                         f"{', '.join(columns)} (found: {', '.join(header) or 'nothing'})")
    body = [(number, row) for number, row in enumerate(rows[1:], start=2) if any(c.strip() for c in row)]
    if len(body) > MAX_ROWS:
        raise ValueError(f"too many rows: {len(body)} data rows, at most {MAX_ROWS} are allowed")
    if len(body) < 2:
        raise ValueError("too few rows: at least 2 data rows are needed")
    positions = [header.index(name) for name in columns]
    values = np.empty((len(body), len(columns)))
    for i, (line, row) in enumerate(body):
        if len(row) != len(header):
            raise ValueError(f"line {line}: {len(row)} values, but the header names {len(header)} "
                             f"columns")
        values[i] = [_number(row[p], line, name) for p, name in zip(positions, columns)]
    return values, [line for line, _ in body]


def dataset_from_csv(text, kind, train_ratio, seed, name="CSV", max_classes=MAX_CLASSES):
    """A Dataset of `kind` ("binary", "multiclass" or "regression") from CSV text.

    Class labels must be whole numbers; they are numbered 0, 1, ... in increasing order, so labels
    -1/1 or 1/2 work as well as 0/1. The points are split at random (seeded) into train and test.
    """
    output = OUTPUT_COLUMN[kind]
    values, lines = _read_table(text, INPUT_COLUMNS + (output,))
    X, y = values[:, :2], values[:, 2]
    n_classes = 0
    if kind != "regression":
        fractional = np.flatnonzero(y != np.round(y))
        if fractional.size:
            raise ValueError(f"line {lines[fractional[0]]}, column {output!r}: {y[fractional[0]]:g} "
                             f"is not a whole-number class label")
        labels, y = np.unique(y, return_inverse=True)
        n_classes = len(labels)
        limit = 2 if kind == "binary" else max_classes
        if n_classes > limit:
            raise ValueError(f"column {output!r}: {n_classes} classes found, at most {limit} "
                             f"allowed for a {kind} problem")
        if n_classes < 2:
            raise ValueError(f"column {output!r}: only one class found; at least 2 are needed")
    return Dataset.from_arrays(X, y, kind, train_ratio, np.random.default_rng(seed), n_classes,
                               name)
