"""Dragging on a picture in a real browser (the live chart's drag events, webui/chart_events.py): the
neuron page's w and x tips follow the pointer, and the sliders, the numbers and the verdict follow."""
import harness

ANGLE_CHART = harness.keyed("neuron-angle test")

# Where data point (x, y) of the chart lies on the screen, as Plotly maps its axes now.
_PIXEL_JS = """([selector, x, y]) => {
  const chart = document.querySelector(selector + ' .nnlab-live-chart');
  const full = chart._fullLayout, box = chart.getBoundingClientRect();
  return [box.left + full.xaxis._offset + full.xaxis.l2p(x), box.top + full.yaxis._offset + full.yaxis.l2p(y)];
}"""


def drag(page, selector, start, end, steps=12):
    """Press at data point `start` of the chart, move to `end` in `steps` moves, release."""
    page.mouse.move(*page.evaluate(_PIXEL_JS, [selector, *start]))
    page.mouse.down()
    target = page.evaluate(_PIXEL_JS, [selector, *end])  # the window holds still while dragging
    page.mouse.move(*target, steps=steps)
    page.wait_for_timeout(300)  # the last move is sent within 0.1 s
    page.mouse.up()


def sliders(page, *names):
    return [float(harness.slider_value(page, f"neuron_{name}")) for name in names]


def test_dragging_w_sets_its_sliders_and_the_verdict_follows(page, screenshot):
    page.goto("/neuron")  # w = (1, 1), x = (2, 0.5), T = 1.5: w·x = 2.5 > T, it fires
    harness.wait_ready(page)
    page.wait_for_selector(f"{ANGLE_CHART} .main-svg")
    assert page.locator('[data-testid="stAlertContentSuccess"]').count() == 1
    drag(page, ANGLE_CHART, (1, 1), (-1, 2))
    harness.wait_ready(page)
    page.wait_for_timeout(500)
    harness.wait_ready(page)
    assert sliders(page, "w1", "w2") == [-1.0, 2.0]
    assert sliders(page, "x1", "x2") == [2.0, 0.5], "the drag moved x, not w"
    # w·x = -2 + 1 = -1 < T = 1.5, s = w·x - T = -2.5: the numbers, the verdict and the title
    page.get_by_text("= -2.500").first.wait_for()
    assert page.locator('[data-testid="stAlertContentSuccess"]').count() == 0
    title = page.locator(f"{ANGLE_CHART} .gtitle").text_content()
    assert "w·x = -1.00" in title and "does not fire" in title, title
    assert "w1=-1" in page.url and "w2=2" in page.url
    screenshot(page, "neuron_dragged")


def test_dragging_x_moves_x_only(page):
    page.goto("/neuron")
    harness.wait_ready(page)
    page.wait_for_selector(f"{ANGLE_CHART} .main-svg")
    drag(page, ANGLE_CHART, (2, 0.5), (0.5, -1.5))
    harness.wait_ready(page)
    page.wait_for_timeout(500)
    harness.wait_ready(page)
    assert sliders(page, "x1", "x2") == [0.5, -1.5]
    assert sliders(page, "w1", "w2") == [1.0, 1.0]
    assert page.locator(harness.EXCEPTION).count() == 0
