"""A fully connected feed-forward network of any depth (0 hidden layers = single-layer network).

Rows are samples. Layer l holds W of shape (d_in, d_out) and b of shape (d_out,):
    s = h_prev @ W + b   (the lecture's s = W^T x, one row per sample),   h = g(s).
The last layer's scores Z go to the output/loss pair, which applies its own output function.
Forward and backward are pure functions of (parameters, inputs): evaluating a grid for a picture
can never disturb training.
"""
import numpy as np

from .activations import ACTIVATIONS

INITS = {
    "fan_in": "Scaled by fan-in (He for ReLU, LeCun otherwise)",
    "uniform": "Uniform ±0.5, biases 0.1 (TensorFlow Playground)",
    "normal": "Standard normal (the lecture's NumPy program)",
}


def initial_parameters(sizes, activation, init, use_bias, rng):
    """Weights [(d_in, d_out)] and biases [(d_out,)] or None, drawn from `rng`."""
    weights, biases = [], []
    for d_in, d_out in zip(sizes[:-1], sizes[1:]):
        if init == "fan_in":
            gain = 2.0 if activation in ("relu", "leaky_relu") else 1.0
            W = rng.normal(0.0, np.sqrt(gain / d_in), (d_in, d_out))
            b = rng.normal(0.0, 0.1, d_out)
        elif init == "uniform":
            W = rng.uniform(-0.5, 0.5, (d_in, d_out))
            b = np.full(d_out, 0.1)
        else:
            W = rng.standard_normal((d_in, d_out))
            b = rng.standard_normal(d_out)
        weights.append(W)
        biases.append(b if use_bias else None)
    return weights, biases


def forward(X, weights, biases, activation):
    """Scores Z (n, d_out) of the last layer and the cache backward needs: (inputs, s, h) per layer."""
    g = ACTIVATIONS[activation].value
    h, cache = X, []
    last = len(weights) - 1
    for l, (W, b) in enumerate(zip(weights, biases)):
        s = h @ W
        if b is not None:
            s += b
        cache.append((h, s))
        h = s if l == last else g(s)
    return h, cache


def backward(dZ, cache, weights, biases, activation):
    """Gradients (dW list, db list with None where there is no bias) from dL/dZ of the last layer.

    The error signal flows back: delta_s = dL/ds; dW = h_prev^T delta_s; db = sum of delta_s;
    delta_h_prev = delta_s W^T; delta_s_prev = delta_h_prev * g'(s_prev).
    """
    g = ACTIVATIONS[activation]
    n_layers = len(weights)
    dWs, dbs = [None] * n_layers, [None] * n_layers
    delta = dZ
    for l in range(n_layers - 1, -1, -1):
        h_prev, _ = cache[l]
        dWs[l] = h_prev.T @ delta
        if biases[l] is not None:
            dbs[l] = np.add.reduce(delta, 0)  # = delta.sum(axis=0), without its Python wrapper
        if l > 0:
            _, s_prev = cache[l - 1]
            delta = (delta @ weights[l].T) * g.derivative(s_prev, h_prev)
    return dWs, dbs


def layer_outputs(X, weights, biases, activation, output):
    """What every neuron computes: [h_1, ..., h_L-1, y] for inputs X (n, d); y = output(Z)."""
    Z, cache = forward(X, weights, biases, activation)
    return [h for h, _ in cache[1:]] + [output(Z)]
