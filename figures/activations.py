"""Activation functions g(z) with their derivatives g'(z), and where the gradient vanishes."""
import numpy as np
import plotly.graph_objects as go

from lessons.activations import activation_curves, label, small_gradient_intervals
from lessons.language import _

from .style import FOOT_LEGEND

COLORS = {"sigmoid": "#1f77b4", "tanh": "#ff7f0e", "relu": "#2ca02c", "leaky_relu": "#9467bd",
          "linear": "#7f7f7f"}
# ReLU, leaky ReLU and linear are one line for z > 0 (and so are their slopes): each has its own
# width, the widest drawn first, underneath, and its own dash for g'.
WIDTHS = {"linear": 8, "relu": 5, "leaky_relu": 2.5, "sigmoid": 3, "tanh": 3}
DASHES = {"linear": "longdash", "relu": "dash", "leaky_relu": "dot", "sigmoid": "dash", "tanh": "dash"}
STRIPS = 0.09  # share of the plot's height at its bottom: one lane per activation's strips


def _strips(names, threshold, z_range):
    """Where |g'(z)| < threshold, as opaque strips in the activation's colour, each activation in a
    lane of its own along the plot's bottom (translucent bands over the whole height blend into
    grey), in the legend group of its curves."""
    shapes = []
    for lane, name in enumerate(names):
        bottom, top = STRIPS * lane / len(names), STRIPS * (lane + 1) / len(names)
        shapes += [dict(type="rect", x0=low, x1=high, xref="x", y0=bottom, y1=top, yref="paper",
                        fillcolor=COLORS[name], line_width=0, legendgroup=name,
                        name=f"{label(name)}: |g'(z)| < {threshold:g}")
                   for low, high in small_gradient_intervals(name, threshold, -z_range, z_range)]
    return shapes


def activation_figure(names, z_marker=None, threshold=0.05, z_range=6.0, n=601):
    """g (solid) and g' (dashed) of the chosen activations on [-z_range, z_range]; strips along the
    bottom where |g'(z)| < threshold for each activation; markers at z_marker if given. `names` is
    a list."""
    z = np.linspace(-z_range, z_range, n)
    traces = []
    for name in sorted(names, key=lambda name: -WIDTHS[name]):
        color, shown, width = COLORS[name], label(name), WIDTHS[name]
        h, slope = activation_curves(name, z)
        # One legend entry per activation (its g), in the order chosen; g' and the strips go with
        # it, the title says which is which.
        traces += [go.Scatter(x=z, y=h, mode="lines", name=shown, legendgroup=name,
                              legendrank=names.index(name),
                              line=dict(color=color, width=width),
                              hovertemplate=f"{shown}: g(%{{x:.2f}}) = %{{y:.4g}}<extra></extra>"),
                   go.Scatter(x=z, y=slope, mode="lines", name=f"{shown}: g'(z)", legendgroup=name,
                              showlegend=False, line=dict(color=color, width=width / 2 + 1,
                                                          dash=DASHES[name]),
                              hovertemplate=f"{shown}: g'(%{{x:.2f}}) = %{{y:.4g}}<extra></extra>")]
        if z_marker is not None:
            value, derivative = activation_curves(name, np.array([float(z_marker)]))
            traces.append(go.Scatter(x=[z_marker, z_marker], y=[value[0], derivative[0]],
                                     mode="markers", showlegend=False,
                                     name=_("{activation} at z").format(activation=shown),
                                     marker=dict(color=color, size=11, symbol=["circle", "diamond"])))
    shapes = _strips(names, threshold, z_range)
    if z_marker is not None:
        shapes.append(dict(type="line", x0=float(z_marker), x1=float(z_marker), xref="x", y0=0, y1=1,
                           yref="paper", line=dict(color="black", dash="dot")))
    axis = dict(zeroline=True, zerolinecolor="#bbb")
    return go.Figure(traces, layout=dict(
        title=dict(text=_("Solid: g(z); dashed: g'(z)<br>strips at the foot: |g'(z)| < {threshold:g}")
                   .format(threshold=threshold)),
        height=520, shapes=shapes,
        margin=dict(l=80, r=30, t=100, b=130),  # the z title and two legend rows in presentation type
        xaxis=dict(axis, title=dict(text="z"), range=[-z_range, z_range]),
        yaxis=dict(axis, range=[-1.5, 2.0], title=dict(text="g(z), g'(z)")),
        plot_bgcolor="white", legend=FOOT_LEGEND, uirevision="activations"))
