"""Gradient-descent pictures: a loss surface as contours with optimizer paths on it, and an animated
race of optimizers with their loss against the step."""
import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

PATH_COLORS = ("#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")
FLOOR = 1e-16  # L - L* below this is drawn at this value on the log axis


def _contour_values(surface, grid):
    """What the contours show: L, or log10(1 + L − L_min) for surfaces spanning many orders."""
    values = grid[2]
    if surface.log_levels:
        return np.log10(1.0 + values - values.min()), "log₁₀(1 + L − L_min)"
    return values, "L(w)"


def _contour_trace(surface, grid):
    w1, w2, _ = grid
    z, title = _contour_values(surface, grid)
    return go.Contour(x=w1, y=w2, z=z, ncontours=30, colorscale="Viridis", opacity=0.85,
                      contours=dict(coloring="heatmap", showlines=True),
                      line=dict(width=0.5, color="white"), colorbar=dict(title=title, len=0.8),
                      hovertemplate="w₁ %{x:.2f}<br>w₂ %{y:.2f}<br>%{z:.3g}<extra></extra>",
                      name="loss")


def _landmarks(surface, start):
    return [go.Scatter(x=[surface.minimum[0]], y=[surface.minimum[1]], mode="markers",
                       name="minimum", marker=dict(symbol="star", size=16, color="white",
                                                   line=dict(color="black", width=1))),
            go.Scatter(x=[start[0]], y=[start[1]], mode="markers", name="start",
                       marker=dict(symbol="circle-open", size=14, color="white",
                                   line=dict(width=3)))]


def _fix_axes(fig, surface, row=None, col=None):
    (a, b), (c, d) = surface.extent
    fig.update_xaxes(range=[a, b], title="w₁", constrain="domain", row=row, col=col)
    # Equal scales: a round bowl must look round, or the gradient would not look perpendicular to
    # the contours.
    fig.update_yaxes(range=[c, d], title="w₂", scaleanchor="x", scaleratio=1, constrain="domain",
                     row=row, col=col)


def paths_on_surface(surface, grid, paths, title):
    """Contours of the surface (grid = (w1 (n,), w2 (n,), L (n, n))) with one line per path
    (paths: label -> Path); only finite points exist in a Path, so nothing non-finite is drawn."""
    fig = go.Figure(_contour_trace(surface, grid))
    start = next(iter(paths.values())).points[0] if paths else surface.start
    for index, (label, path) in enumerate(paths.items()):
        color = PATH_COLORS[index % len(PATH_COLORS)]
        fig.add_trace(go.Scatter(x=path.points[:, 0], y=path.points[:, 1], mode="lines+markers",
                                 name=f"{label} ({path.steps} steps)", line=dict(color=color, width=2),
                                 marker=dict(size=4, color=color)))
    for trace in _landmarks(surface, start):
        fig.add_trace(trace)
    _fix_axes(fig, surface)
    fig.update_layout(title=title, legend=dict(orientation="h", y=-0.15), height=520,
                      uirevision=surface.name)
    return fig


def batch_figure(surface, grid, paths, learning_rate):
    """The page's GD / SGD / minibatch comparison (lessons.gradient_descent.batch_paths) at one rate."""
    return paths_on_surface(surface, grid, paths, f"η = {learning_rate:g}: exact vs noisy gradients")


def learning_rates_figure(surface, grid, paths):
    """The page's comparison of learning rates (lessons.gradient_descent.learning_rate_paths)."""
    return paths_on_surface(surface, grid, paths, "Gradient descent with three learning rates")


def _gap(path, best):
    return np.maximum(path.losses - best, FLOOR)


def optimizer_race(surface, grid, paths):
    """Left: the paths of several optimizers (paths: label -> Path) on the contours; right: their
    L(w) − L(w*) against the step on a log scale. Plotly frames move one marker per optimizer along
    its path, one step per frame, on both charts (only the markers travel, so the figure stays small)."""
    best = float(surface.value(np.array(surface.minimum)))
    longest = max(path.steps for path in paths.values())
    fig = make_subplots(rows=1, cols=2, column_widths=[0.55, 0.45], horizontal_spacing=0.1,
                        subplot_titles=("paths on the loss surface", "L(w) − L(w*) against step"))
    fig.add_trace(_contour_trace(surface, grid), row=1, col=1)
    fig.data[0].showscale = False  # the loss chart next to it says how high the loss is
    colors = [PATH_COLORS[i % len(PATH_COLORS)] for i in range(len(paths))]
    for color, (label, path) in zip(colors, paths.items()):
        fig.add_trace(go.Scatter(x=path.points[:, 0], y=path.points[:, 1], mode="lines+markers",
                                 name=label, legendgroup=label, line=dict(color=color, width=1.5),
                                 marker=dict(size=3, color=color)), row=1, col=1)
        fig.add_trace(go.Scatter(x=np.arange(path.steps + 1), y=_gap(path, best), mode="lines",
                                 name=label, legendgroup=label, showlegend=False,
                                 line=dict(color=color, width=1.5)), row=1, col=2)
    for trace in _landmarks(surface, next(iter(paths.values())).points[0]):
        fig.add_trace(trace, row=1, col=1)

    def positions(k):
        """The two traces of step k: each optimizer's point on the surface and on the loss chart
        (frames carry only x and y; the look comes from the traces they update)."""
        steps = [min(k, path.steps) for path in paths.values()]
        here = np.array([path.points[i] for i, path in zip(steps, paths.values())])
        gaps = [float(_gap(path, best)[i]) for i, path in zip(steps, paths.values())]
        return [go.Scatter(x=here[:, 0], y=here[:, 1]), go.Scatter(x=steps, y=gaps)]

    marker = dict(size=13, color=colors, line=dict(color="white", width=2))
    for trace, col in zip(positions(longest), (1, 2)):
        trace.update(mode="markers", marker=marker, showlegend=False, hoverinfo="skip",
                     name="now")
        fig.add_trace(trace, row=1, col=col)
    moving = [len(fig.data) - 2, len(fig.data) - 1]
    _fix_axes(fig, surface, row=1, col=1)
    fig.update_xaxes(range=[0, longest], title="step", row=1, col=2)
    fig.update_yaxes(type="log", title="L(w) − L(w*)", row=1, col=2)
    fig.frames = [go.Frame(data=positions(k), traces=moving, name=str(k)) for k in range(longest + 1)]
    still = dict(mode="immediate", transition=dict(duration=0), frame=dict(duration=0, redraw=False))
    play = dict(frame=dict(duration=60, redraw=False), transition=dict(duration=0),
                fromcurrent=False, mode="immediate")
    fig.update_layout(
        height=640, legend=dict(orientation="h", y=-0.14, yanchor="top"), uirevision=surface.name,
        margin=dict(t=90, b=150), updatemenus=[dict(type="buttons", direction="left", x=0.0, y=1.16,
                                                    xanchor="left",
                          buttons=[dict(label="▶ Race", method="animate", args=[None, play]),
                                   dict(label="Pause", method="animate", args=[[None], still])])],
        # One slider stop per step; its tick labels would overlap, so only the current step is shown.
        sliders=[dict(active=longest, y=-0.3, ticklen=0, tickcolor="rgba(0,0,0,0)",
                      font=dict(color="rgba(0,0,0,0)"),
                      currentvalue=dict(prefix="step ", font=dict(color="black")),
                      steps=[dict(label=str(k), method="animate", args=[[str(k)], still])
                             for k in range(longest + 1)])])
    return fig
