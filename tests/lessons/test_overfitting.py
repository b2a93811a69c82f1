"""The capacity sweep's U-shaped test loss and the early-stopping epoch."""
import numpy as np

from lessons.overfitting import (
    CAPACITIES,
    EPOCHS,
    N_TEST,
    SWEEP_CONFIG,
    capacity_sweep,
    early_stopping_epoch,
    overfitting_config,
)
from lessons.universal_approximation import approximation_config
from nncore import Trainer


def test_sweep_test_loss_is_u_shaped_on_the_defaults():
    result = capacity_sweep(SWEEP_CONFIG, CAPACITIES, EPOCHS)
    lowest = result.test_loss.min()
    assert result.test_loss[0] > lowest and result.test_loss[-1] > lowest
    assert 0 < np.argmin(result.test_loss) < len(CAPACITIES) - 1
    assert result.train_loss[-1] < result.train_loss[0]  # more capacity fits the training set better
    assert (result.best_test_loss <= result.test_loss).all()


def test_early_stopping_epoch_is_the_lowest_test_loss():
    trainer = Trainer(SWEEP_CONFIG.replace(hidden_layers=(32,)))
    trainer.step(600)
    epoch, loss = early_stopping_epoch(trainer.history)
    test = trainer.history.column("test_loss")
    assert loss == test.min()
    assert epoch == trainer.history.column("epoch")[np.argmin(test)]
    no_test = Trainer(approximation_config("sine", 2))
    no_test.step(2)
    assert early_stopping_epoch(no_test.history) is None


def test_every_number_of_training_points_the_page_offers_builds_exactly_that_split():
    for n_train in range(5, 101):  # the page's slider
        trainer = Trainer(overfitting_config(n_train=n_train, hidden_units=64, n_layers=2))
        assert (trainer.n_train, len(trainer.X_test)) == (n_train, N_TEST)
