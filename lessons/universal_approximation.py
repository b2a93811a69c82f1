"""Universal approximation in 1D: a one-hidden-layer network's fit as a sum of its hidden units'
weighted outputs, and the hand-built construction of a curve from sigmoid bumps.

With one hidden layer and a linear output, f(x) = b2 + Σ_j v_j g(w_j x + b_j): each term
v_j g(w_j x + b_j) is one unit's contribution (a stump or bump), and their sum is the fit.
"""
import math

import numpy as np

from lessons.language import _
from nncore import ACTIVATIONS, Config, Dataset, mlp
from nncore.datasets import EXTENT_1D, FUNCTIONS_1D
from nncore.quoting import quoted
from nncore.tabular import MAX_MAGNITUDE

MAX_POINTS = 1000  # typed points; more would only crowd the text box and the chart


def approximation_config(target="sine", hidden_units=10, activation="tanh", learning_rate=0.02):
    """The page's network for a 1D target of nncore.datasets.FUNCTIONS_1D: 200 noise-free points,
    all for training, one hidden layer, linear output, full-batch Adam."""
    return Config(dataset=f"fn_{target}", n_points=200, train_ratio=1.0,
                  hidden_layers=(hidden_units,), activation=activation, output="linear_mse",
                  optimizer="adam", learning_rate=learning_rate, batch_size=200)


def approximation_setup(target="sine", hidden_units=10, activation="tanh", learning_rate=0.02,
                        points=None):
    """(Config, Dataset or None) of the page's network: for a target of FUNCTIONS_1D its own data
    (None); for target "points", the points (X (n, 1), y (n,)) typed in, which replace the data of a
    sine network of the same shape. `Trainer(*approximation_setup(...))` builds it."""
    config = approximation_config("sine" if target == "points" else target, hidden_units, activation,
                                  learning_rate)
    if target != "points":
        return config, None
    return config, Dataset.from_arrays(points[0], points[1], "regression", 1.0,
                                       np.random.default_rng(0), name="your points")


def approximation_target(target, points=None):
    """The curve to follow, a function of x (n,): a FUNCTIONS_1D target, or the piecewise-linear
    curve through typed points (X (n, 1), y (n,)) when target is "points"."""
    return FUNCTIONS_1D.get(target) or points_function(*points)


def hidden_contributions(X, weights, biases, activation):
    """Contributions C (n, H) with C[:, j] = v_j g(s_j(x)), and the output bias b2 (a float), for a
    one-hidden-layer, one-output network on inputs X (n, 1): C.sum(axis=1) + b2 is the output score."""
    if len(weights) != 2 or weights[1].shape[1] != 1:
        raise ValueError("contributions need one hidden layer and one output unit")
    hidden = mlp.layer_outputs(X, weights, biases, activation, lambda Z: Z)[0]  # (n, H)
    output_bias = 0.0 if biases[1] is None else float(biases[1][0])
    return hidden * weights[1][:, 0], output_bias


def bump(x, left, right, height, steepness):
    """height * (σ(k(x − left)) − σ(k(x − right))): two steep sigmoids make a bump on [left, right]."""
    sigmoid = ACTIVATIONS["sigmoid"].value
    return height * (sigmoid(steepness * (x - left)) - sigmoid(steepness * (x - right)))


def bump_network(f, n_bumps, steepness, extent=EXTENT_1D):
    """Weights [(1, 2n), (2n, 1)] and biases of a 1-(2n)-1 sigmoid network whose output is the sum
    of n bumps, bump i of height f(centre_i) on the i-th of n equal intervals of [-extent, extent].
    Hidden units 2i and 2i+1 are the bump's rising and falling sigmoid."""
    edges = np.linspace(-extent, extent, n_bumps + 1)
    heights = f(0.5 * (edges[:-1] + edges[1:]))
    steps_at = np.repeat(edges, 2)[1:-1]  # left_0, right_0, left_1, right_1, ...
    W1 = np.full((1, 2 * n_bumps), float(steepness))
    b1 = -steepness * steps_at  # σ(k(x − a)) = σ(kx − ka)
    W2 = np.column_stack([heights, -heights]).reshape(-1, 1)  # +h for rising, −h for falling
    return [W1, W2], [b1, np.zeros(1)]


def parse_points(text):
    """Points (x, y) typed one pair per line ("x, y" or "x y") -> X (n, 1), y (n,): 2 to MAX_POINTS
    points, every number within ±MAX_MAGNITUDE (as for CSV data). Raises ValueError naming the first
    bad line."""
    if not isinstance(text, str):
        raise ValueError(_("points: {text} is not text").format(text=quoted(text)))
    xs, ys = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        if len(xs) == MAX_POINTS:
            raise ValueError(_("line {number}: more than {most} points; enter at most {most}, one "
                               "'x, y' pair per line").format(number=number, most=MAX_POINTS))
        parts = line.replace(",", " ").replace(";", " ").split()
        try:
            x, y = (float(p) for p in parts)
        except ValueError:
            raise ValueError(_("line {number}: {line} is not two numbers 'x, y'").format(
                number=number, line=quoted(line))) from None
        if not (math.isfinite(x) and math.isfinite(y)):
            raise ValueError(_("line {number}: {line} must hold finite numbers").format(
                number=number, line=quoted(line)))
        if max(abs(x), abs(y)) > MAX_MAGNITUDE:
            raise ValueError(_("line {number}: {line} is not allowed; numbers must lie from {low:g} to "
                               "{high:g}").format(number=number, line=quoted(line), low=-MAX_MAGNITUDE,
                                                  high=MAX_MAGNITUDE))
        xs.append(x)
        ys.append(y)
    if len(xs) < 2:
        raise ValueError(_("enter at least two points, one 'x, y' pair per line"))
    return np.array(xs).reshape(-1, 1), np.array(ys)


def points_function(X, y):
    """The piecewise-linear curve through entered points X (n, 1), y (n,), sorted by x: a target
    for the hand-built bumps."""
    order = np.argsort(X[:, 0])
    xs, ys = X[order, 0], y[order]
    return lambda x: np.interp(x, xs, ys)
