"""nncore.diagnosis: each condition built on purpose and found, with the numbers it rests on checked
against a computation of their own; a healthy network has no findings. And the gradient norms per
layer the History records, against the gradient itself."""
import numpy as np
import pytest

from nncore import Config, Trainer
from nncore.diagnosis import GRADIENT_RECORDS, PLATEAU_EPOCHS, SATURATED_S, diagnose


def findings(trainer, kind):
    return [finding.numbers for finding in diagnose(trainer) if finding.kind == kind]


def hidden_scores_by_hand(trainer):
    """s of every hidden layer on the training points, written out."""
    h, scores = trainer.X_train, []
    g = {"relu": lambda s: np.maximum(s, 0), "tanh": np.tanh,
         "sigmoid": lambda s: 1 / (1 + np.exp(-s))}[trainer.activation]
    for W, b in zip(trainer.weights[:-1], trainer.biases[:-1]):
        s = h @ W + b
        scores.append(s)
        h = g(s)
    return scores


@pytest.mark.parametrize("config, epochs", [
    (Config(), 100),  # the Playground's defaults: circle, 4-2 tanh
    (Config(dataset="xor", hidden_layers=(8,), activation="relu", learning_rate=0.03), 100),
    (Config(dataset="moons", noise=0.1, hidden_layers=(6,), activation="sigmoid", learning_rate=0.3), 100),
    (Config(dataset="plane", output="linear_mse", hidden_layers=(3,)), 100),  # regression
])
def test_a_healthy_network_has_no_findings(config, epochs):
    trainer = Trainer(config).train_to_epoch(epochs)
    assert trainer.metrics().train_loss < 0.3
    assert diagnose(trainer) == []


def test_dead_relu_units_are_counted_per_layer():
    trainer = Trainer(Config(activation="relu", hidden_layers=(4,), learning_rate=3.0)).train_to_epoch(20)
    [dead] = findings(trainer, "dead_relu")
    s = hidden_scores_by_hand(trainer)[0]
    assert dead == dict(layer=1, count=int((s <= 0).all(axis=0).sum()), width=4, points=250)
    assert dead["count"] >= 1
    assert (np.maximum(s, 0)[:, (s <= 0).all(axis=0)] == 0).all()  # they output 0 everywhere


def test_a_unit_killed_by_hand_is_found_dead_and_only_it():
    trainer = Trainer(Config(activation="relu", hidden_layers=(5, 3)))
    trainer.biases[1][2] = -1e3  # unit h2.3: s = h1 W + b < 0 on every point
    [dead] = findings(trainer, "dead_relu")
    assert dead == dict(layer=2, count=1, width=3, points=250)


def test_saturated_tanh_units_have_large_s_on_most_points():
    config = Config(activation="tanh", init="normal", hidden_layers=(4,),
                    features=("x1", "x2", "x1_squared", "x2_squared"))
    trainer = Trainer(config).train_to_epoch(5)
    [saturated] = findings(trainer, "saturated")
    share = (np.abs(hidden_scores_by_hand(trainer)[0]) > SATURATED_S).mean(axis=0)
    assert saturated["count"] == int((share > 0.5).sum()) >= 1
    assert saturated["share"] == pytest.approx(share[share > 0.5].mean())
    assert saturated["layer"] == 1 and saturated["activation"] == "tanh"


def test_a_deep_sigmoid_network_has_vanishing_gradients():
    trainer = Trainer(Config(activation="sigmoid", hidden_layers=(8,) * 6)).train_to_epoch(20)
    [vanishing] = findings(trainer, "vanishing")
    norms = trainer.history.layer_gradient_norms()[-GRADIENT_RECORDS:]
    first, last = np.median(norms[:, 0]), np.median(norms[:, -1])
    assert vanishing["ratio"] == pytest.approx(first / last) and vanishing["ratio"] < 1e-3
    assert vanishing["layers"] == 7
    # and each layer's gradient is smaller than the next one's, all the way back
    assert (np.diff(np.median(norms, axis=0)) > 0).all()


def test_a_deep_linear_network_of_large_weights_has_exploding_gradients():
    config = Config(activation="linear", init="normal", hidden_layers=(8,) * 6, learning_rate=1e-5)
    trainer = Trainer(config).train_to_epoch(1)
    [exploding] = findings(trainer, "exploding")
    norms = np.median(trainer.history.layer_gradient_norms()[-GRADIENT_RECORDS:], axis=0)
    assert exploding["norm"] == pytest.approx(norms.max()) and exploding["norm"] > 100
    assert exploding["layer"] == int(np.argmax(norms)) + 1
    assert not findings(Trainer(config.replace(init="fan_in")).train_to_epoch(1), "exploding")


def test_overfitting_shows_as_a_gap_between_test_and_training_loss():
    config = Config(dataset="xor", noise=0.5, train_ratio=0.1, hidden_layers=(8, 8), optimizer="adam")
    trainer = Trainer(config).train_to_epoch(1500)
    [gap] = findings(trainer, "gap")
    metrics = trainer.metrics()
    assert gap["train_loss"] == metrics.train_loss and gap["test_loss"] == metrics.test_loss
    assert gap["ratio"] == pytest.approx(metrics.test_loss / metrics.train_loss) and gap["ratio"] > 1.5
    tests = trainer.history.column("test_loss")
    assert gap["lowest_test_loss"] == tests.min() < metrics.test_loss
    assert gap["lowest_test_epoch"] == trainer.history.column("epoch")[np.argmin(tests)]


def test_a_tiny_learning_rate_makes_a_plateau():
    trainer = Trainer(Config(learning_rate=1e-5)).train_to_epoch(PLATEAU_EPOCHS + 10)
    [plateau] = findings(trainer, "plateau")
    epochs, losses = trainer.history.column("epoch"), trainer.history.column("train_loss")
    start = np.flatnonzero(epochs == epochs[-1] - PLATEAU_EPOCHS)[0]
    assert plateau["epochs"] == PLATEAU_EPOCHS and plateau["start_loss"] == losses[start]
    assert plateau["change"] == pytest.approx((losses[-1] - losses[start]) / losses[start])
    assert abs(plateau["change"]) < 0.01
    assert not findings(Trainer(Config(learning_rate=1e-5)).train_to_epoch(PLATEAU_EPOCHS - 10),
                        "plateau")  # too few epochs to tell


def test_divergence_says_when_and_how_the_loss_grew():
    config = Config(dataset="plane", output="linear_mse", activation="relu", learning_rate=3.0)
    trainer = Trainer(config).train_to_epoch(50)
    assert trainer.diverged
    [diverged] = findings(trainer, "diverged")
    losses, epochs = trainer.history.column("train_loss"), trainer.history.column("epoch")
    assert diverged["epoch"] == trainer.epoch and diverged["step"] == trainer.steps
    assert diverged["cause"] in trainer.divergence and diverged["learning_rate"] == 3.0
    assert diverged["lowest_loss"] == losses.min() and diverged["last_loss"] == losses[-1]
    assert diverged["lowest_epoch"] == epochs[np.argmin(losses)] < diverged["last_epoch"] == epochs[-1]


def test_the_history_records_each_layers_gradient_norm_of_the_data_loss():
    config = Config(hidden_layers=(5, 3), batch_size=250, regularization="l2", regularization_rate=0.1)
    trainer = Trainer(config)  # full batch: the recorded update's gradient is the training set's
    data_only = Trainer(config.replace(regularization="none", regularization_rate=0.0))
    dWs, _ = data_only.gradients(data_only.X_train, data_only.T_train)
    trainer.step(1)
    np.testing.assert_allclose(trainer.history.layer_gradient_norms()[0],
                               [np.sqrt((dW ** 2).sum()) for dW in dWs])
    trainer.step(3000)  # thinned as the records are
    assert trainer.history.layer_gradient_norms().shape == (len(trainer.history), 3)
