"""The single-layer lab's checks just before their thresholds, and its stated numbers against the
page's calculator."""
from labs import single_layer as lab
from specs import single_layer as spec

STEPS = lab.LAB.steps


def with_scores(text):
    """The page's settings with the calculator's scores `text`, as a link gives them (no model)."""
    return spec.CONTROLS.read({"scores": text}, strict=True)[0], None


def test_car_loses_only_strictly_and_by_one_small_change():
    check = STEPS[0].check
    assert not check(*with_scores("cat:3.2,car:3.2,frog:-1.7"))  # a tie: winner-take-all's first
    assert check(*with_scores("cat:3.2,car:3.19,frog:-1.7"))
    assert not check(*with_scores("cat:5.3,car:5.1,frog:-1.7"))  # a change of 2.1
    assert not check(*with_scores("cat:4.2,car:4.1,frog:-1.7"))  # two scores changed
    assert abs(STEPS[0].prediction.answer - 1.9) < 1e-12


def test_a_shift_leaves_the_probabilities_and_the_prediction_is_the_calculators():
    settings, _ = with_scores("cat:13.2,car:15.1,frog:8.3")
    assert STEPS[1].check(settings, None)
    assert STEPS[1].prediction.right(float(spec.calculation(settings).probabilities[0]), settings, None)
    assert not STEPS[1].check(*with_scores("cat:13.2,car:15.1,frog:8.2"))


def test_hinge_is_zero_from_a_margin_of_one():
    assert not STEPS[2].check(*with_scores("cat:6.0,car:5.1,frog:-1.7"))
    settings, _ = with_scores("cat:6.1,car:5.1,frog:-1.7")
    assert STEPS[2].check(settings, None) and spec.calculation(settings).hinge == 0.0
    assert f"{spec.calculation(settings).cross_entropy:.2f}" in STEPS[2].why.format(**STEPS[2].values)


def trained(regularization, rate):
    settings = {**spec.CONTROLS.defaults(), "extra_features": True, "regularization": regularization,
                "regularization_rate": rate}
    return settings, lab.model(settings, lab.EPOCHS)


def test_l1_zeroes_half_only_with_enough_lambda_and_l2_never():
    assert not STEPS[4].check(*trained("l1", 0.03))
    settings, trainer = trained("l2", 0.1)
    assert lab.exact_zeros(trainer) == 0 and STEPS[3].check(settings, trainer)
    assert not STEPS[4].check(settings, trainer)
