"""Drawn data (nncore/drawn.py): adding, removing, and the link text read strictly."""
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from nncore import Config, Trainer
from nncore.drawn import (
    LINK_POINTS,
    MAX_TEXT,
    NAME,
    drawn,
    is_drawn,
    points_from_text,
    points_text,
    with_point,
    without_nearest,
)
from nncore.persistence import trainer_from_json, trainer_to_json

EMPTY = drawn([], [], "binary", 2)


def test_clicked_points_are_training_points_rounded_to_a_hundredth():
    data = with_point(with_point(EMPTY, 1.234, -2.5, 1, 10), -3.0, 0.006, 0, 10)
    assert is_drawn(data) and data.name == NAME and data.n_classes == 2
    assert data.X_train.tolist() == [[1.23, -2.5], [-3.0, 0.01]] and data.y_train.tolist() == [1, 0]
    assert data.X_test.shape == (0, 2) and data.y_test.shape == (0,)


def test_a_point_off_the_plane_or_beyond_the_limit_is_refused():
    with pytest.raises(ValueError, match="off the plane"):
        with_point(EMPTY, 6.5, 0, 1, 10)
    full = drawn([[0, 0], [1, 1]], [0, 1], "binary", 2)
    with pytest.raises(ValueError, match="2 points already"):
        with_point(full, 0, 0, 1, 2)


def test_a_shift_click_removes_the_nearest_point_only():
    data = drawn([[0, 0], [2, 2], [-3, 1]], [0, 1, 1], "binary", 2)
    left = without_nearest(data, 1.6, 1.5)
    assert left.X_train.tolist() == [[0, 0], [-3, 1]] and left.y_train.tolist() == [0, 1]
    assert len(without_nearest(EMPTY, 0, 0).X_train) == 0


@given(st.lists(st.tuples(st.floats(-6, 6), st.floats(-6, 6), st.integers(0, 4)), max_size=LINK_POINTS))
def test_link_text_gives_back_the_points_to_a_hundredth(points):
    X = [(x1, x2) for x1, x2, _ in points]
    data = drawn(X, [label for *_, label in points], "multiclass", 5)
    text = points_text(data)
    assert len(text) <= MAX_TEXT
    back = points_from_text(text, "multiclass", 5)
    assert np.allclose(back.X_train, np.reshape(X, (-1, 2)), atol=0.005 + 1e-9)
    assert back.y_train.tolist() == data.y_train.tolist()


def test_regression_values_travel_too():
    back = points_from_text("1,2,-0.75;0,0,9.5", "regression", 0)
    assert back.y_train.tolist() == [-0.75, 9.5] and back.kind == "regression"


def test_more_points_than_a_link_holds_have_no_link_text():
    many = drawn(np.zeros((LINK_POINTS + 1, 2)), np.zeros(LINK_POINTS + 1), "binary", 2)
    assert points_text(many) is None and points_text(EMPTY) == "none"
    assert len(points_from_text("none", "binary", 2).X_train) == 0


@pytest.mark.parametrize("text, problem", [
    ("1,2", "not of the form"), ("1,2,1,4", "not of the form"), ("a,2,1", "is not a number"),
    ("1,nan,1", "not a finite number"), ("7,0,1", "off the plane"), ("0,0,2", "class from 0 to 1"),
    ("0,0,0.5", "class from 0 to 1"), ("0,0,-1", "class from 0 to 1"), ("", "not of the form"),
    (";".join(["0,0,1"] * (LINK_POINTS + 1)), "at most 50"), ("0" * (MAX_TEXT + 1), "at most 50"),
    ("0,0,1;<b>x</b>,0,1", "point 2: '<b>x</b>' is not a number"),
])
def test_bad_link_text_is_refused_naming_the_point(text, problem):
    with pytest.raises(ValueError, match=problem):
        points_from_text(text, "binary", 2)


def test_a_regression_value_beyond_the_limit_is_refused():
    with pytest.raises(ValueError, match="value from -10 to 10"):
        points_from_text("0,0,11", "regression", 0)


def test_drawn_data_are_saved_with_the_model_and_train_on_without_a_rebuild():
    trainer = Trainer(Config())
    weights = [W.copy() for W in trainer.weights]
    trainer.set_dataset(drawn([[1, 1], [-1, -1], [1, -1]], [1, 1, 0], "binary", 2))
    assert all(np.array_equal(a, b) for a, b in zip(weights, trainer.weights))
    trainer.step(20)
    loaded = trainer_from_json(trainer_to_json(trainer))
    assert loaded.dataset.name == NAME and loaded.dataset.X_train.tolist() == [[1, 1], [-1, -1], [1, -1]]
    assert all(np.array_equal(a, b) for a, b in zip(trainer.weights, loaded.weights))
