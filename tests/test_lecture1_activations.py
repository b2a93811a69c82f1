"""Activation functions page: curves, vanishing-gradient intervals, figure and page."""
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from figures.lecture_activations import activation_figure
from nncore.activation_regions import activation_curves, small_gradient_intervals
from nncore.activations import ACTIVATIONS

PAGE = str(Path(__file__).resolve().parent.parent / "views" / "activations.py")


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_derivative_curves_match_finite_differences(name):
    z = np.linspace(-5, 5, 41) + 0.013  # off the ReLU kink at 0
    h = 1e-6
    numeric = (activation_curves(name, z + h)[0] - activation_curves(name, z - h)[0]) / (2 * h)
    assert activation_curves(name, z)[1] == pytest.approx(numeric, rel=1e-5, abs=1e-7)


def test_vanishing_intervals_are_where_the_slope_is_small():
    # sigmoid'(z) = s(1 - s) < 0.05 exactly for |z| > ln((1 + sqrt(0.8)) / (1 - sqrt(0.8))) ≈ 2.89
    edge = np.log((1 + np.sqrt(0.8)) / (1 - np.sqrt(0.8)))
    (a, b), (c, d) = small_gradient_intervals("sigmoid", 0.05, -6, 6, n=12001)
    assert (a, d) == (-6, 6) and b == pytest.approx(-edge, abs=2e-3) and c == pytest.approx(edge, abs=2e-3)
    (low, high), = small_gradient_intervals("relu", 0.05, -6, 6)
    assert low == -6 and high == pytest.approx(0.0, abs=0.01)
    assert small_gradient_intervals("linear", 0.05, -6, 6) == []
    assert small_gradient_intervals("leaky_relu", 0.001, -6, 6) == []  # the leak keeps slope 0.01


def test_figure_draws_function_and_derivative_and_marks_z():
    fig = activation_figure(["tanh", "relu"], z_marker=1.0, threshold=0.05)
    lines = {t.name: t for t in fig.data if t.mode == "lines"}
    tanh = lines["Tanh: g(z)"]
    assert np.asarray(tanh.y) == pytest.approx(np.tanh(np.asarray(tanh.x)))
    assert np.asarray(lines["Tanh: g'(z)"].y) == pytest.approx(1 - np.tanh(np.asarray(tanh.x)) ** 2)
    markers = [t for t in fig.data if t.mode == "markers"]
    assert list(markers[0].y) == pytest.approx([np.tanh(1.0), 1 - np.tanh(1.0) ** 2])
    assert list(markers[1].y) == [1.0, 1.0]
    bands = [s for s in fig.layout.shapes if s.name and "relu" in s.name]
    assert len(bands) == 1 and bands[0].x0 == -6


def test_page_runs_and_shows_the_numbers_at_z():
    at = AppTest.from_file(PAGE, default_timeout=30).run()
    assert not at.exception
    at.slider(key="activations_z").set_value(-2.0).run()
    table = at.dataframe[0].value
    assert table["g(z)"].tolist() == pytest.approx([0.1192, np.tanh(-2.0), 0.0], abs=1e-4)
    assert table["g'(z)"].tolist()[2] == 0.0
    at.multiselect(key="activations_names").set_value(["leaky_relu", "linear"]).run()
    at.select_slider(key="activations_threshold").set_value(0.2).run()
    assert not at.exception
    at.multiselect(key="activations_names").set_value([]).run()
    assert not at.exception and at.info
