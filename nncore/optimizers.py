"""Gradient-based optimizers, each a small object with its own state and a reset.

`step(params, grads)` returns the updated parameters as new arrays and leaves the old ones alone,
so the trainer can refuse a non-finite update and keep the last finite weights.
"""
import numpy as np


class Optimizer:
    name = ""
    label = ""
    hyperparameters = {}  # name -> default, settable while training without losing the state
    n_buffers = 0  # state arrays kept per parameter

    def __init__(self, learning_rate, **hyperparameters):
        unknown = set(hyperparameters) - set(self.hyperparameters)
        if unknown:
            raise ValueError(f"{self.name}: unknown hyper-parameter(s) {sorted(unknown)}; "
                             f"allowed: {sorted(self.hyperparameters)}")
        self.learning_rate = learning_rate
        for key, default in self.hyperparameters.items():
            setattr(self, key, hyperparameters.get(key, default))
        self.reset()

    def reset(self):
        self.t = 0  # number of updates taken
        self.state = None

    def step(self, params, grads):
        if self.state is None:
            self.state = self._initial_state(params)
        self.t += 1
        return [self._update(i, p, g) for i, (p, g) in enumerate(zip(params, grads))]

    def _initial_state(self, params):
        return [[np.zeros_like(p) for _ in range(self.n_buffers)] for p in params]


class SGD(Optimizer):
    """w <- w - eta * grad (gradient descent, SGD or minibatch, depending on the batch size)."""
    name, label = "sgd", "SGD (plain gradient descent)"

    def step(self, params, grads):  # stateless: skips the per-parameter bookkeeping (hot path)
        self.t += 1
        learning_rate = self.learning_rate
        return [p - learning_rate * g for p, g in zip(params, grads)]


class Momentum(Optimizer):
    """Delta w(n) = -eta * grad + alpha * Delta w(n-1);  w <- w + Delta w(n)."""
    name, label = "momentum", "Momentum"
    hyperparameters = {"momentum": 0.9}
    n_buffers = 1

    def _update(self, i, p, g):
        (delta,) = self.state[i]
        delta *= self.momentum
        delta -= self.learning_rate * g
        return p + delta


class Adagrad(Optimizer):
    """G <- G + grad^2;  w <- w - eta * grad / (sqrt(G) + eps)   (Duchi et al. 2011)."""
    name, label = "adagrad", "Adagrad"
    hyperparameters = {"epsilon": 1e-8}
    n_buffers = 1

    def _update(self, i, p, g):
        (G,) = self.state[i]
        G += g * g
        return p - self.learning_rate * g / (np.sqrt(G) + self.epsilon)


class RMSProp(Optimizer):
    """E <- rho E + (1 - rho) grad^2;  w <- w - eta * grad / (sqrt(E) + eps)   (Hinton 2012)."""
    name, label = "rmsprop", "RMSProp"
    hyperparameters = {"rho": 0.9, "epsilon": 1e-8}
    n_buffers = 1

    def _update(self, i, p, g):
        (E,) = self.state[i]
        E *= self.rho
        E += (1.0 - self.rho) * g * g
        return p - self.learning_rate * g / (np.sqrt(E) + self.epsilon)


class Adam(Optimizer):
    """m, v: running means of grad and grad^2, bias-corrected   (Kingma & Ba 2015)."""
    name, label = "adam", "Adam"
    hyperparameters = {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}
    n_buffers = 2

    def _update(self, i, p, g):
        m, v = self.state[i]
        m *= self.beta1
        m += (1.0 - self.beta1) * g
        v *= self.beta2
        v += (1.0 - self.beta2) * g * g
        m_hat = m / (1.0 - self.beta1 ** self.t)
        v_hat = v / (1.0 - self.beta2 ** self.t)
        return p - self.learning_rate * m_hat / (np.sqrt(v_hat) + self.epsilon)


OPTIMIZERS = {cls.name: cls for cls in (SGD, Momentum, Adagrad, RMSProp, Adam)}
