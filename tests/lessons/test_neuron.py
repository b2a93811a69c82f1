"""The neuron's angle test: its verdict, the cone, always and never, polar weights."""
import numpy as np
import pytest

from lessons.neuron import accuracy, angle_test, neuron_output, weight_from_polar
from nncore import make_dataset


def test_verdict_is_the_sign_of_w_dot_x_minus_T_on_random_cases():
    rng = np.random.default_rng(0)
    for _ in range(2000):
        x, w = rng.normal(0, 2, 2), rng.normal(0, 2, 2)
        T = rng.normal(0, 3)
        test = angle_test(x, w, T)
        assert test.fires == (x @ w - T > 0)
        if test.regime == "cone" and abs(x @ w - T) > 1e-9:
            # the cone reading agrees: fires exactly when θ is inside the critical angle
            assert test.fires == (test.theta < test.critical_angle)
            assert test.fires == (test.cos_theta > test.critical_cos)


@pytest.mark.parametrize("offset, fires", [(-1e-6, True), (1e-6, False)])
def test_inputs_just_inside_and_outside_the_cone_edge(offset, fires):
    w, T, radius = np.array([1.2, 0.7]), 1.5, 2.5
    half = np.arccos(T / (radius * np.linalg.norm(w)))
    for side in (-1, 1):
        angle = np.arctan2(w[1], w[0]) + side * (half + offset)
        x = radius * np.array([np.cos(angle), np.sin(angle)])
        test = angle_test(x, w, T)
        assert test.regime == "cone" and test.critical_angle == pytest.approx(half)
        assert test.fires is fires
        assert test.fires == (x @ w - T > 0)


def test_exactly_on_the_cone_edge_the_verdict_follows_the_sign():
    rng = np.random.default_rng(1)
    for _ in range(200):
        w, radius = rng.normal(0, 2, 2), rng.uniform(0.5, 3)
        T = rng.uniform(-0.9, 0.9) * radius * np.linalg.norm(w)
        angle = np.arctan2(w[1], w[0]) + np.arccos(T / (radius * np.linalg.norm(w)))
        x = radius * np.array([np.cos(angle), np.sin(angle)])
        assert angle_test(x, w, T).fires == (x @ w - T > 0)


def test_always_and_never_fire_outside_minus_one_to_one():
    w, x = np.array([1.0, 0.0]), np.array([-1.0, 0.0])  # pointing away: cos θ = -1
    always = angle_test(x, w, -1.5)  # T/(|x||w|) = -1.5 < -1
    assert always.regime == "always" and always.fires and "every input" in always.reason()
    never = angle_test(-x, w, 1.5)  # same direction as w, but T/(|x||w|) = 1.5 > 1
    assert never.regime == "never" and not never.fires and "no input" in never.reason()
    zero = angle_test(np.zeros(2), w, -0.1)
    assert zero.fires and "zero vector" in zero.reason()


def test_reason_states_cos_theta_against_the_critical_cosine():
    test = angle_test(np.array([2.0, 0.5]), np.array([1.0, 1.0]), 1.5)
    assert test.fires
    assert f"cos θ = {test.cos_theta:.3f} > T/(|x||w|) = {test.critical_cos:.3f}" in test.reason()


def test_neuron_output_and_polar_weights():
    s, h = neuron_output(np.array([[2.0, 0.5]]), np.array([1.0, 1.0]), 1.5, "sigmoid")
    assert s[0] == pytest.approx(1.0) and h[0] == pytest.approx(1 / (1 + np.exp(-1.0)))
    assert neuron_output(np.array([[0.0, 0.0]]), np.ones(2), 0.5, "step")[1][0] == 0.0
    assert weight_from_polar(90, 2.0) == pytest.approx([0.0, 2.0])


def test_linear_data_are_separable_by_hand_and_xor_is_not():
    linear = make_dataset("linear", 120, 0.0, 1.0, seed=3)
    # the generator labels by the sign of x·u for a hidden direction u: find it by trying angles
    best_linear = max(accuracy(linear.X_train, linear.y_train, weight_from_polar(a, 1.0), 0.0)
                      for a in range(0, 360, 1))
    assert best_linear > 0.97
    xor = make_dataset("xor", 120, 0.0, 1.0, seed=3)
    best_xor = max(accuracy(xor.X_train, xor.y_train, weight_from_polar(a, 1.0), T)
                   for a in range(0, 360, 10) for T in np.linspace(-6, 6, 25))
    assert best_xor < 0.8
