"""The universal approximation page's lab: one unit is one stump, three tanh units fit sin x, ReLU
units are hinges (|x| − 1 from two, and a dead one), bumps built by hand; the challenge of the
lecture's third part: fit the step with the fewest hidden units. The page's state is its Trainer,
trained as the page trains it (specs/universal_approximation.py), and the hand-built bumps."""
import numpy as np

from figures.style import LINE_GRID
from lessons.language import N_
from lessons.universal_approximation import bump_network, hidden_contributions
from specs import universal_approximation as spec

from . import Challenge, Lab, Prediction, Step

FITTED = 0.01  # the mean squared error under which a fit counts as done
BUMPS_FITTED = 0.005  # the same for the hand-built bumps, on the chart's grid


def model(settings, train):
    """The page's Trainer for `settings`, after `train` epochs."""
    return spec.export({**settings, "epochs": train})


def mse(trainer):
    """The mean squared error on the training points that the page shows, 1/N Σ (f(xᵢ) − tᵢ)²."""
    return 2.0 * trainer.metrics().train_loss


def fits(settings, trainer, target, activation="tanh", units=None, below=FITTED):
    """The trainer fits `target` with `activation` units (at most `units`) to an MSE below `below`."""
    config = trainer.config
    return (settings["target"] == target and config.activation == activation
            and (units is None or config.hidden_layers[0] <= units) and mse(trainer) < below)


def bumps_mse(target, n_bumps, steepness):
    """The mean squared error, on the chart's grid, of the sum of n hand-built bumps of steepness k
    against `target` (the network the bumps chart draws)."""
    weights, biases = bump_network(target, n_bumps, steepness)
    contributions, output_bias = hidden_contributions(LINE_GRID[:, None], weights, biases, "sigmoid")
    return float(np.mean((contributions.sum(axis=1) + output_bias - target(LINE_GRID)) ** 2))


def steeper_helps(settings, trainer):
    """Whether k = 100 brings 8 bumps closer to sin x than the page's k = 20 ("Yes" or "No")."""
    return "Yes" if bumps_mse(np.sin, 8, 100.0) < bumps_mse(np.sin, 8, 20.0) else "No"


def step_units(settings, trainer):
    """The challenge's score: the hidden units H once the step is fitted to MSE < 0.01, else None."""
    config = trainer.config
    return config.hidden_layers[0] if settings["target"] == "step" and mse(trainer) < FITTED else None


LAB = Lab(steps=(
    Step(N_("One unit is one stump"),
         N_("Keep the *target* **sin x**, set *hidden units H* to **1** and press **Play** until epoch "
            "1000. Look at the fit and the one contribution below it."),
         lambda settings, trainer: (settings["target"] == "sine" and trainer.config.hidden_layers == (1,)
                                    and trainer.epoch >= 1000 and mse(trainer) >= 5 * FITTED),
         N_("With H = 1 the network is f(x) = c + v g(wx + b): for tanh a single stump, rising or "
            "falling once. sin x falls, rises and falls again on [−π, π], so no choice of v, w, b, c "
            "follows it and the mean squared error stays high however long it trains."),
         solution={"hidden_units": "1"}, train=1000,
         prediction=Prediction(N_("Can one tanh unit follow sin x on [−π, π]?"),
                               (N_("Yes, with enough training"), N_("No, only roughly")),
                               "No, only roughly")),
    Step(N_("Three tanh units fit sin x"),
         N_("Keep **sin x** and find the fewest *hidden units H* with which the mean squared error "
            "above the chart falls below 0.01 (press **Play**; the network starts again when H "
            "changes)."),
         lambda settings, trainer: fits(settings, trainer, "sine", units=3),
         N_("f(x) = c + Σⱼ vⱼ tanh(wⱼx + bⱼ): stacked, each band is one unit's stump. Three stumps, a "
            "fall, a rise and a fall, follow sin x's three monotone pieces; with two the page's "
            "training stays above 0.01. Each unit added can take one more bend of the curve: this is "
            "universal approximation at work, as H grows the fit can get as close as wanted."),
         solution={"hidden_units": "3"}, train=1000,
         prediction=Prediction(N_("How many tanh units does the fit of sin x need for a mean squared "
                                  "error below 0.01?"), ("1", "2", "3", N_("10 or more")), "3")),
    Step(N_("ReLU units are hinges"),
         N_("Choose the *target* **|x| − 1** and the *activation g* **ReLU**, and bring the mean "
            "squared error below 0.001 with at most 3 *hidden units H*. Try H = 2 first."),
         lambda settings, trainer: fits(settings, trainer, "abs", "relu", units=3, below=FITTED / 10),
         N_("A ReLU unit v max(0, wx + b) is a hinge: flat on one side of x = −b/w, a straight line on "
            "the other. |x| − 1 = max(0, x) + max(0, −x) − 1 is two hinges exactly. From the page's "
            "initial weights with H = 2 one unit starts with wx + b < 0 at every point: g'(s) = 0 "
            "there, no gradient reaches it and it stays dead; with H = 3 two units are left to form "
            "the two hinges."),
         solution={"target": "abs", "activation": "relu", "hidden_units": "3"}, train=1000,
         prediction=Prediction(N_("How many ReLU units does it take to make |x| − 1 exactly?"),
                               answer=2)),
    Step(N_("Bumps built by hand"),
         N_("Under *Built by hand: bumps*, keep the *target* **sin x** and change *bumps n* and "
            "*steepness k* until the sum of bumps follows sin x closely: the lab measures the mean "
            "squared error of the sum against sin x on the chart's grid and wants it below "
            "{below:g}."),
         lambda settings, trainer: (settings["target"] == "sine"
                                    and bumps_mse(np.sin, settings["bumps"], settings["steepness"])
                                    < BUMPS_FITTED),
         N_("σ(k(x − a)) − σ(k(x − b)) is ≈ 1 on [a, b] and ≈ 0 outside: two sigmoid units per bump. "
            "With bump i's height f(centre of piece i), the sum of n bumps is a staircase following f; "
            "narrower pieces (larger n) make the steps smaller. A steeper k makes each bump sharper, "
            "but with few bumps a soft k blends the steps into a smoother curve. As n and k grow "
            "together the sum approaches any continuous f on [−π, π]: the universal approximation "
            "theorem's construction."),
         solution={"bumps": "12"},
         prediction=Prediction(N_("With n = 8 bumps, does making them steeper (k = 100 instead of 20) "
                                  "bring the sum closer to sin x?"), (N_("Yes"), N_("No")), steeper_helps),
         values={"below": BUMPS_FITTED}),
), challenge=Challenge(
    N_("the step with the fewest hidden units"),
    N_("Choose the *target* **step function** and bring the mean squared error below 0.01 with as few *hidden "
       "units H* as you can (any activation and learning rate; press **Play** for long enough)."),
    step_units, N_("hidden units"),
    solution={"target": "step", "hidden_units": "1", "learning_rate": "0.1"}, train=2000))
