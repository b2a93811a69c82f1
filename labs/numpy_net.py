"""The NumPy page's lab: the live Trainer repeats the lecture's program bit for bit, a smaller η falls
slowly, and ten times the lecture's η (or a hundred times: "what happens at 1e-4?") diverges. The
page's state is its live Trainer, trained as the page trains it (specs/numpy_net.py), beside the
plain programs' runs on the same arrays."""
import numpy as np

from lessons.language import N_
from lessons.numpy_net import ITERATIONS, LEARNING_RATE, NUMPY_PROGRAM, orders_fallen, train_live
from specs import numpy_net as spec

from . import Lab, Prediction, Step


def model(settings, train):
    """The page's live Trainer for `settings`, after `train` iterations."""
    trainer = spec.trainer(settings)
    train_live(trainer, train)
    return trainer


def live_losses(trainer):
    return trainer.history.column("train_loss")[:trainer.steps]


def same_as_program(settings, trainer):
    """The live Trainer has run and its losses so far are the NumPy program's, bit for bit."""
    losses, program = live_losses(trainer), spec.programs(settings["seed"])[NUMPY_PROGRAM][0]
    return len(losses) > 0 and np.array_equal(losses, program[:len(losses)])


def at_rate(trainer, rate):
    return trainer.config.learning_rate == rate


def diverged_at(rate):
    """The check of a step: the live Trainer, at learning rate `rate`, has stopped on a non-finite loss."""
    return lambda settings, trainer: at_rate(trainer, rate) and trainer.diverged


LAB = Lab(steps=(
    Step(N_("The same numbers, bit for bit"),
         N_("Choose another **seed of the random arrays** (any but 0), keep the **learning rate η** at "
            "{rate:.0e} and press **Step (10 iterations)**: the line above the loss chart compares the "
            "live Trainer's losses with the NumPy program's."),
         lambda settings, trainer: (settings["seed"] != 0 and at_rate(trainer, LEARNING_RATE)
                                    and trainer.steps >= 10 and same_as_program(settings, trainer)),
         N_("Both compute h = relu(x w₁), ŷ = h w₂, L = Σ(ŷ − y)², then ∂L/∂ŷ = 2(ŷ − y), ∂L/∂w₂ = hᵀ "
            "∂L/∂ŷ, ∂L/∂h = ∂L/∂ŷ w₂ᵀ set to 0 where x w₁ < 0, ∂L/∂w₁ = xᵀ ∂L/∂h, and w ← w − η ∂L/∂w, "
            "with the same operations on the same arrays in the same order. Floating-point sums "
            "depend on their order, so only the same order gives the same bits: the Trainer keeps the "
            "program's rows unshuffled for exactly this reason."),
         solution={"seed": "1"}, train=10,
         prediction=Prediction(N_("nncore's Trainer runs its own forward and backward code. How close "
                                  "will its losses be to the NumPy program's?"),
                               (N_("Equal to the last bit"), N_("Equal to about 10 digits"),
                                N_("Close, but visibly different")), "Equal to the last bit"),
         values={"rate": LEARNING_RATE}),
    Step(N_("A smaller step is slower"),
         N_("Set the **learning rate η** to 1e-7, ten times smaller than the lecture's, and press "
            "**Play** until iteration {iterations}."),
         lambda settings, trainer: at_rate(trainer, 1e-7) and trainer.steps >= ITERATIONS,
         N_("Each update is w ← w − η ∂L/∂w: a ten times smaller η takes ten times shorter steps "
            "along the same gradient. Such steps are safe, but the loss falls far fewer orders of "
            "magnitude in {iterations} iterations than at η = {rate:.0e}: compare the live curve with "
            "the program's in the loss chart."),
         solution={"learning_rate": "1e-7"}, train=ITERATIONS,
         prediction=Prediction(N_("At η = 1e-7, by how many orders of magnitude, log₁₀(L₀/L₄₉₉) "
                                  "rounded, does the loss fall in {iterations} iterations?"),
                               answer=lambda settings, trainer: orders_fallen(live_losses(trainer)),
                               tolerance=1),
         values={"iterations": ITERATIONS, "rate": LEARNING_RATE}),
    Step(N_("What happens at learning rate 1e-4?"),
         N_("Set the **learning rate η** to 1e-4, a hundred times the lecture's, and press **Step (10 "
            "iterations)**."),
         diverged_at(1e-4),
         N_("Locally the loss is close to a quadratic with Hessian H, and a gradient step multiplies "
            "the distance to that quadratic's minimum along each eigenvector of H by (1 − ηλ): it "
            "shrinks only if η < 2/λ_max. Past that each step overshoots by more than it corrects, the "
            "distance grows geometrically, and within a few iterations the loss overflows: nncore "
            "stops the training and keeps the last finite weights."),
         solution={"learning_rate": "1e-4"}, train=10,
         prediction=Prediction(N_("At η = 1e-4, a hundred times the lecture's, what does the loss do?"),
                               (N_("Falls a hundred times faster"), N_("Falls about as at 1e-6"),
                                N_("Grows until training stops")), "Grows until training stops")),
    Step(N_("The lecture's η is close to the edge"),
         N_("Now try the **learning rate η** 1e-5, only ten times the lecture's, and press **Step (10 "
            "iterations)**."),
         diverged_at(1e-5),
         N_("This diverges too: from these starting weights η = {rate:.0e} converges and η = 1e-5 does "
            "not, so the largest stable η lies between them, within a factor of ten of the lecture's "
            "choice. Tuning η means finding that edge: as large as the loss's curvature allows "
            "(η < 2/λ_max), no larger."),
         solution={"learning_rate": "1e-5"}, train=10,
         prediction=Prediction(N_("At η = 1e-5, ten times the lecture's?"),
                               (N_("It converges faster than at 1e-6"), N_("It diverges too")),
                               "It diverges too"),
         values={"rate": LEARNING_RATE}),
))
