"""A chart's text alternative, for screen readers: what the figure shows, read from the figure
itself, so that its numbers are the ones drawn: the title (and subplot titles), the axes, and per
named trace its latest value (a curve), its count (points), its bars or its range (a heatmap).
A builder that knows better says it in the figure's layout.meta["description"]: that replaces the
traces' part. Its words are in the language spoken (lessons/language.py), like the figure's own."""
import html
import math
import re

import numpy as np

from lessons.language import _

MOST_TRACES = 8  # traces described; a longer description stops being a summary
MOST_BARS = 10


def plain(text):
    """Plotly label text as plain words: tags dropped, entities (plotly_text's &lt;) decoded."""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", str(text or ""))).split())


def number(value):
    """A number as a chart's reader hears it: whole numbers whole (epoch 3000), others to 3 digits."""
    value = float(value)
    if not math.isfinite(value):
        return _("not a number")
    return str(int(value)) if value.is_integer() and abs(value) < 1e9 else f"{value:.3g}"


def _values(values):
    """Finite floats of a trace's data (None: not numeric, e.g. class names)."""
    try:
        array = np.asarray(values, dtype=float).ravel()
    except (TypeError, ValueError):
        return None
    return array[np.isfinite(array)]


def _axis(layout, name):
    return plain(layout[name].title.text)


def _trace(trace, x_title):
    name = plain(trace.name)
    kind = trace.type
    if kind in ("heatmap", "contour"):
        z = _values(trace.z) if trace.z is not None else None
        if z is None or not len(z) or not name:
            return ""
        return _("{name} from {low} to {high}").format(name=name, low=number(z.min()), high=number(z.max()))
    if not name or kind not in ("scatter", "scattergl", "bar") or getattr(trace, "fill", None) not in (None, "none"):
        return ""  # a filled trace (the diagram's links) is a shape, not data
    x, y = trace.x if trace.x is not None else (), trace.y if trace.y is not None else ()
    if kind == "bar":
        shown = _values(y)
        if shown is None or len(shown) != len(y):
            return ""
        numeric = _values(x)
        labels = ([number(v) for v in numeric] if numeric is not None and len(numeric) == len(y) else
                  [plain(label) for label in x] if len(x) == len(y) else [str(i) for i in range(len(y))])
        bars = _(", ").join(_("{label} {value}").format(label=label, value=number(v)) for label, v in
                            list(zip(labels, shown))[:MOST_BARS])
        return _("{name}: {bars}").format(name=name, bars=bars)
    mode = trace.mode or ("lines+markers" if len(y) < 20 else "lines")  # Plotly's own default
    if "lines" in mode and len(y):
        # the latest point alone: a curve is described on every tick, its history need not be read
        last_y, last_x = _values(y[-1:]), _values(x[-1:]) if len(x) == len(y) else None
        if last_y is None:
            return ""
        value = number(last_y[0]) if len(last_y) else _("no value")
        if last_x is None or not len(last_x):
            return _("{name} {value}").format(name=name, value=value)
        return _("{name} {value} at {axis} {x}").format(name=name, value=value, axis=x_title or "x",
                                                        x=number(last_x[0]))
    if "markers" in mode:
        return (_("{name}: {count} point") if len(x) == 1 else _("{name}: {count} points")).format(
            name=name, count=len(x))
    return ""


def describe(fig, name="chart"):
    """One paragraph saying what `fig` (a go.Figure) shows, with its current numbers; `name` (the
    chart's export name) stands in for a missing title."""
    layout = fig.layout
    title = plain(layout.title.text)
    notes = [plain(note.text) for note in layout.annotations if note.xref == "paper" and note.text]
    x_title, y_title = _axis(layout, "xaxis"), _axis(layout, "yaxis")
    parts = [" · ".join(part for part in (title, *notes) if part) or plain(name).capitalize()]
    if x_title or y_title:
        parts.append(_("{y} against {x}").format(y=y_title or _("value"), x=x_title or "x"))
    told = layout.meta.get("description") if isinstance(layout.meta, dict) else None
    traces = [text for text in (_trace(trace, x_title) for trace in fig.data) if text]
    parts += [plain(told)] if told else traces[:MOST_TRACES]
    return "".join(_("{sentence}. ").format(sentence=part) for part in parts).rstrip()
