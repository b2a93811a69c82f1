"""Over/underfitting figures: early stopping and the sweep's minimum."""
import numpy as np

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
