"""Weight penalties R(W) and their gradients; applied to weights only, never to biases.

The total loss is L(W) = 1/N sum_i L_i + lambda * R(W), with lambda the regularization rate.
"""
from dataclasses import dataclass
from typing import Callable

import numpy as np


@dataclass(frozen=True)
class Regularizer:
    name: str
    label: str
    penalty: Callable[[np.ndarray, float], float]  # R(W) for one weight matrix, given beta
    gradient: Callable[[np.ndarray, float], np.ndarray]  # dR/dW, same shape as W
    has_l1: bool  # L1 part: weights that cross zero are clamped there (see Trainer)


REGULARIZERS = {
    r.name: r
    for r in (
        Regularizer("none", "None", lambda w, beta: 0.0, lambda w, beta: np.zeros_like(w), False),
        # |w| is not differentiable at 0: the subgradient sign(0) = 0 is used.
        Regularizer("l1", "L1  (sum |w|)", lambda w, beta: float(np.abs(w).sum()),
                    lambda w, beta: np.sign(w), True),
        Regularizer("l2", "L2  (sum w²)", lambda w, beta: float((w * w).sum()),
                    lambda w, beta: 2.0 * w, False),
        # The lecture's elastic net: R(W) = sum (beta * w^2 + |w|).
        Regularizer("elastic_net", "Elastic net  (sum β·w² + |w|)",
                    lambda w, beta: float(beta * (w * w).sum() + np.abs(w).sum()),
                    lambda w, beta: 2.0 * beta * w + np.sign(w), True),
    )
}
