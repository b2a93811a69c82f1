"""Every page's lab on the page (AppTest): a step is not done before its Show me and is afterwards,
its explanation shown and the lab's count raised; the step in hand is in the link; a prediction is
locked in before acting and compared after."""
from pathlib import Path

import pytest
from apptest import click, open_page

import labs
from specs.pages import PAGES
from webui.labs import said

ROOT = Path(__file__).resolve().parents[2]

STEPS = [(page, number) for page in PAGES if labs.of(page)
         for number in range(1, len(labs.of(page).LAB.steps) + 1)]


def lab_label(at):
    return next(e.label for e in at.expander if e.label.startswith("Lab:"))


def linked_step(at):
    value = at.query_params.get("lab")
    return value[0] if isinstance(value, list) else value


def done_messages(at):
    return [s.value for s in at.success if s.value.startswith("**Done.**")]


@pytest.mark.parametrize("page, number", STEPS)
def test_show_me_turns_the_step_done(page, number):
    at = open_page(page, {"lab": str(number)})
    total = len(labs.of(page).LAB.steps)
    assert lab_label(at) == f"Lab: 0 of {total} steps done"
    assert not done_messages(at)
    assert linked_step(at) == (str(number) if number > 1 else None)
    click(at, "Show me")
    assert len(done_messages(at)) == 1
    step = labs.of(page).LAB.steps[number - 1]
    assert said(step, step.why) in done_messages(at)[0]
    assert lab_label(at).startswith("Lab: ") and not lab_label(at).startswith("Lab: 0 ")


def test_the_step_in_hand_is_in_the_link():
    at = open_page("playground")
    assert linked_step(at) is None
    at.segmented_control(key="playground_lab_step").set_value(3).run()
    assert linked_step(at) == "3"
    assert any(m.value.startswith("**Step 3:") for m in at.markdown)
    at.segmented_control(key="playground_lab_step").set_value(1).run()
    assert linked_step(at) is None


@pytest.mark.parametrize("text", ["<b>9</b>", "9", "0", "nan"])
def test_a_bad_step_in_the_link_shows_the_first_step(text):
    at = open_page("playground", {"lab": text})
    assert any(m.value.startswith("**Step 1:") for m in at.markdown)
    assert not at.exception


def test_a_prediction_is_locked_in_before_and_compared_after():
    at = open_page("playground")
    lock = next(b for b in at.button if b.label == "Lock in my prediction")
    assert lock.disabled
    at.radio(key="playground_lab_guess_1").set_value("100 %").run()
    click(at, "Lock in my prediction")
    assert not any(b.label == "Lock in my prediction" for b in at.button)
    assert any("Your prediction" in i.value and "100 %" in i.value for i in at.info)
    click(at, "Show me")
    compared = [w.value for w in at.warning if "You predicted" in w.value]
    assert compared and "At most 80 %" in compared[0]


def test_the_challenge_keeps_the_best_score_with_its_link():
    at = open_page("playground")
    assert not any("Your best" in m.value for m in at.markdown)
    click(at, "Show me a solution")
    assert any("Your best this session: **4 hidden neurons**" in m.value for m in at.markdown)
    assert any("dataset=spiral" in c.value for c in at.code)


def test_home_shows_each_labs_progress():
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception
    links = [link.label for link in at.get("page_link")]
    assert any("Playground" in label and "lab: 0 of 4 steps done" in label for label in links), links


def test_the_answer_is_the_one_of_the_state_that_did_the_step():
    """Capacity's step 1 answers from the accuracy reached: more units afterwards do not change it."""
    at = open_page("capacity")
    at.radio(key="capacity_lab_guess_1").set_value("100 %").run()
    click(at, "Lock in my prediction")
    click(at, "Show me")
    compared = [w.value for w in at.warning if "You predicted" in w.value]
    assert compared and "the answer is `Between 70 % and 99 %`" in compared[0]
    at.slider(key="capacity_hidden_units").set_value(4).run()
    assert [w.value for w in at.warning if "You predicted" in w.value] == compared
    assert not at.exception


def watch_while_playing():
    import streamlit as st

    from labs import Lab, Step
    from webui.labs import watch
    lab = Lab(steps=(Step("stop", "", lambda settings, model: True, "", paused=True),
                     Step("go", "", lambda settings, model: True, "")))
    st.write(f"playing: {watch('page', lab, {}, None, playing=True)} {sorted(st.session_state.labs_done['page'])}")
    st.write(f"paused: {watch('page', lab, {}, None)} {sorted(st.session_state.labs_done['page'])}")


def test_a_step_about_stopping_counts_only_while_paused():
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_function(watch_while_playing).run()
    assert [m.value for m in at.markdown] == ["playing: True [1]", "paused: True [0, 1]"]
