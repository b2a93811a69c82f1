"""The app in Chinese in Chromium: every page (its lab open) at a laptop's 1400x900, and Home, the
activations page and the Playground also at a projector's 1280x720 in presentation style and a
phone's 390x844, screenshots saved
(artifacts/screenshots/chinese/) for a person to look at, every chart drawn with its titles inside;
a browser set to Chinese gets Chinese without ?lang=, and the sidebar's switch goes back to English,
keeping the sidebar's other choices."""
import pytest

import harness
from lessons.language import _, speaking
from specs.pages import PAGES as SPECS
from test_browser_screens import CHART_BOXES_JS, SIZES, inside

with speaking("zh"):
    PAGES = {"": "nnlab：交互式前馈神经网络", **{name: _(spec.TITLE) for name, spec in SPECS.items()}}
EVERY_SIZE = ("", "activations", "playground")
CASES = [(page, size) for page in PAGES for size in SIZES if page in EVERY_SIZE or size == "laptop"]
TITLE = "h1"


@pytest.mark.parametrize("page_name, size", CASES, ids=[f"{p or 'home'}-{s}" for p, s in CASES])
def test_the_page_in_chinese_draws_its_charts_with_their_titles_inside(chromium, base_url, page_name, size):
    width, height, query = SIZES[size]
    context = chromium.new_context(viewport={"width": width, "height": height}, base_url=base_url)
    page = context.new_page()
    try:
        page.goto(f"/{page_name}?lang=zh&lab=1" + (f"&{query}" if query else ""))
        harness.wait_ready(page)
        if page_name:
            page.wait_for_selector(harness.RENDERED_CHART)
            page.wait_for_timeout(1500)  # the last charts draw after the run's end
        assert page.locator(TITLE).first.inner_text() == PAGES[page_name]
        path = harness.full_page_screenshot(page, f"chinese/{page_name or 'home'}_{size}")
        problems = [f"{chart['chart']}: title {title['text']!r} cut off"
                    for chart in page.evaluate(CHART_BOXES_JS) for title in chart["titles"]
                    if chart["drawn"] and not inside(title, chart["box"])]
        assert not problems, f"{problems}; see {path}"
        assert page.locator(harness.EXCEPTION).count() == 0
    finally:
        context.close()


def test_a_chinese_browser_gets_chinese_and_the_switch_goes_back_to_english(chromium, base_url):
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, base_url=base_url,
                                   locale="zh-CN")
    page = context.new_page()
    try:
        page.goto("/activations")
        harness.wait_ready(page)
        assert page.locator(TITLE).first.inner_text() == "激活函数"
        harness.open_sidebar(page)
        page.locator(harness.keyed("lang")).get_by_text("English").click()
        page.wait_for_function("() => document.querySelector('h1')?.innerText === 'Activation functions'")
        harness.wait_ready(page)
        assert "lang" not in page.url
        assert page.locator(harness.keyed("image_format")).get_by_label("PNG (3× scale)").is_checked()
        harness.full_page_screenshot(page, "chinese/activations_switched_to_english")
    finally:
        context.close()
