"""The network diagram: every neuron (input features, hidden neurons, outputs) as a small picture of
what it computes over the input plane, links coloured by the sign of their weight and as thick as
|w|, and every bias (the output's too) as a square whose size follows |b|. Hovering a link or a
bias shows its value and the gradient of the training loss with respect to it (over all training
points); hovering a neuron, its equation with the weights and bias and its output's range over the
training points.

For speed the figure has five traces whatever the network's size: all neuron pictures are one uint8
heatmap (thumbnails of `resolution`^2 cells on a canvas whose gap cells, code 0, are transparent);
the links are two filled traces (one per sign) of one thin quadrilateral per link; one marker trace
carries every hover text and bias square (WebGL), one text trace the few labels.
"""
import numpy as np
import plotly.graph_objects as go

from lessons.language import N_, _
from nncore.activations import LEAKY_SLOPE

from .figure import figure
from .style import number_text, palette
from .plane import (
    finite,
    neuron_name,
    neuron_range,
    plane_grid,
    stepped_colourscale,
)

COLUMN_PITCH = 3.0  # thumbnails are 1 x 1; columns start 3 apart (2 units for the links)
ROW_PITCH = 1.4
TERMS_PER_LINE = 4  # of a neuron's weighted sum in its hover
ACTIVATION_FORMULAS = {"sigmoid": "σ(s) = 1 / (1 + e⁻ˢ)", "tanh": "tanh(s)", "relu": "max(0, s)",
                       "leaky_relu": f"max({LEAKY_SLOPE:g}·s, s)", "linear": "s"}
OUTPUT_FORMULAS = {  # y of output unit k of K, by output/loss pair
    "sigmoid_bce": "y{k} = σ(s{k})", "sigmoid_mse": "y{k} = σ(s{k})", "tanh_mse": "y{k} = tanh(s{k})",
    "softmax_ce": "y{k} = exp(s{k}) / (exp(s1) + … + exp(s{K}))",
    "hinge": N_("y{k} = s{k} (a raw score)"),
    "linear_mse": "y{k} = s{k}", "linear_sse": "y{k} = s{k}"}
MAX_THICKNESS = 0.3  # of the link with the largest |w|, in units of a thumbnail's height


def neuron_colourscale():
    """The palette's diverging map for codes 1..255 (a neuron's value from its range's low to high
    end); code 0, the gaps between thumbnails, transparent."""
    return [[0.0, "rgba(0,0,0,0)"], [0.5 / 255, "rgba(0,0,0,0)"],
            *[[0.5 / 255 + (1 - 0.5 / 255) * p, c] for p, c in palette().diverging]]


def neuron_codes(values, value_range):
    """uint8 codes 1..255 of neuron values (n,) over (low, high); None: symmetric by max |value|."""
    if value_range is None:
        largest = float(np.abs(values).max()) or 1.0
        value_range = (-largest, largest)
    low, high = value_range
    fraction = np.clip((values - low) / (high - low), 0.0, 1.0)
    return (1 + np.rint(fraction * 254)).astype(np.uint8)


def link_thickness(weight, largest):
    """Thickness of a link (in diagram units, thumbnails are 1 high) for weight w, when the largest
    |w| in the network is `largest`: proportional to |w|, MAX_THICKNESS for the largest."""
    return MAX_THICKNESS * np.abs(weight) / largest


def network_figure(trainer, resolution=12, selected=None):
    """Diagram of `trainer`'s network; `selected` = (layer, index) is outlined (0 = inputs)."""
    grid = plane_grid(resolution)[1]
    layers = [finite(values) for values in trainer.neuron_outputs(grid)]  # (r*r, width) each
    widths = [values.shape[1] for values in layers]
    n_rows, n_columns = max(widths), len(layers)
    step = resolution + 1  # cells per slot, gap included
    canvas = np.zeros((n_rows * step - 1, n_columns * step - 1), np.uint8)
    for column, values in enumerate(layers):
        value_range = neuron_range(trainer, column)
        for row in range(values.shape[1]):
            # grid rows run from x2 = -6 upwards; the diagram's y axis runs downwards: flip.
            picture = neuron_codes(values[:, row], value_range).reshape(resolution, resolution)[::-1]
            canvas[row * step:row * step + resolution,
                   column * step:column * step + resolution] = picture
    traces = [go.Heatmap(x=_slot_edges(n_columns, resolution, COLUMN_PITCH),
                         y=_slot_edges(n_rows, resolution, ROW_PITCH), z=canvas, zmin=0, zmax=255,
                         colorscale=neuron_colourscale(), showscale=False, hoverinfo="skip"),
              *_link_traces(trainer), *_marker_traces(trainer, widths)]
    if selected is not None:
        traces.append(_outline(*selected))
    largest = max(float(np.abs(finite(W)).max()) for W in trainer.weights)
    description = _("Layers of {widths} neurons, each drawn as its value over the plane; links "
                    "coloured by the sign of their weight, as thick as |w|, the largest |w| "
                    "{largest:.3g}").format(
        widths=", ".join(map(str, widths)), largest=largest)
    return figure(traces, layout=dict(
        meta=dict(description=description),
        height=int(40 + 55 * n_rows), margin=dict(l=10, r=10, t=10, b=10), showlegend=False,
        uirevision="network", plot_bgcolor="rgba(0,0,0,0)",
        xaxis=dict(visible=False, fixedrange=True,
                   range=[-1.2, (n_columns - 1) * COLUMN_PITCH + 2.0]),
        yaxis=dict(visible=False, fixedrange=True, range=[(n_rows - 1) * ROW_PITCH + 1.3, -0.6],
                   scaleanchor="x", constrain="domain")))


def _slot_edges(n_slots, resolution, pitch):
    """Cell edges along one axis: each slot is `resolution` cells over [k*pitch, k*pitch + 1]; the
    cell between two slots is the (transparent) gap."""
    cells = np.arange(resolution + 1) / resolution
    return np.concatenate([k * pitch + cells for k in range(n_slots)])


def _centre(layer, index):
    return layer * COLUMN_PITCH + 0.5, index * ROW_PITCH + 0.5


def _links(layer, W):
    """Ends of the links of layer `layer`'s W (d_in, d_out), in the order of W.ravel()."""
    d_in, d_out = W.shape
    sources, targets = np.divmod(np.arange(d_in * d_out), d_out)
    x0 = np.full(d_in * d_out, layer * COLUMN_PITCH + 1.0)
    return x0, sources * ROW_PITCH + 0.5, x0 + COLUMN_PITCH - 1.0, targets * ROW_PITCH + 0.5


def _link_traces(trainer):
    """Two filled traces (w > 0 blue, w < 0 orange) of one quadrilateral per link, as thick as
    link_thickness(w), links in the order layer, W.ravel(); a trace of invisible hover markers."""
    weights = [finite(W) for W in trainer.weights]
    largest = max(float(np.abs(W).max()) for W in weights) or 1.0
    parts = [(*_links(layer, W), W.ravel()) for layer, W in enumerate(weights)]
    x0, y0, x1, y1, w = (np.concatenate(column) for column in zip(*parts))
    half = link_thickness(w, largest) / 2
    gap = np.full_like(w, np.nan)  # NaN ends one polygon and starts the next
    xs = np.column_stack([x0, x1, x1, x0, x0, gap])
    ys = np.column_stack([y0 - half, y1 - half, y1 + half, y0 + half, y0 - half, gap])
    traces = [go.Scatter(x=xs[mine].ravel(), y=ys[mine].ravel(), mode="lines", fill="toself",
                         fillcolor=colour, line=dict(width=0.5, color=colour), hoverinfo="skip",
                         name=name, connectgaps=False)
              for mine, colour, name in ((w >= 0, palette().positive, _("links w ≥ 0")),
                                         (w < 0, palette().negative, _("links w < 0")))]
    return traces


def _marker_traces(trainer, widths):
    """A trace of markers: invisible ones at every link's middle (hover: the weight) and at every
    neuron (hover: its name), a square per bias (colour = sign, size ~ |b|, hover: b); and a trace
    of the labels: the column titles, the input names and the output biases' values (written out,
    since TensorFlow Playground hides them). Per-point values are NumPy arrays: Plotly checks those
    in one go."""
    INVISIBLE, CLEAR = 2, "rgba(0,0,0,0)"  # colour codes: 0 negative, 1 positive, 2 invisible
    output_layer = len(widths) - 1
    columns = {key: [] for key in ("x", "y", "size", "colour", "hover", "label", "position")}

    def add(x, y, size, colour, hover, label, position):
        for key, value in zip(columns, (x, y, size, colour, hover, label, position)):
            columns[key].append(np.broadcast_to(value, np.shape(x)))

    with np.errstate(all="ignore"):  # the gradient of a diverged network's last weights may overflow
        dWs, dbs = trainer.gradients(trainer.X_train, trainer.T_train)
    for layer, (W, dW) in enumerate(zip((finite(W) for W in trainer.weights), dWs)):
        x0, y0, x1, y1 = _links(layer, W)
        names = [f"{neuron_name(trainer, layer, i)} → {neuron_name(trainer, layer + 1, j)}"
                 for i, j in np.ndindex(*W.shape)]
        hover = [f"w = {number_text(w, '.4g')}, ∂L/∂w = {number_text(g, '.3g')}<br>{name}"
                 for w, g, name in zip(W.ravel(), dW.ravel(), names)]
        add((x0 + x1) / 2, (y0 + y1) / 2, 8, INVISIBLE, hover, "", "middle center")
    neurons = [(layer, index) for layer, width in enumerate(widths) for index in range(width)]
    add(np.array([_centre(*n)[0] for n in neurons]), np.array([_centre(*n)[1] for n in neurons]),
        30, INVISIBLE, neuron_hovers(trainer), "", "middle center")
    present = [(layer + 1, finite(b), db) for layer, (b, db) in enumerate(zip(trainer.biases, dbs))
               if b is not None]
    largest = max([float(np.abs(b).max()) for _, b, _ in present] or [0.0]) or 1.0
    bias_words = _("bias of {neuron}: b = {b}, ∂L/∂b = {gradient}")
    for layer, b, db in present:
        x, y = _centre(layer, np.arange(len(b)))
        add(x - 0.62 + 0 * y, y + 0.45, 4 + 8 * np.abs(b) / largest, (b >= 0).astype(int),
            [bias_words.format(neuron=neuron_name(trainer, layer, i), b=number_text(v, '.4g'),
                               gradient=number_text(g, '.3g'))
             for i, (v, g) in enumerate(zip(b, db))], "", "bottom right")
    # The output biases' values just under their neurons' pictures, right of the bias square
    # (written from the square itself, they ran over the picture).
    x, y = _centre(output_layer, np.arange(widths[-1]))
    if trainer.biases[-1] is not None:
        add(x - 0.45 + 0 * y, y + 0.52, 1, INVISIBLE, "",
            [f"b = {number_text(v, '.3g')}" for v in finite(trainer.biases[-1])], "bottom right")
    titles = ([_("Input")] + [_("Hidden {layer}").format(layer=k) for k in range(1, output_layer)]
              + [_("Output")])
    add(np.arange(len(titles)) * COLUMN_PITCH + 0.5, -0.3, 1, INVISIBLE, "", titles,
        "middle center")
    add(np.full(widths[0], -0.05), _centre(0, np.arange(widths[0]))[1], 1, INVISIBLE, "",
        [neuron_name(trainer, 0, i) for i in range(widths[0])], "middle left")
    x, y, size, colour, hover, label, position = (np.concatenate(columns[key]) for key in columns)
    # WebGL markers, and the labels in an SVG trace of their own: a text trace draws and measures a
    # text element for every point, even an empty one, and a diagram has many more points than labels.
    labelled = label != ""
    return [go.Scattergl(x=x, y=y, mode="markers", name="values", hovertext=hover, hoverinfo="text",
                       marker=dict(size=size, color=colour, cmin=-0.5, cmax=2.5, symbol="square",
                                   line=dict(width=0),
                                   colorscale=stepped_colourscale([palette().negative, palette().positive, CLEAR]))),
            go.Scatter(x=x[labelled], y=y[labelled], mode="text", name="labels",
                       text=label[labelled], textposition=position[labelled],
                       textfont=dict(size=10), hoverinfo="skip")]


def _weighted_sum(weights, names, bias):
    """'0.42·X₁ − 1.3·X₂ + 0.1', a line break after every TERMS_PER_LINE terms."""
    terms = [(w, f"{number_text(abs(w), '.3g')}·{name}") for w, name in zip(weights, names)]
    if bias is not None:
        terms.append((bias, number_text(abs(bias), ".3g")))
    text = ""
    for k, (value, term) in enumerate(terms):
        sign = "−" if value < 0 else "+"
        gap = "" if k == 0 else "<br>" if k % TERMS_PER_LINE == 0 else " "
        text += f"{gap}{sign if k or sign == '−' else ''}{'' if k == 0 else ' '}{term}"
    return text


def neuron_hovers(trainer):
    """What hovering each neuron shows, in the order of the diagram's columns: an input feature's
    range over the training points; a neuron's s = Σ w·input + b with its weights and bias, its
    output h = g(s) (y for an output unit) and that output's range over the training points."""
    with np.errstate(all="ignore"):
        outputs = trainer.neuron_outputs(trainer.dataset.X_train)  # [features, h_1, ..., y]
    n_layers, hovers = len(trainer.weights), []
    points = len(trainer.dataset.X_train)
    for layer, values in enumerate(outputs):
        for index in range(values.shape[1]):
            name, column = neuron_name(trainer, layer, index), values[:, index]
            over = (_("over the {points} training points: {low} … {high}").format(
                points=points, low=number_text(column.min(), '.3g'),
                high=number_text(column.max(), '.3g'))
                if points else _("no training points"))
            if layer == 0:
                hovers.append(_("{name}: input feature<br>{over}").format(name=name, over=over))
                continue
            inputs = [neuron_name(trainer, layer - 1, i) for i in range(outputs[layer - 1].shape[1])]
            bias = trainer.biases[layer - 1]
            s = _weighted_sum(trainer.weights[layer - 1][:, index], inputs,
                              None if bias is None else bias[index])
            if layer < n_layers:
                output = f"h = {ACTIVATION_FORMULAS[trainer.activation]}"
                hovers.append(f"{name}<br>s = {s}<br>{output}<br>h {over}")
            else:
                k = index + 1 if trainer.n_outputs > 1 else ""  # s1, y1, ... when there are several
                output = _(OUTPUT_FORMULAS[trainer.loss.name]).format(k=k, K=trainer.n_outputs)
                hovers.append(f"{name}<br>s{k} = {s}<br>{output}<br>y{k} {over}")
    return hovers


def _outline(layer, index):
    x, y = layer * COLUMN_PITCH, index * ROW_PITCH
    return go.Scatter(x=[x - 0.08, x + 1.08, x + 1.08, x - 0.08, x - 0.08],
                      y=[y - 0.08, y - 0.08, y + 1.08, y + 1.08, y - 0.08], mode="lines",
                      name="selected", hoverinfo="skip", line=dict(color="black", width=2))


def neuron_at(trainer, x, y):
    """(layer, index) of the neuron whose picture holds the diagram point (x, y), or None."""
    widths = [len(trainer.feature_names)] + [W.shape[1] for W in trainer.weights]
    layer, index = round((x - 0.5) / COLUMN_PITCH), round((y - 0.5) / ROW_PITCH)
    centre_x, centre_y = _centre(layer, index)
    inside = abs(x - centre_x) <= 0.6 and abs(y - centre_y) <= 0.6
    return (layer, index) if inside and 0 <= layer < len(widths) and 0 <= index < widths[layer] else None
