"""Over/underfitting figures: early stopping and the sweep's minimum."""
import numpy as np
import pytest

from builders import trace
from figures.overfitting import early_stopping_figure, fit_figure, sweep_figure
from lessons.overfitting import SWEEP_CONFIG, SweepResult, early_stopping_epoch
from nncore import Trainer


def test_overfitting_figures_mark_early_stopping_and_the_sweep_minimum():
    trainer = Trainer(SWEEP_CONFIG.replace(hidden_layers=(16,)))
    trainer.step(300)
    x = np.linspace(-3, 3, 31)
    fit = fit_figure(trainer, x, np.sin(x))
    np.testing.assert_allclose(trace(fit, "network").y, trainer.predict(x[:, None])[:, 0])
    assert len(trace(fit, "training points").x) == 20
    stop = early_stopping_epoch(trainer.history)
    marker = early_stopping_figure(trainer.history, stop).data[-1]
    assert marker.x[0] == stop[0] and marker.y[0] == stop[1]
    result = SweepResult(np.array([1, 2, 4]), np.array([0.3, 0.2, 0.1]), np.array([0.5, 0.2, 0.4]),
                         np.array([0.5, 0.2, 0.3]))
    star = trace(sweep_figure(result, 2), "lowest test loss")
    assert list(star.x) == [2] and list(star.y) == [0.2]


SWEEP = SweepResult(np.array([1, 2, 4, 8, 16, 32, 64]),
                    np.array([0.048, 0.028, 0.022, 0.012, 0.012, 0.0093, 0.0098]),
                    np.array([0.11, 0.064, 0.055, 0.26, 0.15, 0.18, 0.14]),
                    np.array([0.1, 0.06, 0.05, 0.09, 0.08, 0.08, 0.07]))


@pytest.mark.parametrize("current", [1, 8, 64, None])
def test_the_sweep_axes_span_the_capacities_whichever_network_is_marked(current):
    """The x axis spans the capacities (plus a margin) in log10 units, every capacity labelled, and
    the page's network is a dotted line at its own capacity in data units; the y axis labels every
    tick as a decimal (1, 2 and 5 times a power of ten), with every loss inside its range."""
    figure = sweep_figure(SWEEP, current)
    xaxis, yaxis = figure.layout.xaxis, figure.layout.yaxis
    low, high = xaxis.range
    assert xaxis.type == "log" and -0.2 < low < 0.0 and np.log10(64) < high < np.log10(64) + 0.2
    assert list(xaxis.tickvals) == list(SWEEP.capacities)
    assert list(xaxis.ticktext) == [str(c) for c in SWEEP.capacities]
    marked = [t for t in figure.data if t.name.startswith("this network")]
    if current is None:
        assert not marked and not figure.layout.shapes and not figure.layout.annotations
    else:
        assert list(marked[0].x) == [current, current]
        assert list(marked[0].y) == pytest.approx([10 ** r for r in yaxis.range])
    assert yaxis.type == "log"
    mantissas = [v / 10 ** np.floor(np.log10(v) + 1e-9) for v in yaxis.tickvals]
    assert mantissas == pytest.approx([round(m) for m in mantissas])
    assert {round(m) for m in mantissas} <= {1, 2, 5} and len(mantissas) >= 3
    assert list(yaxis.ticktext) == [f"{v:g}" for v in yaxis.tickvals]
    losses = np.log10(np.concatenate([SWEEP.train_loss, SWEEP.test_loss]))
    assert yaxis.range[0] < losses.min() and losses.max() < yaxis.range[1]


def test_the_loss_curves_label_every_log_tick_and_keep_the_legend_off_the_axis_title():
    """Also: titles are centred by their anchor (Streamlit's theme anchors them left)."""
    trainer = Trainer(SWEEP_CONFIG)
    trainer.step(200)
    figure = early_stopping_figure(trainer.history, early_stopping_epoch(trainer.history))
    yaxis = figure.layout.yaxis
    assert yaxis.type == "log" and list(yaxis.ticktext) == [f"{v:g}" for v in yaxis.tickvals]
    losses = np.concatenate([trainer.history.column("train_loss"), trainer.history.column("test_loss")])
    assert 10 ** yaxis.range[0] < losses.min() and losses.max() < 10 ** yaxis.range[1]
    for built in (figure, fit_figure(trainer, np.linspace(-3, 3, 31), np.sin(np.linspace(-3, 3, 31))),
                  sweep_figure(SWEEP, 8)):
        legend = built.layout.legend
        assert (legend.yref, legend.y, legend.yanchor) == ("container", 0.0, "bottom")
        assert (built.layout.title.x, built.layout.title.xanchor) == (0.5, "center")
        assert built.layout.margin.b >= 120  # the axis title and two legend rows, in large type
