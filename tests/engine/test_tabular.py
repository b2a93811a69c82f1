"""Own data from CSV: labels numbered in order, regression targets, refusals naming the row or column."""
import numpy as np
import pytest

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
