"""Accessibility in a real browser: the training buttons' keyboard shortcuts (webui/live.py), which
do nothing while the student types in an input."""
import harness
from harness import PAUSE, PLAY
from webui.live import SHORTCUTS


def epoch(page):
    return int(harness.metric(page, "Epoch"))


def press(page, key):
    """Press `key` with the focus on the page's body, as a student who has not clicked an input."""
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    page.keyboard.press(key)


def test_shortcut_keys_play_pause_step_and_reset(page):
    page.goto("/playground?dataset=xor&activation=relu&learning_rate=0.1")
    harness.wait_ready(page)
    page.wait_for_selector(harness.RENDERED_CHART)
    assert epoch(page) == 0
    press(page, SHORTCUTS["step"])
    harness.wait_for_metric(page, "Epoch", lambda text: text == "1")
    press(page, SHORTCUTS["play"])
    page.wait_for_selector(PAUSE)
    harness.wait_for_metric(page, "Epoch", lambda text: int(text) >= 4)
    press(page, SHORTCUTS["play"])
    page.wait_for_selector(PLAY)
    harness.wait_ready(page)
    paused_at = epoch(page)
    page.wait_for_timeout(800)
    assert epoch(page) == paused_at, "training went on after the pause key"
    press(page, SHORTCUTS["reset"])
    harness.wait_for_metric(page, "Epoch", lambda text: text == "0")
    assert page.locator(harness.EXCEPTION).count() == 0


def test_shortcut_keys_typed_into_an_input_only_type(page):
    page.goto("/playground?dataset=xor")
    harness.wait_ready(page)
    page.wait_for_selector(harness.RENDERED_CHART)
    harness.open_sidebar(page)
    page.locator(f"{harness.keyed('playground_seed')} input").click()
    for key in SHORTCUTS.values():
        page.keyboard.press(key)
    page.wait_for_timeout(1000)
    assert epoch(page) == 0
    assert page.locator(PAUSE).count() == 0
