"""Capacity: one neuron against one hidden layer on XOR and circle data.

A single neuron draws one line w1 x1 + w2 x2 + b = 0; a hidden layer maps the points to new
coordinates h = g(Wᵀx + b) where one line (plane) can separate them. With linear hidden units the
two layers compose to one: s = W2ᵀ(W1ᵀx + b1) + b2 = (W1 W2)ᵀx + (W2ᵀb1 + b2), a single neuron again.
"""
import numpy as np

from nncore import Config, Trainer

TRAINING_STEPS = 1500  # full-batch Adam steps; enough for 4 tanh units to separate XOR


def capacity_config(dataset="xor", hidden_units=4, activation="tanh", seed=0):
    """The page's network: hidden_units = 0 is the single neuron (no hidden layer)."""
    return Config(dataset=dataset, n_points=200, noise=0.0, train_ratio=0.5,
                  hidden_layers=(hidden_units,) if hidden_units else (), activation=activation,
                  output="sigmoid_bce", optimizer="adam", learning_rate=0.03, batch_size=200, seed=seed)


def network_kinds(hidden_units=4, activation="tanh"):
    """The page's three networks as (hidden units, activation): {"neuron": no hidden layer,
    "hidden": `hidden_units` units of `activation`, "linear": as many linear units}."""
    return {"neuron": (0, activation), "hidden": (hidden_units, activation),
            "linear": (hidden_units, "linear")}


def train_network(dataset="xor", hidden_units=4, activation="tanh", seed=0, steps=TRAINING_STEPS):
    """One of the page's networks (capacity_config), trained `steps` steps."""
    trainer = Trainer(capacity_config(dataset, hidden_units, activation, seed))
    trainer.step(steps)
    return trainer


def train_networks(dataset="xor", hidden_units=4, activation="tanh", seed=0, steps=TRAINING_STEPS):
    """The page's three networks (network_kinds), each trained `steps` steps."""
    return {name: train_network(dataset, units, g, seed, steps)
            for name, (units, g) in network_kinds(hidden_units, activation).items()}


def line_points(w, b, low, high):
    """Two points (xs, ys) of the line w[0] x + w[1] y + b = 0 across the box [low, high]^2, or
    None when w = 0 (no line)."""
    w = np.ravel(w)
    if abs(w[1]) >= abs(w[0]):  # steeper in x than in y: solve for y at the box's sides
        if w[1] == 0.0:
            return None
        xs = np.array([low, high])
        return xs, -(w[0] * xs + b) / w[1]
    ys = np.array([low, high])
    return -(w[1] * ys + b) / w[0], ys


def collapse_linear(weights, biases):
    """The single layer (W (d_in, d_out), b (d_out,)) computing the same scores as a network whose
    hidden units are all linear: W = W1 W2 ..., b = (b1 W2 + b2) ...; missing biases count as 0."""
    W = weights[0]
    b = np.zeros(W.shape[1]) if biases[0] is None else biases[0]
    for W_next, b_next in zip(weights[1:], biases[1:]):
        W = W @ W_next
        b = b @ W_next + (0.0 if b_next is None else b_next)
    return W, b


def nearest_unit(W, b, point):
    """The hidden unit (column of W (2, H), b (H,)) whose line wᵀx + b = 0 passes nearest `point`."""
    norms = np.maximum(np.linalg.norm(W, axis=0), 1e-12)
    return int(np.argmin(np.abs(np.asarray(point) @ W + b) / norms))


def dragged_line(w, b, start, point, rotate=False):
    """(w, b) of the line wᵀx + b = 0 dragged from `start` to `point`: moved along with the pointer
    (the same w), or with `rotate` turned about the point of the line nearest `start` until it
    passes through `point` (the same |w|, the normal on w's side)."""
    w, start, point = (np.asarray(v, float) for v in (w, start, point))
    norm2 = float(w @ w)
    if not rotate or norm2 == 0.0:
        return w, float(b - w @ (point - start))
    pivot = start - (w @ start + b) / norm2 * w
    along = point - pivot
    if not along.any():
        return w, float(b)
    normal = np.array([-along[1], along[0]]) * np.sqrt(norm2 / float(along @ along))
    normal = normal if normal @ w >= 0 else -normal
    return normal, float(-normal @ pivot)


def with_unit(trainer, unit, w, b):
    """Give hidden unit `unit` of `trainer` (one hidden layer) the weights w (2,) and bias b, in new
    arrays: nothing the trainer shared (a cached network's arrays) is changed."""
    W = trainer.weights[0].copy()
    W[:, unit] = w
    biases = list(trainer.biases)
    if biases[0] is not None:
        biases[0] = biases[0].copy()
        biases[0][unit] = b
    trainer.set_parameters([W, *trainer.weights[1:]], biases)
    return trainer
