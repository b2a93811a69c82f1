"""Capacity pictures: a network's decision regions with its line (for a single neuron or a collapsed
linear network), and the data re-plotted in the coordinates of the hidden units."""
import numpy as np
import plotly.graph_objects as go
from plotly.colors import qualitative

from figures.plane import plane_figure
from figures.style import FOOT_LEGEND, chart_title, class_colour, class_points
from lessons.capacity import collapse_linear, line_points
from lessons.language import N_, _
from nncore import ACTIVATIONS, EXTENT_2D

LINE_COLOUR = "#222"
UNIT_COLOURS = qualitative.Dark2  # the hidden units' lines
SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
OUTPUT_LINE = N_("output line v·h + c = 0")  # the output neuron's boundary in the hidden space: 2 units
OUTPUT_PLANE = N_("output plane")  # and 3 units


def _line_trace(w, b, low, high, name):
    points = line_points(w, b, low, high)
    if points is None:
        return None
    return go.Scatter(x=points[0], y=points[1], mode="lines", name=name,
                      line=dict(color=LINE_COLOUR, width=3, dash="dash"), hoverinfo="skip")


def _inside(points, low, high):
    """The part of the segment between `points` ((xs, ys), two ends) inside the box [low, high]^2,
    as (xs, ys), or None when it misses the box."""
    start, step = np.array([points[0][0], points[1][0]]), np.array([points[0][1] - points[0][0],
                                                                   points[1][1] - points[1][0]])
    first, last = 0.0, 1.0
    for coordinate in range(2):
        if step[coordinate] == 0:
            if not low <= start[coordinate] <= high:
                return None
            continue
        ends = sorted(((low, high)[k] - start[coordinate]) / step[coordinate] for k in range(2))
        first, last = max(first, ends[0]), min(last, ends[1])
    if first >= last:
        return None
    ends = start + np.outer([first, last], step)
    return ends[:, 0], ends[:, 1]


def unit_line_traces(trainer):
    """The line wᵢᵀx + bᵢ = 0 of each unit i of the first hidden layer (where its input changes
    sign) across the plane, labelled hᵢ near its end; a line off the plane is not drawn."""
    W, b = trainer.weights[0], trainer.biases[0]
    traces = []
    for unit in range(W.shape[1]):
        points = line_points(W[:, unit], 0.0 if b is None else b[unit], -EXTENT_2D, EXTENT_2D)
        points = None if points is None else _inside(points, -EXTENT_2D, EXTENT_2D)
        if points is None:
            continue
        name = f"h{unit + 1}".translate(SUBSCRIPTS)
        colour = UNIT_COLOURS[unit % len(UNIT_COLOURS)]
        # the label near one end, inside the plane: at the very end the plot's edge would cut it
        xs, ys = (np.array([ends[0], ends[0] + 0.85 * (ends[1] - ends[0]), ends[1]]) for ends in points)
        traces.append(go.Scatter(x=xs, y=ys, mode="lines+text", text=["", name, ""],
                                 textposition="top left", textfont=dict(color=colour, size=14),
                                 name=f"{name}: w{name[1:]}ᵀx + b{name[1:]} = 0", hoverinfo="name",
                                 line=dict(color=colour, width=2)))
    return traces


def decision_figure(trainer, title, resolution=60, unit_lines=False):
    """The network's output over the plane with the training points; when the network computes a
    linear function of x (no hidden layer, or linear hidden units) its line s = 0 is drawn too.
    `unit_lines`: the hidden units' lines too, which a drag moves (views/capacity.py: no zoom)."""
    figure = plane_figure(trainer, resolution=resolution)
    accuracy = trainer.metrics().train_accuracy
    figure.update_layout(title=chart_title(_("{title}: {accuracy:.0%} right").format(
        title=title, accuracy=accuracy)), uirevision=title,
                         height=420)
    if len(trainer.weights) == 1 or trainer.activation == "linear":
        W, b = collapse_linear(trainer.weights, trainer.biases)
        line = _line_trace(W[:, 0], b[0], -EXTENT_2D, EXTENT_2D, "s = 0")
        if line is not None:
            figure.add_trace(line)
    if unit_lines:
        figure.add_traces(unit_line_traces(trainer))
        figure.update_layout(dragmode=False)
    return figure


def hidden_space_figure(trainer, axes=(0, 1, 2)):
    """Training points at their hidden-unit values h = g(W1ᵀx + b1): a 2D scatter for 2 hidden units
    (with the output neuron's line v·h + c = 0), else a 3D scatter over the chosen three units."""
    data = trainer.dataset
    hidden = trainer.neuron_outputs(data.X_train)[1]  # (n, H)
    n_hidden = hidden.shape[1]
    v, c = trainer.weights[1][:, 0], (trainer.biases[1][0] if trainer.biases[1] is not None else 0.0)
    layout = dict(title=chart_title(_("The points in hidden-unit coordinates")), height=420,
                  margin=dict(l=10, r=10, t=40, b=10), uirevision="hidden", legend=FOOT_LEGEND)
    if n_hidden == 2:
        traces = class_points(hidden, data.y_train, _("class"))
        low, high = float(hidden.min()) - 0.2, float(hidden.max()) + 0.2
        line = _line_trace(v, c, low, high, _(OUTPUT_LINE))
        return go.Figure(traces + ([line] if line is not None else []), layout=dict(
            layout, margin=dict(layout["margin"], b=100),  # the h₁ title and a legend row below it
            xaxis=dict(title=dict(text="h₁"), range=[low, high]),
            yaxis=dict(title=dict(text="h₂"), range=[low, high], scaleanchor="x")))
    axes = list(axes)[:3]
    traces = [go.Scatter3d(x=hidden[mine, axes[0]], y=hidden[mine, axes[1]], z=hidden[mine, axes[2]],
                           mode="markers", name=_("class {k}").format(k=k), marker=dict(color=class_colour(k), size=3))
              for k, mine in ((k, data.y_train == k) for k in range(data.n_classes))]
    if n_hidden == 3:  # the output neuron's plane v·h + c = 0, solved for the largest |v_i|
        traces.append(_plane_surface(v, c, hidden))
    # The scene's own type size: presentation style's larger type would crowd its ticks off the box.
    scene_axis = dict(nticks=5, tickfont=dict(size=11), title=dict(font=dict(size=14)))
    names = [f"h{i + 1}".translate(SUBSCRIPTS) for i in axes]
    return go.Figure(traces, layout=dict(layout, scene=dict(
        {f"{axis}axis": dict(scene_axis, title=dict(scene_axis["title"], text=name))
         for axis, name in zip("xyz", names)})))


def _plane_surface(v, c, hidden, resolution=12):
    """Surface of v·h + c = 0 over the hidden points' box, drawn as z = solved coordinate."""
    solved = int(np.argmax(np.abs(v)))
    free = [i for i in range(3) if i != solved]
    a = np.linspace(hidden[:, free[0]].min(), hidden[:, free[0]].max(), resolution)
    b = np.linspace(hidden[:, free[1]].min(), hidden[:, free[1]].max(), resolution)
    A, B = np.meshgrid(a, b)
    S = -(c + v[free[0]] * A + v[free[1]] * B) / v[solved]
    coords = {free[0]: A, free[1]: B, solved: S}
    lo, hi = hidden[:, solved].min() - 0.5, hidden[:, solved].max() + 0.5
    coords[solved] = np.where((S >= lo) & (S <= hi), S, np.nan)  # clip the plane to the box
    return go.Surface(x=coords[0], y=coords[1], z=coords[2], showscale=False, opacity=0.35,
                      colorscale=[[0, "#888"], [1, "#888"]], name=_(OUTPUT_PLANE),
                      hoverinfo="skip")


def capacity_figures(trainers, hidden_units, activation, plotted_units=(1, 2, 3)):
    """The page's charts by their names, for lessons.capacity.train_networks' three networks:
    {"single neuron", "hidden layer", "hidden space", "nonlinear hidden units", "linear hidden
    units"}; plotted_units (numbered from 1) are the three hidden units the 3D picture of four shows,
    None leaves "hidden space" out."""
    figures = {"single neuron": decision_figure(trainers["neuron"], _("One neuron")),
               "hidden layer": decision_figure(
                   trainers["hidden"], _("Hidden layer of {units} units").format(units=hidden_units),
                   unit_lines=True)}
    if plotted_units is not None:
        axes = tuple(sorted(unit - 1 for unit in plotted_units))
        figures["hidden space"] = hidden_space_figure(trainers["hidden"], axes)
    figures["nonlinear hidden units"] = decision_figure(
        trainers["hidden"], _("{activation} hidden units").format(activation=ACTIVATIONS[activation].label))
    figures["linear hidden units"] = decision_figure(trainers["linear"], _("Linear hidden units"))
    return figures
