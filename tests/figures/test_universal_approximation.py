"""Stacked contributions up to the fit, and the bumps."""
import numpy as np
import pytest

from builders import trace
from figures.universal_approximation import bump_figure, contributions_figure
from lessons.universal_approximation import approximation_config, bump_network, hidden_contributions
from nncore import Trainer


def test_contributions_are_stacked_up_to_the_fit():
    trainer = Trainer(approximation_config("cubic", 5, "relu"))
    trainer.step(20)
    x = np.linspace(-3, 3, 61)
    figure = contributions_figure(x, trainer.weights, trainer.biases, "relu",
                                  trainer.dataset.X_train, trainer.dataset.y_train, x ** 3)
    fit = trainer.predict(x[:, None])[:, 0]
    np.testing.assert_allclose(trace(figure, "network's fit").y, fit, atol=1e-9)
    np.testing.assert_allclose(trace(figure, "unit 5").y, fit, atol=1e-9)  # last partial sum
    C, bias = hidden_contributions(x[:, None], trainer.weights, trainer.biases, "relu")
    np.testing.assert_allclose(trace(figure, "unit 2").y, bias + C[:, 0] + C[:, 1], atol=1e-12)
    separate = contributions_figure(x, trainer.weights, trainer.biases, "relu",
                                    trainer.dataset.X_train, trainer.dataset.y_train, None,
                                    stacked=False)
    np.testing.assert_allclose(trace(separate, "unit 2").y, C[:, 1], atol=1e-12)
    assert all(t.name != "target" for t in separate.data)


def test_bump_figure_sums_the_bumps():
    x = np.linspace(-np.pi, np.pi, 101)
    weights, biases = bump_network(np.sin, 5, 30.0)
    figure = bump_figure(x, np.sin, weights, biases, 30.0)
    bumps = [t for t in figure.data if t.name and t.name.startswith("bump ")]
    assert len(bumps) == 5
    np.testing.assert_allclose(trace(figure, "sum of bumps").y, np.sum([b.y for b in bumps], axis=0))
    assert max(trace(figure, "difference: a bump").y) == pytest.approx(1.0, abs=0.01)
