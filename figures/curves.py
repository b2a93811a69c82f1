"""Training curves from a Trainer's History against the epoch: loss (train and test, optional log
scale), accuracy, and the gradient norm of each weight layer."""
import math

import numpy as np
import plotly.graph_objects as go
from plotly.colors import sample_colorscale

from lessons.language import _

from .figure import figure
from .style import log_axis

TRAIN_COLOUR, TEST_COLOUR = "#1f77b4", "#ff7f0e"


def _curves(history, columns, title, y_title, log_scale=False, y_range=None, marks=(), lines=(),
            height=260, now="", y_format=".4g", legend=None):
    """`columns` [(values per record, name, colour)]; `marks`: more traces drawn over the curves;
    `lines`: layout shapes (e.g. a vertical line); `now`: the current values, said after the title;
    hovering a curve shows its value at that epoch, written with `y_format`; `legend`: its layout,
    False for none."""
    epochs = history.column("epoch")
    waiting = [] if len(history) else [dict(text=_("Press Play (or Step) to train"), showarrow=False,
                                            xref="paper", yref="paper", x=0.5, y=0.5,
                                            font=dict(size=14, color="#888"))]
    # log_scale: True, False or a whole log axis (figures.style.log_axis)
    y_axis = log_scale if isinstance(log_scale, dict) else dict(type="log" if log_scale else "linear")
    at_epoch = _("epoch {epoch}").format(epoch="%{x}")
    # layout given to the constructor: update_layout is much slower, and this runs every tick
    return figure([*(go.Scatter(x=epochs, y=values, mode="lines", name=name,
                                   line=dict(color=colour, width=2),
                                   hovertemplate=f"{at_epoch}<br>{name} %{{y:{y_format}}}"
                                                 "<extra></extra>")
                        for values, name, colour in columns), *marks], layout=dict(
        title=dict(text=_("{title}: {now}").format(title=title, now=now) if now else title, x=0.02,
                   xanchor="left", font=dict(size=14)),
        height=height,
        # a title with numbers gets its own row above the legend; a bare one shares the legend's row
        uirevision=title, margin=dict(l=60, r=10, t=60 if now and legend is not False else 40, b=45),
        showlegend=legend is not False,
        legend=legend or dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1.0),
        shapes=list(lines), annotations=waiting,
        xaxis=dict(title=dict(text=_("epoch"), standoff=4), automargin=False),
        yaxis=dict({"range": y_range, **y_axis}, title=dict(text=y_title), automargin=False)))


def loss_figure(history, log_scale=False, marks=(), lines=(), height=260):
    """Training and test data loss (without the regularization penalty) per recorded epoch, with
    `marks` and `lines` as in _curves."""
    return _curves(history, [(history.column("train_loss"), _("training loss"), TRAIN_COLOUR),
                             (history.column("test_loss"), _("test loss"), TEST_COLOUR)],
                   _("Loss"), _("loss (log scale)") if log_scale else _("loss"), log_scale, marks=marks,
                   lines=lines, height=height)


def accuracy_figure(history, height=260, now=None, marks=()):
    """Training and test accuracy per recorded epoch, on [0, 1]; `now` = (training, test) accuracy of
    the current weights, said in the title ("—" for a NaN: no test points); `marks` as in _curves.
    No legend: the curves are coloured as the loss chart's beside it, whose legend names them (two
    legends and the title with its numbers did not fit a row of the Playground in presentation style)."""
    words = "" if now is None else _(", ").join(
        name.format(value=f"{value:.1%}" if math.isfinite(value) else "—")
        for name, value in zip((_("training {value}"), _("test {value}")), now))
    return _curves(history, [(history.column("train_accuracy"), _("training accuracy"), TRAIN_COLOUR),
                             (history.column("test_accuracy"), _("test accuracy"), TEST_COLOUR)],
                   _("Accuracy"), _("accuracy"), y_range=[0, 1.02], marks=marks, height=height,
                   now=words,
                   y_format=".1%", legend=False)


def gradient_norm_figure(history, height=260):
    """‖∂L/∂W⁽ˡ⁾‖ of each weight layer per recorded epoch, on a log axis: the data loss's gradient of
    the update at that epoch's start (nncore.history). In a deep sigmoid network the layers near the
    input get gradients orders of magnitude smaller than the output layer's (the vanishing gradient)."""
    norms = history.layer_gradient_norms()
    layers = norms.shape[1]
    names = ([_("into hidden {layer}").format(layer=layer) for layer in range(1, layers)]
             + [_("into output")])
    colours = sample_colorscale("Viridis", [0.5] if layers == 1 else np.linspace(0, 0.85, layers))
    drawn = norms[np.isfinite(norms) & (norms > 0)]
    y_axis = log_axis(float(drawn.min()), float(drawn.max())) if drawn.size else dict(type="log")
    return _curves(history, [(norms[:, layer], names[layer], colours[layer]) for layer in range(layers)],
                   _("Gradient norm per layer"), _("‖∂L/∂W‖ (log scale)"), y_axis, height=height,
                   y_format=".3g", legend=dict(orientation="v", x=1.02, xanchor="left", y=1.0,
                                               yanchor="top", title=dict(text=_("weights"))))
