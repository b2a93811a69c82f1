"""The 8-3-8 page's lab beyond the generic tests: each check fails just before its threshold (fewer
epochs, the default learning rate, one Step too many, the default seed), and the predictions'
answers are what the page's training gives."""
import pytest
from apptest import click, open_page, rerun_ok

from labs import hidden_codes as lab
from lessons.hidden_codes import code_table
from specs import hidden_codes as spec

STEPS = {step.title: step for step in lab.LAB.steps}
SQUARED = {"output": lab.SQUARED_ERROR}


def state(train, **params):
    settings = spec.CONTROLS.read({name: str(value) for name, value in params.items()}, strict=True)[0]
    return settings, lab.model(settings, train)


def all_reconstructed_at(settings, last=1000, every=10):
    """The first epoch (in steps of `every`) at which the page's trainer reconstructs all eight."""
    trainer = lab.model(settings, 0)
    while trainer.epoch < last:
        trainer.step(every)
        if code_table(trainer).n_reconstructed == 8:
            return trainer.epoch
    return None


@pytest.mark.parametrize("title, passes, fails", [
    ("Squared error learns more slowly", (700, SQUARED), (600, SQUARED)),
    ("Eight distinct binary codes", (3000, SQUARED), (2500, SQUARED)),
    ("A larger learning rate: all eight in 100 epochs", (100, {"learning_rate": 5}),
     (100, {"learning_rate": 2})),
    ("A larger learning rate: all eight in 100 epochs", (100, {"learning_rate": 5}),
     (200, {"learning_rate": 5})),  # a second Step: not within 100 epochs
    ("A code need not be binary", (3000, {"seed": 4}), (2900, {"seed": 4})),
    ("A code need not be binary", (3000, {"seed": 4}), (3000, {"seed": 3})),
])
def test_a_check_holds_at_its_threshold_and_not_just_before(title, passes, fails):
    check = STEPS[title].check
    assert check(*state(passes[0], **passes[1])) and not check(*state(fails[0], **fails[1]))


def test_squared_error_takes_more_epochs_to_reconstruct_all_eight():
    defaults = spec.CONTROLS.defaults()
    cross_entropy, squared_error = (all_reconstructed_at(settings)
                                    for settings in (defaults, {**defaults, **SQUARED}))
    assert cross_entropy < 300 < squared_error  # "within a few hundred epochs"
    assert STEPS["Squared error learns more slowly"].prediction.answer == "More"


def test_only_the_largest_offered_rate_reconstructs_all_eight_within_100_epochs():
    prediction = STEPS["A larger learning rate: all eight in 100 epochs"].prediction
    for option, rate in zip(prediction.options, (1, 2, 5)):
        table = code_table(state(lab.STEP_EPOCHS, learning_rate=rate)[1])
        assert (table.n_reconstructed == 8) is (option == prediction.answer)


def test_three_units_have_eight_binary_codes():
    assert STEPS["Eight distinct binary codes"].prediction.result(*state(0)) == 2 ** 3


def test_one_step_at_the_largest_rate_turns_its_step_done_on_the_page():
    at = open_page("hidden_codes", {"lab": "3"})
    at.select_slider(key="hidden_codes_learning_rate").set_value(5.0)
    rerun_ok(at)
    assert 2 not in at.session_state["labs_done"].get("hidden_codes", set())
    click(at, f"Step ({lab.STEP_EPOCHS} epochs)")
    assert 2 in at.session_state["labs_done"]["hidden_codes"]
