"""Finite-difference checks of every gradient the engine computes."""
import itertools

import numpy as np
import pytest

from nncore import ACTIVATIONS, OUTPUT_LOSSES, REGULARIZERS, Config, Dataset, Trainer

DATASET_FOR_KIND = {"binary": "circle", "multiclass": "blobs", "regression": "plane"}


FEATURES = ("x1", "x2", "x1_times_x2")


def tiny_trainer(activation, output, regularization, hidden):
    kind = OUTPUT_LOSSES[output].kinds[-1] if output != "tanh_mse" else "binary"
    rng = np.random.default_rng(7)
    X = rng.normal(0, 1.0, (6, 2))
    y = {"binary": rng.integers(0, 2, 6), "multiclass": np.array([0, 1, 2, 0, 0, 1]),  # unbalanced: no exact zero gradients
         "regression": rng.normal(0, 1, (6, 2))}[kind]
    data = Dataset(X, y, X[:0], y[:0], kind, 0 if kind == "regression" else (2 if kind == "binary" else 3))
    config = Config(dataset=DATASET_FOR_KIND[kind], features=FEATURES, hidden_layers=hidden,
                    activation=activation, output=output, regularization=regularization,
                    regularization_rate=0.1, elastic_beta=0.7, seed=3)
    return Trainer(config, dataset=data)


def numerical_gradient(trainer, param, eps=1e-6):
    grad = np.zeros_like(param)
    for index in np.ndindex(param.shape):
        saved = param[index]
        param[index] = saved + eps
        up = trainer.objective(trainer.X_train, trainer.T_train)
        param[index] = saved - eps
        down = trainer.objective(trainer.X_train, trainer.T_train)
        param[index] = saved
        grad[index] = (up - down) / (2 * eps)
    return grad


def relative_error(a, b):
    return np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), 1e-12)


@pytest.mark.parametrize("activation,output,regularization,hidden", list(itertools.product(
    ACTIVATIONS, OUTPUT_LOSSES, REGULARIZERS, [(), (4,), (4, 3)])))
def test_backprop_matches_finite_differences(activation, output, regularization, hidden):
    trainer = tiny_trainer(activation, output, regularization, hidden)
    dWs, dbs = trainer.gradients(trainer.X_train, trainer.T_train)
    assert len(dWs) == len(hidden) + 1
    for W, dW in zip(trainer.weights, dWs):
        assert relative_error(dW, numerical_gradient(trainer, W)) < 1e-6
    for b, db in zip(trainer.biases, dbs):
        assert relative_error(db, numerical_gradient(trainer, b)) < 1e-6


def test_regularizer_gradients_skip_biases():
    trainer = tiny_trainer("tanh", "sigmoid_bce", "l2", (4,))
    plain = tiny_trainer("tanh", "sigmoid_bce", "none", (4,))
    dWs, dbs = trainer.gradients(trainer.X_train, trainer.T_train)
    dWs0, dbs0 = plain.gradients(plain.X_train, plain.T_train)
    for db, db0 in zip(dbs, dbs0):
        np.testing.assert_array_equal(db, db0)
    for W, dW, dW0 in zip(trainer.weights, dWs, dWs0):
        np.testing.assert_allclose(dW - dW0, 0.1 * 2 * W)


@pytest.mark.parametrize("name", ACTIVATIONS)
def test_activation_derivatives_match_finite_differences(name):
    act = ACTIVATIONS[name]
    s = np.linspace(-3, 3, 61) + 0.013  # avoid the kink of ReLU at exactly 0
    numerical = (act.value(s + 1e-6) - act.value(s - 1e-6)) / 2e-6
    np.testing.assert_allclose(act.derivative(s, act.value(s)), numerical, rtol=1e-6, atol=1e-8)


def test_sigmoid_saturates_without_overflow_warning():
    from nncore import sigmoid
    values = sigmoid(np.array([-1000.0, 0.0, 1000.0]))  # RuntimeWarnings are errors (pytest.ini)
    np.testing.assert_array_equal(values, [0.0, 0.5, 1.0])


def test_softmax_cross_entropy_is_stable_for_huge_scores():
    loss = OUTPUT_LOSSES["softmax_ce"]
    Z = np.array([[1000.0, 0.0, -1000.0]])
    assert loss.loss(Z, np.array([0])) == 0.0
    assert loss.loss(Z, np.array([2])) == pytest.approx(2000.0)
    bce = OUTPUT_LOSSES["sigmoid_bce"]
    assert bce.loss(np.array([[-800.0]]), np.array([[1.0]])) == pytest.approx(800.0)
