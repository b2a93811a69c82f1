"""The neuron page's lab: the threshold, the angle test and its cone (a short input, T < 0), one
neuron as a linear classifier and XOR beyond it; the challenge of the lecture's first part: fire a
short input with the shortest w. The page trains nothing: its state is what it computes from its
settings (lessons/neuron.py), the angle test of x and the accuracy on the toy data."""
from dataclasses import dataclass

import numpy as np

from lessons.language import N_
from lessons.neuron import AngleTest, accuracy, angle_test
from specs import neuron as spec

from . import Challenge, Lab, Prediction, Step

DEFAULTS = spec.CONTROLS.defaults()
START = angle_test(spec.inputs(DEFAULTS), spec.weights(DEFAULTS), DEFAULTS["T"])  # as the page opens
SHORT_X, SHORT = (0.4, 0.4), 0.6  # step 2's input, and the longest |x| that counts as short
CHALLENGE_X, CHALLENGE_T = (0.6, 0.3), 1.0  # written out in the challenge's task


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


SHORT_VALUES = {"x1": SHORT_X[0], "x2": SHORT_X[1], "short": SHORT, "T": DEFAULTS["T"],
                "needed": DEFAULTS["T"] / length(SHORT_X)}

LAB = Lab(steps=(
    Step(N_("The threshold decides"),
         N_("Keep w and x as the page opens (w = (1, 1), x = (2, 0.5)) and raise the **threshold T "
            "(bias b = −T)** until the neuron stops firing."),
         lambda settings, neuron: (near(spec.weights(settings), spec.weights(DEFAULTS))
                                   and near(spec.inputs(settings), spec.inputs(DEFAULTS))
                                   and not neuron.test.fires),
         N_("s = w·x + b = w·x − T, and the neuron fires when s > 0, i.e. w·x > T. Here w·x = "
            "{dot:g}, so it fires for every T < {dot:g} and stops at T = {dot:g}, where s = 0: the "
            "threshold is the bias with its sign turned, b = −T."),
         solution={"T": f"{START.dot:g}"},
         prediction=Prediction(N_("From which threshold T on does the neuron stop firing for "
                                  "w = (1, 1) and x = (2, 0.5)?"), answer=START.dot, tolerance=0.05),
         values={"dot": START.dot}),
    Step(N_("A short input that fires"),
         N_("Make x short: set **input x₁** = {x1:g} and **input x₂** = {x2:g} (any |x| ≤ {short:g} "
            "counts). With w = (1, 1) it is silent. Keep T at {T:g} or above and change **w₁** and "
            "**w₂** until it fires."),
         lambda settings, neuron: (length(spec.inputs(settings)) <= SHORT
                                   and settings["T"] >= DEFAULTS["T"] and neuron.test.fires),
         N_("It fires when w·x = |x||w| cos θ > T. Since cos θ ≤ 1, a short x needs |w| > T/|x| (for "
            "x = ({x1:g}, {x2:g}) and T = {T:g}: |w| > {needed:.2f}), and then w must point within "
            "the cone's half-angle arccos(T/(|x||w|)) of x. A long w makes the neuron sensitive: the "
            "line w·x = T lies at distance T/|w| from the origin."),
         solution={"x1": f"{SHORT_X[0]:g}", "x2": f"{SHORT_X[1]:g}", "w1": "2", "w2": "2"},
         prediction=Prediction(
             N_("x = ({x1:g}, {x2:g}) and T = {T:g}: which w makes it fire?"),
             (N_("None: an input this short cannot pass T"), N_("Any w pointing along x"),
              N_("A long enough w pointing close to x")), "A long enough w pointing close to x"),
         values=SHORT_VALUES),
    Step(N_("The cone when T < 0"),
         N_("Point x away from w, more than 90° from it (for instance **input x₁** = −2, **input x₂** "
            "= 0.5), then lower the **threshold T** until the neuron fires. Watch the green arc, the "
            "cone, in the angle picture."),
         lambda settings, neuron: neuron.test.fires and neuron.test.cos_theta < 0,
         N_("The cone's half-angle is arccos(T/(|x||w|)). For T < 0 the critical cosine T/(|x||w|) "
            "is negative, so the half-angle is more than 90°: an input with w·x < 0 still fires as "
            "long as w·x > T. Once T < −|x||w| (critical cosine below −1), every input of this length "
            "fires, whatever its direction."),
         solution={"x1": "-2", "x2": "0.5", "T": "-2"},
         prediction=Prediction(N_("What happens to the cone of inputs that fire when T < 0?"),
                               (N_("It narrows"), N_("It vanishes"), N_("It opens wider than 90°")),
                               "It opens wider than 90°")),
    Step(N_("One neuron is a linear classifier"),
         N_("Under *One neuron is a linear classifier*, keep the toy data **Linearly separable**, set "
            "**T** = 0 and turn w (**w₁**, **w₂**) until the *accuracy (fires = class 1)* is 100 %."),
         lambda settings, neuron: settings["data"] == "linear" and neuron.accuracy == 1.0,
         N_("The output h = g(w·x − T) changes only across the line w·x = T, which is perpendicular "
            "to w at distance |T|/|w| from the origin: T = 0 puts it through the origin and turning w "
            "turns it. One neuron separates exactly the sets that a line separates."),
         solution={"w2": "-0.8", "T": "0"},
         prediction=Prediction(N_("These points are split by a line through the origin. Which T "
                                  "puts the line w·x = T through the origin?"), answer=0.0)),
    Step(N_("XOR is beyond one neuron"),
         N_("Choose the toy data **XOR** and tune w and T for the highest accuracy you can: reach "
            "75 %."),
         lambda settings, neuron: settings["data"] == "xor" and neuron.accuracy >= 0.75,
         N_("XOR's class 1 fills two opposite quadrants and class 0 the other two. Take a point in "
            "the middle of each quadrant, (±c, ±c): the firing half-plane w·x > T would hold both "
            "class-1 points, hence (being convex) their midpoint, the origin; the other side w·x ≤ T "
            "would hold both class-0 points and so the origin too, which cannot be. No line gets even "
            "these four points right, whatever w and T: XOR needs a hidden layer."),
         solution={"data": "xor", "T": "3.3"},
         prediction=Prediction(N_("What is the highest accuracy one neuron can reach on XOR?"),
                               (N_("100 %"), N_("Between 80 % and 99 %"), N_("At most 80 %")),
                               "At most 80 %")),
), challenge=Challenge(
    N_("fire a short input with the shortest w"),
    # CHALLENGE_X and CHALLENGE_T: a challenge's task is shown as it is, without values
    N_("Set **input x₁** = 0.6, **input x₂** = 0.3 and **T** = 1, then make the neuron fire with w as "
       "short as you can."),
    short_w, "= |w|",
    solution={"x1": f"{CHALLENGE_X[0]:g}", "x2": f"{CHALLENGE_X[1]:g}", "T": f"{CHALLENGE_T:g}",
              "w1": "1.35", "w2": "0.65"}))
