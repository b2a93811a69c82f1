"""The overfitting page's lab beyond the generic tests: each check fails just before its threshold,
the stopping check holds in a band around the run's lowest test loss only, too large a λ underfits,
and the noise floor ½σ² follows the noise slider."""
import pytest

from labs import overfitting as lab
from lessons.overfitting import EPOCHS
from specs import overfitting as spec

STEPS = {step.title: step for step in lab.LAB.steps}


def state(train, **params):
    settings = spec.CONTROLS.read({name: str(value) for name, value in params.items()}, strict=True)[0]
    return settings, lab.model(settings, train)


@pytest.mark.parametrize("title, passes, fails", [
    ("One unit underfits", (EPOCHS, {"hidden_units": 1}), (EPOCHS - 1, {"hidden_units": 1})),
    ("One unit underfits", (EPOCHS, {"hidden_units": 1}), (EPOCHS, {"hidden_units": 2})),
    ("L2 keeps the large network smooth", (EPOCHS, {"hidden_units": 64, "regularization_rate": 1e-3}),
     (EPOCHS, {"hidden_units": 64, "regularization_rate": 1e-2})),  # too large a λ underfits
    ("More data, less overfitting", (EPOCHS, {"hidden_units": 64, "n_train": 100}),
     (EPOCHS - 1, {"hidden_units": 64, "n_train": 100})),
])
def test_a_check_holds_at_its_threshold_and_not_just_before(title, passes, fails):
    check = STEPS[title].check
    assert check(*state(passes[0], **passes[1])) and not check(*state(fails[0], **fails[1]))


def test_stopping_holds_only_near_the_runs_lowest_test_loss():
    settings, trainer = state(0, hidden_units=64)
    check = STEPS["Stop where the test loss is lowest"].check
    held = {}
    for epoch in (400, 500, 800, 900, EPOCHS):  # the lowest test loss is at epoch 664
        trainer.train_to_epoch(epoch)
        held[epoch] = check(settings, trainer)
    assert held == {400: False, 500: True, 800: True, 900: False, EPOCHS: False}


def test_the_noise_floor_is_half_the_noise_variance():
    prediction = STEPS["One unit underfits"].prediction
    assert prediction.result(*state(0)) == pytest.approx(0.045)  # σ = 0.3
    assert prediction.result(*state(0, noise=0.2)) == pytest.approx(0.02)
