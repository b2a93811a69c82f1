"""Activation curves and the intervals where their gradient vanishes."""
import numpy as np
import pytest

from lessons.activations import activation_curves, small_gradient_intervals
from nncore.activations import ACTIVATIONS


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
