"""The capacity lab beyond the generic tests: each check fails just before its threshold, and
what the explanations say holds for the page's training."""
from labs import capacity
from specs import capacity as capacity_spec

CAPACITY = {step.title: step for step in capacity.LAB.steps}


def capacity_state(train=0, **params):
    settings = capacity_spec.CONTROLS.read({k: str(v) for k, v in params.items()}, strict=True)[0]
    return settings, capacity.model(settings, train)


def test_two_units_do_not_enclose_the_circle_and_three_do():
    check = CAPACITY["The circle needs three hidden units"].check
    settings, trainers = capacity_state(500, dataset="circle", hidden_units=2)  # trained 500 more
    assert capacity.accuracy(trainers, "hidden") < 1.0 and not check(settings, trainers)
    assert check(*capacity_state(dataset="circle", hidden_units=3))


def test_xor_with_two_units_and_the_bad_relu_start_stay_short_when_trained_more():
    settings, trainers = capacity_state(500, hidden_units=2)
    assert CAPACITY["Two hidden units fall short on XOR's quadrants"].check(settings, trainers)
    settings, trainers = capacity_state(500, activation="relu")  # seed 0
    assert capacity.accuracy(trainers, "hidden") < 1.0
    assert not CAPACITY["Enough units, a bad start"].check(settings, trainers)


def test_linear_hidden_units_reach_no_more_than_the_single_neuron_line():
    for dataset in ("xor", "circle"):
        trainers = capacity_state(dataset=dataset)[1]
        assert max(capacity.accuracy(trainers, "neuron"), capacity.accuracy(trainers, "linear")) \
            <= capacity.LINE
