"""What a live chart (webui/live_chart.js) sends back when a student acts on it: one small protocol,
{"kind": ..., "x": ..., "y": ..., "shift": ...} in the chart's data coordinates, checked here before
a page acts on it. The browser is not trusted: anything else is refused (None)."""
import math
from dataclasses import dataclass

KINDS = ("click",)
LIMIT = 1e6  # no chart of the app has a coordinate this far out


@dataclass(frozen=True)
class ChartEvent:
    kind: str
    x: float
    y: float
    shift: bool = False  # the shift key was held (e.g. remove instead of add)


def chart_event(raw):
    """The ChartEvent `raw` (what the browser sent) describes, or None if it is not one."""
    if not isinstance(raw, dict) or raw.get("kind") not in KINDS or set(raw) - {"kind", "x", "y", "shift"}:
        return None
    x, y, shift = raw.get("x"), raw.get("y"), raw.get("shift", False)
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
               and abs(v) <= LIMIT for v in (x, y)) or not isinstance(shift, bool):
        return None
    return ChartEvent(raw["kind"], float(x), float(y), shift)
