"""What the class sees, at a laptop's 1400x900, a projector's 1280x720 in presentation style and a
phone's 390x844: every page, with a screenshot saved for a person to look at
(artifacts/screenshots/screens/), and checks that every chart is drawn, that no chart title or axis
title is cut off by its chart's edge, and that no legend covers an axis title. The Playground fits one
1280x720 or 1400x900 screen: run controls, network, output and loss without scrolling."""
import pytest

import harness
from specs.pages import PAGES

SIZES = {"laptop": (1400, 900, ""), "projector": (1280, 720, "presentation=1"), "phone": (390, 844, "")}
CASES = [(page, size) for page in ["", *PAGES] for size in SIZES]
# For every drawn chart: its box, its titles' boxes and its legend's box (page coordinates).
CHART_BOXES_JS = """() => [...document.querySelectorAll('.js-plotly-plot')].filter(plot =>
    plot.getBoundingClientRect().width > 0).map(plot => {
  const box = (element) => { const r = element.getBoundingClientRect();
                             return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  const svg = plot.querySelector('.main-svg');
  const titles = [...plot.querySelectorAll('.gtitle, .xtitle, .ytitle, .g-gtitle text, .annotation-text, .xtick text, .ytick text')]
    .filter(t => t.textContent.trim() && t.getBoundingClientRect().width > 0)
    .map(t => ({text: t.textContent.trim(), axis: !t.classList.contains('gtitle')
                && !t.classList.contains('annotation-text'), ...box(t)}));
  const legend = plot.querySelector('.legend');
  return {chart: plot.closest('[class*="st-key-"]')?.className.match(/st-key-[^ ]+/)?.[0] ?? '',
          drawn: svg !== null, box: svg ? box(svg) : null, titles,
          legend: legend && legend.getBoundingClientRect().width > 0 ? box(legend) : null};
})"""


def overlap(a, b, slack=1.0):
    return (min(a["right"], b["right"]) - max(a["left"], b["left"]) > slack
            and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > slack)


def inside(inner, outer, slack=1.5):
    return (inner["left"] >= outer["left"] - slack and inner["right"] <= outer["right"] + slack
            and inner["top"] >= outer["top"] - slack and inner["bottom"] <= outer["bottom"] + slack)


def open_at(chromium, base_url, page_name, size):
    width, height, query = SIZES[size]
    context = chromium.new_context(viewport={"width": width, "height": height}, base_url=base_url)
    page = context.new_page()
    page.goto(f"/{page_name}" + (f"?{query}" if query else ""))
    harness.wait_ready(page)
    if page_name:
        page.wait_for_selector(harness.RENDERED_CHART)
        page.wait_for_timeout(1500)  # the last charts draw after the run's end
        harness.wait_ready(page)
    return context, page


@pytest.mark.parametrize("page_name, size", CASES, ids=[f"{p or 'home'}-{s}" for p, s in CASES])
def test_every_chart_is_drawn_with_its_titles_inside_and_no_legend_over_an_axis_title(
        chromium, base_url, page_name, size):
    context, page = open_at(chromium, base_url, page_name, size)
    try:
        charts = page.evaluate(CHART_BOXES_JS)
        path = harness.full_page_screenshot(page, f"screens/{page_name or 'home'}_{size}")
        problems = []
        for chart in charts:
            if not chart["drawn"]:
                problems.append(f"{chart['chart']}: not drawn")
                continue
            for title in chart["titles"]:
                if not inside(title, chart["box"]):
                    problems.append(f"{chart['chart']}: title {title['text']!r} cut off")
                if chart["legend"] and title["axis"] and overlap(title, chart["legend"]):
                    problems.append(f"{chart['chart']}: the legend covers {title['text']!r}")
        assert not problems, f"{page_name or 'home'} at {size}: {problems}; see {path}"
        assert page.locator(harness.EXCEPTION).count() == 0
    finally:
        context.close()


@pytest.mark.parametrize("width, height", [(1400, 900), (1280, 720)])
def test_the_playground_fits_one_screen(chromium, base_url, width, height):
    context = chromium.new_context(viewport={"width": width, "height": height}, base_url=base_url)
    page = context.new_page()
    try:
        page.goto("/playground")
        harness.wait_ready(page)
        for what in (harness.PLAY, f"{harness.keyed('playground-network')} .main-svg",
                     f"{harness.PLANE_CHART} .main-svg", f"{harness.keyed('playground-loss')} .main-svg"):
            page.wait_for_selector(what)
            box = page.locator(what).first.bounding_box()
            assert box["y"] >= 0 and box["y"] + box["height"] <= height + 1, (what, box, height)
    finally:
        context.close()
