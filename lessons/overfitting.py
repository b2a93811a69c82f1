"""Over- and underfitting: final train and test loss against network capacity, and early stopping.

Few noisy training points: a tiny network cannot follow the curve (underfitting, both losses high);
a large one trained long follows the noise (overfitting: train loss low, test loss up again).
"""
from dataclasses import dataclass

import numpy as np

from nncore import Config, Trainer

# The page's defaults: 20 training points of a noisy sine, 180 test points.
SWEEP_CONFIG = Config(dataset="fn_sine", n_points=200, noise=0.3, train_ratio=0.1,
                      hidden_layers=(8,), activation="tanh", output="linear_mse",
                      optimizer="adam", learning_rate=0.02, batch_size=200, seed=0)
CAPACITIES = (1, 2, 4, 8, 16, 32, 64)  # hidden units per layer
EPOCHS = 2000
N_TEST = 180


def with_capacity(config, hidden_units, n_layers=1):
    return config.replace(hidden_layers=(hidden_units,) * n_layers)


def overfitting_config(noise=SWEEP_CONFIG.noise, n_train=20, hidden_units=8, n_layers=1,
                       regularization_rate=0.0, data_seed=SWEEP_CONFIG.data_seed):
    """The page's network: SWEEP_CONFIG with n_train training points (and N_TEST test points) of
    the noisy sine, n_layers hidden layers of hidden_units each, L2 of the given rate (none at 0)."""
    return with_capacity(SWEEP_CONFIG, hidden_units, n_layers).replace(
        noise=noise, n_points=n_train + N_TEST, train_ratio=n_train / (n_train + N_TEST),
        data_seed=int(data_seed), regularization="l2" if regularization_rate else "none",
        regularization_rate=regularization_rate)


@dataclass(frozen=True)
class SweepResult:
    capacities: np.ndarray  # (k,) hidden units per layer
    train_loss: np.ndarray  # (k,) final data loss on the training points
    test_loss: np.ndarray  # (k,) final data loss on the test points
    best_test_loss: np.ndarray  # (k,) lowest test loss seen while training (early stopping)


def capacity_sweep(config, capacities=CAPACITIES, epochs=EPOCHS, n_layers=1):
    """Train one network per capacity for `epochs` epochs; losses without the penalty."""
    rows = []
    for units in capacities:
        trainer = Trainer(with_capacity(config, units, n_layers)).train_to_epoch(epochs)
        final = trainer.metrics()
        rows.append((final.train_loss, final.test_loss,
                     min(final.test_loss, np.nanmin(trainer.history.column("test_loss")))))
    train, test, best = np.array(rows).T
    return SweepResult(np.array(capacities), train, test, best)


def early_stopping_epoch(history):
    """(epoch, test loss) where the recorded test loss was lowest, or None without test data."""
    test = history.column("test_loss")
    if not len(test) or np.isnan(test).all():
        return None
    best = int(np.nanargmin(test))
    return int(history.column("epoch")[best]), float(test[best])
