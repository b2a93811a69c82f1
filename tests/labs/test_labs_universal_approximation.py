"""The universal approximation lab beyond the generic tests: each check fails just before its
threshold, and what the explanations say holds for the page's training."""
import numpy as np
import pytest

from labs import universal_approximation as ua
from specs import universal_approximation as ua_spec

UA = {step.title: step for step in ua.LAB.steps}


def ua_state(train, **params):
    settings = ua_spec.CONTROLS.read({k: str(v) for k, v in params.items()}, strict=True)[0]
    return settings, ua.model(settings, train)


def test_one_unit_stays_high_and_two_stay_above_the_threshold_on_sin_x():
    assert UA["One unit is one stump"].check(*ua_state(3000, hidden_units=1))
    settings, trainer = ua_state(3000, hidden_units=2)
    assert ua.mse(trainer) >= ua.FITTED and not UA["Three tanh units fit sin x"].check(settings, trainer)


def test_two_relu_units_leave_one_dead_on_abs():
    settings, trainer = ua_state(1000, target="abs", activation="relu", hidden_units=2)
    active = trainer.X_train @ trainer.weights[0] + trainer.biases[0] > 0
    assert not active.any(axis=0).all()  # a unit with wx + b ≤ 0 at every point
    assert not UA["ReLU units are hinges"].check(settings, trainer)


def test_the_step_is_not_fitted_yet_at_1000_epochs():
    settings, trainer = ua_state(1000, target="step", hidden_units=1, learning_rate=0.1)
    assert ua.mse(trainer) > ua.FITTED and ua.step_units(settings, trainer) is None


@pytest.mark.parametrize("bumps, passes", [(10, False), (12, True)])
def test_bumps_check_at_its_threshold(bumps, passes):
    settings, trainer = ua_state(0, bumps=bumps)
    assert UA["Bumps built by hand"].check(settings, trainer) is passes


def test_steeper_bumps_do_not_help_eight_of_them():
    assert ua.bumps_mse(np.sin, 8, 100.0) > ua.bumps_mse(np.sin, 8, 20.0)
    assert UA["Bumps built by hand"].prediction.result(None, None) == "No"
