"""The app in Chinese: `?lang=zh`, else the browser's language, and the sidebar's switch; Home and every
page (playing, and with every step of its lab predicted and done) show no English sentence."""
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from apptest import click, open_page, play, rerun_ok
from english import english_on
from labs import of as lab_of
from labs.activations import sigmoid_edge
from lessons.language import _, speaking
from specs.pages import PAGES

ROOT = Path(__file__).resolve().parents[2]


def home(params=None, locale=None):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params.update(params or {})
    at.context["locale"] = locale
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("params, locale, title", [
    ({"lang": "zh"}, None, "nnlab：交互式前馈神经网络"),
    ({}, "zh-CN", "nnlab：交互式前馈神经网络"),
    ({"lang": "en"}, "zh-CN", "nnlab: feed-forward neural networks, interactively"),
    ({}, "en-US", "nnlab: feed-forward neural networks, interactively"),
    ({}, None, "nnlab: feed-forward neural networks, interactively"),
])
def test_the_link_chooses_the_language_else_the_browser(params, locale, title):
    at = home(params, locale)
    assert at.title[0].value == title
    assert at.radio(key="lang").value == ("zh" if "：" in title else "en")


def test_home_in_chinese_has_no_english_sentence_and_lists_every_page_in_chinese():
    at = home({"lang": "zh"})
    assert english_on(at) == {}
    links = at.get("page_link")
    assert len(links) == 1 + len(PAGES)
    assert links[0].proto.label == "第一次来？从 **人工神经元** 开始"
    assert "**激活函数**：sigmoid、tanh" in links[1 + list(PAGES).index("activations")].proto.label
    assert [s.value for s in at.subheader] == ["神经元", "单层", "隐藏层", "实践"]


def test_the_sidebar_switch_changes_the_language_and_the_link():
    at = home()
    at.radio(key="lang").set_value("zh")
    rerun_ok(at)
    assert at.title[0].value.startswith("nnlab：") and at.query_params["lang"] == "zh"
    at.radio(key="lang").set_value("en")
    rerun_ok(at)
    assert at.title[0].value.startswith("nnlab:") and "lang" not in at.query_params


def test_the_lesson_bar_in_chinese():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params.update({"lang": "zh", "lesson": "1"})
    at.switch_page("views/activations.py").run()
    assert not at.exception, at.exception
    bar = [m.value for m in at.markdown if m.value.startswith("**课程模式")]
    assert bar == ["**课程模式，第 2/11 页：激活函数**"]
    assert [link.proto.label for link in at.get("page_link")] == ["上一页：神经元", "下一页：单层网络"]


def lab_step(at, page, number):
    at.session_state[f"{page}_lab_step"] = number
    rerun_ok(at)


def played(at, page):
    """The page after Play and two ticks, if it trains (no exception)."""
    if any(button.key == f"{page}_play" for button in at.button):
        at.button(key=f"{page}_play").click().run()
        for _ in range(2):
            rerun_ok(at)
    return at


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_in_chinese_playing_and_with_each_lab_step_predicted_and_done_has_no_english(page):
    at = open_page(page, {"lang": "zh"})
    with speaking("zh"):
        assert at.title[0].value == _(PAGES[page].TITLE)
    assert at.title[0].value != PAGES[page].TITLE
    seen = english_on(at) | english_on(played(at, page))
    for number, step in enumerate(lab_of(page).LAB.steps, start=1):
        lab_step(at, page, number)
        guess = at.radio(key=f"{page}_lab_guess_{number}") if step.prediction.options else \
            at.number_input(key=f"{page}_lab_guess_{number}")
        guess.set_value(step.prediction.options[0] if step.prediction.options else 1.0)
        rerun_ok(at)
        click(at, "锁定我的预测")
        seen |= english_on(at)
        click(at, "演示给我看")
        assert any(s.value.startswith("**完成。**") for s in at.success), number
        assert any(s.value.startswith("你预测的是") for s in [*at.success, *at.warning]), number
        seen |= english_on(at)
    assert seen == {}
    assert at.expander[0].label == f"实验：已完成 {len(lab_of(page).LAB.steps)}/{len(lab_of(page).LAB.steps)} 步"


def test_the_activations_page_in_chinese_names_its_controls_and_table_columns_in_chinese():
    at = open_page("activations", {"lang": "zh"})
    assert at.multiselect(key="activations_names").label == "激活函数"
    assert list(at.dataframe[0].value.columns) == ["激活函数", "g(z)", "g'(z)"]


def test_the_lab_states_its_computed_numbers_in_chinese():
    at = open_page("activations", {"lang": "zh", "lab": "1", "threshold": "0.1", "z": "2.1"})
    done = [s.value for s in at.success if s.value.startswith("**完成。**")]
    edge = f"{sigmoid_edge(0.1):.2f}"
    assert len(done) == 1 and f"z ≈ −{edge}。" in done[0] and f"|z| > {edge} 时" in done[0]


def test_live_training_plays_in_chinese():
    at = play(open_page("playground", {"lang": "zh"}), 5, 3)
    assert not at.exception and at.expander[0].label.startswith("实验：")
