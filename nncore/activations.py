"""Activation functions g(s) and their derivatives g'(s), in one table keyed by name.

Each derivative takes both the pre-activation s and the output h = g(s), so that backprop can use
whichever is cheaper (tanh' = 1 - h^2 needs only h, ReLU' needs only s).
"""
from dataclasses import dataclass
from typing import Callable

import numpy as np

LEAKY_SLOPE = 0.01


@dataclass(frozen=True)
class Activation:
    name: str
    label: str
    value: Callable[[np.ndarray], np.ndarray]  # h = g(s)
    derivative: Callable[[np.ndarray, np.ndarray], np.ndarray]  # g'(s), given (s, h)


def sigmoid(s):
    # 1 / (1 + e^-s) written with tanh: identical values, never overflows (sigmoid(+-1000) = 1/0).
    return 0.5 + 0.5 * np.tanh(0.5 * s)


def relu(s):
    return np.maximum(s, 0.0)


def leaky_relu(s):
    return np.where(s > 0, s, LEAKY_SLOPE * s)


def step(s):
    """The threshold unit of the lecture's neuron pictures (not trainable: derivative 0 a.e.)."""
    return (np.asarray(s) > 0).astype(float)


ACTIVATIONS = {
    a.name: a
    for a in (
        Activation("sigmoid", "Sigmoid", sigmoid, lambda s, h: h * (1.0 - h)),
        Activation("tanh", "Tanh", np.tanh, lambda s, h: 1.0 - h * h),
        # ReLU is not differentiable at 0; we use the subgradient 0 there, as every framework does.
        Activation("relu", "ReLU", relu, lambda s, h: (s > 0).astype(s.dtype)),
        Activation("leaky_relu", "Leaky ReLU", leaky_relu,
                   lambda s, h: np.where(s > 0, 1.0, LEAKY_SLOPE)),
        Activation("linear", "Linear (identity)", lambda s: s, lambda s, h: np.ones_like(s)),
    )
}
