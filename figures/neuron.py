"""The single neuron: the lecture's weight-angle picture and the neuron's output over the plane."""
import numpy as np
import plotly.graph_objects as go

from lessons.language import _
from lessons.neuron import NEURON_ACTIVATIONS, angle_test, neuron_output

from .plane import plane_grid
from .style import palette
from .style import LEGEND_BELOW, arrow, class_points, square_plane

FIRE_COLOR, QUIET_COLOR, W_COLOR, X_COLOR = "#2ca02c", "#999999", "#d62728", "#1f1f8f"


def _direction(v):
    return float(np.arctan2(v[1], v[0]))


def _boundary_line(w, threshold, extent):
    """Two far-apart points of the line w·x = T (None if w = 0, where there is no line)."""
    norm2 = float(w @ w)
    if norm2 == 0.0:
        return None
    foot = threshold * w / norm2  # the point of the line closest to the origin
    along = np.array([-w[1], w[0]]) / np.sqrt(norm2) * 4 * extent
    return np.array([foot - along, foot + along])


def fitted_extent(x, w):
    """The half-width of a window that fits the longer of the arrows x and w."""
    return float(max(1.5, 1.3 * max(np.linalg.norm(x), np.linalg.norm(w))))


def angle_picture(x, w, threshold, extent=None, grid=121):
    """The input plane [-extent, extent]^2 with arrows w and x, angle θ, the firing cone for inputs
    of length |x| (the arc of the circle |x| where w·x > T) and the half-plane w·x > T shaded.
    Without an extent, the window fits the longer of the two arrows. A drag on it does not zoom:
    the page moves a tip with it."""
    x, w = np.asarray(x, float), np.asarray(w, float)
    if extent is None:
        extent = fitted_extent(x, w)
    test = angle_test(x, w, threshold)
    fig = go.Figure()
    axis = np.linspace(-extent, extent, grid)
    plane = np.stack(np.meshgrid(axis, axis), axis=-1).reshape(-1, 2)
    fires = (neuron_output(plane, w, threshold, "step")[1]).reshape(grid, grid)
    fig.add_trace(go.Heatmap(x=axis, y=axis, z=fires.astype(np.uint8), zmin=0, zmax=1,
                             colorscale=[[0, "rgba(255,255,255,0)"], [1, "rgba(44,160,44,0.18)"]],
                             showscale=False, hoverinfo="skip", name="w·x > T"))
    line = _boundary_line(w, threshold, extent)
    if line is not None:
        fig.add_trace(go.Scatter(x=line[:, 0], y=line[:, 1], mode="lines", name="w·x = T",
                                 line=dict(color=FIRE_COLOR, dash="dash")))
    radius = float(np.linalg.norm(x))
    if radius > 0:
        circle = np.linspace(0, 2 * np.pi, 181)
        fig.add_trace(go.Scatter(x=radius * np.cos(circle), y=radius * np.sin(circle), mode="lines",
                                 name=_("inputs of length |x|"), line=dict(color=QUIET_COLOR, width=1)))
        if test.regime != "never":
            half = np.pi if test.regime == "always" else test.critical_angle
            arc = _direction(w) + np.linspace(-half, half, 121)
            fig.add_trace(go.Scatter(x=radius * np.cos(arc), y=radius * np.sin(arc), mode="lines",
                                     name=_("fires (cone)"), line=dict(color=FIRE_COLOR, width=5)))
        if test.regime == "cone":
            for side in (-1, 1):
                edge = _direction(w) + side * test.critical_angle
                fig.add_trace(go.Scatter(x=[0, radius * np.cos(edge)], y=[0, radius * np.sin(edge)],
                                         mode="lines", showlegend=side == 1,
                                         name=_("cone edge ±{angle:.1f}°").format(
                                             angle=np.degrees(test.critical_angle)),
                                         line=dict(color=FIRE_COLOR, width=1.5, dash="dot")))
    if np.isfinite(test.theta):
        start = _direction(w)
        turn = (_direction(x) - start + np.pi) % (2 * np.pi) - np.pi  # the shorter way round
        arc = start + np.linspace(0, turn, 40)
        r = 0.35 * min(radius, float(np.linalg.norm(w)), 2.0) + 0.3
        fig.add_trace(go.Scatter(x=r * np.cos(arc), y=r * np.sin(arc), mode="lines", name="θ",
                                 line=dict(color="black", width=1.5), showlegend=False))
        middle = start + turn / 2
        fig.add_annotation(x=1.35 * r * np.cos(middle), y=1.35 * r * np.sin(middle),
                           text=f"θ = {np.degrees(test.theta):.0f}°", showarrow=False)
    fig.update_layout(annotations=list(fig.layout.annotations) + arrow((0, 0), w, W_COLOR, "w")
                      + arrow((0, 0), x, X_COLOR, "x"))
    title = (_("w·x = {dot:.2f} vs T = {threshold:.2f}: the neuron fires") if test.fires else
             _("w·x = {dot:.2f} vs T = {threshold:.2f}: the neuron does not fire"))
    fig.update_layout(title=title.format(dot=test.dot, threshold=threshold),
                      legend=LEGEND_BELOW, uirevision="angle", dragmode=False)
    return square_plane(fig, (-extent, extent))


def output_heatmap(w, threshold, activation, X=None, y=None, grid=101):
    """h = g(w·x − T) over the plane [-6, 6]^2 with the line w·x = T and data X (n, 2), y (n,)."""
    w = np.asarray(w, float)
    axis, plane = plane_grid(grid)
    extent = float(axis[-1])
    h = neuron_output(plane, w, threshold, activation)[1]
    h = h.reshape(grid, grid)
    label = _(NEURON_ACTIVATIONS[activation][0])
    # White marks the decision level: 0.5 for sigmoid and step, 0 for the others.
    if activation in ("sigmoid", "step"):
        low, high = 0.0, 1.0
    else:
        high = max(1.0, float(np.abs(h).max()))
        low = -high
    fig = go.Figure(go.Heatmap(x=axis, y=axis, z=h, zmin=low, zmax=high, colorscale=palette().diverging,
                               opacity=0.6, colorbar=dict(title="h"), name="h = g(s)",
                               hovertemplate="x₁ %{x:.2f}<br>x₂ %{y:.2f}<br>h %{z:.3f}<extra></extra>"))
    line = _boundary_line(w, threshold, extent)
    if line is not None:
        fig.add_trace(go.Scatter(x=line[:, 0], y=line[:, 1], mode="lines", name="w·x = T (s = 0)",
                                 line=dict(color="black", dash="dash")))
    if X is not None:
        for trace in class_points(X, y, name_prefix=_("class")):
            fig.add_trace(trace)
    fig.update_layout(annotations=arrow((0, 0), w, W_COLOR, "w"),
                      title=_("Output of one neuron, {activation}: h = g(w·x − T)").format(
                          activation=label),
                      legend=LEGEND_BELOW, uirevision="output")
    return square_plane(fig, (-extent, extent))
