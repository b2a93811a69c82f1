"""Accessibility in a real browser: the training buttons' keyboard shortcuts (webui/live.py), which
do nothing while the student types in an input; with the browser's reduced-motion setting nothing on
the page moves by itself (webui/page_style.py), not even Streamlit's own fades while training plays."""
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


# Animations and transitions of the page's CSS now under way, with their elements (Plotly's own
# frame animations are not CSS: the race's step is read from its slider instead).
RUNNING_ANIMATIONS_JS = """() => document.getAnimations()
  .filter(a => a.playState === "running" && (a.effect?.getComputedTiming().duration || 0) > 0)
  .map(a => `${a.constructor.name} ${a.animationName || a.transitionProperty || ""} on `
            + `${a.effect?.target?.getAttribute("data-testid") || a.effect?.target?.tagName}`)"""


def running_animations(page, samples=15, every_ms=100):
    seen = set()
    for _ in range(samples):
        seen.update(page.evaluate(RUNNING_ANIMATIONS_JS))
        page.wait_for_timeout(every_ms)
    return seen


def test_with_reduced_motion_nothing_moves_by_itself(chromium, base_url):
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, base_url=base_url,
                                   reduced_motion="reduce")
    try:
        page = context.new_page()
        page.goto("/gradient_descent")
        harness.wait_ready(page)
        page.wait_for_selector(harness.RENDERED_CHART)
        race_step = page.locator(".slider-container text", has_text="step ").first  # the race's step
        shown = race_step.text_content()
        assert running_animations(page) == set()
        assert race_step.text_content() == shown, "the race played by itself"
        page.goto("/playground?dataset=xor")
        harness.wait_ready(page)
        page.wait_for_selector(harness.RENDERED_CHART)
        assert running_animations(page) == set() and epoch(page) == 0
        page.click(PLAY)  # the student's own Play: the charts change, the page's CSS does not move
        page.wait_for_selector(PAUSE)
        assert running_animations(page, samples=30) == set()
        assert page.locator(harness.EXCEPTION).count() == 0
    finally:
        context.close()


def test_colour_blind_palette_from_a_link_is_drawn_and_chosen_in_the_sidebar(page, screenshot):
    page.goto("/playground?palette=okabe_ito&dataset=blobs&n_classes=4"
              "&output=softmax_ce&show_test=1")
    harness.wait_ready(page)
    page.wait_for_selector(harness.RENDERED_CHART)
    harness.open_sidebar(page)
    chosen = page.locator(f'{harness.keyed("palette")} label:has(input:checked)')
    assert chosen.inner_text().strip() == "Colour-blind safe"
    # Okabe and Ito's blue (#0072b2) on the network's positive links, as the browser drew them
    page.wait_for_function("() => [...document.querySelectorAll('.nnlab-live-chart path')]"
                           ".some(path => (path.style.fill || '').replace(/ /g, '') === 'rgb(0,114,178)')")
    screenshot(page, "palette_okabe_ito")
    assert page.locator(harness.EXCEPTION).count() == 0
