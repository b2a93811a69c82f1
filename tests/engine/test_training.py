"""Training: determinism, known results, divergence, validation, minibatches, history."""
import numpy as np
import pytest
from sklearn.neural_network import MLPClassifier

from nncore import Config, History, Trainer, make_dataset


def test_same_seed_same_everything_different_seed_different():
    config = Config(dataset="spiral", noise=0.1, hidden_layers=(6, 4), optimizer="adam")
    runs = []
    for seed in (5, 5, 6):
        trainer = Trainer(config.replace(seed=seed, data_seed=seed))
        initial = [W.copy() for W in trainer.weights]
        trainer.step(200)
        runs.append((trainer.dataset.X_train, initial, trainer.history.column("train_loss")))
    (X_a, W_a, curve_a), (X_b, W_b, curve_b), (X_c, W_c, curve_c) = runs
    np.testing.assert_array_equal(X_a, X_b)
    for a, b in zip(W_a, W_b):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(curve_a, curve_b)
    assert not np.array_equal(X_a, X_c)
    assert not np.array_equal(W_a[0], W_c[0])
    assert not np.array_equal(curve_a, curve_c)


@pytest.mark.parametrize("optimizer,learning_rate", [("sgd", 0.03), ("sgd", 1.0), ("adam", 0.03),
                                                     ("momentum", 0.1)])
def test_xor_without_hidden_layer_never_beats_80_percent(optimizer, learning_rate):
    for seed in range(3):
        trainer = Trainer(Config(dataset="xor", hidden_layers=(), optimizer=optimizer,
                                 learning_rate=learning_rate, seed=seed, data_seed=seed))
        trainer.step(1500)
        assert trainer.metrics().train_accuracy <= 0.8


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_xor_with_four_tanh_units_reaches_100_percent(seed):
    trainer = Trainer(Config(dataset="xor", hidden_layers=(4,), activation="tanh", optimizer="adam",
                             learning_rate=0.03, batch_size=500, seed=seed, data_seed=seed))
    trainer.step(6000)
    assert trainer.metrics().train_accuracy == 1.0


def test_moons_reaches_95_percent_and_matches_scikit_learn():
    trainer = Trainer(Config(dataset="moons", noise=0.2, hidden_layers=(8, 8), activation="tanh",
                             learning_rate=0.03, seed=0, data_seed=0))
    trainer.step(3000)
    ours = trainer.metrics().test_accuracy
    data = trainer.dataset
    theirs = MLPClassifier((8, 8), activation="tanh", max_iter=2000, random_state=0).fit(
        data.X_train, data.y_train).score(data.X_test, data.y_test)
    assert ours >= 0.95
    assert abs(ours - theirs) <= 0.03


def test_divergence_stops_cleanly_and_keeps_finite_weights(capfd):
    trainer = Trainer(Config(dataset="plane", activation="sigmoid", output="linear_mse",
                             hidden_layers=(8, 8), learning_rate=10.0, optimizer="sgd"))
    done = trainer.step(10_000)
    assert trainer.diverged and done < 10_000
    assert "infinite or NaN" in trainer.divergence
    assert all(np.isfinite(W).all() for W in trainer.weights)
    assert np.isfinite(trainer.history.column("train_loss")).all() and len(trainer.history) > 0
    assert trainer.step(5) == 0  # stays stopped
    out, err = capfd.readouterr()
    assert out == "" and err == ""  # no NumPy warnings (they would also fail the test: pytest.ini)


@pytest.mark.parametrize("changes,field", [
    ({"learning_rate": -0.1}, "learning_rate"),
    ({"hidden_layers": (4, 0)}, "hidden_layers"),
    ({"activation": "swish"}, "activation"),
    ({"optimizer": "lbfgs"}, "optimizer"),
    ({"features": ("x3",)}, "features"),
    ({"output": "linear_mse"}, "output"),  # regression loss on a classification dataset
    ({"batch_size": 2.5}, "batch_size"),
    ({"noise": float("nan")}, "noise"),
])
def test_bad_config_names_the_field_and_allowed_values(changes, field):
    with pytest.raises(ValueError, match=field) as error:
        Config(**changes)
    message = str(error.value)
    assert "allowed" in message or "must be" in message or "need" in message


def test_activation_error_lists_the_allowed_names():
    with pytest.raises(ValueError, match="sigmoid, tanh, relu, leaky_relu, linear"):
        Config(activation="swish")


def test_minibatches_cover_each_epoch_once_and_the_last_short_batch_ends_it():
    trainer = Trainer(Config(n_points=500, train_ratio=0.5, batch_size=100))  # 250 training points
    assert trainer.steps_per_epoch == 3
    trainer.step(2)
    order = trainer.order.copy()
    assert sorted(order) == list(range(250))
    trainer.step(1)  # the third batch holds the last 50 points and ends the epoch
    assert trainer.epoch == 1 and trainer.batch_position == 0
    trainer.step(1)
    assert not np.array_equal(trainer.order, order)  # reshuffled for the new epoch
    assert trainer.train_epoch() == 2 and trainer.epoch == 2


def test_history_stays_bounded_over_a_million_steps():
    history = History(capacity=1000)
    for epoch in range(1_000_000):
        if history.due(epoch):
            history.add(epoch)
    assert len(history) < 1000
    assert history.rows[0] == 0 and history.rows[-1] > 990_000
    assert len(set(np.diff(history.rows))) == 1  # evenly spread
    trainer = Trainer(Config(n_points=20, batch_size=20, hidden_layers=(2,)))
    trainer.step(5000)
    assert len(trainer.history) < 1000 and trainer.history.column("epoch")[-1] > 4000


def test_grid_evaluation_does_not_disturb_training():
    config = Config(dataset="moons", hidden_layers=(5, 3), optimizer="adam")
    looked_at, untouched = Trainer(config), Trainer(config)
    looked_at.step(37)
    untouched.step(37)
    grid = np.stack(np.meshgrid(np.linspace(-6, 6, 30), np.linspace(-6, 6, 30)), -1).reshape(-1, 2)
    outputs = looked_at.neuron_outputs(grid)
    assert [o.shape for o in outputs] == [(900, 2), (900, 5), (900, 3), (900, 1)]
    np.testing.assert_allclose(outputs[-1], looked_at.predict(grid))
    looked_at.step(50)
    untouched.step(50)
    for a, b in zip(looked_at.weights, untouched.weights):
        np.testing.assert_array_equal(a, b)


def test_learning_rate_change_keeps_the_weights_and_counts():
    trainer = Trainer(Config())
    trainer.step(30)
    weights = [W.copy() for W in trainer.weights]
    trainer.set_training_options(trainer.config.replace(learning_rate=0.3, regularization="l2",
                                                        regularization_rate=0.01))
    assert trainer.steps == 30 and trainer.optimizer.learning_rate == 0.3
    for a, b in zip(weights, trainer.weights):
        np.testing.assert_array_equal(a, b)
    with pytest.raises(ValueError, match="needs a new Trainer: hidden_layers, activation"):
        trainer.set_training_options(trainer.config.replace(hidden_layers=(3,), activation="relu"))


def test_l1_drives_weights_to_exact_zero_where_l2_does_not():
    base = Config(dataset="gaussians", features=("x1", "x2", "x1_squared", "x2_squared", "sin_x1",
                                                  "sin_x2"), hidden_layers=(), learning_rate=0.03,
                  regularization_rate=0.05)
    zeros = {}
    for regularization in ("l1", "l2"):
        trainer = Trainer(base.replace(regularization=regularization))
        trainer.step(2000)
        zeros[regularization] = int((trainer.weights[0] == 0).sum())
    assert zeros["l1"] >= 2 and zeros["l2"] == 0


def test_every_dataset_builds_and_splits():
    for name in ("circle", "xor", "gaussians", "spiral", "moons", "linear", "blobs", "spiral_k",
                 "plane", "gaussian_bumps", "fn_sine", "fn_step", "fn_abs", "fn_cubic"):
        data = make_dataset(name, 200, 0.1, 0.7, seed=1, n_classes=4)
        assert len(data.X_train) == 140 and len(data.X_test) == 60
        assert np.isfinite(data.X_train).all()
        if data.kind != "regression":
            assert set(np.unique(data.y_train)) == set(range(data.n_classes))
    identity = make_dataset("identity_838", 0, 0.0, 0.5, seed=0)
    np.testing.assert_array_equal(identity.X_train[np.argsort(identity.y_train)], np.eye(8))


def test_an_infinite_weight_hidden_by_a_saturated_unit_is_caught_and_undone():
    trainer = Trainer(Config(hidden_layers=(4,), activation="tanh", batch_size=500))
    initial = [W.copy() for W in trainer.weights]  # checked finite at step 0
    trainer.step(3)
    trainer.weights[0][0, 0] = np.inf  # tanh(+-inf) = +-1: the scores stay finite
    assert trainer.step(100) <= 32 and trainer.diverged
    assert all(np.isfinite(W).all() for W in trainer.weights)
    for W, W0 in zip(trainer.weights, initial):  # the last weights known to be finite
        np.testing.assert_array_equal(W, W0)
