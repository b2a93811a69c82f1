"""Every page's lab (labs/<page>.py): each step's check holds once its Show-me solution is set up and
trained as the page trains it, and fails on the page's default state, trained as long; the challenge
scores its solution and not the defaults; predictions offer their answer."""
import math

import pytest

import labs
from specs.pages import PAGES

PAGES_WITH_LABS = [page for page in PAGES if labs.of(page) is not None]
STEPS = [(page, i) for page in PAGES_WITH_LABS for i in range(len(labs.of(page).LAB.steps))]


def solved(page, holder):
    module = labs.of(page)
    settings = labs.solution_settings(PAGES[page].CONTROLS, holder)
    return settings, module.model(settings, holder.train)


def default(page, train):
    settings = PAGES[page].CONTROLS.defaults()
    return settings, labs.of(page).model(settings, train)


def test_every_page_has_a_lab_of_3_to_6_steps():
    assert PAGES_WITH_LABS == list(PAGES)
    for page in PAGES:
        assert 3 <= len(labs.of(page).LAB.steps) <= 6, page


def test_a_challenge_in_every_part_of_the_lecture():
    from specs.pages import SECTIONS
    for section, specs in SECTIONS.items():
        stems = [spec.__name__.rsplit(".", 1)[1] for spec in specs]
        assert any(labs.of(stem).LAB.challenge for stem in stems if labs.of(stem)), section


@pytest.mark.parametrize("page, number", STEPS)
def test_the_solution_passes_the_check(page, number):
    step = labs.of(page).LAB.steps[number]
    settings, model = solved(page, step)
    assert step.check(settings, model)


@pytest.mark.parametrize("page, number", STEPS)
def test_the_check_fails_on_the_default_state(page, number):
    step = labs.of(page).LAB.steps[number]
    for train in {0, step.train}:
        settings, model = default(page, train)
        assert not step.check(settings, model), train


@pytest.mark.parametrize("page, number", STEPS)
def test_a_prediction_offers_its_answer(page, number):
    step = labs.of(page).LAB.steps[number]
    if step.prediction is None:
        pytest.skip("no prediction")
    prediction = step.prediction
    settings, model = solved(page, step)
    answer = prediction.result(settings, model)
    if prediction.options:
        assert answer in prediction.options
        wrong = [option for option in prediction.options if option != answer]
        assert wrong and not prediction.right(wrong[0], settings, model)
    else:
        assert math.isfinite(answer)
        assert not prediction.right(answer + 2 * prediction.tolerance + 1, settings, model)
    assert prediction.right(answer, settings, model)


@pytest.mark.parametrize("page", [page for page in PAGES_WITH_LABS if labs.of(page).LAB.challenge])
def test_the_challenge_scores_its_solution_and_not_the_defaults(page):
    challenge = labs.of(page).LAB.challenge
    settings, model = solved(page, challenge)
    score = challenge.score(settings, model)
    assert score is not None and math.isfinite(score)
    for train in {0, challenge.train}:
        assert challenge.score(*default(page, train)) is None
    worse = score - 1 if challenge.higher_is_better else score + 1
    assert challenge.better(score, worse) and not challenge.better(worse, score)
    assert challenge.better(score, None)
