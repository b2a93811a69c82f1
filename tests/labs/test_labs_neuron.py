"""The neuron page's lab beyond the generic tests: each check fails just before its threshold, the
predictions' answers follow the angle test, the XOR option bounds every line, the challenge's score
is bounded by T/|x|, and Show me works from the angle-and-length form too."""
import itertools

import numpy as np
import pytest
from apptest import click, open_page

from labs import neuron as lab
from specs import neuron as spec

STEPS = {step.title: step for step in lab.LAB.steps}


def state(**params):
    settings = spec.CONTROLS.read({name: str(value) for name, value in params.items()}, strict=True)[0]
    return settings, lab.model(settings, 0)


@pytest.mark.parametrize("title, passes, fails", [
    ("The threshold decides", {"T": 2.5}, {"T": 2.45}),  # w·x = 2.5: s = 0 does not fire
    ("A short input that fires", {"x1": 0.4, "x2": 0.4, "w1": 1.9, "w2": 1.9},
     {"x1": 0.4, "x2": 0.4, "w1": 1.85, "w2": 1.85}),  # w·x = 1.52 and 1.48 against T = 1.5
    ("A short input that fires", {"x1": 0.4, "x2": 0.4, "w1": 2, "w2": 2},
     {"x1": 0.45, "x2": 0.45, "w1": 2, "w2": 2}),  # |x| > 0.6 is not short
    ("A short input that fires", {"x1": 0.4, "x2": 0.4, "w1": 2, "w2": 2},
     {"x1": 0.4, "x2": 0.4, "w1": 2, "w2": 2, "T": 1.45}),  # T lowered instead
    ("The cone when T < 0", {"x1": -2, "x2": 0.5, "T": -1.55}, {"x1": -2, "x2": 0.5, "T": -1.5}),
    ("One neuron is a linear classifier", {"w2": -0.8, "T": 0}, {"w2": -0.75, "T": 0}),
    ("XOR is beyond one neuron", {"data": "xor", "T": 3.75}, {"data": "xor", "T": 3.8}),
])
def test_a_check_holds_at_its_threshold_and_not_just_before(title, passes, fails):
    check = STEPS[title].check
    assert check(*state(**passes)) and not check(*state(**fails))


def test_the_threshold_and_cone_predictions_follow_the_angle_test():
    settings, neuron = state()
    assert STEPS["The threshold decides"].prediction.answer == pytest.approx(neuron.test.dot)
    # the cone's half-angle passes 90° exactly when T turns negative
    for T, wider in ((0.5, False), (-0.5, True)):
        assert (state(T=T)[1].test.critical_angle > np.pi / 2) is wider
    short = state(x1=0.4, x2=0.4)[1].test
    assert not short.fires and short.regime == "never"  # |x||w| = 0.8 < T = 1.5: no direction fires


def test_no_line_reaches_80_percent_on_xor():
    """Every labelling a line w·x = T makes of the points: directions between those where two points
    project alike, every threshold between their projections."""
    data = spec.toy_data("xor")
    X, y = data.X_train, data.y_train
    pairs = np.array([X[j] - X[i] for i, j in itertools.combinations(range(len(X)), 2)])
    critical = np.sort(np.concatenate([np.arctan2(pairs[:, 0], -pairs[:, 1]) + shift
                                       for shift in (0.0, np.pi)]) % (2 * np.pi))
    between = (critical + np.diff(critical, append=critical[0] + 2 * np.pi) / 2)
    directions = np.stack([np.cos(between), np.sin(between)])
    order = np.argsort(X @ directions, axis=0)
    labels = y[order]  # per direction, from the lowest projection up
    # k lowest points silent, the others fire: right = class 0 below + class 1 above
    below = np.vstack([np.zeros(labels.shape[1]), np.cumsum(1 - labels, axis=0)])
    above = np.vstack([np.cumsum(labels[::-1], axis=0)[::-1], np.zeros(labels.shape[1])])
    best = float((below + above).max()) / len(y)
    assert 0.75 <= best < 0.8
    assert STEPS["XOR is beyond one neuron"].prediction.answer == "At most 80 %"


def test_the_challenge_scores_w_no_shorter_than_T_over_x():
    bound = lab.CHALLENGE_T / np.linalg.norm(lab.CHALLENGE_X)
    params = {"x1": 0.6, "x2": 0.3, "T": 1}
    score = lab.short_w(*state(**params, w1=1.35, w2=0.65))
    assert score == 1.498 and score > bound
    grid = np.round(np.arange(-3, 3.001, 0.05), 2)  # the w sliders' positions
    W = np.array(list(itertools.product(grid, grid)))
    assert np.linalg.norm(W[W @ lab.CHALLENGE_X > lab.CHALLENGE_T], axis=1).min() == pytest.approx(
        score, abs=5e-4)  # the shortest the sliders can reach
    assert lab.short_w(*state(**params, w1=1.3, w2=0.7)) is None  # w·x = 0.99 ≤ T
    assert lab.short_w(*state(x1=0.6, x2=0.35, T=1, w1=1.35, w2=0.65)) is None  # another x


def test_show_me_sets_w_by_its_components_from_the_polar_form():
    at = open_page("neuron", {"lab": "2"})
    at.radio(key="neuron_w_form").set_value("angle and length").run()
    click(at, "Show me")
    assert at.radio(key="neuron_w_form").value == "components w₁, w₂"
    assert at.slider(key="neuron_w1").value == 2.0
    assert any(s.value.startswith("**Done.**") for s in at.success)
