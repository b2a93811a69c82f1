"""The lecture's two-layer ReLU network (no biases, summed squared error, plain gradient descent)
run on nncore's Trainer, from the same arrays as the plain NumPy program in programs/."""
import numpy as np

from .config import Config
from .datasets import Dataset
from .trainer import Trainer

# N is the batch size; D_in the input dimension; H the hidden dimension; D_out the output dimension.
N, D_IN, H, D_OUT = 64, 1000, 100, 10
LEARNING_RATE = 1e-6
ITERATIONS = 500


def lecture_arrays(seed=0):
    """Random data and weights as in the lecture, all standard normal: x (N, D_in), y (N, D_out),
    w1 (D_in, H), w2 (H, D_out)."""
    rng = np.random.default_rng(seed)
    return (rng.standard_normal((N, D_IN)), rng.standard_normal((N, D_OUT)),
            rng.standard_normal((D_IN, H)), rng.standard_normal((H, D_OUT)))


def lecture_trainer(x, y, w1, w2, learning_rate=LEARNING_RATE):
    """A Trainer doing exactly the lecture's loop: one full-batch SGD step per iteration on
    loss = Σ (y_pred − y)², starting from copies of w1 and w2."""
    config = Config(dataset="plane", n_points=len(x), train_ratio=1.0, hidden_layers=(w1.shape[1],),
                    activation="relu", output="linear_sse", init="normal", use_bias=False,
                    optimizer="sgd", learning_rate=learning_rate, batch_size=len(x))
    # Every row is training data, kept in the program's order (Dataset.from_arrays would shuffle
    # them: the same sums, added in another order, would differ in the last bits).
    data = Dataset(x, y, x[:0], y[:0], kind="regression", n_classes=0, name="lecture: random data")
    trainer = Trainer(config, data)
    trainer.weights = [w1.copy(), w2.copy()]  # the program's own initial weights
    return trainer
