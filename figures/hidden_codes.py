"""The 8-3-8 network's hidden representations: the lecture's table as a heatmap, and the eight
hidden codes as points in the unit cube next to its binary corners."""
import itertools

import numpy as np
import plotly.graph_objects as go

from lessons.language import _

from .curves import loss_figure
from .style import LEGEND_BELOW, chart_title, subplots

HEAT = [[0.0, "#ffffff"], [1.0, "#08306b"]]


def code_heatmap(table):
    """Three heatmaps side by side, one row per input pattern: input (8), hidden (3), output (8)."""
    rows = [_("input {number}").format(number=i + 1) for i in range(len(table.inputs))]
    layout, axes = subplots(columns=[8, 3, 8], spacing=0.06,
                            titles=(_("Input"), _("Hidden values"), _("Output")))
    traces = []
    for col, ((values, prefix), (x, y)) in enumerate(zip(((table.inputs, "x"), (table.hidden, "h"),
                                                           (table.outputs, "y")), axes), start=1):
        traces.append(go.Heatmap(
            z=values, y=rows, x=[f"{prefix}{j + 1}" for j in range(values.shape[1])], zmin=0, zmax=1,
            colorscale=HEAT, showscale=col == 3, text=np.round(values, 2),
            texttemplate="%{text}" if col == 2 else None, xaxis=x, yaxis=y,
            hovertemplate="%{y}, %{x}: %{z:.3f}<extra></extra>"))
        layout[f"yaxis{'' if col == 1 else col}"].update(autorange="reversed", showticklabels=col == 1)
    return go.Figure(traces, layout=dict(layout, height=380, margin=dict(l=75, r=10, t=40, b=35),
                                         uirevision="codes"))


def code_cube(table):
    """The eight hidden codes as labelled points in [0, 1]^3, with the cube's edges and corners."""
    edges_x, edges_y, edges_z = [], [], []
    corners = np.array(list(itertools.product((0, 1), repeat=3)), dtype=float)
    for a, b in itertools.combinations(corners, 2):
        if np.abs(a - b).sum() == 1:  # cube edges join corners that differ in one coordinate
            for axis_values, i in ((edges_x, 0), (edges_y, 1), (edges_z, 2)):
                axis_values += [a[i], b[i], None]
    labels = [f"{i + 1}" for i in range(len(table.hidden))]
    figure = go.Figure([
        go.Scatter3d(x=edges_x, y=edges_y, z=edges_z, mode="lines", name=_("unit cube"),
                     line=dict(color="#bbb", width=2), hoverinfo="skip"),
        go.Scatter3d(x=corners[:, 0], y=corners[:, 1], z=corners[:, 2], mode="markers",
                     name=_("binary codes (corners)"), marker=dict(size=3, color="#999")),
        go.Scatter3d(x=table.hidden[:, 0], y=table.hidden[:, 1], z=table.hidden[:, 2],
                     mode="markers+text", text=labels, name=_("hidden code of input i"),
                     marker=dict(size=6, color=np.arange(len(labels)), colorscale="Turbo"),
                     hovertemplate=_("input %{text}: (%{x:.2f}, %{y:.2f}, %{z:.2f})<extra></extra>")),
    ])
    axis = dict(range=[-0.05, 1.05])
    figure.update_layout(scene=dict(xaxis=dict(axis, title="h₁"), yaxis=dict(axis, title="h₂"),
                                    zaxis=dict(axis, title="h₃"), aspectmode="cube"),
                         title=chart_title(_("Hidden codes in the unit cube")),
                         height=440, margin=dict(l=0, r=0, t=40, b=0), uirevision="cube",
                         legend=LEGEND_BELOW)
    return figure


def codes_figures(table, history, names=("table heatmap", "code cube", "loss")):
    """The page's charts by their names for a CodeTable and the training History, those in `names`:
    {"table heatmap", "code cube", "loss"}."""
    build = {"table heatmap": lambda: code_heatmap(table), "code cube": lambda: code_cube(table),
             "loss": lambda: loss_figure(history, log_scale=True)}
    return {name: build[name]() for name in names}
