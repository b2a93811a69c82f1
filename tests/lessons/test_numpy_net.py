"""The lecture's NumPy program, the Trainer on the same arrays and the PyTorch twin."""
import numpy as np
import pytest

from lessons.numpy_net import ITERATIONS, lecture_arrays, lecture_trainer, orders_fallen
from programs import two_layer_numpy


def test_numpy_program_loss_falls_by_a_millionth_and_trainer_gives_the_same_numbers():
    x, y, w1, w2 = lecture_arrays(0)
    program_w1, program_w2 = w1.copy(), w2.copy()
    losses = np.array(two_layer_numpy.train(x, y, program_w1, program_w2))
    assert len(losses) == ITERATIONS
    assert losses[-1] < 1e-6 * losses[0]
    trainer = lecture_trainer(x, y, w1, w2)
    trainer.step(ITERATIONS)
    np.testing.assert_array_equal(trainer.history.column("train_loss"), losses)
    np.testing.assert_array_equal(trainer.weights[0], program_w1)
    np.testing.assert_array_equal(trainer.weights[1], program_w2)
    np.testing.assert_array_equal(w1, lecture_arrays(0)[2])  # the caller's arrays are untouched


def test_torch_program_matches_numpy():
    torch = pytest.importorskip("torch")
    from programs import two_layer_torch
    x, y, w1, w2 = lecture_arrays(1)
    numpy_losses = two_layer_numpy.train(x, y, w1.copy(), w2.copy(), iterations=50)
    torch_losses = two_layer_torch.train(*(torch.from_numpy(a.copy()) for a in (x, y, w1, w2)),
                                         iterations=50)
    np.testing.assert_allclose(torch_losses, numpy_losses, rtol=1e-9)


def test_orders_fallen_is_log10_of_first_over_last_rounded():
    assert orders_fallen(np.array([3.2e7, 5.0, 4.6e-7])) == 14
    assert orders_fallen(np.array([1.0, 2.0])) == 0
    assert orders_fallen(np.array([1.0, 0.0])) is None and orders_fallen([np.inf, 1.0]) is None
