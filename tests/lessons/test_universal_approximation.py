"""Fits as sums of hidden units' contributions, bump networks, typed points (any text: points or
the line at fault)."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lessons.universal_approximation import (
    MAX_POINTS,
    approximation_config,
    approximation_setup,
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


def test_parse_points_bounds_how_many_and_how_large():
    assert len(parse_points("0 0\n" * MAX_POINTS)[1]) == MAX_POINTS
    with pytest.raises(ValueError, match=f"line {MAX_POINTS + 2}: more than {MAX_POINTS} points"):
        parse_points("0 0\n" * MAX_POINTS + "\n1 1")
    with pytest.raises(ValueError, match="line 2: '1e7, 0' is not allowed; numbers must lie from "
                                         "-1e\\+06 to 1e\\+06"):
        parse_points("0, 0\n1e7, 0")
    with pytest.raises(ValueError, match="line 1: '\\*\\*1\\*\\*, 2' is not two numbers"):
        parse_points("**1**, 2\n0, 0")


LINES = (st.tuples(st.floats(), st.floats()).map(lambda p: f"{p[0]!r}, {p[1]!r}")
         | st.sampled_from(["", " ", "1e308 0", "1 2 3", "x, 1", "1;2", "1,,2", "-0 1_0"])
         | st.text(max_size=8))


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(LINES, max_size=12).map("\n".join) | st.text(max_size=40))
def test_any_typed_text_gives_points_or_names_the_line_at_fault(text):
    try:
        X, y = parse_points(text)
    except ValueError as error:
        assert str(error).startswith(("line ", "enter at least two points"))
        return
    assert X.shape == (len(y), 1) and 2 <= len(y) <= MAX_POINTS
    assert np.isfinite(X).all() and np.isfinite(y).all() and max(abs(X).max(), abs(y).max()) <= 1e6
    config, data = approximation_setup("points", 3, points=(X, y))
    Trainer(config, data).step(2)
