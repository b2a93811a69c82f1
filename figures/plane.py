"""The large view of the input plane: what the network (or one chosen neuron) computes at every
point of [-6, 6]^2, drawn as a heatmap under the data points.

- binary, one output unit: the output y in the colours of its two classes, white at the threshold;
- K output units (multi-class, or two-unit binary): each point's winning class in that class's
  colour, intensity = confidence (the winner's softmax share of the scores, 1/K -> pale, 1 -> full);
- regression: the predicted value, on the same colour scale as the targets of the points;
- a hidden neuron or an input feature: its value h(x1, x2).
"""
import numpy as np
import plotly.graph_objects as go

from lessons.language import _
from nncore import ACTIVATIONS, EXTENT_2D, FEATURES, OUTPUT_LOSSES

from .raster import colour_pixels, png_data_uri
from .figure import figure
from .style import POINT_RIM, chart_title, class_colour, class_symbol, number_text, palette, shaded

CONFIDENCE_LEVELS = 8  # intensity steps per class in the multi-class picture
SOFTMAX = OUTPUT_LOSSES["softmax_ce"].output


def plane_grid(resolution):
    """Axis values (r,) and the r*r grid points (r*r, 2), x1 varying fastest (row = one x2)."""
    axis = np.linspace(-EXTENT_2D, EXTENT_2D, resolution)
    x1, x2 = np.meshgrid(axis, axis)
    return axis, np.column_stack([x1.ravel(), x2.ravel()])


def finite(values, limit=1e6):
    """`values` with NaN -> 0 and everything clipped to [-limit, limit]: a diverged network's
    pictures stay drawable (and float32-castable) without NumPy warnings."""
    return np.clip(np.nan_to_num(values, nan=0.0, posinf=limit, neginf=-limit), -limit, limit)


def value_range(function):
    """(low, high) of a squashing function such as sigmoid, tanh or softmax; None if unbounded."""
    values = function(np.array([[-50.0, 50.0]]))
    low, high = float(values.min()), float(values.max())
    return None if high - low > 10.0 else (round(low), round(high))


def neuron_range(trainer, layer):
    """Value range of the neurons in `layer` (0 = inputs, last = output), None if unbounded."""
    if layer == 0:
        return None
    if layer == len(trainer.weights):
        return value_range(trainer.loss.output)
    return value_range(ACTIVATIONS[trainer.activation].value)


def _mix(colour, weight):
    """`colour` blended with white: weight 0 -> white, 1 -> the colour itself."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "rgb({},{},{})".format(*(round(255 + weight * (c - 255)) for c in rgb))


def class_colourscale(n_classes):
    """Colour scale for codes class * CONFIDENCE_LEVELS + level, level 0 (pale) .. LEVELS-1 (full)."""
    top = n_classes * CONFIDENCE_LEVELS - 1
    scale = []
    for c in range(n_classes):
        first = c * CONFIDENCE_LEVELS
        scale += [[first / top, _mix(class_colour(c), 0.2)],
                  [(first + CONFIDENCE_LEVELS - 1) / top, _mix(class_colour(c), 0.85)]]
    return scale


def stepped_colourscale(colours):
    """A colour scale on which the numbers 0, 1, ..., len(colours) - 1 (on cmin = -0.5, cmax =
    len - 0.5) take exactly the listed colours."""
    n = len(colours)
    return [[position, colour] for k, colour in enumerate(colours)
            for position in (k / n, (k + 1) / n)]


def class_codes(scores, predicted, discretize=False):
    """uint8 codes class * LEVELS + confidence level for scores (n, K) and predicted classes (n,)."""
    n_classes = scores.shape[1]
    share = SOFTMAX(scores).max(axis=1)
    confidence = (share - 1.0 / n_classes) / (1.0 - 1.0 / n_classes)  # 0 (a tie) .. 1 (certain)
    level = np.full(len(share), CONFIDENCE_LEVELS - 1) if discretize else np.clip(
        np.rint(confidence * (CONFIDENCE_LEVELS - 1)), 0, CONFIDENCE_LEVELS - 1).astype(int)
    return (predicted * CONFIDENCE_LEVELS + level).astype(np.uint8)


def _points(trainer, show_test, target_range):
    """One scatter trace of the training points, one of the test points. A class is one shape
    (CLASS_SYMBOLS; regression: discs) and one colour (or a target's on the heatmap's colour scale),
    shaded darker (POINT_SHADE). Training points are solid, rimmed in dark grey, so that a point on
    its own class's full colour is a solid shape, not a ring (as it was with a white rim), and on the
    other's it stands out too; test points are hollow: white inside, rimmed in their colour."""
    data = trainer.dataset
    sets = [("training", data.X_train, data.y_train, 7, _("training points"), _("training point")),
            ("test", data.X_test, data.y_test, 8, _("test points"), _("test point"))]
    traces = []
    for name, X, y, size, points, point in sets[:2 if show_test and len(data.X_test) else 1]:
        if data.kind == "regression":
            colour = dict(color=y, colorscale=[[position, shaded(c)] for position, c in palette().diverging],
                          cmin=target_range[0], cmax=target_range[1])
            hover = _("target {value}").format(value="%{marker.color:.3f}")
        else:
            # numbers on a stepped colour scale: far cheaper for Plotly than a colour per point
            colour = dict(color=y, colorscale=stepped_colourscale(
                [shaded(class_colour(k)) for k in range(data.n_classes)]), cmin=-0.5,
                cmax=data.n_classes - 0.5)
            hover = _("class {number}").format(number="%{customdata}")
        shape = dict(size=size, symbol="circle" if data.kind == "regression" else
                     [class_symbol(k) for k in y.astype(int)])
        drawn = (dict(line=POINT_RIM, **colour) if name == "training" else
                 dict(color="#ffffff", line=dict(width=2, **colour)))
        # WebGL points: SVG markers redrawn on every tick would be the slowest part of the plane
        traces.append(go.Scattergl(
            x=X[:, 0], y=X[:, 1], mode="markers", name=points, customdata=y,
            marker=dict(**shape, **drawn),
            hovertemplate=f"{point}<br>x₁=%{{x:.2f}}, x₂=%{{y:.2f}}<br>{hover}<extra></extra>"))
    return traces


def _neuron_heatmap(trainer, values, layer, axis, discretize):
    low_high = neuron_range(trainer, layer)
    if low_high is None:
        largest = float(np.abs(values).max()) or 1.0
        low_high = (-largest, largest)
    z = values.reshape(len(axis), len(axis))
    if discretize:  # the sign of the value, relative to the middle of its range
        z = np.where(z > sum(low_high) / 2, low_high[1], low_high[0])
    return go.Heatmap(x=axis, y=axis, z=z.astype(np.float32), zmin=low_high[0], zmax=low_high[1],
                      colorscale=palette().diverging, colorbar=dict(thickness=12),
                      hovertemplate="x₁=%{x:.2f}, x₂=%{y:.2f}<br>"
                      + _("value {value}").format(value="%{z:.3f}") + "<extra></extra>")


def output_hover_texts(outputs, predicted):
    """Per grid point: the network's output there and its class, 'y = 0.83: class 1' or, with K
    outputs, 'y = (0.12, 0.71, 0.17): class 1'."""
    if outputs.shape[1] == 1:
        values = [number_text(y, ".3f") for y in outputs[:, 0]]
    else:
        values = ["(" + ", ".join(number_text(v, ".3f") for v in row) + ")" for row in outputs]
    words = _("y = {value}: class {number}")
    return [words.format(value=value, number=c) for value, c in zip(values, predicted)]


def _output_heatmap(trainer, outputs, scores, axis, discretize, target_range, hover=True):
    """`hover`: each cell's hover says the output and class there (a paused picture)."""
    r = len(axis)
    if trainer.dataset.kind == "regression":
        return go.Heatmap(x=axis, y=axis, z=outputs[:, 0].reshape(r, r).astype(np.float32),
                          zmin=target_range[0], zmax=target_range[1], colorscale=palette().diverging,
                          colorbar=dict(thickness=12, title="ŷ"),
                          hovertemplate="x₁=%{x:.2f}, x₂=%{y:.2f}<br>ŷ = %{z:.3f}<extra></extra>")
    predicted = trainer.loss.predict_class(scores)
    text = np.reshape(output_hover_texts(outputs, predicted), (r, r)) if hover else None
    template = "x₁=%{x:.2f}, x₂=%{y:.2f}<br>%{text}<extra></extra>" if hover else None
    if outputs.shape[1] == 1:
        low, high = value_range(trainer.loss.output)
        z = outputs[:, 0].reshape(r, r)
        if discretize:
            z = np.where(z > trainer.loss.threshold, high, low)
        return go.Heatmap(x=axis, y=axis, z=z.astype(np.float32), zmin=low, zmax=high,
                          colorscale=palette().diverging, colorbar=dict(thickness=12, title="y"),
                          text=text, hovertemplate=template)
    n_classes = outputs.shape[1]
    codes = class_codes(scores, predicted, discretize)
    return go.Heatmap(x=axis, y=axis, z=codes.reshape(r, r), zmin=0,
                      zmax=n_classes * CONFIDENCE_LEVELS - 1, colorscale=class_colourscale(n_classes),
                      showscale=False, text=text, hovertemplate=template)


def _picture_source(heatmap):
    """`heatmap` as a PNG picture (a data URI), row 0 at the top."""
    return png_data_uri(colour_pixels(heatmap.z[::-1], heatmap.zmin, heatmap.zmax, heatmap.colorscale))


def _as_picture(heatmap, axis):
    """(stand-in trace, layout image) drawing `heatmap` as a picture on the same cells: the
    stand-in lies outside the plane and keeps the colour bar; the picture has no hover values."""
    half_cell = (axis[1] - axis[0]) / 2
    picture = dict(source=_picture_source(heatmap),
                   xref="x", yref="y", x=axis[0] - half_cell, y=axis[-1] + half_cell,
                   sizex=axis[-1] - axis[0] + 2 * half_cell, sizey=axis[-1] - axis[0] + 2 * half_cell,
                   sizing="stretch", layer="below")
    far = 100 * EXTENT_2D
    stand_in = heatmap.update(x=[far, far + 1], y=[far], z=[[heatmap.zmin, heatmap.zmax]],
                              hoverinfo="skip", hovertemplate=None)
    return stand_in, picture


def _heatmap(trainer, resolution, discretize, neuron, hover):
    """(grid axis, heatmap trace, title, the targets' colour range or None) of the plane's heatmap."""
    axis, grid = plane_grid(resolution)
    outputs = trainer.neuron_outputs(grid)  # [features, h_1, ..., y], each (r*r, width)
    target_range = None
    if trainer.dataset.kind == "regression":  # heatmap and points share one colour scale
        targets = np.abs(trainer.dataset.y_train)
        largest = float(max(targets.max(), 1e-9)) if len(targets) else 1.0  # no point drawn yet: ±1
        target_range = (-largest, largest)
    if neuron is None:
        with np.errstate(all="ignore"):
            scores = finite(trainer.scores(outputs[0]))
        heatmap = _output_heatmap(trainer, finite(outputs[-1]), scores, axis, discretize,
                                  target_range, hover=hover)
        return axis, heatmap, _("Output of the network"), target_range
    layer, index = neuron
    heatmap = _neuron_heatmap(trainer, finite(outputs[layer][:, index]), layer, axis, discretize)
    return axis, heatmap, _("Neuron {name}").format(name=neuron_name(trainer, layer, index)), target_range


def plane_figure(trainer, resolution=50, show_test=False, discretize=False, neuron=None,
                 live=False, height=460, points=None):
    """Heatmap of the output (neuron None) or of neuron (layer, index) over the plane, with points.
    `points`: the point traces of an earlier plane of the same data and options, to draw again (a
    live tick: the points do not move, and building their traces cost more than the heatmap).

    Layers count from 0 (the input features) to len(trainer.weights) (the output layer). `live`
    draws the heatmap as a picture (figures/raster.py): while training plays, a redraw of the
    chart then costs the browser the picture alone, but the plane shows no values on hover.
    """
    axis, heatmap, title, target_range = _heatmap(trainer, resolution, discretize, neuron, not live)
    images = []
    if live:
        heatmap, picture = _as_picture(heatmap, axis)
        images.append(picture)
    return figure([heatmap, *(points or _points(trainer, show_test, target_range))], layout=dict(
        title=chart_title(title), uirevision="plane", height=height,
        margin=dict(l=50, r=10, t=40, b=45), showlegend=False, images=images,
        xaxis=dict(range=[-EXTENT_2D, EXTENT_2D], title=dict(text="x₁"), constrain="domain",
                   showgrid=False, zeroline=False, automargin=False),
        yaxis=dict(range=[-EXTENT_2D, EXTENT_2D], title=dict(text="x₂"), scaleanchor="x",
                   constrain="domain", showgrid=False, zeroline=False, automargin=False)))


def repaint(plane, trainer, resolution=50, discretize=False, neuron=None):
    """Put the trainer's heatmap now into `plane`, a live plane_figure of the same trainer, data and
    options, as its new picture; False (and nothing changed) when the heatmap's colour range has
    changed too (a neuron's range moves as it trains), which needs a new figure. A live tick's
    repaint costs a fraction of a new figure, and its chart sends the picture alone anew
    (webui/live_chart.py)."""
    _axis, heatmap, _title, _range = _heatmap(trainer, resolution, discretize, neuron, hover=False)
    stand_in = plane.data[0]
    if not plane.layout.images or (stand_in.zmin, stand_in.zmax) != (heatmap.zmin, heatmap.zmax):
        return False
    plane.layout.images[0].source = _picture_source(heatmap)
    return True


def neuron_name(trainer, layer, index):
    """'X₁' for an input feature, 'h2.3' for neuron 3 of hidden layer 2, 'output 1' for outputs (in
    the language spoken)."""
    if layer == 0:
        return FEATURES[trainer.feature_names[index]][0]
    if layer == len(trainer.weights):
        return _("output {number}").format(number=index + 1) if trainer.n_outputs > 1 else _("output")
    return f"h{layer}.{index + 1}"
