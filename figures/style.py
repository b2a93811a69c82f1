"""Shared look of the lecture figures: the palette in use (class colours, the signs' colours and a
diverging map), arrows, a square 2D plane, data points, the x of 1D curves, a legend at the foot, log
axes labelled in one notation, and subplots laid out without plotly.subplots."""
import contextlib
import contextvars
import math
from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go

from lessons.language import N_
from nncore import EXTENT_1D

NEGATIVE, POSITIVE = "#f59322", "#0877bd"  # TensorFlow Playground's orange and blue
DIVERGING = [[0.0, NEGATIVE], [0.5, "#e8eaeb"], [1.0, POSITIVE]]
CLASS_COLOURS = [NEGATIVE, POSITIVE, "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"]


@dataclass(frozen=True)
class Palette:
    """The colours of classes and signs: `negative` and `positive` (class 0 and 1, weights < 0 and
    ≥ 0), `diverging` [[position, colour], ...] from negative to positive, `classes` in class order
    and `class_names`, the words for them."""
    negative: str
    positive: str
    diverging: list
    classes: list
    class_names: tuple


# Okabe and Ito's colours, told apart with every common colour-vision deficiency; their diverging map
# runs from orange through a mid grey to blue, its lightness falling all the way, so it reads in grey.
OKABE_ITO = Palette("#e69f00", "#0072b2", [[0.0, "#e69f00"], [0.5, "#8e8e91"], [1.0, "#0072b2"]],
                    ["#e69f00", "#0072b2", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#f0e442",
                     "#000000"],
                    (N_("orange"), N_("blue"), N_("bluish green"), N_("vermillion"), N_("reddish purple"),
                     N_("sky blue"), N_("yellow"), N_("black")))
PALETTES = {"playground": Palette(NEGATIVE, POSITIVE, DIVERGING, CLASS_COLOURS,
                                  (N_("orange"), N_("blue"), N_("green"), N_("red"), N_("purple"),
                                   N_("brown"), N_("pink"), N_("cyan"))),
            "okabe_ito": OKABE_ITO}
# The palette the figures built in this context use. A context variable, not an argument of every
# builder: Streamlit runs each session's script (and fragment) runs in that session's own thread.
_IN_USE = contextvars.ContextVar("palette", default=PALETTES["playground"])


def palette():
    """The Palette figures are built with now (see palette_in_use)."""
    return _IN_USE.get()


@contextlib.contextmanager
def palette_in_use(name):
    """Build the figures of the block with palette `name` (a key of PALETTES)."""
    token = _IN_USE.set(PALETTES[name])
    try:
        yield PALETTES[name]
    finally:
        _IN_USE.reset(token)


def class_colour(k):
    """The colour of class k in the palette in use."""
    classes = palette().classes
    return classes[k % len(classes)]


# Data points are filled this much darker than their colour on the plane's scale: where a confident
# network paints the plane in a class's full colour, that class's points still show as discs.
POINT_SHADE = 0.3
POINT_RIM = dict(color="#222222", width=1)
# Each class has a shape of its own as well as a colour, for those who cannot tell the colours apart.
CLASS_SYMBOLS = ["circle", "diamond", "square", "triangle-up", "cross", "x", "star", "pentagon"]
LINE_GRID = np.linspace(-EXTENT_1D, EXTENT_1D, 241)  # where the 1D pages draw their curves


# A horizontal legend under the chart, at the figure's bottom edge: Plotly then makes room for it
# below the x axis's title, whatever the type size (a legend placed at a fraction of the plot's height
# below it ran into that title in presentation style).
LEGEND_BELOW = dict(orientation="h", yref="container", y=0.0, yanchor="bottom", x=0.0, xanchor="left")


def shaded(colour, share=POINT_SHADE):
    """`colour` ('#rrggbb') blended with black: share 0 -> the colour itself, 1 -> black."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "rgb({},{},{})".format(*(round((1 - share) * c) for c in rgb))


def number_text(value, spec):
    """`value` written with `spec` and a minus sign, "—" if it is not finite."""
    return format(value, spec).replace("-", "−") if math.isfinite(value) else "—"


def plotly_text(text):
    """`text` (a class name a user typed, ...) as Plotly text that shows exactly it: Plotly reads <b>,
    <a href=...> and the like in labels, but shows an entity as its character."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def arrow(tail, tip, color, text="", width=3):
    """Plotly annotations drawing an arrow from tail (x, y) to tip (x, y) in data coordinates, with
    its label just beyond the tip (Plotly would put an arrow's own text at the tail)."""
    drawn = [dict(x=float(tip[0]), y=float(tip[1]), ax=float(tail[0]), ay=float(tail[1]),
                  xref="x", yref="y", axref="x", ayref="y", showarrow=True, arrowhead=3,
                  arrowsize=1.2, arrowwidth=width, arrowcolor=color, text="")]
    if text:
        drawn.append(dict(x=float(tip[0]), y=float(tip[1]), xref="x", yref="y", showarrow=False,
                          text=f"<b>{text}</b>", font=dict(color=color, size=16),
                          xshift=12 if tip[0] >= tail[0] else -12,
                          yshift=10 if tip[1] >= tail[1] else -10))
    return drawn


def chart_title(text):
    """A chart's title, centred over it in small type. Centred by its anchor too: Streamlit's theme
    anchors titles at their left end, so x = 0.5 alone starts them in the middle and cuts them off
    on a phone."""
    return dict(text=text, x=0.5, xanchor="center", font=dict(size=14))


def plane_axes(extent, title_x="x₁", title_y="x₂"):
    """Layout of a picture of the input plane: both axes on [extent[0], extent[1]] at equal scale."""
    low, high = extent
    axis = dict(range=[low, high], zeroline=True, zerolinecolor="#bbb", constrain="domain")
    return dict(xaxis=dict(axis, title=dict(text=title_x)),
                yaxis=dict(axis, title=dict(text=title_y), scaleanchor="x", scaleratio=1),
                plot_bgcolor="white", margin=dict(l=50, r=20, t=50, b=50))


def square_plane(fig, extent, title_x="x₁", title_y="x₂"):
    """Fix both axes of `fig` to [extent[0], extent[1]] with equal scale (plane_axes)."""
    return fig.update_layout(plane_axes(extent, title_x, title_y))


def class_symbol(k):
    return CLASS_SYMBOLS[k % len(CLASS_SYMBOLS)]


def class_points(X, y, name_prefix="class", size=7):
    """One scatter trace per class of points X (n, 2) with labels y (n,), drawn as the plane's
    training points (figures.plane: the class's shape, shaded, dark rim), so that a point on its
    own class's full colour is a solid shape."""
    return [go.Scatter(x=X[y == k, 0], y=X[y == k, 1], mode="markers", name=f"{name_prefix} {k}",
                       marker=dict(color=shaded(class_colour(k)), size=size, symbol=class_symbol(k),
                                   line=POINT_RIM))
            for k in sorted(set(int(v) for v in y))]


# A legend along the figure's foot, in container pixels: one put below the plot in plot fractions
# lands on the x axis title once the type grows (presentation style). The figure's bottom margin
# must hold the axis title and the legend's rows.
FOOT_LEGEND = dict(orientation="h", yref="container", y=0.0, yanchor="bottom")
SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_of_ten(exponent):
    """10ⁿ written with superscript digits: '10⁻⁴'."""
    return "10" + str(int(exponent)).translate(SUPERSCRIPT)


def log_axis(low, high, most=8, pad=0.04):
    """A log axis over [low, high] (0 < low ≤ high) whose every tick is labelled in one notation
    (Plotly's own labels mix '2', '5' and SI prefixes such as '100µ'): 1, 2 and 5 times the powers
    of ten (or the powers alone) as decimals while that gives at most `most` ticks within
    [10⁻⁴, 10⁴], else powers of ten every few decades, written 10ⁿ. The range runs from the tick at
    or below `low` to the tick at or above `high`, widened by `pad` of its span at both ends so
    that markers at the ends are drawn whole."""
    first, last = math.floor(math.log10(low)), math.ceil(math.log10(high))
    last = max(last, first + 1)
    for mantissas in ((1, 2, 5), (1,)):
        candidates = [m * 10.0 ** e for e in range(first - 1, last + 2) for m in mantissas]
        bottom = max(v for v in candidates if v <= low * (1 + 1e-9))
        top = min(v for v in candidates if v >= high * (1 - 1e-9) and v > bottom)
        ticks = [v for v in candidates if bottom <= v <= top]
        if len(ticks) <= most and 1e-4 <= bottom and top <= 1e4:
            text = [f"{v:g}" for v in ticks]
            break
    else:
        step = 1
        while math.ceil(last / step) - math.floor(first / step) >= most:
            step += 1
        exponents = range(step * math.floor(first / step), step * math.ceil(last / step) + 1, step)
        ticks, text = [10.0 ** e for e in exponents], [power_of_ten(e) for e in exponents]
        bottom, top = ticks[0], ticks[-1]
    span = math.log10(top) - math.log10(bottom)
    return dict(type="log", tickvals=ticks, ticktext=text,
                range=[math.log10(bottom) - pad * span, math.log10(top) + pad * span])


def subplots(columns=None, rows=None, spacing=0.08, titles=()):
    """A layout of charts side by side (`columns`: their relative widths) or one above the other
    (`rows`: relative heights, sharing one x axis), and the (xaxis, yaxis) names of each chart for
    its traces. Written out rather than made by plotly.subplots.make_subplots, which costs ten times
    as much: live charts build their figure on every tick."""
    shares = columns or rows
    total = sum(shares) / (1 - spacing * (len(shares) - 1))
    spans, start = [], 0.0
    for share in shares:
        spans.append((start, min(1.0, start + share / total)))
        start = spans[-1][1] + spacing
    if rows:
        spans = [(1 - high, 1 - low) for low, high in spans]  # the first row on top
    layout, axes = {"annotations": []}, []
    for i, (low, high) in enumerate(spans):
        suffix = "" if i == 0 else str(i + 1)
        x, y = f"x{suffix}", f"y{suffix}"
        if columns:
            layout[f"xaxis{suffix}"] = dict(domain=[low, high], anchor=y)
            layout[f"yaxis{suffix}"] = dict(anchor=x)
        else:
            layout[f"xaxis{suffix}"] = dict(anchor=y, **({"matches": "x"} if i else {}),
                                            showticklabels=i == len(spans) - 1)
            layout[f"yaxis{suffix}"] = dict(domain=[low, high], anchor=x)
        axes.append((x, y))
        if i < len(titles):
            middle = (low + high) / 2
            layout["annotations"].append(dict(
                text=titles[i], showarrow=False, xref="paper", yref="paper",
                x=middle if columns else 0.5, y=1.0 if columns else high,
                xanchor="center", yanchor="bottom", font=dict(size=14)))
    return layout, axes
