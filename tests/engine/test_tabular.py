"""Own data from CSV: labels numbered in order, regression targets, refusals naming the row or column,
and random CSV text that gives a valid Dataset or a ValueError, never another exception."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nncore.tabular import MAX_ROWS, dataset_from_csv


def test_csv_labels_are_numbered_in_order_and_split_by_ratio():
    text = "x2,label,x1\n" + "\n".join(f"{i},{[-1, 1, 7][i % 3]},{i / 2}" for i in range(30))
    data = dataset_from_csv(text, "multiclass", 0.6, seed=0)
    assert (data.n_classes, len(data.X_train), len(data.X_test)) == (3, 18, 12)
    labels = np.concatenate([data.y_train, data.y_test])
    x2 = np.concatenate([data.X_train[:, 1], data.X_test[:, 1]]).astype(int)
    np.testing.assert_array_equal(labels, (x2 % 3))  # -1 -> 0, 1 -> 1, 7 -> 2


def test_csv_regression_reads_the_target_column():
    data = dataset_from_csv("x1,x2,target\n0,0,0.5\n1,1,-0.25\n", "regression", 1.0, seed=0)
    assert sorted(data.y_train) == [-0.25, 0.5]


@pytest.mark.parametrize("text, kind, message", [
    ("x1,x2,label\n1,2,0\n3,abc,1\n", "binary", "line 3, column 'x2': 'abc' is not a number"),
    ("x1,x2,label\n1,2,0\n3,,1\n", "binary", "line 3, column 'x2': 'an empty cell'"),
    ("x1,x2,label\n1,nan,0\n3,4,1\n", "binary", "line 2, column 'x2': 'nan' is not a finite"),
    ("x1,label\n1,0\n2,1\n", "binary", "missing column(s) x2"),
    ("x1,x2,label\n1,2,0\n3,4,1\n", "regression", "missing column(s) target"),
    ("x1,x2,label\n1,2,0\n3,4\n", "binary", "line 3: 2 values"),
    ("x1,x2,label\n1,2,0\n3,4,1.5\n", "binary", "line 3, column 'label': 1.5"),
    ("x1,x2,label\n1,2,0\n3,4,1\n5,6,2\n", "binary", "3 classes found, at most 2"),
    ("x1,x2,label\n" + "".join(f"{i},0,{i}\n" for i in range(9)), "multiclass",
     "9 classes found, at most 8"),
    ("x1,x2,label\n" + "1,2,0\n" * (MAX_ROWS + 1), "binary", f"{MAX_ROWS + 1} data rows"),
    ("", "binary", "the file is empty"),
])
def test_a_bad_csv_is_refused_naming_the_row_or_column(text, kind, message):
    with pytest.raises(ValueError) as refused:
        dataset_from_csv(text, kind, 0.5, seed=0)
    assert message in str(refused.value)


def test_a_utf8_byte_order_mark_is_not_part_of_the_first_column_name():
    data = dataset_from_csv("\ufeffx1,x2,label\n0,1,0\n2,3,1\n", "binary", 1.0, seed=0)
    assert sorted(map(tuple, data.X_train)) == [(0, 1), (2, 3)]


def test_labels_within_rounding_of_a_whole_number_are_that_number():
    data = dataset_from_csv("x1,x2,label\n0,0,1.0000000000000002\n1,1,0.9999999999999999\n2,2,3\n",
                            "binary", 1.0, seed=0)
    assert data.n_classes == 2 and sorted(data.y_train) == [0, 0, 1]
    with pytest.raises(ValueError, match="line 2, column 'label': 1.000001 is not a whole-number"):
        dataset_from_csv("x1,x2,label\n0,0,1.000001\n1,1,0\n", "binary", 1.0, seed=0)


@pytest.mark.parametrize("cell, column", [("1e308", "target"), ("-1e308", "x1"), ("1000000.5", "x2")])
def test_numbers_beyond_a_million_are_refused_with_the_allowed_range(cell, column):
    row = {"x1": "0", "x2": "0", "target": "0", column: cell}
    text = "x1,x2,target\n1,1,1\n" + ",".join(row.values()) + "\n"
    with pytest.raises(ValueError) as refused:
        dataset_from_csv(text, "regression", 1.0, seed=0)
    assert str(refused.value) == (f"line 3, column {column!r}: {cell!r} is outside the allowed range "
                                  f"-1e+06 to 1e+06")
    assert dataset_from_csv("x1,x2,target\n1e6,-1e6,1e6\n0,0,0\n", "regression", 1.0, 0).n_classes == 0


def test_the_file_s_text_is_quoted_as_plain_text_in_messages():
    with pytest.raises(ValueError) as refused:
        dataset_from_csv("[click](https://example.org),x2,label\n1,2,0\n", "binary", 0.5, seed=0)
    assert "(found: '[click](https://example.org)', 'x2', 'label')" in str(refused.value)
    with pytest.raises(ValueError, match="line 3, column 'x1': '\\*\\*x\\*\\*' is not a number"):
        dataset_from_csv("x1,x2,label\n1,2,0\n**x**,2,1\n", "binary", 0.5, seed=0)


def test_a_quoted_cell_over_two_lines_is_reported_at_its_last_line():
    with pytest.raises(ValueError, match="line 4, column 'x2'"):
        dataset_from_csv('x1,x2,label\n1,2,0\n3,"4\n5",1\n', "binary", 0.5, seed=0)


@pytest.mark.parametrize("kind, train_ratio, seed, message", [
    ("ordinal", 0.5, 0, "kind: 'ordinal' is not allowed; allowed: binary, multiclass, regression"),
    (["binary"], 0.5, 0, "kind: ['binary'] is not allowed"),
    ("binary", 0.0, 0, "train_ratio: 0.0 is not allowed"),
    ("binary", float("nan"), 0, "train_ratio: nan is not allowed"),
    ("binary", 0.5, -1, "data_seed: -1 is not allowed"),
    ("binary", 0.5, 1.5, "data_seed: 1.5 must be a whole number"),
])
def test_a_bad_kind_ratio_or_seed_is_refused_by_name(kind, train_ratio, seed, message):
    with pytest.raises(ValueError) as refused:
        dataset_from_csv("x1,x2,label\n1,2,0\n3,4,1\n", kind, train_ratio, seed)
    assert message in str(refused.value)


OUTPUTS = {"binary": "label", "multiclass": "label", "regression": "target"}
NUMBERS = st.floats(-1e6, 1e6).map(repr) | st.floats(-3, 3).map(repr) | st.integers(-3, 3).map(str)
LABELS = st.integers(0, 2).map(str) | st.integers(-9, 9).map(str) | st.just("1.0000000000000002")
HOSTILE = (st.sampled_from(["", " ", "nan", "-inf", "1e308", "-1e308", "1e6", "1000000.5", "0.5",
                            "1_0", "٣", "x", "**x**", '"1"', '"1\n2"', "\ufeffx1", " X1 ", "\x00"])
           | st.text(max_size=5))


@st.composite
def csv_texts(draw, kind):
    """(text, edited): a valid CSV of `kind` (x1, x2, its output column and maybe others, in any
    order, maybe after a byte-order mark) and whether one hostile edit was made to it (a cell or
    name replaced, or one removed)."""
    extra = draw(st.lists(st.sampled_from(["extra", "label", "target"]), max_size=2))
    columns = draw(st.permutations(["x1", "x2", OUTPUTS[kind], *extra]))
    cells = [LABELS if name == "label" and kind != "regression" else NUMBERS for name in columns]
    lines = [columns] + draw(st.lists(st.tuples(*cells).map(list), min_size=2, max_size=8))
    edited = draw(st.booleans())
    if edited:
        line = lines[draw(st.integers(0, len(lines) - 1))]
        position = draw(st.integers(0, len(line) - 1))
        line[position:position + 1] = draw(st.sampled_from([[], [draw(HOSTILE)]]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = draw(st.sampled_from(["", "\ufeff"])) + newline.join(map(",".join, lines)) + newline
    return text, edited


@settings(max_examples=150, deadline=None, database=None)
@given(st.data(), st.sampled_from(sorted(OUTPUTS)), st.floats(0.01, 1.0),
       st.integers(0, 2**32 - 1), st.integers(2, 8))
def test_random_csv_text_gives_a_valid_dataset_or_a_value_error(data, kind, ratio, seed, max_classes):
    text, edited = data.draw(csv_texts(kind) | st.tuples(
        st.text(max_size=40) | st.binary(max_size=40).map(lambda b: b.decode("utf-8", "replace")),
        st.just(True)))
    try:
        dataset = dataset_from_csv(text, kind, ratio, seed, max_classes=max_classes)
    except ValueError as error:
        # an unedited file is refused for its number of classes only
        assert edited or "class" in str(error)
        return
    X = np.concatenate([dataset.X_train, dataset.X_test])
    y = np.concatenate([dataset.y_train, dataset.y_test])
    assert dataset.kind == kind and X.shape == (len(y), 2) and 2 <= len(y) <= MAX_ROWS
    assert len(dataset.X_train) >= 1 and np.isfinite(X).all() and np.abs(X).max() <= 1e6
    if kind == "regression":
        assert dataset.n_classes == 0 and np.isfinite(y).all() and np.abs(y).max() <= 1e6
    else:
        assert 2 <= dataset.n_classes <= (2 if kind == "binary" else max_classes)
        assert y.dtype.kind == "i" and set(y) == set(range(dataset.n_classes))


@settings(max_examples=100, deadline=None, database=None)
@given(st.lists(st.tuples(st.floats(), st.floats(), st.floats()), min_size=2, max_size=4))
def test_a_number_of_any_size_is_read_exactly_or_refused_with_the_allowed_range(rows):
    text = "x1,x2,target\n" + "".join(f"{x1!r},{x2!r},{t!r}\n" for x1, x2, t in rows)
    try:
        dataset = dataset_from_csv(text, "regression", 1.0, seed=0)
    except ValueError as error:
        assert "allowed range -1e+06 to 1e+06" in str(error) or "not a finite number" in str(error)
        assert not all(abs(v) <= 1e6 for row in rows for v in row)
        return
    read = np.column_stack([dataset.X_train, dataset.y_train])
    np.testing.assert_array_equal(sorted(map(tuple, read)), sorted(rows))
