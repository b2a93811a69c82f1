"""The neuron page's lab: the threshold, the angle test and its cone (a short input, T < 0), one
neuron as a linear classifier and XOR beyond it; the challenge of the lecture's first part: fire a
short input with the shortest w. The page trains nothing: its state is what it computes from its
settings (lessons/neuron.py), the angle test of x and the accuracy on the toy data."""
from dataclasses import dataclass

import numpy as np

from lessons.neuron import AngleTest, accuracy, angle_test
from specs import neuron as spec

from . import Challenge, Lab, Prediction, Step

DEFAULTS = spec.CONTROLS.defaults()
START = angle_test(spec.inputs(DEFAULTS), spec.weights(DEFAULTS), DEFAULTS["T"])  # as the page opens
SHORT_X, SHORT = (0.4, 0.4), 0.6  # step 2's input, and the longest |x| that counts as short
CHALLENGE_X, CHALLENGE_T = (0.6, 0.3), 1.0


@dataclass(frozen=True)
class Neuron:
    """What the page shows for its settings: the angle test of x and the toy data's accuracy."""
    test: AngleTest
    accuracy: float


def model(settings, train):
    """The page's state for `settings` (`train` is ignored: nothing here trains)."""
    w, data = spec.weights(settings), spec.toy_data(settings["data"])
    return Neuron(angle_test(spec.inputs(settings), w, settings["T"]),
                  accuracy(data.X_train, data.y_train, w, settings["T"]))


def near(value, target):
    """Whether a slider's value is `target` (sliders of step 0.05 may add float rounding)."""
    return bool(np.allclose(value, target, rtol=0.0, atol=1e-9))


def length(vector):
    return float(np.linalg.norm(vector))


def short_w(settings, neuron):
    """The challenge's score: |w| once the challenge's x fires at its T, else None."""
    if (near(spec.inputs(settings), CHALLENGE_X) and near(settings["T"], CHALLENGE_T)
            and neuron.test.fires):
        return round(length(spec.weights(settings)), 3)
    return None


LAB = Lab(steps=(
    Step("The threshold decides",
         "Keep w and x as the page opens (w = (1, 1), x = (2, 0.5)) and raise the **threshold T "
         "(bias b = −T)** until the neuron stops firing.",
         lambda settings, neuron: (near(spec.weights(settings), spec.weights(DEFAULTS))
                                   and near(spec.inputs(settings), spec.inputs(DEFAULTS))
                                   and not neuron.test.fires),
         f"s = w·x + b = w·x − T, and the neuron fires when s > 0, i.e. w·x > T. Here w·x = "
         f"{START.dot:g}, so it fires for every T < {START.dot:g} and stops at T = {START.dot:g}, "
         f"where s = 0: the threshold is the bias with its sign turned, b = −T.",
         solution={"T": f"{START.dot:g}"},
         prediction=Prediction("From which threshold T on does the neuron stop firing for "
                               "w = (1, 1) and x = (2, 0.5)?", answer=START.dot, tolerance=0.05)),
    Step("A short input that fires",
         f"Make x short: set **input x₁** = {SHORT_X[0]:g} and **input x₂** = {SHORT_X[1]:g} (any "
         f"|x| ≤ {SHORT:g} counts). With w = (1, 1) it is silent. Keep T at "
         f"{DEFAULTS['T']:g} or above and change **w₁** and **w₂** until it fires.",
         lambda settings, neuron: (length(spec.inputs(settings)) <= SHORT
                                   and settings["T"] >= DEFAULTS["T"] and neuron.test.fires),
         f"It fires when w·x = |x||w| cos θ > T. Since cos θ ≤ 1, a short x needs |w| > T/|x| (for "
         f"x = ({SHORT_X[0]:g}, {SHORT_X[1]:g}) and T = {DEFAULTS['T']:g}: "
         f"|w| > {DEFAULTS['T'] / length(SHORT_X):.2f}), and then w must point within the cone's "
         f"half-angle arccos(T/(|x||w|)) of x. A long w makes the neuron sensitive: the line "
         f"w·x = T lies at distance T/|w| from the origin.",
         solution={"x1": f"{SHORT_X[0]:g}", "x2": f"{SHORT_X[1]:g}", "w1": "2", "w2": "2"},
         prediction=Prediction(
             f"x = ({SHORT_X[0]:g}, {SHORT_X[1]:g}) and T = {DEFAULTS['T']:g}: which w makes it fire?",
             ("None: an input this short cannot pass T", "Any w pointing along x",
              "A long enough w pointing close to x"), "A long enough w pointing close to x")),
    Step("The cone when T < 0",
         "Point x away from w, more than 90° from it (for instance **input x₁** = −2, **input x₂** "
         "= 0.5), then lower the **threshold T** until the neuron fires. Watch the green arc, the "
         "cone, in the angle picture.",
         lambda settings, neuron: neuron.test.fires and neuron.test.cos_theta < 0,
         "The cone's half-angle is arccos(T/(|x||w|)). For T < 0 the critical cosine T/(|x||w|) is "
         "negative, so the half-angle is more than 90°: an input with w·x < 0 still fires as long as "
         "w·x > T. Once T < −|x||w| (critical cosine below −1), every input of this length fires, "
         "whatever its direction.",
         solution={"x1": "-2", "x2": "0.5", "T": "-2"},
         prediction=Prediction("What happens to the cone of inputs that fire when T < 0?",
                               ("It narrows", "It vanishes", "It opens wider than 90°"),
                               "It opens wider than 90°")),
    Step("One neuron is a linear classifier",
         "Under *One neuron is a linear classifier*, keep the toy data **Linearly separable**, set "
         "**T** = 0 and turn w (**w₁**, **w₂**) until the *accuracy (fires = class 1)* is 100 %.",
         lambda settings, neuron: settings["data"] == "linear" and neuron.accuracy == 1.0,
         "The output h = g(w·x − T) changes only across the line w·x = T, which is perpendicular "
         "to w at distance |T|/|w| from the origin: T = 0 puts it through the origin and turning w "
         "turns it. One neuron separates exactly the sets that a line separates.",
         solution={"w2": "-0.8", "T": "0"},
         prediction=Prediction("These points are split by a line through the origin. Which T "
                               "puts the line w·x = T through the origin?", answer=0.0)),
    Step("XOR is beyond one neuron",
         "Choose the toy data **XOR** and tune w and T for the highest accuracy you can: reach "
         "75 %.",
         lambda settings, neuron: settings["data"] == "xor" and neuron.accuracy >= 0.75,
         "XOR's class 1 fills two opposite quadrants and class 0 the other two. Take a point in the "
         "middle of each quadrant, (±c, ±c): the firing half-plane w·x > T would hold both class-1 "
         "points, hence (being convex) their midpoint, the origin; the other side w·x ≤ T would "
         "hold both class-0 points and so the origin too, which cannot be. No line gets even these "
         "four points right, whatever w and T: XOR needs a hidden layer.",
         solution={"data": "xor", "T": "3.3"},
         prediction=Prediction("What is the highest accuracy one neuron can reach on XOR?",
                               ("100 %", "Between 80 % and 99 %", "At most 80 %"), "At most 80 %")),
), challenge=Challenge(
    "fire a short input with the shortest w",
    f"Set **input x₁** = {CHALLENGE_X[0]:g}, **input x₂** = {CHALLENGE_X[1]:g} and **T** = "
    f"{CHALLENGE_T:g}, then make the neuron fire with w as short as you can.",
    short_w, "= |w|",
    solution={"x1": f"{CHALLENGE_X[0]:g}", "x2": f"{CHALLENGE_X[1]:g}", "T": f"{CHALLENGE_T:g}",
              "w1": "1.35", "w2": "0.65"}))
