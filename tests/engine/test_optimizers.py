"""Optimizer update rules against hand-computed steps."""
from math import sqrt

import numpy as np
import pytest

from nncore import OPTIMIZERS

START = [1.0, -2.0]


G1 = [0.5, -1.0]


G2 = [0.25, 2.0]


LR = 0.1


def by_hand(name):
    """The two updates of parameter vector START under gradients G1 then G2, one coordinate at a time."""
    first, second = [], []
    for p, g1, g2 in zip(START, G1, G2):
        if name == "sgd":
            p1 = p - LR * g1
            p2 = p1 - LR * g2
        elif name == "momentum":  # delta(n) = -lr g + 0.9 delta(n-1)
            d1 = -LR * g1
            d2 = -LR * g2 + 0.9 * d1
            p1, p2 = p + d1, p + d1 + d2
        elif name == "adagrad":
            p1 = p - LR * g1 / sqrt(g1 ** 2)
            p2 = p1 - LR * g2 / sqrt(g1 ** 2 + g2 ** 2)
        elif name == "rmsprop":  # rho 0.9
            e1 = 0.1 * g1 ** 2
            e2 = 0.9 * e1 + 0.1 * g2 ** 2
            p1 = p - LR * g1 / sqrt(e1)
            p2 = p1 - LR * g2 / sqrt(e2)
        else:  # adam, beta1 0.9, beta2 0.999
            m1, v1 = 0.1 * g1, 0.001 * g1 ** 2
            p1 = p - LR * (m1 / 0.1) / sqrt(v1 / 0.001)
            m2, v2 = 0.9 * m1 + 0.1 * g2, 0.999 * v1 + 0.001 * g2 ** 2
            p2 = p1 - LR * (m2 / (1 - 0.9 ** 2)) / sqrt(v2 / (1 - 0.999 ** 2))
        first.append(p1)
        second.append(p2)
    return first, second


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_first_two_updates_match_hand_computation(name):
    optimizer = OPTIMIZERS[name](LR, **({"epsilon": 0.0} if "epsilon" in OPTIMIZERS[name].hyperparameters else {}))
    start = np.array(START)
    (p1,) = optimizer.step([start], [np.array(G1)])
    (p2,) = optimizer.step([p1], [np.array(G2)])
    first, second = by_hand(name)
    np.testing.assert_allclose(p1, first, rtol=1e-12)
    np.testing.assert_allclose(p2, second, rtol=1e-12)
    np.testing.assert_array_equal(start, START)  # the old parameters are left alone


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_reset_forgets_the_state(name):
    optimizer = OPTIMIZERS[name](LR)
    (p1,) = optimizer.step([np.array(START)], [np.array(G1)])
    optimizer.step([p1], [np.array(G2)])
    optimizer.reset()
    (again,) = optimizer.step([np.array(START)], [np.array(G1)])
    np.testing.assert_array_equal(again, p1)


def test_unknown_hyperparameter_is_named():
    with pytest.raises(ValueError, match="momentum"):
        OPTIMIZERS["adam"](0.1, momentum=0.5)
