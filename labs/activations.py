"""The activations page's lab: where the sigmoid's slope falls below 0.1, tanh four times steeper at 0
and yet saturating sooner, the dead ReLU and the leak. The page trains nothing: its state is what it
computes from its settings (lessons/activations.py), the table at z and the shaded bands."""
import math
from dataclasses import dataclass

import numpy as np

from lessons.activations import activation_curves, small_gradient_intervals
from lessons.language import N_
from specs import activations as spec

from . import Lab, Prediction, Step

Z_STEP = spec.CONTROLS["z"].step  # the z slider's step


def sigmoid_edge(c):
    """The z > 0 where σ'(z) = σ(z)(1 − σ(z)) = c (c < ¼): σ(z) = (1 + √(1 − 4c))/2, z = ln(σ/(1 − σ))."""
    root = math.sqrt(1 - 4 * c)
    return math.log((1 + root) / (1 - root))


def tanh_edge(c):
    """The z > 0 where tanh'(z) = 1 − tanh²(z) = c (c < 1): z = atanh(√(1 − c))."""
    return math.atanh(math.sqrt(1 - c))


def slope_at_0(name):
    return float(activation_curves(name, np.zeros(1))[1][0])


@dataclass(frozen=True)
class Curves:
    """What the page shows for its settings, for each activation chosen: (g(z), g'(z)) at z, as its
    table, and the intervals of [−Z_RANGE, Z_RANGE] where |g'(z)| is below the threshold, as shaded."""
    at_z: dict
    small: dict


def model(settings, train):
    """The page's state for `settings` (`train` is ignored: nothing here trains)."""
    z, threshold = settings["z"], settings["threshold"]
    at_z = {name: tuple(float(curve[0]) for curve in activation_curves(name, np.array([z])))
            for name in settings["names"]}
    small = {name: small_gradient_intervals(name, threshold, -spec.Z_RANGE, spec.Z_RANGE)
             for name in settings["names"]}
    return Curves(at_z, small)


def slope(curves, name):
    """g'(z) of `name` in the page's table; nan if it is not chosen."""
    return curves.at_z.get(name, (math.nan, math.nan))[1]


def at_first_small_slope(settings, curves, name):
    """z is the slider's first position right of 0 in `name`'s shaded band."""
    return any(0 < start <= settings["z"] < start + Z_STEP for start, _ in curves.small.get(name, ()))


LAB = Lab(steps=(
    Step(N_("Where the sigmoid's slope falls below 0.1"),
         N_("Keep **Sigmoid** among the *activations*, set *shade where |g'(z)| is below* to **0.1** "
            "and move **z** to the first position right of 0 where the sigmoid's g'(z) in the table is "
            "below 0.1: where its shaded band starts."),
         lambda settings, curves: (settings["threshold"] == 0.1
                                   and at_first_small_slope(settings, curves, "sigmoid")),
         N_("σ'(z) = σ(z)(1 − σ(z)) = 0.1 where σ(z) = (1 + √0.6)/2, i.e. at z = ln((1 + √0.6)/(1 − "
            "√0.6)) ≈ {edge:.2f}, and by symmetry at z ≈ −{edge:.2f}. The slope is at most σ'(0) = ¼; "
            "for |z| > {edge:.2f} a sigmoid neuron passes back less than a tenth of the error it "
            "receives, and layer after layer the gradient vanishes."),
         solution={"threshold": "0.1", "z": "2.1"},
         prediction=Prediction(N_("From which z > 0 on is the sigmoid's slope σ'(z) below 0.1? "
                                  "(to one decimal)"), answer=sigmoid_edge(0.1), tolerance=0.1),
         values={"edge": sigmoid_edge(0.1)}),
    Step(N_("Tanh is steeper at 0"),
         N_("Keep **Sigmoid** and **Tanh** among the *activations* and set **z** = 0; compare their "
            "g'(z) in the table."),
         lambda settings, curves: (abs(settings["z"]) < 1e-9
                                   and {"sigmoid", "tanh"} <= set(curves.at_z)),
         N_("tanh(z) = 2σ(2z) − 1, so tanh'(z) = 4σ'(2z): at z = 0, tanh'(0) = 1 and σ'(0) = ¼. Both "
            "are steepest at 0; tanh is also centred on 0 (tanh(0) = 0, σ(0) = ½)."),
         solution={"z": "0"},
         prediction=Prediction(N_("How many times σ'(0) is tanh'(0)?"),
                               answer=slope_at_0("tanh") / slope_at_0("sigmoid"), tolerance=0.05)),
    Step(N_("Tanh saturates sooner"),
         N_("Keep **Sigmoid** and **Tanh**, the shading at **0.05**, and find a z where the tanh's "
            "g'(z) is below 0.05 but the sigmoid's is not."),
         lambda settings, curves: (settings["threshold"] == 0.05
                                   and slope(curves, "tanh") < 0.05 <= slope(curves, "sigmoid")),
         N_("tanh'(z) = 1 − tanh²(z) starts four times higher than σ'(z) but falls faster: it is below "
            "0.05 for |z| > atanh(√0.95) ≈ {tanh_edge:.2f}, the sigmoid's σ(z)(1 − σ(z)) only for "
            "|z| > ln((1 + √0.8)/(1 − √0.8)) ≈ {sigmoid_edge:.2f}. A steeper start does not keep tanh "
            "from saturating: both gradients vanish for large |z|."),
         solution={"z": "2.5"},
         prediction=Prediction(N_("With the shading at 0.05, whose shaded band starts nearer to 0?"),
                               (N_("The sigmoid's"), N_("The tanh's"), N_("Both at the same |z|")),
                               "The tanh's"),
         values={"tanh_edge": tanh_edge(0.05), "sigmoid_edge": sigmoid_edge(0.05)}),
    Step(N_("A dead ReLU and the leak"),
         N_("Choose **ReLU** and **Leaky ReLU** among the *activations*, set the shading to **0.01** "
            "and move **z** below 0: ReLU's band covers every z < 0, leaky ReLU has none."),
         lambda settings, curves: (settings["z"] < 0 and slope(curves, "relu") == 0
                                   and bool(curves.small.get("relu"))
                                   and curves.small.get("leaky_relu") == []),
         N_("For z < 0, ReLU's g(z) = max(0, z) is flat: g'(z) = 0, so no gradient reaches the weights "
            "of a neuron whose z is negative for every input, and nothing moves them back (a dead "
            "ReLU). Leaky ReLU, g(z) = z for z > 0 and 0.01z otherwise, keeps g'(z) = 0.01 there: the "
            "gradient is small but never 0, so the neuron can recover."),
         solution={"names": "relu,leaky_relu", "threshold": "0.01", "z": "-2"},
         prediction=Prediction(N_("A ReLU neuron's z is negative for every input. How much gradient "
                                  "reaches its weights?"),
                               (N_("None: it stops learning"), N_("A little"), N_("All of it")),
                               "None: it stops learning")),
))
