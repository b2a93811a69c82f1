"""One neuron fails on XOR and the circle, a hidden layer separates them, linear hidden units collapse."""
import numpy as np
import pytest

from lessons.capacity import TRAINING_STEPS, capacity_config, collapse_linear, line_points
from nncore import Trainer


@pytest.mark.parametrize("dataset", ["xor", "circle"])
def test_single_neuron_fails_and_hidden_layer_separates(dataset):
    neuron = Trainer(capacity_config(dataset, 0))
    hidden = Trainer(capacity_config(dataset, 4))
    neuron.step(TRAINING_STEPS)
    hidden.step(TRAINING_STEPS)
    assert len(neuron.weights) == 1
    assert neuron.metrics().train_accuracy <= 0.8
    assert hidden.metrics().train_accuracy == 1.0


def test_linear_hidden_units_compute_a_single_layer_network():
    trainer = Trainer(capacity_config("xor", 3, "linear"))
    trainer.step(200)
    W, b = collapse_linear(trainer.weights, trainer.biases)
    X = np.random.default_rng(1).uniform(-6, 6, (300, 2))
    single = Trainer(capacity_config("xor", 0))
    single.weights, single.biases = [W], [b]
    np.testing.assert_allclose(trainer.scores(X), X @ W + b, atol=1e-12)
    np.testing.assert_array_equal(trainer.predict_class(X), single.predict_class(X))


def test_line_points_lie_on_the_line():
    w, b = np.array([0.3, -2.0]), 0.7
    xs, ys = line_points(w, b, -6, 6)
    np.testing.assert_allclose(w[0] * xs + w[1] * ys + b, 0.0, atol=1e-12)
    xs, ys = line_points(np.array([2.0, 0.1]), 1.0, -6, 6)  # nearly vertical: solved for x
    np.testing.assert_allclose(ys, [-6, 6])
    assert line_points(np.zeros(2), 1.0, -6, 6) is None
