"""The activations page's lab beyond the generic tests: the slope edges it states solve g'(z) = c for
nncore's derivatives and match the page's shaded bands, each check fails just before its threshold,
and the predictions' answers follow the page's curves."""
import numpy as np
import pytest

from labs import activations as lab
from lessons.activations import activation_curves, small_gradient_intervals
from specs import activations as spec

STEPS = {step.title: step for step in lab.LAB.steps}


def state(**params):
    settings = spec.CONTROLS.read({name: str(value) for name, value in params.items()}, strict=True)[0]
    return settings, lab.model(settings, 0)


def slope(name, z):
    return float(activation_curves(name, np.array([z]))[1][0])


@pytest.mark.parametrize("name, edge, c", [("sigmoid", lab.sigmoid_edge, 0.1),
                                           ("sigmoid", lab.sigmoid_edge, 0.05),
                                           ("tanh", lab.tanh_edge, 0.05)])
def test_the_edges_solve_the_slope_equation_and_start_the_shaded_band(name, edge, c):
    assert slope(name, edge(c)) == pytest.approx(c)
    starts = [a for a, _ in small_gradient_intervals(name, c, -spec.Z_RANGE, spec.Z_RANGE) if a > 0]
    assert starts == [pytest.approx(edge(c), abs=2 * spec.Z_RANGE / 2000)]  # within the page's grid


def test_the_predictions_follow_the_curves():
    sigmoid_step = STEPS["Where the sigmoid's slope falls below 0.1"].prediction
    assert slope("sigmoid", sigmoid_step.answer - 0.01) > 0.1 > slope("sigmoid", sigmoid_step.answer + 0.01)
    assert STEPS["Tanh is steeper at 0"].prediction.answer == pytest.approx(4.0)
    tanh_first = lab.tanh_edge(0.05) < lab.sigmoid_edge(0.05)
    assert STEPS["Tanh saturates sooner"].prediction.answer == ("The tanh's" if tanh_first else
                                                                 "The sigmoid's")
    assert slope("relu", -1.0) == 0.0 and slope("leaky_relu", -1.0) == 0.01


@pytest.mark.parametrize("title, passes, fails", [
    ("Where the sigmoid's slope falls below 0.1", {"threshold": 0.1, "z": 2.1},
     {"threshold": 0.1, "z": 2.0}),  # σ'(2.0) ≈ 0.105
    ("Where the sigmoid's slope falls below 0.1", {"threshold": 0.1, "z": 2.1},
     {"threshold": 0.1, "z": 2.2}),  # below 0.1, but not the first position
    ("Where the sigmoid's slope falls below 0.1", {"threshold": 0.1, "z": 2.1},
     {"threshold": 0.1, "z": 2.1, "names": "tanh,relu"}),
    ("Tanh is steeper at 0", {"z": 0}, {"z": 0.1}),
    ("Tanh is steeper at 0", {"z": 0}, {"z": 0, "names": "sigmoid"}),
    ("Tanh saturates sooner", {"z": 2.2}, {"z": 2.1}),  # tanh' below 0.05 from z ≈ 2.18
    ("Tanh saturates sooner", {"z": 2.8}, {"z": 2.9}),  # σ' below 0.05 from z ≈ 2.89
    ("A dead ReLU and the leak", {"names": "relu,leaky_relu", "threshold": 0.01, "z": -0.1},
     {"names": "relu,leaky_relu", "threshold": 0.01, "z": 0}),
    ("A dead ReLU and the leak", {"names": "relu,leaky_relu", "threshold": 0.01, "z": -2},
     {"names": "relu,leaky_relu", "threshold": 0.05, "z": -2}),  # the leak shaded too
])
def test_a_check_holds_at_its_threshold_and_not_just_before(title, passes, fails):
    check = STEPS[title].check
    assert check(*state(**passes)) and not check(*state(**fails))
