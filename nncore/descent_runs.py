"""The gradient-descent page's three comparisons on one loss surface, each a {legend label: Path}:
exact against noisy gradients, three learning rates with optional stopping rules, and a race of
every optimizer of the engine."""
from .optimizers import OPTIMIZERS
from .surfaces import run_path

# These divide each step by a running size of the gradients: their learning rate is a step length.
ADAPTIVE = ("adagrad", "rmsprop", "adam")


def batch_paths(surface, learning_rate, start, max_steps, batch_size, seed=0):
    """Plain gradient descent (exact gradient), SGD (B = 1) and minibatch (B = batch_size)."""
    kinds = {"GD (exact gradient)": None, "SGD (B = 1)": 1, f"minibatch (B = {batch_size})": batch_size}
    return {label: run_path(surface, "sgd", learning_rate, start, max_steps, batch_size=b, seed=seed)
            for label, b in kinds.items()}


def learning_rate_paths(surface, learning_rates, start, max_steps, step_tolerance=None,
                        gradient_tolerance=None):
    """Gradient descent once per learning rate; a tolerance of None switches its rule off."""
    return {f"η = {rate:g}": run_path(surface, "sgd", rate, start, max_steps,
                                       step_tolerance=step_tolerance,
                                       gradient_tolerance=gradient_tolerance)
            for rate in learning_rates}


def race_paths(surface, plain_rate, adaptive_rate, start, steps):
    """Every optimizer from the same start, labelled as in OPTIMIZERS; the ADAPTIVE ones take
    `adaptive_rate`, SGD and momentum `plain_rate`."""
    return {OPTIMIZERS[name].label: run_path(surface, name,
                                             adaptive_rate if name in ADAPTIVE else plain_rate,
                                             start, steps)
            for name in OPTIMIZERS}
