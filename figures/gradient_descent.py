"""Gradient-descent pictures: a loss surface as contours with optimizer paths on it, and an animated
race of optimizers with their loss against the step."""
import collections
import itertools

import numpy as np
import plotly.graph_objects as go
from plotly.colors import get_colorscale

from lessons.gradient_descent import said
from lessons.language import _

from .raster import colour_pixels, png_data_uri
from .style import FOOT_LEGEND, log_axis, subplots

PATH_COLORS = ("#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")
FLOOR = 1e-16  # L - L* below this is drawn at this value on the log axis
CONTOUR_LEVELS = 30
VIRIDIS = get_colorscale("Viridis")


def _contour_values(surface, grid):
    """What the contours show: L, or log10(1 + L − L_min) for surfaces spanning many orders."""
    values = grid[2]
    if surface.log_levels:
        return np.log10(1.0 + values - values.min()), "log₁₀(1 + L − L_min)"
    return values, "L(w)"


def _contour_trace(surface, grid):
    w1, w2 = grid[:2]
    z, title = _contour_values(surface, grid)
    return go.Contour(x=w1, y=w2, z=z, ncontours=CONTOUR_LEVELS, colorscale=VIRIDIS, opacity=0.85,
                      contours=dict(coloring="heatmap", showlines=True),
                      line=dict(width=0.5, color="white"), colorbar=dict(title=title, len=0.8),
                      hovertemplate="w₁ %{x:.2f}<br>w₂ %{y:.2f}<br>%{z:.3g}<extra></extra>",
                      name=_("loss"))


def _landmarks(surface, start):
    return [go.Scatter(x=[surface.minimum[0]], y=[surface.minimum[1]], mode="markers",
                       name=_("minimum"), marker=dict(symbol="star", size=16, color="white",
                                                   line=dict(color="black", width=1))),
            go.Scatter(x=[start[0]], y=[start[1]], mode="markers", name=_("start"),
                       showlegend=False,  # a white ring: its legend sample would be invisible
                       marker=dict(symbol="circle-open", size=14, color="white",
                                   line=dict(width=3)))]


def _surface_axes(surface):
    """x and y axis of a picture of the surface: its window, equal scales (a round bowl must look
    round, or the gradient would not look perpendicular to the contours)."""
    (a, b), (c, d) = surface.extent
    return (dict(range=[a, b], title=dict(text="w₁"), constrain="domain", showgrid=False,
                 zeroline=False),
            dict(range=[c, d], title=dict(text="w₂"), scaleanchor="x", scaleratio=1,
                 constrain="domain", showgrid=False, zeroline=False))


def paths_on_surface(surface, grid, paths, title):
    """Contours of the surface (grid = (w1 (n,), w2 (n,), L (n, n))) with one line per path
    (paths: label -> Path); only finite points exist in a Path, so nothing non-finite is drawn."""
    start = next(iter(paths.values())).points[0] if paths else surface.start
    lines = [go.Scatter(x=path.points[:, 0], y=path.points[:, 1], mode="lines+markers",
                        name=said(label), line=dict(color=color, width=2), marker=dict(size=4, color=color))
             for color, (label, path) in zip(itertools.cycle(PATH_COLORS), paths.items())]
    xaxis, yaxis = _surface_axes(surface)
    # The legend at the foot: beside the plot it would squeeze the square in a narrow column.
    return go.Figure([_contour_trace(surface, grid), *lines, *_landmarks(surface, start)], layout=dict(
        title=dict(text=title), height=560, uirevision=surface.name, legend=FOOT_LEGEND,
        margin=dict(b=150),  # the w₁ title and three legend rows in presentation type
        xaxis=xaxis, yaxis=yaxis))


def batch_figure(surface, grid, paths, learning_rate):
    """The page's GD / SGD / minibatch comparison (lessons.gradient_descent.batch_paths) at one rate."""
    return paths_on_surface(surface, grid, paths, _("η = {rate:g}: exact vs noisy gradients").format(
        rate=learning_rate))


def learning_rates_figure(surface, grid, paths):
    """The page's comparison of learning rates (lessons.gradient_descent.learning_rate_paths)."""
    return paths_on_surface(surface, grid, paths, _("Gradient descent with three learning rates"))


def _gap(path, best):
    return np.maximum(path.losses - best, FLOOR)


def _isolines(w1, w2, z, levels):
    """The contour lines of z (len(w2), len(w1)) at `levels` as one SVG path in data coordinates:
    a straight piece across every grid cell a level crosses (marching squares; a cell crossed on
    all four sides is split as the value at its centre says), pieces joined into lines."""
    rows, columns = len(w2) - 1, len(w1) - 1
    x0, y0 = np.meshgrid(w1[:-1], w2[:-1])
    x1, y1 = np.meshgrid(w1[1:], w2[1:])
    # A cell's corners in order round it; edge k runs from corner k to corner k + 1.
    xs, ys = np.stack([x0, x1, x1, x0]), np.stack([y0, y0, y1, y1])
    corners = np.stack([z[:-1, :-1], z[:-1, 1:], z[1:, 1:], z[1:, :-1]])
    # Each edge of the grid by number (horizontal ones first), so that neighbours share it.
    r, c = np.mgrid[:rows, :columns]
    horizontal = (rows + 1) * columns
    edge_ids = np.stack([r * columns + c, horizontal + r * (columns + 1) + c + 1,
                         (r + 1) * columns + c, horizontal + r * (columns + 1) + c])
    following = [1, 2, 3, 0]
    above = corners[None] - np.asarray(levels, float)[:, None, None, None]  # (levels, 4, cells)
    crossed = (above >= 0) != (above[:, following] >= 0)
    with np.errstate(divide="ignore", invalid="ignore"):  # used only where an edge is crossed
        share = above / (above - above[:, following])
        ex, ey = xs + share * (xs[following] - xs), ys + share * (ys[following] - ys)
    count = crossed.sum(axis=1)
    first, last = np.argmax(crossed, axis=1), 3 - np.argmax(crossed[:, ::-1], axis=1)
    centre_with_first = (above.mean(axis=1) >= 0) == (above[:, 0] >= 0)
    pairs = [(count == 2, first, last),
             (count == 4, np.where(centre_with_first, 0, 3), np.where(centre_with_first, 1, 0)),
             (count == 4, np.where(centre_with_first, 2, 1), np.where(centre_with_first, 3, 2))]
    ends, points = [], []
    for where, a, b in pairs:
        level, row, column = np.nonzero(where)
        edges = [k[level, row, column] for k in (a, b)]
        ends.append(np.column_stack([level * (horizontal + rows * (columns + 1))
                                     + edge_ids[k, row, column] for k in edges]))
        points.append(np.stack([np.column_stack([ex[level, k, row, column], ey[level, k, row, column]])
                                for k in edges], axis=1))
    return "".join("M" + "L".join(f"{x:.4g},{y:.4g}" for x, y in line)
                   for line in _joined(np.concatenate(ends), np.concatenate(points)))


def _joined(ends, points):
    """Lines (lists of points) made of pieces that share ends: ends (n, 2) ids of where each piece
    starts and stops, points (n, 2, 2) the (x, y) there. Open lines are followed from one of their
    ends, then the closed ones from anywhere."""
    touching = collections.defaultdict(list)
    for piece, (start, stop) in enumerate(ends):
        touching[start].append(piece)
        touching[stop].append(piece)
    used, lines = np.zeros(len(ends), bool), []
    for end in [e for e, pieces in touching.items() if len(pieces) == 1] + list(touching):
        for piece in touching[end]:
            if used[piece]:
                continue
            here, line = end, []
            while piece is not None:
                used[piece] = True
                side = int(ends[piece, 1] == here)  # the piece's end that lies `here`
                line.append(points[piece, side])
                here, far = ends[piece, 1 - side], points[piece, 1 - side]
                piece = next((p for p in touching[here] if not used[p]), None)
            lines.append(line + [far])
    return lines


def _surface_layout(surface, grid, xref, yref):
    """The contour picture as layout, not as a trace: a heatmap image and a path of contour lines,
    coloured as _contour_trace. An animation's frames (Plotly's transition, redraw off) redraw
    scatter traces alone and drop every other trace's layer, a contour's with it."""
    w1, w2 = grid[:2]
    z = _contour_values(surface, grid)[0]
    low, high = float(z.min()), float(z.max())
    half_w1, half_w2 = (w1[1] - w1[0]) / 2, (w2[1] - w2[0]) / 2
    image = dict(source=png_data_uri(colour_pixels(z[::-1], low, high, VIRIDIS)), xref=xref,
                 yref=yref, x=w1[0] - half_w1, y=w2[-1] + half_w2, sizex=w1[-1] - w1[0] + 2 * half_w1,
                 sizey=w2[-1] - w2[0] + 2 * half_w2, sizing="stretch", layer="below", opacity=0.85)
    levels = np.linspace(low, high, CONTOUR_LEVELS + 2)[1:-1]
    lines = dict(type="path", path=_isolines(w1, w2, z, levels), xref=xref, yref=yref,
                 layer="between", line=dict(color="white", width=0.5))
    return image, lines


def optimizer_race(surface, grid, paths):
    """Left: the paths of several optimizers (paths: label -> Path) on the loss surface; right: their
    L(w) − L(w*) against the step on a log scale. Plotly frames move one marker per optimizer along
    its path, one step per frame, on both charts (only the markers travel, so the figure stays
    small); every trace is a scatter, so the frames keep all the others drawn."""
    best = float(surface.value(np.array(surface.minimum)))
    longest = max(path.steps for path in paths.values())
    gaps = {label: _gap(path, best) for label, path in paths.items()}
    layout, ((x, y), (x2, y2)) = subplots(columns=[0.55, 0.45], spacing=0.12,
                                         titles=(_("paths on the surface"), _("L(w) − L(w*) per step")))
    colors = [PATH_COLORS[i % len(PATH_COLORS)] for i in range(len(paths))]
    traces = []
    for color, (label, path) in zip(colors, paths.items()):
        traces += [go.Scatter(x=path.points[:, 0], y=path.points[:, 1], xaxis=x, yaxis=y,
                              mode="lines+markers", name=said(label), legendgroup=label,
                              line=dict(color=color, width=1.5), marker=dict(size=3, color=color)),
                   go.Scatter(x=np.arange(path.steps + 1), y=gaps[label], xaxis=x2, yaxis=y2,
                              mode="lines", name=said(label), legendgroup=label, showlegend=False,
                              line=dict(color=color, width=1.5))]
    traces += [trace.update(xaxis=x, yaxis=y)
               for trace in _landmarks(surface, next(iter(paths.values())).points[0])]

    def positions(k):
        """Each optimizer's point at step k on the surface and on the loss chart (frames carry only
        x and y; the look comes from the traces they update)."""
        steps = [min(k, path.steps) for path in paths.values()]
        here = np.array([path.points[i] for i, path in zip(steps, paths.values())])
        return [dict(x=here[:, 0], y=here[:, 1]),
                dict(x=steps, y=[float(gaps[label][i]) for i, label in zip(steps, gaps)])]

    marker = dict(size=13, color=colors, line=dict(color="white", width=2))
    now = positions(longest)
    # cliponaxis off: the markers at the last step sit on the loss chart's right edge
    traces += [go.Scatter(now[0], xaxis=x, yaxis=y, mode="markers", marker=marker, name=_("now"),
                          showlegend=False, hoverinfo="skip"),
               go.Scatter(now[1], xaxis=x2, yaxis=y2, mode="markers", marker=marker, name=_("now"),
                          showlegend=False, hoverinfo="skip", cliponaxis=False)]
    moving = [len(traces) - 2, len(traces) - 1]
    frames = [go.Frame(data=[go.Scatter(step) for step in positions(k)], traces=moving,
                       name=str(k)) for k in range(longest + 1)]
    every_gap = np.concatenate(list(gaps.values()))
    surface_x, surface_y = _surface_axes(surface)
    image, lines = _surface_layout(surface, grid, x, y)
    still = dict(mode="immediate", transition=dict(duration=0), frame=dict(duration=0, redraw=False))
    play = dict(frame=dict(duration=60, redraw=False), transition=dict(duration=0),
                fromcurrent=False, mode="immediate")
    layout["xaxis"].update(surface_x)
    layout["yaxis"].update(surface_y)
    layout["xaxis2"].update(range=[0, longest], title=dict(text=_("step")))
    layout["yaxis2"].update(log_axis(float(every_gap.min()), float(every_gap.max())))
    # Play, Pause and the step slider above the charts, the legend at the figure's foot.
    layout.update(
        height=640, margin=dict(t=130, b=120, l=70, r=40), uirevision=surface.name, images=[image],
        shapes=[lines], plot_bgcolor="white",
        legend=FOOT_LEGEND,
        updatemenus=[dict(type="buttons", direction="left", x=0.0, xanchor="left", y=1.1,
                          yanchor="bottom",
                          buttons=[dict(label=_("Play race"), method="animate", args=[None, play]),
                                   dict(label=_("Pause"), method="animate", args=[[None], still])])],
        # One slider stop per step; its tick labels would overlap, so only the current step is shown.
        sliders=[dict(active=longest, x=0.25, len=0.75, y=1.1, yanchor="bottom", ticklen=0,
                      tickcolor="rgba(0,0,0,0)", font=dict(color="rgba(0,0,0,0)"), pad=dict(t=0),
                      currentvalue=dict(prefix=_("step "), font=dict(color="black")),
                      steps=[dict(label=str(k), method="animate", args=[[str(k)], still])
                             for k in range(longest + 1)])])
    return go.Figure(traces, layout=layout, frames=frames)
