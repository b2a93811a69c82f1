"""What a live chart (webui/live_chart.js) sends back when a student acts on it: one small protocol,
checked here before a page acts on it. The browser is not trusted: anything else is refused (None).

An event is {"kind", "px", "py", "width", "height", "x_range", "y_range", "shift", "press"}: a click
or a drag's start, move or end at pixel (px, py) of the chart's plot area (width x height pixels,
from its top left corner), whose axes show x_range and y_range ([first, last], as Plotly has them
now, zoomed or not); shift: the shift key was held; press: which press of a pointer on the chart
this is (a count the browser keeps: a page acts once on a click that arrives twice). Here it becomes
a ChartEvent in the chart's data coordinates.
"""
import math
from dataclasses import dataclass

KINDS = ("click", "drag_start", "drag_move", "drag_end")
FIELDS = {"kind", "px", "py", "width", "height", "x_range", "y_range", "shift", "press"}
LIMIT = 1e6  # no chart of the app has a coordinate this far out
MAX_PIXELS = 10_000  # no screen has a plot area this large
MAX_PRESS = 2**31  # the browser counts presses from a random start below 2**30


@dataclass(frozen=True)
class ChartEvent:
    kind: str
    x: float
    y: float
    shift: bool = False  # the shift key was held (e.g. remove instead of add)
    press: int = 0  # which press of the chart the event belongs to


def _number(value, limit):
    return (isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
            and abs(value) <= limit)


def _axis_range(value):
    return (isinstance(value, list) and len(value) == 2 and all(_number(v, LIMIT) for v in value)
            and value[0] != value[1])


def data_point(px, py, width, height, x_range, y_range):
    """The data coordinates of pixel (px, py) of a plot area width x height pixels whose axes show
    x_range and y_range (linear axes; pixel rows count down from the top, y grows upwards)."""
    (x0, x1), (y0, y1) = x_range, y_range
    return x0 + (x1 - x0) * px / width, y1 - (y1 - y0) * py / height


def chart_event(raw):
    """The ChartEvent `raw` (what the browser sent) describes, or None if it is not one. A click
    outside the plot area is refused; a drag that leaves it is held at its edge."""
    if not isinstance(raw, dict) or set(raw) - FIELDS or raw.get("kind") not in KINDS:
        return None
    px, py, width, height = (raw.get(name) for name in ("px", "py", "width", "height"))
    shift, press = raw.get("shift", False), raw.get("press", 0)
    if not (all(_number(v, MAX_PIXELS) for v in (px, py, width, height)) and width > 0 and height > 0
            and _axis_range(raw.get("x_range")) and _axis_range(raw.get("y_range"))
            and isinstance(shift, bool) and isinstance(press, int) and not isinstance(press, bool)
            and 0 <= press < MAX_PRESS):
        return None
    inside = 0 <= px <= width and 0 <= py <= height
    if raw["kind"] == "click" and not inside:
        return None
    px, py = min(max(px, 0), width), min(max(py, 0), height)
    x, y = data_point(px, py, width, height, raw["x_range"], raw["y_range"])
    return ChartEvent(raw["kind"], float(x), float(y), shift, press)
