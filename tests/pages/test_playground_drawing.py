"""Drawn data on the Playground under AppTest (the clicks themselves: tests/browser/test_browser_drawing.py):
the `points` link parameter restores them, is refused with a message naming it, and an export trains
on them."""
import numpy as np
import pytest
from apptest import open_page, shown

from nncore.drawn import NAME
from specs import playground as spec
from specs.controls import ParameterError

POINTS = "1,1,1;-1,-1,1;2,-2,0"


def trainer(at):
    return at.session_state["playground_trainer"]


def test_a_link_with_points_trains_on_them_and_keeps_them():
    at = open_page("playground", {"points": POINTS, "dataset": "xor"})
    data = trainer(at).dataset
    assert data.name == NAME and data.X_train.tolist() == [[1, 1], [-1, -1], [2, -2]]
    assert data.y_train.tolist() == [1, 1, 0] and len(data.X_test) == 0
    assert "3 drawn points; shift-click removes the nearest." in [caption.value for caption in at.caption]
    assert at.query_params["points"] == POINTS
    at.button(key="playground_step").click().run()
    assert trainer(at).epoch == 1 and not at.exception
    assert at.slider(key="playground_batch_size").value == 3


def test_none_is_an_empty_plane_that_cannot_train_until_points_are_drawn():
    at = open_page("playground", {"points": "none"})
    assert trainer(at).n_train == 0
    assert at.button(key="playground_play").disabled and at.button(key="playground_step").disabled
    assert "—" in [metric.value for metric in at.metric if metric.label == "Training loss"]


@pytest.mark.parametrize("points, problem", [
    ("<b>x</b>,0,1", "point 1: '<b>x</b>' is not a number"),
    ("0,0,2", "point 1: '2' must be a class from 0 to 1"),
    ("9,0,1", "lies off the plane"),
    (";".join(["0,0,1"] * 51), "at most 50"),
])
def test_a_bad_points_parameter_is_refused_by_name(points, problem):
    at = open_page("playground", {"points": points})
    warnings = [shown(warning) for warning in at.warning]
    assert any(text.startswith("Link parameter points") and problem in text for text in warnings), warnings
    assert trainer(at).dataset.name == "circle" and "points" not in at.query_params


def test_multiclass_points_take_the_link_s_class_count():
    at = open_page("playground", {"dataset": "blobs", "n_classes": "4", "points": "0,0,3;1,1,0"})
    assert trainer(at).dataset.n_classes == 4 and trainer(at).n_outputs == 4
    refused = open_page("playground", {"dataset": "blobs", "points": "0,0,3"})  # 3 classes: 0..2
    assert refused.warning and trainer(refused).dataset.name == "blobs"


def test_an_export_trains_on_the_drawn_points():
    settings = {**spec.CONTROLS.read({"points": POINTS}, strict=True)[0], "epochs": 5}
    exported = spec.export(settings)
    assert exported.dataset.name == NAME and np.array_equal(exported.dataset.y_train, [1, 1, 0])
    assert exported.epoch == 5
    with pytest.raises(ParameterError, match="points"):
        spec.drawn_data({**settings, "points": "0,0,7"})
    with pytest.raises(ParameterError, match="at least one point"):
        spec.export({**settings, "points": "none"})
