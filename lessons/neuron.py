"""One artificial neuron with threshold T, read as an angle test (the lecture's picture).

The neuron computes s = w·x + b with bias b = -T and h = g(s). It fires (s > 0) exactly when
w·x > T, i.e. when cos θ = w·x / (|x||w|) is larger than the critical cosine T / (|x||w|): the
input must lie inside a cone of half-angle arccos(T / (|x||w|)) around w. If that ratio is below
-1 every input of this length fires; if it is 1 or more, none does.
"""
from dataclasses import dataclass

import numpy as np

from lessons.language import N_, _
from nncore.activations import ACTIVATIONS, step

# The activations a single neuron can use on its page: the trainable ones plus the threshold unit.
NEURON_ACTIVATIONS = {**{name: (a.label, a.value) for name, a in ACTIVATIONS.items()},
                      "step": (N_("Step (threshold unit)"), step)}


def neuron_output(X, w, threshold, activation):
    """s = X @ w - T and h = g(s) for inputs X (n, 2) and weights w (2,): two arrays of shape (n,)."""
    s = np.asarray(X, float) @ np.asarray(w, float) - threshold
    return s, NEURON_ACTIVATIONS[activation][1](s)


@dataclass(frozen=True)
class AngleTest:
    """The neuron's verdict on one input x, with the angle-picture quantities behind it."""
    fires: bool  # s = w·x - T > 0
    s: float  # w·x - T
    dot: float  # w·x
    theta: float  # angle between x and w in radians; nan if x or w is the zero vector
    cos_theta: float  # nan if x or w is the zero vector
    critical_cos: float  # T / (|x||w|); ±inf or nan if x or w is the zero vector
    regime: str  # "cone": fires inside the cone, "always" or "never" for inputs of this length

    @property
    def critical_angle(self):
        """Half-angle of the firing cone, arccos(T / (|x||w|)); nan outside the "cone" regime."""
        return float(np.arccos(self.critical_cos)) if self.regime == "cone" else float("nan")

    def reason(self):
        """One sentence saying why the neuron fires or not, with the numbers."""
        if not np.isfinite(self.cos_theta):
            return (_("x or w is the zero vector, so s = −T = {s:.3g}: the neuron fires.") if self.fires
                    else _("x or w is the zero vector, so s = −T = {s:.3g}: the neuron does not fire.")
                    ).format(s=self.s)
        if self.regime == "always":
            return _("T/(|x||w|) = {critical:.3g} < −1: every input of this length fires, whatever its "
                     "direction (w·x ≥ −|x||w| > T).").format(critical=self.critical_cos)
        if self.regime == "never":
            return _("T/(|x||w|) = {critical:.3g} ≥ 1: no input of this length fires, whatever its "
                     "direction (w·x ≤ |x||w| ≤ T).").format(critical=self.critical_cos)
        numbers = dict(cos=self.cos_theta, critical=self.critical_cos, theta=np.degrees(self.theta),
                       half=np.degrees(self.critical_angle))
        if self.fires:
            return _("The neuron fires: cos θ = {cos:.3f} > T/(|x||w|) = {critical:.3f}, i.e. θ = "
                     "{theta:.1f}° is inside the cone of half-angle {half:.1f}° around w.").format(**numbers)
        return _("The neuron does not fire: cos θ = {cos:.3f} ≤ T/(|x||w|) = {critical:.3f}, i.e. θ = "
                 "{theta:.1f}° is outside (or on the edge of) the cone of half-angle {half:.1f}° around "
                 "w.").format(**numbers)


def angle_test(x, w, threshold):
    """The lecture's angle test for input x (2,), weights w (2,) and threshold T."""
    x, w = np.asarray(x, float), np.asarray(w, float)
    dot = float(x @ w)
    s = dot - threshold
    fires = bool(s > 0)
    length = float(np.linalg.norm(x) * np.linalg.norm(w))
    if length == 0.0:  # no direction: s = -T decides alone, for every input
        return AngleTest(fires, s, dot, float("nan"), float("nan"),
                         float("nan"), "always" if fires else "never")
    cos_theta = float(np.clip(dot / length, -1.0, 1.0))
    critical_cos = threshold / length
    regime = "always" if critical_cos < -1.0 else "never" if critical_cos >= 1.0 else "cone"
    return AngleTest(fires, s, dot, float(np.arccos(cos_theta)), cos_theta, critical_cos, regime)


def accuracy(X, y, w, threshold):
    """Fraction of points X (n, 2) with labels y (n,) in {0, 1} that the neuron classifies right."""
    s = neuron_output(X, w, threshold, "step")[0]
    return float(((s > 0).astype(int) == np.asarray(y)).mean())


def weight_from_polar(angle_degrees, length):
    """w (2,) with the given direction (degrees from the w1 axis) and length |w|."""
    angle = np.radians(angle_degrees)
    return length * np.array([np.cos(angle), np.sin(angle)])
