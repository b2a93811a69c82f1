"""The NumPy page's comparison: the lecture's programs run on the same arrays as nncore's Trainer,
their losses per iteration and the time each took per iteration."""
import importlib.util
import time

import numpy as np

from nncore.lecture_net import ITERATIONS, LEARNING_RATE, lecture_arrays

from . import two_layer_numpy

TORCH_AVAILABLE = importlib.util.find_spec("torch") is not None
NUMPY_PROGRAM, TORCH_PROGRAM, LIVE = "plain NumPy program", "PyTorch program", "nncore Trainer (live)"


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

        from . import two_layer_torch
        tensors = [torch.from_numpy(a.copy()) for a in (x, y, w1, w2)]  # float64, same numbers
        # One thread, as NumPy's BLAS has in the app (webui/__init__.py): a fair comparison, and on
        # two shared cores PyTorch's own threads made the run ten times slower.
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
    """Run up to `steps` iterations of nncore.lecture_net's Trainer, never past the program's
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
