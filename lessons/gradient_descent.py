"""Loss surfaces over two weights w = (w1, w2), and the path an optimizer takes on them.

Each surface has a value L(w), its gradient, a picture window and presets for the page. SGD and
minibatch runs need a noisy gradient: on the data surface (logistic regression) it is the real
gradient of a random minibatch; on the formula surfaces it is the true gradient plus Gaussian noise
of standard deviation sigma / sqrt(B), the spread of a mean over B independent samples.
The optimizers are the engine's own (OPTIMIZERS), so every path takes exactly their update rule.
The page's three comparisons on one surface are each a {legend label: Path}: exact against noisy
gradients, three learning rates with optional stopping rules, and a race of every optimizer.
Far from the picture a surface's value and gradient overflow to inf (or NaN) without a warning;
run_path stops there as "diverged".
The labels of the paths (the comparisons' keys) are English, as the lab looks paths up by them; a
page shows them with `said`, in the language spoken, and a Path's message is in it too.
"""
import functools
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np

from lessons.language import N_, _
from nncore import OPTIMIZERS, OUTPUT_LOSSES, make_dataset, mlp, sigmoid
from nncore.quoting import quoted

ESCAPE_FACTOR = 10.0  # a path this many window sizes away from the window has diverged


def _quietly(function):
    """`function` computed with NumPy's overflow and invalid-value warnings off: the caller tests
    the result for inf and NaN."""
    @functools.wraps(function)
    def quiet(*args):
        with np.errstate(all="ignore"):
            return function(*args)
    return quiet


@dataclass(frozen=True)
class Surface:
    name: str
    label: str
    formula: str  # L(w) as the page writes it
    value: Callable  # W (..., 2) -> L (...)
    gradient: Callable  # w (2,) -> dL/dw (2,)
    extent: tuple  # ((w1_min, w1_max), (w2_min, w2_max)) of the picture
    start: tuple  # default start point
    minimum: tuple  # where L is smallest (one of them if several)
    curvature: float  # L_max: largest Hessian eigenvalue at the minimum; GD needs lr < 2 / L_max
    quadratic: bool  # True: the curvature is the same everywhere, so 2 / L_max is exact
    learning_rates: tuple  # presets (too small, about right, too big)
    adaptive_learning_rate: float  # preset for Adagrad / RMSProp / Adam in the race
    gradient_noise: float = 1.0  # sigma of one sample's gradient noise (formula surfaces)
    minibatch_gradient: Optional[Callable] = None  # (w, B, rng) -> (2,) for surfaces made of data
    log_levels: bool = False  # contour log(1 + L - L_min): the surface spans many orders

    def noisy_gradient(self, w, batch_size, rng):
        """The gradient of a random minibatch of B samples, (2,)."""
        if self.minibatch_gradient is not None:
            return self.minibatch_gradient(w, batch_size, rng)
        return self.gradient(w) + rng.normal(0.0, self.gradient_noise / np.sqrt(batch_size), 2)

    def grid(self, n=80):
        """w1 (n,), w2 (n,) and L on the grid, shape (n, n) indexed [w2, w1] as contour plots want."""
        (a, b), (c, d) = self.extent
        w1, w2 = np.linspace(a, b, n), np.linspace(c, d, n)
        return w1, w2, self.value(np.stack(np.meshgrid(w1, w2), axis=-1))


def _quadratic(name, label, formula, curvatures, extent, start, learning_rates, adaptive_rate):
    """L(w) = ½ (a w1² + b w2²) with curvatures (a, b)."""
    a = np.asarray(curvatures, float)
    return Surface(name, label, formula,
                   _quietly(lambda W: 0.5 * (np.asarray(W) ** 2 * a).sum(axis=-1)),
                   _quietly(lambda w: a * np.asarray(w, float)), extent, start, (0.0, 0.0),
                   float(a.max()), True, learning_rates, adaptive_rate)


@_quietly
def _saddle_value(W):
    W = np.asarray(W, float)
    w1, w2 = W[..., 0], W[..., 1]
    return 0.5 * w1 ** 2 - 0.5 * w2 ** 2 + 0.25 * w2 ** 4


@_quietly
def _saddle_gradient(w):
    w1, w2 = w
    return np.array([w1, w2 ** 3 - w2])


@_quietly
def _rosenbrock_value(W):
    W = np.asarray(W, float)
    w1, w2 = W[..., 0], W[..., 1]
    return (1.0 - w1) ** 2 + 100.0 * (w2 - w1 ** 2) ** 2


@_quietly
def _rosenbrock_gradient(w):
    w1, w2 = w
    return np.array([-2.0 * (1.0 - w1) - 400.0 * w1 * (w2 - w1 ** 2), 200.0 * (w2 - w1 ** 2)])


def logistic_regression_surface(n_points=200, noise=0.6, seed=0):
    """The mean binary cross-entropy of y = sigmoid(w1 x1 + w2 x2) (no bias) on two Gaussian blobs,
    computed by the engine's own forward pass, loss and backward pass."""
    data = make_dataset("gaussians", n_points, noise, 1.0, seed)
    X = data.X_train
    loss = OUTPUT_LOSSES["sigmoid_bce"]
    T = loss.encode(data.y_train, "binary", 2)

    @_quietly
    def value(W):
        W = np.asarray(W, float)
        flat = W.reshape(-1, 2)
        scores = X @ flat.T  # (n, m): one column of scores per weight vector
        return np.array([loss.loss(scores[:, [j]], T) for j in range(len(flat))]).reshape(W.shape[:-1])

    @_quietly
    def batch_gradient(w, rows):
        weights = [np.asarray(w, float).reshape(2, 1)]
        Z, cache = mlp.forward(X[rows], weights, [None], "linear")
        dWs, _biases = mlp.backward(loss.gradient(Z, T[rows]), cache, weights, [None], "linear")
        return dWs[0][:, 0]

    def minibatch_gradient(w, batch_size, rng):
        return batch_gradient(w, rng.choice(len(X), size=min(batch_size, len(X)), replace=False))

    everything = np.arange(len(X))
    # Hessian of the mean BCE: X^T diag(p(1-p)) X / n, evaluated at the minimum found by Newton steps.
    w_min = np.zeros(2)
    for _newton in range(30):
        p = sigmoid(X @ w_min)
        hessian = (X * (p * (1 - p))[:, None]).T @ X / len(X)
        w_min = w_min - np.linalg.solve(hessian, batch_gradient(w_min, everything))
    centre = np.round(w_min)
    return Surface(
        "logistic", N_("Logistic regression on data (2 weights)"),
        "L(w) = −1/N Σ [tᵢ ln σ(w·xᵢ) + (1 − tᵢ) ln(1 − σ(w·xᵢ))]",
        value, lambda w: batch_gradient(w, everything),
        tuple((float(c - 4.0), float(c + 4.0)) for c in centre),
        (float(centre[0] - 3.5), float(centre[1] + 3.0)), tuple(float(v) for v in w_min),
        float(np.linalg.eigvalsh(hessian).max()), False, (0.05, 1.0, 10.0), 0.3,
        minibatch_gradient=minibatch_gradient)


SURFACES = {
    s.name: s
    for s in (
        _quadratic("bowl", N_("Round bowl"), "L(w) = ½ (w₁² + w₂²)", (1.0, 1.0),
                   ((-3.0, 3.0), (-3.0, 3.0)), (-2.5, 2.0), (0.02, 0.3, 2.1), 0.1),
        _quadratic("valley", N_("Elongated valley"), "L(w) = ½ (w₁² + 10 w₂²)", (1.0, 10.0),
                   ((-4.0, 4.0), (-2.0, 2.0)), (-3.5, 1.5), (0.005, 0.15, 0.21), 0.1),
        Surface("saddle", N_("Saddle point between two valleys"), "L(w) = ½ w₁² − ½ w₂² + ¼ w₂⁴",
                _saddle_value, _saddle_gradient, ((-3.0, 3.0), (-2.0, 2.0)), (2.5, 0.01),
                (0.0, 1.0), 2.0, False, (0.01, 0.1, 2.1), 0.1, gradient_noise=0.5),
        Surface("rosenbrock", N_("Rosenbrock's banana valley"), "L(w) = (1 − w₁)² + 100 (w₂ − w₁²)²",
                _rosenbrock_value, _rosenbrock_gradient, ((-2.0, 2.0), (-1.0, 3.0)), (-1.2, 1.0),
                (1.0, 1.0), 1001.6, False, (2e-4, 1.5e-3, 8e-3), 0.2, gradient_noise=20.0,
                log_levels=True),
        logistic_regression_surface(),
    )
}


@dataclass(frozen=True)
class Path:
    """Where an optimizer went: points (k+1, 2) and losses (k+1,), and why it stopped. All are
    finite except the loss of a start so far out that it overflows (then k = 0, stop "diverged")."""
    points: np.ndarray
    losses: np.ndarray
    stop: str  # "max_steps", "step_size" (||Δw|| ≤ ε), "gradient" (||∇L|| ≤ ε) or "diverged"
    note: str  # why it stopped: an English message, with {name} for each of `values`
    values: dict = field(default_factory=dict)

    @property
    def steps(self):
        return len(self.points) - 1

    @property
    def message(self):
        """Why it stopped, in the language spoken."""
        return _(self.note).format(**self.values)


def _far_outside(surface, w):
    (a, b), (c, d) = surface.extent
    half = ESCAPE_FACTOR * max(b - a, d - c)
    return abs(w[0] - (a + b) / 2) > half or abs(w[1] - (c + d) / 2) > half


def run_path(surface, optimizer="sgd", learning_rate=0.1, start=None, max_steps=100,
             batch_size=None, seed=0, step_tolerance=None, gradient_tolerance=None, **hyperparameters):
    """Run an optimizer from `start` for up to max_steps updates.

    batch_size None uses the exact gradient (gradient descent); a number B uses a noisy minibatch
    gradient (B = 1 is SGD). Stopping rules: ||Δw|| ≤ step_tolerance after an update, ||∇L|| ≤
    gradient_tolerance before one (the gradient the optimizer would use). A non-finite step, or one
    that lands far outside the picture, ends the run as "diverged"; only finite points are kept, and
    a start whose own loss overflows ends it before the first step. ValueError if `start` is not two
    finite numbers.
    """
    rule = OPTIMIZERS[optimizer](learning_rate, **hyperparameters)
    rng = np.random.default_rng(seed)
    w = np.array(surface.start if start is None else start, float)
    if w.shape != (2,) or not np.isfinite(w).all():
        raise ValueError(f"start: {quoted(start)} is not allowed; must be two finite numbers")
    points, losses = [w], [float(surface.value(w))]
    if not np.isfinite(losses[0]):
        return Path(np.array(points), np.array(losses), "diverged",
                    N_("Diverged before the first step: the loss at the start w = ({w1:.3g}, {w2:.3g}) "
                       "is too large to compute."), dict(w1=w[0], w2=w[1]))
    stop, message, values = "max_steps", "", {}
    with np.errstate(all="ignore"):  # a diverging step is caught below, not warned about
        for k in range(max_steps):
            gradient = (surface.gradient(w) if batch_size is None
                        else surface.noisy_gradient(w, batch_size, rng))
            gradient_norm = float(np.linalg.norm(gradient))
            if gradient_tolerance is not None and gradient_norm <= gradient_tolerance:
                stop = "gradient"
                message = N_("Stopped by ||∇L|| ≤ ε after {steps} steps: ||∇L|| = {norm:.3g} ≤ "
                             "ε = {epsilon:g}.")
                values = dict(steps=k, norm=gradient_norm, epsilon=gradient_tolerance)
                break
            new = rule.step([w], [gradient])[0]
            loss = float(surface.value(new))
            if not (np.isfinite(new).all() and np.isfinite(loss)):
                stop = "diverged"
                message = N_("Diverged: step {step} would reach an infinite or NaN weight or loss. "
                             "The last finite point is kept.")
                values = dict(step=k + 1)
                break
            step_norm = float(np.linalg.norm(new - w))
            w = new
            points.append(w)
            losses.append(loss)
            if _far_outside(surface, w):
                stop = "diverged"
                message = N_("Diverged after {steps} steps: the loss grew from {first:.3g} to "
                             "{last:.3g} and w = ({w1:.3g}, {w2:.3g}) is far outside the picture.")
                values = dict(steps=k + 1, first=losses[0], last=loss, w1=w[0], w2=w[1])
                break
            if step_tolerance is not None and step_norm <= step_tolerance:
                stop = "step_size"
                message = N_("Stopped by ||Δw|| ≤ ε after {steps} steps: ||Δw|| = {norm:.3g} ≤ "
                             "ε = {epsilon:g}.")
                values = dict(steps=k + 1, norm=step_norm, epsilon=step_tolerance)
                break
    if stop == "max_steps":
        message = N_("Ran all {steps} steps (no stopping rule fired); the loss is now {loss:.4g}.")
        values = dict(steps=max_steps, loss=losses[-1])
    return Path(np.array(points), np.array(losses), stop, message, values)


def learning_rate_regime(surface, learning_rate):
    """What plain gradient descent does with this learning rate, judged by lr · L_max (one sentence,
    in the language spoken); on a surface that is not quadratic it holds near the minimum."""
    product = float(learning_rate) * surface.curvature  # a float overflows to inf, silently
    near = not surface.quadratic
    if product < 1.0:
        if product < 0.05:
            message = (N_("lr · L_max = {product:.3g} < 1: every step moves downhill without "
                          "overshooting near the minimum (tiny steps: it crawls).") if near else
                       N_("lr · L_max = {product:.3g} < 1: every step moves downhill without "
                          "overshooting (tiny steps: it crawls)."))
        else:
            message = (N_("lr · L_max = {product:.3g} < 1: every step moves downhill without "
                          "overshooting near the minimum.") if near else
                       N_("lr · L_max = {product:.3g} < 1: every step moves downhill without "
                          "overshooting."))
    elif product < 2.0:
        message = (N_("1 ≤ lr · L_max = {product:.3g} < 2: steps overshoot the valley floor and "
                      "zig-zag, but the zig-zag shrinks near the minimum.") if near else
                   N_("1 ≤ lr · L_max = {product:.3g} < 2: steps overshoot the valley floor and "
                      "zig-zag, but the zig-zag shrinks."))
    elif product == 2.0:
        message = (N_("lr · L_max = 2: the steepest direction bounces back and forth forever near the "
                      "minimum.") if near else
                   N_("lr · L_max = 2: the steepest direction bounces back and forth forever."))
    elif near:
        message = N_("lr · L_max = {product:.3g} > 2: the learning rate is above 2/L_max = "
                     "{limit:.3g}, so near the minimum each overshoot grows: gradient descent cannot "
                     "settle there (it oscillates, or is thrown far away).")
    else:
        message = N_("lr · L_max = {product:.3g} > 2: the learning rate is above 2/L_max = "
                     "{limit:.3g}, each overshoot is larger than the last and gradient descent "
                     "diverges.")
    return _(message).format(product=product, limit=2.0 / surface.curvature)


# These divide each step by a running size of the gradients: their learning rate is a step length.
ADAPTIVE = ("adagrad", "rmsprop", "adam")


GD, SGD, MINIBATCH = N_("GD (exact gradient)"), N_("SGD (B = 1)"), N_("minibatch (B = {size})")
# The engine's optimizers' labels (OPTIMIZERS), marked here for translation: nncore speaks English.
OPTIMIZER_LABELS = (N_("SGD (plain gradient descent)"), N_("Momentum"))


def said(label):
    """A path's label (a key of the page's comparisons) in the language spoken."""
    minibatch = re.fullmatch(r"minibatch \(B = (\d+)\)", label)
    return _(MINIBATCH).format(size=minibatch[1]) if minibatch else _(label)


def batch_paths(surface, learning_rate, start, max_steps, batch_size, seed=0):
    """Plain gradient descent (exact gradient), SGD (B = 1) and minibatch (B = batch_size)."""
    kinds = {GD: None, SGD: 1, MINIBATCH.format(size=batch_size): batch_size}
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


RACE_TOLERANCE = 1e-3  # an optimizer has arrived once L(w) − L(w*) is at most this


@dataclass(frozen=True)
class Standing:
    """One optimizer's race: the first step with L(w) − L(w*) ≤ RACE_TOLERANCE (None: never), and
    L(w) − L(w*) at its last step."""
    label: str
    arrival: Optional[int]
    final_gap: float


def race_standings(surface, paths):
    """The race's order (paths: label -> Path): who arrived first, then who is closest at the end."""
    best = float(surface.value(np.array(surface.minimum)))
    standings = []
    for label, path in paths.items():
        gaps = path.losses - best
        arrived = np.flatnonzero(gaps <= RACE_TOLERANCE)
        standings.append(Standing(label, int(arrived[0]) if len(arrived) else None, float(gaps[-1])))
    return sorted(standings, key=lambda s: (s.arrival is None, s.arrival or 0, s.final_gap))


def preset_race_winners(steps):
    """{surface name: the race's winner (a Standing)} for every surface at its own presets (start,
    learning rates), `steps` steps each."""
    return {name: race_standings(surface, race_paths(surface, surface.learning_rates[1],
                                                     surface.adaptive_learning_rate, surface.start,
                                                     steps))[0]
            for name, surface in SURFACES.items()}
