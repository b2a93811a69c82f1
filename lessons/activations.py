"""Where an activation's gradient (nearly) vanishes: the z-intervals with |g'(z)| below a threshold.

Backprop multiplies by g'(s) at every layer, so inputs that land in these intervals pass almost no
gradient back (saturated sigmoid/tanh, a ReLU switched off).
"""
import numpy as np

from nncore import ACTIVATIONS

from .language import N_, _

N_("Linear (identity)")  # the one engine's name (nncore's label) said in words in Chinese: for the catalog


def label(name):
    """The activation's name (nncore's label) in the language spoken."""
    return _(ACTIVATIONS[name].label)


def activation_curves(name, z):
    """g(z) and g'(z) for points z (n,): two arrays of shape (n,)."""
    activation = ACTIVATIONS[name]
    h = activation.value(z)
    return h, activation.derivative(z, h)


def small_gradient_intervals(name, threshold, low, high, n=2001):
    """Intervals [(a, b), ...] inside [low, high] where |g'(z)| < threshold, found on n grid points."""
    z = np.linspace(low, high, n)
    small = np.abs(activation_curves(name, z)[1]) < threshold
    edges = np.flatnonzero(np.diff(small.astype(int)))  # last index before each change
    starts = ([0] if small[0] else []) + [i + 1 for i in edges if not small[i]]
    ends = [i for i in edges if small[i]] + ([n - 1] if small[-1] else [])
    return [(float(z[a]), float(z[b])) for a, b in zip(starts, ends)]
