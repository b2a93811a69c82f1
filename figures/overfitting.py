"""Over- and underfitting pictures: the 1D fit on training and test points, loss curves with the
early-stopping epoch marked, and final train / test loss against capacity."""
import numpy as np
import plotly.graph_objects as go

from figures.curves import TEST_COLOUR, TRAIN_COLOUR, loss_figure
from lessons.language import _
from lessons.overfitting import early_stopping_epoch
from nncore.datasets import FUNCTIONS_1D

from .style import FOOT_LEGEND, LINE_GRID, chart_title, log_axis

LEGEND_MARGIN = 130  # below the plot: the x axis title and two rows of legend in presentation type


def fit_figure(trainer, x, target):
    """Training points, test points, the true function `target` on grid x (n,) and the fit."""
    data = trainer.dataset
    return go.Figure([
        go.Scatter(x=data.X_test[:, 0], y=data.y_test, mode="markers", name=_("test points"),
                   marker=dict(color=TEST_COLOUR, size=5, opacity=0.5)),
        go.Scatter(x=data.X_train[:, 0], y=data.y_train, mode="markers", name=_("training points"),
                   marker=dict(color=TRAIN_COLOUR, size=9, line=dict(color="white", width=1))),
        go.Scatter(x=x, y=target, mode="lines", name=_("true function"),
                   line=dict(color="#2ca02c", dash="dot", width=2)),
        go.Scatter(x=x, y=trainer.predict(x[:, None])[:, 0], mode="lines", name=_("network"),
                   line=dict(color="#d62728", width=3)),
    ], layout=dict(title=chart_title(_("Fit")), height=400,
                   margin=dict(l=60, r=10, t=40, b=LEGEND_MARGIN), xaxis=dict(title=dict(text="x")),
                   yaxis=dict(title=dict(text="y"), range=[-2.5, 2.5]), uirevision="overfit fit",
                   legend=FOOT_LEGEND))


def early_stopping_figure(history, stop):
    """Train and test loss against epochs (log scale, every tick labelled) with the epoch of lowest
    test loss marked; stop = (epoch, test loss) or None."""
    marks, lines = [], []
    if stop is not None:
        epoch, loss = stop
        marks = [go.Scatter(x=[epoch], y=[loss], mode="markers+text",
                            name=_("early stopping: epoch {epoch}").format(epoch=epoch),
                            text=[_("stop here (epoch {epoch})").format(epoch=epoch)],
                            textposition="top right",
                            marker=dict(color=TEST_COLOUR, size=12, symbol="star"))]
        lines = [dict(type="line", x0=epoch, x1=epoch, xref="x", y0=0, y1=1, yref="y domain",
                      line=dict(color="#555", dash="dash"))]
    figure = loss_figure(history, log_scale=True, marks=marks, lines=lines, height=400)
    losses = np.concatenate([history.column("train_loss"), history.column("test_loss")])
    shown = losses[np.isfinite(losses) & (losses > 0)]
    layout = figure.layout
    layout.legend, layout.margin.b = FOOT_LEGEND, LEGEND_MARGIN
    layout.title = chart_title(layout.title.text)
    if len(shown):
        layout.yaxis.update(log_axis(float(shown.min()), float(shown.max())))
    return figure


def live_figures(trainer):
    """The page's charts of its network being trained, by their names: {"fit": the fit of the sine on
    LINE_GRID, "loss curves": with the early-stopping epoch marked}."""
    return {"fit": fit_figure(trainer, LINE_GRID, FUNCTIONS_1D["sine"](LINE_GRID)),
            "loss curves": early_stopping_figure(trainer.history,
                                                 early_stopping_epoch(trainer.history))}


def sweep_figure(result, current=None):
    """Final train and test loss (log scale) against hidden units (log scale); `current` marks the
    network on the page with a dotted line (a trace, in data coordinates: a shape on a log axis
    would take log10 of its x); the lowest test loss is starred."""
    capacities = result.capacities
    best = int(np.nanargmin(result.test_loss))
    losses = np.concatenate([result.train_loss, result.test_loss])
    shown = losses[np.isfinite(losses) & (losses > 0)]
    yaxis = log_axis(float(shown.min()), float(shown.max())) if len(shown) else dict(
        type="log", range=[-3.0, 0.0])
    traces = [
        go.Scatter(x=capacities, y=result.train_loss, mode="lines+markers", name=_("training loss"),
                   line=dict(color=TRAIN_COLOUR, width=2)),
        go.Scatter(x=capacities, y=result.test_loss, mode="lines+markers", name=_("test loss"),
                   line=dict(color=TEST_COLOUR, width=2)),
        go.Scatter(x=[capacities[best]], y=[result.test_loss[best]], mode="markers",
                   name=_("lowest test loss"), marker=dict(color=TEST_COLOUR, size=16, symbol="star")),
    ]
    if current is not None:
        name = (_("this network (1 unit)") if current == 1
                else _("this network ({units} units)").format(units=current))
        traces.append(go.Scatter(x=[current, current], y=[10 ** r for r in yaxis["range"]],
                                 mode="lines", name=name, hoverinfo="skip",
                                 line=dict(color="#888", dash="dot", width=2)))
    low, high = np.log10(capacities[0]), np.log10(capacities[-1])
    pad = 0.05 * (high - low)
    return go.Figure(traces, layout=dict(
        title=chart_title(_("Final loss against capacity")), height=400,
        margin=dict(l=60, r=10, t=40, b=LEGEND_MARGIN), uirevision="sweep", legend=FOOT_LEGEND,
        xaxis=dict(title=dict(text=_("hidden units per layer (log scale)")), type="log",
                   range=[low - pad, high + pad], tickvals=list(capacities),
                   ticktext=[str(c) for c in capacities]),
        yaxis=dict(yaxis, title=dict(text=_("loss ½(y − t)² (log scale)")))))
