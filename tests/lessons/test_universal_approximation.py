"""Fits as sums of hidden units' contributions, bump networks, typed points."""
import numpy as np
import pytest

from lessons.universal_approximation import (
    approximation_config,
    bump,
    bump_network,
    hidden_contributions,
    parse_points,
    points_function,
)
from nncore import Trainer, mlp


def test_twenty_tanh_units_fit_the_sine_and_contributions_sum_to_the_fit():
    trainer = Trainer(approximation_config("sine", 20, "tanh"))
    trainer.step(1000)
    x = np.linspace(-np.pi, np.pi, 401)[:, None]
    prediction = trainer.predict(x)[:, 0]
    assert np.mean((prediction - np.sin(x[:, 0])) ** 2) < 0.01
    C, output_bias = hidden_contributions(x, trainer.weights, trainer.biases, "tanh")
    assert C.shape == (401, 20)
    np.testing.assert_allclose(C.sum(axis=1) + output_bias, prediction, rtol=0, atol=1e-9)


def test_bump_network_is_a_sum_of_bumps_that_follows_the_curve():
    x = np.linspace(-np.pi, np.pi, 500)
    weights, biases = bump_network(np.sin, 24, 60.0)
    output = mlp.forward(x[:, None], weights, biases, "sigmoid")[0][:, 0]
    assert np.abs(output - np.sin(x))[20:-20].max() < 0.15  # the ends fall off, as bumps do
    C, _ = hidden_contributions(x[:, None], weights, biases, "sigmoid")
    edges = np.linspace(-np.pi, np.pi, 25)
    first = bump(x, edges[0], edges[1], np.sin((edges[0] + edges[1]) / 2), 60.0)
    np.testing.assert_allclose(C[:, 0] + C[:, 1], first, atol=1e-12)
    coarse, _ = bump_network(np.sin, 3, 60.0)
    assert coarse[0].shape == (1, 6)


def test_parse_points_reads_pairs_and_names_bad_lines():
    X, y = parse_points("1, 2\n\n-0.5 3\n2;4")
    np.testing.assert_array_equal(X[:, 0], [1, -0.5, 2])
    np.testing.assert_array_equal(y, [2, 3, 4])
    with pytest.raises(ValueError, match="line 2"):
        parse_points("1, 2\nfoo, 3")
    with pytest.raises(ValueError, match="at least two"):
        parse_points("1, 2")
    with pytest.raises(ValueError, match="finite"):
        parse_points("1, 2\nnan, 1")
    f = points_function(np.array([[1.0], [0.0]]), np.array([2.0, 0.0]))
    assert f(0.5) == pytest.approx(1.0)
