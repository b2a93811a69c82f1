"""The single-layer page's lab: winner-take-all and the least change that makes "car" lose, softmax's
indifference to a shift of every score, hinge loss satisfied where cross-entropy is not (the
calculator), then L2 shrinking every weight and L1 zeroing half of them (the classifier, trained as
the page trains it). The page's state is its calculator's numbers for the settings' scores
(specs/single_layer.py: calculation) and its Trainer."""
import numpy as np

from lessons.language import N_
from lessons.single_layer import LECTURE_EXAMPLE, softmax_calculation
from specs import single_layer as spec

from . import Lab, Prediction, Step

NAMES, LECTURE_SCORES = list(LECTURE_EXAMPLE), np.array(list(LECTURE_EXAMPLE.values()))
CORRECT, RIVAL = "cat", "car"  # the lecture's correct class, and the class that wins its example
LEAST_CHANGE = LECTURE_EXAMPLE[RIVAL] - LECTURE_EXAMPLE[CORRECT]  # car wins by this much
MOST_CHANGE = 2.0  # step 1 accepts a change to one score of at most this
LECTURE = softmax_calculation(list(LECTURE_SCORES), NAMES.index(CORRECT))
SHIFT = 10.0  # the shift step 2's prediction asks about
HINGE_SCORE = LECTURE_EXAMPLE[RIVAL] + 1.0  # cat's least score for a zero hinge loss
HINGE_SOLVED = softmax_calculation([HINGE_SCORE, *LECTURE_SCORES[1:]], NAMES.index(CORRECT))
TOLERANCE = 1e-9  # for scores typed into the table (5.1 − 3.1 is not exactly 2 in floats)
L2_RATE, L1_RATE, EPOCHS = 0.1, 0.1, 50
L2_CEILING = 1.0  # R(W) = Σw² below which step 4 counts the weights as shrunk


def model(settings, train):
    """The page's classifier for `settings` after `train` epochs (the calculator needs no model:
    its numbers are spec.calculation(settings))."""
    return spec.export({**settings, "epochs": train})


def lecture_scores(settings):
    """The settings' scores in the lecture's class order, or None if the classes are not cat, car,
    frog."""
    scores = settings["scores"]
    return np.array([scores[name] for name in NAMES]) if list(scores) == NAMES else None


def rival_loses(settings, trainer):
    """Car's score is strictly below another's, by changing one score by at most MOST_CHANGE."""
    scores = lecture_scores(settings)
    if scores is None:
        return False
    changes = np.abs(scores - LECTURE_SCORES)
    rival = NAMES.index(RIVAL)
    return (int((changes > TOLERANCE).sum()) == 1 and changes.max() <= MOST_CHANGE + TOLERANCE
            and scores[rival] < np.delete(scores, rival).max())


def shifted(settings, trainer):
    """Every score moved by the same amount, at least 1, from the lecture's."""
    scores = lecture_scores(settings)
    if scores is None:
        return False
    shift = scores - LECTURE_SCORES
    return abs(shift[0]) >= 1.0 and bool(np.allclose(shift, shift[0], rtol=0.0, atol=1e-6))


def hinge_satisfied(settings, trainer):
    """With cat correct, the hinge loss is 0 while the cross-entropy is not."""
    calc = spec.calculation(settings)
    return (lecture_scores(settings) is not None and settings["correct"] == CORRECT
            and calc.hinge <= TOLERANCE and calc.cross_entropy > 0.0)


def weights(trainer):
    return np.concatenate([W.ravel() for W in trainer.weights])


def exact_zeros(trainer):
    """How many weights are exactly 0.0: what the page's Weights histogram counts in red."""
    return int((weights(trainer) == 0.0).sum())


def trained_with(trainer, regularization, rate):
    """Trained EPOCHS epochs on the extra inputs with `regularization` at a λ of at least `rate`."""
    config = trainer.config
    return (config.regularization == regularization and config.regularization_rate >= rate
            and len(config.features) > 2 and trainer.epoch >= EPOCHS)


def l2_shrinks(settings, trainer):
    w = weights(trainer)
    return (trained_with(trainer, "l2", L2_RATE) and exact_zeros(trainer) == 0
            and float(w @ w) < L2_CEILING)


def l1_zeroes_half(settings, trainer):
    return trained_with(trainer, "l1", L1_RATE) and 2 * exact_zeros(trainer) >= len(weights(trainer))


def p_correct(calculation):
    return float(calculation.probabilities[NAMES.index(CORRECT)])


SETUP = {"extra_features": "true", "regularization_rate": f"{L2_RATE:g}"}

LAB = Lab(steps=(
    Step(N_("Make “{rival}” lose"),
         N_("In the **Softmax calculator**, winner-take-all (the *WTA* column) answers **{rival}**. "
            "Change **one** score in the table, by at most {most:g}, so that {rival}'s score is "
            "strictly below another class's (a tie is not enough)."),
         rival_loses,
         N_("Winner-take-all answers argmaxⱼ sⱼ, so only the order of the scores matters. {rival} wins "
            "by s_{rival} − s_{correct} = {s_rival:g} − {s_correct:g} = {least:.2g}: raising "
            "s_{correct} or lowering s_{rival} by just more than that flips the answer, while the "
            "probabilities pⱼ = exp(sⱼ) / Σₗ exp(sₗ) change smoothly (the softmax is a soft version "
            "of this maximum)."),
         solution={"scores": f"cat:3.2,car:{LECTURE_EXAMPLE[RIVAL] - MOST_CHANGE:g},frog:-1.7"},
         prediction=Prediction(N_("What is the least change to one score that can make {rival} "
                                  "stop winning?"), answer=LEAST_CHANGE, tolerance=0.05),
         values={"rival": RIVAL, "correct": CORRECT, "most": MOST_CHANGE, "least": LEAST_CHANGE,
                 "s_rival": LECTURE_EXAMPLE[RIVAL], "s_correct": LECTURE_EXAMPLE[CORRECT]}),
    Step(N_("Only differences count"),
         N_("Add the same number (at least 1, for instance 10) to **every** score of the lecture's "
            "example and watch the column *p = e^s / Σ e^s*."),
         shifted,
         N_("pⱼ = exp(sⱼ + c) / Σₗ exp(sₗ + c) = eᶜ exp(sⱼ) / (eᶜ Σₗ exp(sₗ)) = exp(sⱼ) / Σₗ exp(sₗ): "
            "a common shift cancels, so softmax (and the loss −ln p) depends only on the differences "
            "of the scores. This is why implementations subtract maxⱼ sⱼ before exp: the same "
            "probabilities, without overflow."),
         solution={"scores": ",".join(f"{name}:{score + SHIFT:g}" for name, score in LECTURE_EXAMPLE.items())},
         prediction=Prediction(N_("In the lecture's example p({correct}) = {p:.4f}. What will it be "
                                  "after adding {shift:g} to every score?"),
                               answer=round(p_correct(LECTURE), 4), tolerance=0.005),
         values={"correct": CORRECT, "p": p_correct(LECTURE), "shift": SHIFT}),
    Step(N_("Hinge is satisfied, cross-entropy never"),
         N_("With **correct class** {correct}, raise only {correct}'s score until the multiclass hinge "
            "loss is 0, and compare the cross-entropy loss L."),
         hinge_satisfied,
         N_("Hinge loss Σ_(j≠{correct}) max(0, sⱼ − s_{correct} + 1) is 0 once {correct} beats every "
            "other class by a margin of 1, s_{correct} ≥ {least:g} here, and it stops caring. "
            "Cross-entropy −ln p({correct}) is still {loss:.2f} at s_{correct} = {least:g}: "
            "p({correct}) < 1 for any finite scores, so it keeps pushing the correct score up."),
         solution={"scores": f"cat:{HINGE_SCORE:g},car:5.1,frog:-1.7"},
         prediction=Prediction(N_("What is the smallest score of {correct} for which the hinge loss "
                                  "is 0?"), answer=HINGE_SCORE, tolerance=0.05),
         values={"correct": CORRECT, "least": HINGE_SCORE, "loss": HINGE_SOLVED.cross_entropy}),
    Step(N_("L2 shrinks every weight"),
         N_("Under *A linear classifier trained live*, switch on **add extra inputs**, choose the "
            "**regularizer R(W)** L2 with **λ** ≥ {rate:g} and train at least {epochs} epochs "
            "(**Play**), until R(W) = Σw², the factor after λ × in the line L(W) = …, is below "
            "{ceiling:g}. Watch the *Weights* histogram."),
         l2_shrinks,
         N_("The penalty's gradient is ∂(λΣw²)/∂w = 2λw, so each step multiplies w by (1 − 2ηλ) "
            "before the data's gradient acts: large weights shrink most, and a weight only approaches "
            "0 geometrically, never reaching it. The histogram's red bar, *exactly 0*, stays empty."),
         solution={**SETUP, "regularization": "l2"}, train=EPOCHS,
         prediction=Prediction(N_("After {epochs} epochs with L2 at λ = {rate:g}, how many "
                                  "weights will be exactly 0?"), answer=0),
         values={"rate": L2_RATE, "epochs": EPOCHS, "ceiling": L2_CEILING}),
    Step(N_("L1 zeroes half the weights"),
         N_("Now choose **L1** (λ ≥ {rate:g}, extra inputs on) and train at least {epochs} epochs, "
            "until at least half the weights are *exactly 0* (the title of the *Weights* histogram "
            "counts them)."),
         l1_zeroes_half,
         N_("“Zero” here is exactly 0.0, not merely small. The penalty's gradient λ·sign(w) has the "
            "same size λ for every weight, so a small weight reaches 0 in a few steps; a step that "
            "would cross 0 stops there, and at w = 0 the subgradient of |w| may be anything in "
            "[−1, 1], so the weight stays exactly 0 as long as the data's pull |∂L/∂w| ≤ λ. Useless "
            "inputs get exact zeros: L1 selects features, L2 only shrinks them."),
         solution={**SETUP, "regularization": "l1", "regularization_rate": f"{L1_RATE:g}"},
         train=EPOCHS,
         prediction=Prediction(N_("Which penalty sets weights to exactly 0?"),
                               (N_("L1 (Σ|w|)"), N_("L2 (Σw²)"), N_("Both")), "L1 (Σ|w|)"),
         values={"rate": L1_RATE, "epochs": EPOCHS}),
))
