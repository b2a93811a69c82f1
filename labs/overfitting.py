"""The overfitting page's lab: one hidden unit underfits (its best test loss stays far above the noise
floor ½σ²), stopping where a large network's test loss is lowest, and L2 or more data keeping that
network from overfitting. The page's state is its live Trainer, trained as the page trains it."""
from functools import lru_cache

import numpy as np

from lessons.language import N_
from lessons.overfitting import EPOCHS
from nncore import Trainer
from specs import overfitting as spec

from . import Lab, Prediction, Step

LARGE = 64  # hidden units of the network that overfits
NEAR_LOWEST = 0.05  # early stopping: a test loss within 5 % of the run's lowest counts as stopped there
RISEN = 1.5  # the run overfits: its last test loss is at least 1.5 times its lowest
FLAT = 1.15  # no overfitting: the test loss now is within 15 % of the lowest it reached


def model(settings, train):
    """The page's live Trainer for `settings`, after `train` epochs."""
    return Trainer(spec.config(settings)).train_to_epoch(train)


def noise_floor(settings):
    """½σ²: the expected loss ½(f(x) − t)² of the best f, sin x itself, on t = sin x + ε."""
    return 0.5 * settings["noise"] ** 2


def lowest_test_loss(trainer):
    return min(trainer.metrics().test_loss, np.nanmin(trainer.history.column("test_loss")))


@lru_cache(maxsize=8)
def full_run(config, epochs):
    """The page's network for `config` trained from its start to `epochs`: what training on shows."""
    return Trainer(config).train_to_epoch(epochs)


def stopped_at_lowest(settings, trainer):
    """The live network (64 units, as the page sets it up) has a test loss within NEAR_LOWEST of the
    lowest its run reaches in the sweep's epochs, and that run overfits afterwards."""
    if settings["hidden_units"] != LARGE or trainer.config != spec.config(settings):
        return False
    run = full_run(trainer.config, settings["epochs"])
    lowest = lowest_test_loss(run)
    return (run.metrics().test_loss >= RISEN * lowest
            and trainer.metrics().test_loss <= (1 + NEAR_LOWEST) * lowest)


def does_not_overfit(settings, trainer):
    """Trained EPOCHS epochs, its test loss is near its lowest and within 50 % of the noise floor."""
    test = trainer.metrics().test_loss
    return (trainer.epoch >= EPOCHS and test <= FLAT * lowest_test_loss(trainer)
            and test <= 1.5 * noise_floor(settings))


FLOOR = noise_floor(spec.CONTROLS.defaults())
NUMBERS = {"epochs": EPOCHS, "large": LARGE}  # what the texts name as {epochs} and {large}

LAB = Lab(steps=(
    Step(N_("One unit underfits"),
         N_("Set the **capacity: hidden units per layer** to 1 (one hidden layer) and press **Play** "
            "until epoch {epochs}. Watch both curves in the loss chart."),
         lambda settings, trainer: (settings["hidden_units"] == 1 and settings["layers"] == 1
                                    and trainer.epoch >= EPOCHS
                                    and lowest_test_loss(trainer) > 2 * noise_floor(settings)),
         N_("With t = sin x + ε, the expected loss of f at x is ½(f(x) − sin x)² + ½σ²: no f does "
            "better than ½σ² (= {floor:g} at σ = {noise:g}). One tanh unit makes f(x) = v·tanh(wx + b) "
            "+ c, a single S-shaped step, which cannot follow a whole period of the sine: even the best "
            "epoch's test loss stays above twice ½σ², and the training loss stays high too. That is "
            "underfitting; training longer does not help, more capacity does."),
         solution={"hidden_units": "1"}, train=EPOCHS,
         prediction=Prediction(N_("Training minimises ½ mean (f(x) − t)² on t = sin x + ε. What is the "
                                  "lowest test loss any f can expect here (noise σ as set)?"),
                               answer=lambda settings, trainer: noise_floor(settings), tolerance=0.005),
         values={**NUMBERS, "floor": FLOOR, "noise": spec.CONTROLS.defaults()["noise"]}),
    Step(N_("Stop where the test loss is lowest"),
         N_("Set the **capacity** to {large} hidden units and train with **Step (100 epochs)**, "
            "watching the test curve: stop where it is lowest (the line above the charts names the "
            "lowest test loss so far). Went past it? **Reset** and train again: the run is the same."),
         stopped_at_lowest,
         N_("Training loss falls all along, but after its lowest point the test loss rises: the "
            "network has begun to follow the noise of its few training points. Early stopping keeps "
            "the weights of that epoch. The check counts a test loss within {near:.0%} of the run's "
            "lowest as stopped there: near its minimum the curve is flat, so neighbouring epochs are "
            "as good, and Step moves 100 epochs at a time."),
         solution={"hidden_units": str(LARGE)}, train=700, paused=True,
         prediction=Prediction(N_("As the training loss keeps falling, what does the test loss do?"),
                               (N_("Falls all the way"), N_("Falls, then rises"),
                                N_("Rises from the start")),
                               "Falls, then rises"),
         values={**NUMBERS, "near": NEAR_LOWEST}),
    Step(N_("L2 keeps the large network smooth"),
         N_("Keep {large} hidden units, set the **regularization λ (L2)** to 0.001 and press **Play** "
            "until epoch {epochs}."),
         lambda settings, trainer: (settings["regularization_rate"] > 0
                                    and does_not_overfit(settings, trainer)),
         N_("The penalty λ Σ w² adds 2λw to each weight's gradient, so every step also shrinks the "
            "weights (weight decay). Small weights keep f smooth: it cannot bend through each noisy "
            "point, and the test loss stays within {flat:.0%} of its lowest instead of rising. Too "
            "large a λ flattens f and underfits again."),
         solution={"hidden_units": str(LARGE), "regularization_rate": "0.001"}, train=EPOCHS,
         prediction=Prediction(N_("With λ = 0.001, where will the test loss be at epoch {epochs}?"),
                               (N_("Risen far above its lowest, as without λ"), N_("Near its lowest")),
                               "Near its lowest"),
         values={**NUMBERS, "flat": FLAT - 1}),
    Step(N_("More data, less overfitting"),
         N_("Set λ back to 0, keep {large} hidden units, raise the **training points** to 100 and press "
            "**Play** until epoch {epochs}."),
         lambda settings, trainer: (settings["regularization_rate"] == 0
                                    and settings["hidden_units"] == LARGE
                                    and settings["n_train"] > spec.CONTROLS.defaults()["n_train"]
                                    and does_not_overfit(settings, trainer)),
         N_("The same network, with no penalty, no longer overfits: with many points the noise "
            "averages out, and a curve through all of them must stay close to sin x. The more data, "
            "the more capacity a network can use before it follows the noise."),
         solution={"hidden_units": str(LARGE), "n_train": "100"}, train=EPOCHS,
         prediction=Prediction(N_("With 100 training points instead of 20, will the same network "
                                  "still overfit?"), (N_("Yes, as much"), N_("Much less")), "Much less"),
         values=NUMBERS),
))
