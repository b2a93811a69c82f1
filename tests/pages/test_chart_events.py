"""The live chart's event protocol (webui/chart_events.py): pixels to data, and what is refused."""
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from webui.chart_events import MAX_PIXELS, ChartEvent, chart_event, data_point

PLANE = {"width": 300, "height": 200, "x_range": [-6, 6], "y_range": [-4, 4]}


def event(**fields):
    return {"kind": "click", "px": 150, "py": 100, **PLANE, "shift": False, "press": 0, **fields}


@pytest.mark.parametrize("px, py, x, y", [
    (0, 0, -6, 4),  # the top left corner: the x range's first value, the y range's last
    (300, 200, 6, -4),
    (150, 100, 0, 0),
    (75, 150, -3, -2),
])
def test_pixels_are_data_coordinates_of_the_plot_area(px, py, x, y):
    assert data_point(px, py, 300, 200, [-6, 6], [-4, 4]) == pytest.approx((x, y))
    assert chart_event(event(px=px, py=py)) == ChartEvent("click", x, y)


def test_a_zoomed_or_reversed_axis_maps_by_its_range_now():
    assert data_point(100, 50, 200, 100, [2, 4], [10, 0]) == pytest.approx((3, 5))


@given(px=st.floats(0, 300), py=st.floats(0, 200))
def test_a_point_maps_back_to_its_pixel(px, py):
    x, y = data_point(px, py, 300, 200, [-6, 6], [-4, 4])
    assert (x + 6) / 12 * 300 == pytest.approx(px, abs=1e-9)
    assert (4 - y) / 8 * 200 == pytest.approx(py, abs=1e-9)


def test_a_drag_carries_its_press_and_the_shift_key():
    moved = chart_event(event(kind="drag_move", px=300, py=0, shift=True, press=7))
    assert moved == ChartEvent("drag_move", 6, 4, True, 7)


def test_a_drag_that_leaves_the_plot_area_is_held_at_its_edge():
    assert chart_event(event(kind="drag_move", px=-40, py=900, press=1)) == ChartEvent(
        "drag_move", -6, -4, False, 1)


@pytest.mark.parametrize("raw", [
    None, [], "click", 3, {},
    event(kind="hover"), event(kind=None), event(extra=1),
    event(px=-1), event(py=201), event(px=math.nan), event(py=math.inf), event(px="150"),
    event(px=True), event(px=None), event(px=MAX_PIXELS * 2),
    event(width=0), event(height=-5), event(width=math.inf), event(width=MAX_PIXELS + 1),
    event(x_range=[1, 1]), event(x_range=[0]), event(x_range=[0, 1, 2]), event(x_range="0,1"),
    event(y_range=[0, math.nan]), event(y_range=[0, 1e300]), event(y_range=[False, True]),
    event(shift=1), event(shift="yes"), event(press=-1), event(press=2**40), event(press=1.5),
    event(press=True),
])
def test_bad_events_are_refused(raw):
    assert chart_event(raw) is None


@given(st.dictionaries(st.sampled_from(sorted(event())) | st.text(max_size=5),
                       st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5)
                       | st.lists(st.floats(), max_size=3), max_size=10))
def test_whatever_the_browser_sends_is_an_event_in_range_or_refused(raw):
    parsed = chart_event(raw)
    assert parsed is None or (isinstance(parsed, ChartEvent) and math.isfinite(parsed.x)
                              and math.isfinite(parsed.y))
