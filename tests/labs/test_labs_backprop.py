"""The backpropagation page's lab beyond the generic tests: each check fails just before its
threshold (one Backward press short of δ_w, one Update short of L < 0.01, one layer short of δ⁽¹⁾),
the predictions' answers follow the lecture's formulas, and on the page the buttons' steps turn a step
done and come from a link."""
import math

import pytest
from apptest import click, open_page

from labs import backprop as lab
from specs import backprop as spec

STEPS = {step.title: step for step in lab.LAB.steps}
EXAMPLE = spec.NEURON_EXAMPLE


def state(**params):
    settings = spec.CONTROLS.read({name: str(value) for name, value in params.items()}, strict=True)[0]
    return settings, lab.model(settings, 0)


def sigmoid(s):
    return 1 / (1 + math.exp(-s))


@pytest.mark.parametrize("title, passes, fails", [
    ("Forward: every node from its parents", {"neuron_forward": 1}, {"neuron_backward": 8}),
    ("The sign of δ_w", {"neuron_forward": 1, "neuron_backward": lab.W_BACKWARD},
     {"neuron_forward": 1, "neuron_backward": lab.W_BACKWARD - 1}),
    ("Turn δ_w around", {"x": -1.5, "neuron_forward": 1, "neuron_backward": lab.W_BACKWARD},
     {"t": 0, "neuron_forward": 1, "neuron_backward": lab.W_BACKWARD - 1}),  # δ_w not shown yet
    ("Turn δ_w around", {"t": 0.71, "neuron_forward": 1, "neuron_backward": 8},
     {"t": 0.72, "neuron_forward": 1, "neuron_backward": 8}),  # y ≈ 0.7109: positive once t < y
    ("Layer by layer: δ⁽¹⁾ from δ⁽²⁾", {"net_forward": 3, "net_backward": 3},
     {"net_forward": 3, "net_backward": 2}),
    ("Layer by layer: δ⁽¹⁾ from δ⁽²⁾", {"net_forward": 3, "net_backward": 3},
     {"net_forward": 2, "net_backward": 3}),  # Backward only after the whole forward pass
])
def test_a_check_holds_at_its_threshold_and_not_just_before(title, passes, fails):
    check = STEPS[title].check
    assert check(*state(**passes)) and not check(*state(**fails))


def test_descent_takes_the_loss_below_the_goal_in_its_last_update_and_not_before():
    leaves, before = dict(EXAMPLE), None
    for _ in range(lab.UPDATES):
        before, leaves = leaves, lab.after_update(spec.NEURON, leaves, 1.0)
    assert leaves == lab.DESCENDED and lab.UPDATES == 9
    check = STEPS["Down the loss, one Update at a time"].check
    for leaves, holds in ((leaves, True), (before, False)):
        assert check(*state(w=leaves["w"], b=leaves["b"], neuron_forward=1)) is holds
    assert not check(*state(w=leaves["w"], b=leaves["b"]))  # Forward not pressed since
    assert not check(*state(w=leaves["w"], b=leaves["b"], x=1.6, neuron_forward=1))  # other data
    assert STEPS["Down the loss, one Update at a time"].prediction.answer == "6 to 20"


def test_the_neuron_predictions_follow_the_chain_rule():
    x, w, b, t = (EXAMPLE[name] for name in "xwbt")
    y = sigmoid(w * x + b)
    settings, stages = state(neuron_forward=1)
    assert STEPS["Forward: every node from its parents"].prediction.result(settings, stages) == (
        pytest.approx(y))
    assert stages.neuron.deltas["w"] == pytest.approx((y - t) * y * (1 - y) * x)
    assert STEPS["The sign of δ_w"].prediction.result(settings, stages) == "Negative"
    # both changes turn δ_w = (y − t)·y(1 − y)·x positive: t = 0 makes y − t > 0, x < 0 flips x
    assert (sigmoid(w * x + b) - 0) * x > 0 and (sigmoid(-w * x + b) - t) * -x > 0
    assert STEPS["Turn δ_w around"].prediction.answer == "Both"


def test_the_hidden_error_signals_are_bounded_by_a_quarter_of_the_weight_times_the_output_one():
    settings, stages = state(net_forward=3, net_backward=3)
    hidden, output = lab.network_layers(spec.NETWORK, stages.net.values, stages.net.deltas,
                                        lab.NETWORK_SIZES)
    (delta_2,) = output["delta"]
    for j, delta_1 in enumerate(hidden["delta"], start=1):
        assert abs(delta_1) <= abs(settings[f"W2_{j}1"] * delta_2) / 4
    assert lab.larger_error_signal(settings, stages) == lab.LARGER[0]


def test_pressing_backward_reveals_dw_on_the_seventh_press_and_turns_the_step_done():
    at = open_page("backprop", {"lab": "2"})
    click(at, "Forward")
    for _ in range(lab.W_BACKWARD - 1):
        click(at, "Backward (one edge)")
    assert 1 not in at.session_state["labs_done"]["backprop"]
    click(at, "Backward (one edge)")
    assert 1 in at.session_state["labs_done"]["backprop"]
    assert at.query_params["neuron_backward"] == str(lab.W_BACKWARD)  # the link keeps them


def test_a_link_opens_the_page_at_its_buttons_steps():
    at = open_page("backprop", {"neuron_forward": "1", "neuron_backward": str(lab.W_BACKWARD)})
    assert {0, 1} <= at.session_state["labs_done"]["backprop"]
    assert "δ_w = δ_wx x = δ_s x" in at.dataframe[0].value["error signal"].tolist()
