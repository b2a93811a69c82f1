"""Dragging on a picture in a real browser (the live chart's drag events, webui/chart_events.py): the
neuron page's w and x tips follow the pointer, and the sliders, the numbers and the verdict follow."""
import numpy as np

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


HIDDEN_CHART = harness.keyed("capacity-hidden layer")


def unit_line(page, name):
    """[(x, y), (x, y)]: the ends of hidden unit `name`'s line (h₁, ...) on the hidden layer picture."""
    return page.evaluate("""([selector, name]) => {
      const chart = document.querySelector(selector + ' .nnlab-live-chart');
      const line = chart.data.find((t) => t.text && t.text[1] === name);
      return [[line.x[0], line.y[0]], [line.x[2], line.y[2]]];
    }""", [HIDDEN_CHART, name])


def hidden_values(page):
    """h₁ of the first points, as the hidden-space picture (a st.plotly_chart) shows them."""
    return page.evaluate("""() => {
      const plot = [...document.querySelectorAll('[data-testid="stPlotlyChart"] .js-plotly-plot')]
        .find((p) => (p.layout.title.text || '').includes('hidden-unit coordinates'));
      return Array.from(plot._fullData[0].x).slice(0, 5);
    }""")


def test_dragging_a_hidden_unit_s_line_moves_it_and_the_hidden_space_follows(page, screenshot):
    page.goto("/capacity?hidden_units=2")
    harness.wait_ready(page, timeout_ms=120_000)
    page.wait_for_selector(f"{HIDDEN_CHART} .main-svg")
    (x0, y0), (x1, y1) = before = unit_line(page, "h₁")
    middle = ((x0 + x1) / 2, (y0 + y1) / 2)
    hidden_before = hidden_values(page)
    assert len(hidden_before) == 5
    drag(page, HIDDEN_CHART, middle, (middle[0] + 1.0, middle[1] + 0.5))
    harness.wait_ready(page)
    page.wait_for_timeout(500)
    harness.wait_ready(page)
    after = unit_line(page, "h₁")
    # moved along with the pointer, not turned: the same direction, shifted by (1, 0.5)
    (a0, b0), (a1, b1) = after
    assert abs((a1 - a0) * (y1 - y0) - (b1 - b0) * (x1 - x0)) < 1e-6 * max(1, abs(x1 - x0) + abs(y1 - y0)) ** 2
    direction = np.array([x1 - x0, y1 - y0]) / np.hypot(x1 - x0, y1 - y0)
    normal = np.array([-direction[1], direction[0]])
    assert abs((np.array(after[0]) - np.array(before[0])) @ normal
               - np.array([1.0, 0.5]) @ normal) < 0.05
    page.wait_for_function("""(before) => {
      const plot = [...document.querySelectorAll('[data-testid="stPlotlyChart"] .js-plotly-plot')]
        .find((p) => (p.layout.title.text || '').includes('hidden-unit coordinates'));
      return plot && Array.from(plot._fullData[0].x).slice(0, 5).some((h, i) => h !== before[i]);
    }""", arg=hidden_before)  # the points moved in the hidden space (h₁ changed)
    assert page.locator(harness.EXCEPTION).count() == 0
    screenshot(page, "capacity_dragged")
