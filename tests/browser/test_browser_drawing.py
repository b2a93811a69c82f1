"""Drawing data on the Playground in a real browser (webui/drawing.py through the live chart's event
protocol): Clear, click points into the empty plane, train on them, shift-click one away; the link
keeps the points."""
import re

import harness
from harness import PLANE_CHART

STEP = f"{harness.keyed('playground_step')} button:visible"

# Where data point (x, y) lies on the screen, as Plotly maps the plane's axes now.
_PIXEL_JS = """([selector, x, y]) => {
  const chart = document.querySelector(selector + ' .nnlab-live-chart');
  const full = chart._fullLayout, box = chart.getBoundingClientRect();
  return [box.left + full.xaxis._offset + full.xaxis.l2p(x), box.top + full.yaxis._offset + full.yaxis.l2p(y)];
}"""


def plane_click(page, x, y, shift=False):
    px, py = page.evaluate(_PIXEL_JS, [PLANE_CHART, x, y])
    if shift:
        page.keyboard.down("Shift")
    page.mouse.click(px, py)
    if shift:
        page.keyboard.up("Shift")


def drawn_points(page, count):
    """Wait until the page says it holds `count` drawn points."""
    page.get_by_text(f"{count} drawn point{'s' * (count != 1)};").wait_for()
    harness.wait_ready(page)


def plane_points(page):
    """The training points the plane shows, [(x, y)], read from its Plotly trace."""
    return page.evaluate("""(selector) => {
      const chart = document.querySelector(selector + ' .nnlab-live-chart');
      const trace = chart.data.find((t) => t.name === 'training points');
      return Array.from(trace.x, (x, i) => [x, trace.y[i]]);
    }""", PLANE_CHART)


def test_click_points_into_an_empty_plane_train_on_them_and_remove_one(page, screenshot):
    page.goto("/playground?dataset=xor&learning_rate=0.1")
    harness.wait_ready(page)
    page.wait_for_selector(harness.RENDERED_CHART)
    page.get_by_role("button", name="Clear").click()
    drawn_points(page, 0)
    assert page.locator(harness.PLAY).is_disabled()
    for n, ((x, y), colour) in enumerate(zip([(2, 2), (-2, -2), (2, -2)], ["blue", "blue", "orange"]), 1):
        page.locator(f"{harness.keyed('playground_draw_mode')} button", has_text=colour).click()
        harness.wait_ready(page)
        plane_click(page, x, y)
        drawn_points(page, n)
    shown = sorted(map(tuple, plane_points(page)))
    assert shown == [(-2, -2), (2, -2), (2, 2)], shown  # the clicks, to a hundredth
    assert re.search(r"points=2%2C2%2C1%3B-2%2C-2%2C1%3B2%2C-2%2C0|points=2,2,1;-2,-2,1;2,-2,0",
                     page.url), page.url
    start = float(harness.metric(page, "Training loss"))
    for _ in range(3):
        page.click(STEP)
        harness.wait_ready(page)
    harness.wait_for_metric(page, "Epoch", lambda text: int(text) >= 3)
    assert float(harness.metric(page, "Training loss")) < start
    screenshot(page, "playground_drawn")
    plane_click(page, 1.8, -1.7, shift=True)  # nearest: (2, -2)
    drawn_points(page, 2)
    assert sorted(map(tuple, plane_points(page))) == [(-2, -2), (2, 2)]
    assert int(harness.metric(page, "Epoch")) >= 3, "removing a point rebuilt the network"
    assert page.locator(harness.EXCEPTION).count() == 0


def test_a_click_while_playing_adds_the_point_and_training_goes_on(page):
    page.goto("/playground?dataset=gaussians")
    harness.wait_ready(page)
    page.wait_for_selector(f"{PLANE_CHART} .main-svg")  # the plane's own data, not just any chart
    before = len(plane_points(page))
    page.click(harness.PLAY)
    harness.wait_for_metric(page, "Epoch", lambda text: int(text) >= 2)
    plane_click(page, 0, 5)
    drawn_points(page, before + 1)  # and the page's run for it has ended
    playing_at = int(harness.metric(page, "Epoch"))
    harness.wait_for_metric(page, "Epoch", lambda text: int(text) > playing_at + 2)
    page.click(harness.PAUSE)
    assert page.locator(harness.EXCEPTION).count() == 0
