"""The lecture's two-layer ReLU network (no biases, summed squared error, plain gradient descent)
run on nncore's Trainer, from the same arrays as the plain NumPy program in programs/; and the page's
comparison: the lecture's programs run on the same arrays as the Trainer, their losses per iteration
and the time each took per iteration."""
import importlib.util
import time

import numpy as np

from lessons.language import N_
from nncore import Config, Dataset, Trainer
from programs import two_layer_numpy

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


def lecture_trainer(x, y, w1, w2, learning_rate=LEARNING_RATE, seed=0):
    """A Trainer doing exactly the lecture's loop: one full-batch SGD step per iteration on
    loss = Σ (y_pred − y)², starting from copies of w1 and w2; `seed`, the one lecture_arrays drew
    them with, is its config's (the weights are the arrays', so a new seed is a new Trainer)."""
    config = Config(dataset="plane", n_points=len(x), train_ratio=1.0, hidden_layers=(w1.shape[1],),
                    activation="relu", output="linear_sse", init="normal", use_bias=False,
                    optimizer="sgd", learning_rate=learning_rate, batch_size=len(x), seed=seed)
    # Every row is training data, kept in the program's order (Dataset.from_arrays would shuffle
    # them: the same sums, added in another order, would differ in the last bits).
    data = Dataset(x, y, x[:0], y[:0], kind="regression", n_classes=0, name="lecture: random data")
    trainer = Trainer(config, data)
    trainer.weights = [w1.copy(), w2.copy()]  # the program's own initial weights
    return trainer


TORCH_AVAILABLE = importlib.util.find_spec("torch") is not None
# the runs' names (the charts say them translated)
NUMPY_PROGRAM, TORCH_PROGRAM = N_("plain NumPy program"), N_("PyTorch program")
LIVE = N_("nncore Trainer (live)")


def program_runs(seed):
    """{program name: (losses (ITERATIONS,), seconds per iteration)} for the plain NumPy program and,
    where PyTorch is installed, the PyTorch one, from lecture_arrays(seed)."""
    x, y, w1, w2 = lecture_arrays(seed)
    runs = {}
    started = time.perf_counter()
    losses = two_layer_numpy.train(x, y, w1.copy(), w2.copy(), LEARNING_RATE, ITERATIONS)
    runs[NUMPY_PROGRAM] = (np.array(losses), (time.perf_counter() - started) / ITERATIONS)
    if TORCH_AVAILABLE:
        import torch

        from programs import two_layer_torch
        tensors = [torch.from_numpy(a.copy()) for a in (x, y, w1, w2)]  # float64, same numbers
        # One thread, as NumPy's BLAS has in the app (webui/__init__.py): a fair comparison, and
        # PyTorch's own threads would fight over the server's shared cores.
        threads = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            started = time.perf_counter()
            losses = two_layer_torch.train(*tensors, LEARNING_RATE, ITERATIONS)
            runs[TORCH_PROGRAM] = (np.array(losses), (time.perf_counter() - started) / ITERATIONS)
        finally:
            torch.set_num_threads(threads)
    return runs


def train_live(trainer, steps):
    """Run up to `steps` iterations of lessons.numpy_net's Trainer, never past the program's
    ITERATIONS; returns the seconds taken."""
    steps = min(steps, ITERATIONS - trainer.steps)
    started = time.perf_counter()
    trainer.step(steps)
    return time.perf_counter() - started


def comparison(trainer, seconds, runs):
    """What the page draws: ({name: losses per iteration}, {name: milliseconds per iteration}), the
    live Trainer (trained for `seconds` so far) first, then the program_runs."""
    curves = {LIVE: trainer.history.column("train_loss")[:trainer.steps]}
    curves.update({name: losses for name, (losses, _) in runs.items()})
    milliseconds = {name: 1000 * per_step for name, (_, per_step) in runs.items()}
    if trainer.steps:
        milliseconds[LIVE] = 1000 * seconds / trainer.steps
    return curves, milliseconds


def orders_fallen(losses):
    """How many orders of magnitude a run's loss falls from its first to its last value, log10(first /
    last) rounded to a whole number; None unless both are positive and finite."""
    first, last = float(losses[0]), float(losses[-1])
    if not (np.isfinite(first) and np.isfinite(last) and first > 0 and last > 0):
        return None
    return round(np.log10(first / last))
