"""Over- and underfitting pictures: the 1D fit on training and test points, loss curves with the
early-stopping epoch marked, and final train / test loss against capacity."""
import numpy as np
import plotly.graph_objects as go

from figures.curves import TEST_COLOUR, TRAIN_COLOUR, loss_figure
from lessons.overfitting import early_stopping_epoch
from nncore.datasets import FUNCTIONS_1D

from .style import LINE_GRID


def fit_figure(trainer, x, target):
    """Training points, test points, the true function `target` on grid x (n,) and the fit."""
    data = trainer.dataset
    return go.Figure([
        go.Scatter(x=data.X_test[:, 0], y=data.y_test, mode="markers", name="test points",
                   marker=dict(color=TEST_COLOUR, size=5, opacity=0.5)),
        go.Scatter(x=data.X_train[:, 0], y=data.y_train, mode="markers", name="training points",
                   marker=dict(color=TRAIN_COLOUR, size=9, line=dict(color="white", width=1))),
        go.Scatter(x=x, y=target, mode="lines", name="true function",
                   line=dict(color="#2ca02c", dash="dot", width=2)),
        go.Scatter(x=x, y=trainer.predict(x[:, None])[:, 0], mode="lines", name="network",
                   line=dict(color="#d62728", width=3)),
    ], layout=dict(title=dict(text="Fit", x=0.5, font=dict(size=14)), height=360,
                   margin=dict(l=10, r=10, t=40, b=10), xaxis=dict(title=dict(text="x")),
                   yaxis=dict(title=dict(text="y"), range=[-2.5, 2.5]), uirevision="overfit fit",
                   legend=dict(orientation="h", y=-0.2)))


def early_stopping_figure(history, stop):
    """Train and test loss against epochs (log scale) with the epoch of lowest test loss marked;
    stop = (epoch, test loss) or None."""
    if stop is None:
        return loss_figure(history, log_scale=True, height=340)
    epoch, loss = stop
    star = go.Scatter(x=[epoch], y=[loss], mode="markers+text", name=f"early stopping: epoch {epoch}",
                      text=[f"stop here (epoch {epoch})"], textposition="top right",
                      marker=dict(color=TEST_COLOUR, size=12, symbol="star"))
    line = dict(type="line", x0=epoch, x1=epoch, xref="x", y0=0, y1=1, yref="y domain",
                line=dict(color="#555", dash="dash"))
    return loss_figure(history, log_scale=True, marks=[star], lines=[line], height=340)


def live_figures(trainer):
    """The page's charts of its network being trained, by their names: {"fit": the fit of the sine on
    LINE_GRID, "loss curves": with the early-stopping epoch marked}."""
    return {"fit": fit_figure(trainer, LINE_GRID, FUNCTIONS_1D["sine"](LINE_GRID)),
            "loss curves": early_stopping_figure(trainer.history,
                                                 early_stopping_epoch(trainer.history))}


def sweep_figure(result, current=None):
    """Final train and test loss (log scale) against hidden units; `current` marks the network on
    the page; the lowest test loss is starred."""
    capacities = result.capacities
    best = int(np.nanargmin(result.test_loss))
    figure = go.Figure([
        go.Scatter(x=capacities, y=result.train_loss, mode="lines+markers", name="training loss",
                   line=dict(color=TRAIN_COLOUR, width=2)),
        go.Scatter(x=capacities, y=result.test_loss, mode="lines+markers", name="test loss",
                   line=dict(color=TEST_COLOUR, width=2)),
        go.Scatter(x=[capacities[best]], y=[result.test_loss[best]], mode="markers",
                   name="lowest test loss", marker=dict(color=TEST_COLOUR, size=16, symbol="star")),
    ])
    if current is not None:
        figure.add_vline(x=current, line=dict(color="#888", dash="dot"),
                         annotation_text="this network")
    figure.update_layout(title=dict(text="Final loss against capacity", x=0.5, font=dict(size=14)),
                         xaxis=dict(title="hidden units per layer (log scale)", type="log",
                                    tickvals=list(capacities)),
                         yaxis=dict(title="loss ½(y − t)² (log scale)", type="log", dtick="D2"),
                         height=360,
                         margin=dict(l=10, r=10, t=40, b=10), uirevision="sweep",
                         legend=dict(orientation="h", y=-0.25))
    return figure
