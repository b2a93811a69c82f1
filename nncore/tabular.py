"""Own data from CSV text: a header naming x1, x2 and the label (classification) or target
(regression) column, then one point per line.

Every refusal is a ValueError whose message names the line and column at fault, quoting the file's
text with repr(), so a page can show it as it is.
"""
import csv
import io
import math

import numpy as np

from .config import checked_number
from .datasets import Dataset
from .quoting import quoted

MAX_ROWS = 5000
MAX_CLASSES = 8
# |value| <= 1e6: squared inputs and errors (x1² features, squared-error losses) stay near 1e12,
# far from float overflow, so a first training step is finite whatever the data.
MAX_MAGNITUDE = 1e6
LABEL_ROUNDING = 1e-9  # spreadsheet arithmetic writes labels such as 1.0000000000000002
INPUT_COLUMNS = ("x1", "x2")
OUTPUT_COLUMN = {"binary": "label", "multiclass": "label", "regression": "target"}


def _number(text, line, column):
    try:
        value = float(text)
    except ValueError:
        shown = text.strip() or "an empty cell"
        raise ValueError(f"line {line}, column {column!r}: {quoted(shown)} is not a "
                         f"number") from None
    if not math.isfinite(value):
        raise ValueError(f"line {line}, column {column!r}: {quoted(text.strip())} is not a finite "
                         f"number (NaN and infinity are refused)")
    if abs(value) > MAX_MAGNITUDE:
        raise ValueError(f"line {line}, column {column!r}: {quoted(text.strip())} is outside the "
                         f"allowed range {-MAX_MAGNITUDE:g} to {MAX_MAGNITUDE:g}")
    return value


def _body_rows(reader):
    """(line number, row) of every non-empty row after the header, at most MAX_ROWS of them."""
    body = []
    for row in reader:
        if any(c.strip() for c in row):
            body.append((reader.line_num, row))  # the row's last line, if a quoted cell spans lines
            if len(body) > MAX_ROWS:
                raise ValueError(f"too many rows: {MAX_ROWS + 1} data rows or more, at most "
                                 f"{MAX_ROWS} are allowed")
    return body


def _read_table(text, columns):
    """The named columns of CSV `text` as a float array (n, len(columns)), and each row's line number."""
    if not isinstance(text, str):
        raise ValueError(f"this is not CSV text (got {type(text).__name__})")
    if "\x00" in text:
        raise ValueError("this is not a CSV text file (it holds binary data)")
    # Spreadsheets save "CSV UTF-8" with a byte-order mark, which would stick to the first name.
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    try:
        first = next(reader, [])
        if not any(c.strip() for c in first):
            raise ValueError("the file is empty; the first line must name the columns "
                             + ", ".join(columns))
        header = [name.strip().lower() for name in first]
        missing = [name for name in columns if name not in header]
        if missing:
            raise ValueError(f"missing column(s) {', '.join(missing)}; the first line must name "
                             f"{', '.join(columns)} (found: {', '.join(map(quoted, header))})")
        body = _body_rows(reader)
    except csv.Error as error:
        raise ValueError(f"this is not a readable CSV file: {error}") from None
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


def _class_labels(y, lines, column, limit, kind):
    """Labels y (n,) numbered 0, 1, ... in increasing order, and how many classes there are."""
    whole = np.round(y)
    fractional = np.flatnonzero(np.abs(y - whole) > LABEL_ROUNDING)
    if fractional.size:
        first = fractional[0]
        raise ValueError(f"line {lines[first]}, column {column!r}: {float(y[first])!r} is not a "
                         f"whole-number class label")
    labels, y = np.unique(whole, return_inverse=True)
    if len(labels) > limit:
        raise ValueError(f"column {column!r}: {len(labels)} classes found, at most {limit} "
                         f"allowed for a {kind} problem")
    if len(labels) < 2:
        raise ValueError(f"column {column!r}: only one class found; at least 2 are needed")
    return y, len(labels)


def dataset_from_csv(text, kind, train_ratio, seed, name="CSV", max_classes=MAX_CLASSES):
    """A Dataset of `kind` ("binary", "multiclass" or "regression") from CSV text.

    Class labels must be whole numbers (to within LABEL_ROUNDING); they are numbered 0, 1, ... in
    increasing order, so labels -1/1 or 1/2 work as well as 0/1. Every number lies within
    ±MAX_MAGNITUDE. The points are split at random (seeded) into train and test.
    """
    if not isinstance(kind, str) or kind not in OUTPUT_COLUMN:
        raise ValueError(f"kind: {quoted(kind)} is not allowed; "
                         f"allowed: {', '.join(OUTPUT_COLUMN)}")
    train_ratio = checked_number("train_ratio", train_ratio)
    seed = checked_number("data_seed", seed)
    output = OUTPUT_COLUMN[kind]
    values, lines = _read_table(text, INPUT_COLUMNS + (output,))
    X, y = values[:, :2], values[:, 2]
    n_classes = 0
    if kind != "regression":
        y, n_classes = _class_labels(y, lines, output, 2 if kind == "binary" else max_classes, kind)
    return Dataset.from_arrays(X, y, kind, train_ratio, np.random.default_rng(seed), n_classes,
                               name)
