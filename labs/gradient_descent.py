"""The gradient-descent page's lab: the learning rate at which the bowl diverges (2/L_max), the
stopping rule ||∇L|| ≤ ε and when it fires, a saddle point that exact gradients cannot leave and
SGD's noise does, and Adagrad's shrinking steps; the challenge of the lecture's second part: reach
the valley's minimum in the fewest steps. The page trains nothing: its state is the three
comparisons it runs from its settings (specs/gradient_descent.py: runs).

The texts name the surfaces and the first chart's paths (GD, SGD) by their labels, written out: a
translation writes them as the page's controls and legends do. The challenge's task has no values
(the labs panel shows it as it is), so its numbers are written out too; the tests check them."""
import math

import numpy as np

from lessons.gradient_descent import GD, RACE_TOLERANCE, SGD, SURFACES, race_standings
from lessons.language import N_
from nncore import OPTIMIZERS
from specs import gradient_descent as spec

from . import Challenge, Lab, Prediction, Step

DEFAULTS = spec.CONTROLS.defaults()
BOWL, SADDLE, VALLEY = SURFACES["bowl"], SURFACES["saddle"], SURFACES["valley"]
DIVERGING_RATE = 2.0 / BOWL.curvature  # gradient descent diverges on a quadratic for η > 2/L_max
EPSILON = 1e-3  # step 2's ε for ||∇L||, the rule's initial value on the page
VALLEY_LOSS = float(SADDLE.value(np.array(SADDLE.minimum)))  # L in either of the saddle's valleys
STRAGGLERS = [s.label for s in race_standings(BOWL, spec.runs(DEFAULTS).race) if s.arrival is None]


def model(settings, train):
    """The page's runs for `settings` (`train` is ignored: the page computes whole paths)."""
    return spec.runs(settings)


def gradient_rule_steps(rate, start, epsilon):
    """When ||∇L|| ≤ ε stops gradient descent on the round bowl: there ∇L = w, so each step
    multiplies it by (1 − η) and ||∇L(w_k)|| = |1 − η|^k ||w₀||; the rule fires before step k for
    the first k with that ≤ ε, k = ⌈ln(ε/||w₀||) / ln|1 − η|⌉ (0 < η < 2)."""
    return math.ceil(math.log(epsilon / np.linalg.norm(start)) / math.log(abs(1.0 - rate)))


RULE_STEPS = gradient_rule_steps(DEFAULTS["rate_right"], spec.start(DEFAULTS), EPSILON)


def on(settings, surface, at_start=False):
    """Whether the page shows `surface` (and, with `at_start`, starts from its preset start)."""
    return settings["surface"] == surface.name and (
        not at_start or bool(np.allclose(spec.start(settings), surface.start, rtol=0.0, atol=1e-9)))


def gd_diverges(settings, runs):
    path = runs.batch.get(GD)
    return on(settings, BOWL) and path is not None and path.stop == "diverged"


def gradient_rule_stops(settings, runs):
    """The "about right" run on the bowl is stopped by the rule ||∇L|| ≤ ε."""
    path = runs.rates.get(f"η = {settings['rate_right']:g}")
    return on(settings, BOWL) and path is not None and path.stop == "gradient"


def stuck_on_the_saddle(settings, runs):
    """GD ends at the saddle point (w₂ = 0, L ≈ 0) while SGD reaches a valley."""
    gd, sgd = runs.batch.get(GD), runs.batch.get(SGD)
    return (on(settings, SADDLE) and gd is not None and sgd is not None
            and abs(gd.points[-1][1]) <= 0.01 and gd.losses[-1] >= -0.01
            and sgd.losses[-1] <= 0.8 * VALLEY_LOSS)


def arrivals(surface, runs):
    """{optimizer label: the race's first step with L − L* ≤ RACE_TOLERANCE, or None}."""
    return {s.label: s.arrival for s in race_standings(surface, runs.race)}


def adagrad_arrives(settings, runs):
    return (on(settings, BOWL, at_start=True)
            and arrivals(BOWL, runs).get(OPTIMIZERS["adagrad"].label) is not None)


def fewest_steps(settings, runs):
    """The challenge's score: the first arrival in the race on the valley from its start, or None."""
    if not on(settings, VALLEY, at_start=True):
        return None
    arrived = [step for step in arrivals(VALLEY, runs).values() if step is not None]
    return min(arrived) if arrived else None


LAB = Lab(steps=(
    Step(N_("A learning rate at which the bowl diverges"),
         N_("Keep the **loss surface** Round bowl and raise the **learning rate η** of *Full "
            "gradient, one sample, a minibatch* until the path of GD (exact gradient) diverges."),
         gd_diverges,
         N_("On L(w) = ½ (w₁² + w₂²) the gradient is w, so a step w ← w − η∇L = (1 − η)w multiplies "
            "the distance to the minimum by |1 − η|. It shrinks for 0 < η < 2, bounces for ever at "
            "η = 2, and grows without bound for η > 2. In general, along the steepest direction of a "
            "quadratic the factor is 1 − ηL_max: gradient descent needs η < 2/L_max, here "
            "2/{curvature:g} = {rate:g}."),
         solution={"learning_rate": "2.5"},
         prediction=Prediction(N_("The bowl's largest curvature is L_max = {curvature:g}. Above "
                                  "which learning rate η does gradient descent diverge on it?"),
                               answer=DIVERGING_RATE, tolerance=0.05),
         values={"curvature": BOWL.curvature, "rate": DIVERGING_RATE}),
    Step(N_("When to stop"),
         N_("Under *The learning rate, and when to stop*, on the Round bowl from its start, tick "
            "**stop when ||∇L|| ≤ ε** (ε = {epsilon:g}) so that the run **η (about right)** is "
            "stopped by it before **max steps**."),
         gradient_rule_stops,
         N_("Near a minimum the gradient vanishes, so ||∇L|| ≤ ε says “close enough”. On the bowl "
            "∇L = w and each step multiplies it by (1 − η): ||∇L(w_k)|| = |1 − η|^k ||w₀||, and the "
            "rule fires after k = ⌈ln(ε/||w₀||) / ln|1 − η|⌉ steps: {steps} for η = {rate:g}, "
            "ε = {epsilon:g} and ||w₀|| = {norm:.3g}. The rule ||Δw|| ≤ ε is the same idea seen in "
            "the step, which is η times the gradient."),
         solution={"gradient_epsilon": f"{EPSILON:g}"},
         prediction=Prediction(N_("With η = {rate:g} from w₀ = ({w1:g}, {w2:g}) and ε = {epsilon:g}, "
                                  "after how many steps will ||∇L|| ≤ ε stop it?"),
                               answer=RULE_STEPS, tolerance=1),
         values={"epsilon": EPSILON, "steps": RULE_STEPS, "rate": DEFAULTS["rate_right"],
                 "norm": float(np.linalg.norm(spec.start(DEFAULTS))), "w1": spec.start(DEFAULTS)[0],
                 "w2": spec.start(DEFAULTS)[1]}),
    Step(N_("Noise escapes a saddle point"),
         N_("Choose the surface **Saddle point between two valleys** and set **start w₂** = 0 (on "
            "the ridge). Compare where GD (exact gradient) and SGD (B = 1) end."),
         stuck_on_the_saddle,
         N_("{formula}: ∂L/∂w₂ = w₂³ − w₂ is 0 whenever w₂ = 0, so the exact gradient never moves w₂ "
            "and GD slides along w₁ to (0, 0). There ∇L = 0, but the Hessian diag(1, −1) has a "
            "negative curvature: a saddle, not a minimum. SGD's noise pushes w₂ off 0, and near the "
            "ridge a step multiplies w₂ by about (1 + η) until it reaches a valley w₂ = ±1, where "
            "L = {loss:g}."),
         solution={"surface": SADDLE.name, "w2": "0"},
         prediction=Prediction(N_("Starting exactly on the ridge w₂ = 0, where does GD (exact "
                                  "gradient) end?"),
                               (N_("At the saddle point (0, 0)"), N_("In a valley, w₂ = ±1"),
                                N_("It diverges")),
                               "At the saddle point (0, 0)"),
         values={"formula": SADDLE.formula, "loss": VALLEY_LOSS}),
    Step(N_("Adagrad's steps only shrink"),
         N_("Back on the Round bowl from its start, raise **η for Adagrad, RMSProp, Adam** in the "
            "*Optimizer race* until Adagrad arrives (L(w) − L(w*) ≤ {tolerance:g}) within the race "
            "steps."),
         adagrad_arrives,
         N_("Adagrad divides by the root of the sum of every squared gradient so far, "
            "G ← G + g², w ← w − η g / √G: G only grows, so the steps shrink even where the surface "
            "is still far from its minimum, and a small η stalls. A larger η makes up for it; RMSProp "
            "and Adam divide by a running average instead, which forgets old gradients."),
         solution={"race_adaptive_rate": "0.5"},
         prediction=Prediction(N_("On the Round bowl, at the page's presets, which optimizer does "
                                  "not arrive within {steps} steps?"),
                               tuple(optimizer.label for optimizer in OPTIMIZERS.values()),
                               STRAGGLERS[0]),
         values={"tolerance": RACE_TOLERANCE, "steps": DEFAULTS["race_steps"]}),
), challenge=Challenge(
    N_("the valley in the fewest steps"),
    N_("On the **Elongated valley** from its start (-3.5, 1.5), choose the race's learning rates so "
       "that an optimizer arrives (L(w) − L(w*) ≤ 0.001) in as few steps as you can."),
    fewest_steps, N_("steps"),
    solution={"surface": VALLEY.name, "race_adaptive_rate": "0.5"}))
