"""The 8-3-8 page's lab: backpropagation invents a code for eight patterns in three hidden units; the
loss and the learning rate set how fast, and the code it finds need not be binary. The page's state
is its Trainer, trained as the page trains it (specs/hidden_codes.py)."""
from lessons.hidden_codes import TRAINING_EPOCHS, code_table
from lessons.language import N_
from specs import hidden_codes as spec

from . import Lab, Prediction, Step

SQUARED_ERROR = "sigmoid_mse"
STEP_EPOCHS = 100  # what the page's Step button trains
FAST_RATES = ("1", N_("2 (the default)"), "5")


def model(settings, train):
    """The page's Trainer for `settings`, after `train` epochs."""
    return spec.export({**settings, "epochs": train})


def on_squared_error(trainer):
    return trainer.config.output == SQUARED_ERROR


def binary_codes(settings, trainer):
    """How many binary codes the hidden units can give: 2 to the number of units."""
    return 2 ** trainer.config.hidden_layers[0]


def shares_a_corner(trainer):
    """All eight inputs reconstructed, though two of them have the same binary code."""
    table = code_table(trainer)
    return table.n_reconstructed == 8 and table.n_distinct_binary < 8


LAB = Lab(steps=(
    Step(N_("Squared error learns more slowly"),
         N_("Choose **output + loss** *Sigmoid + squared error ½(y−t)²* (the loss of the backpropagation "
            "page; a new network starts) and press **Play** until **reconstructed (argmax)** shows 8/8."),
         lambda settings, trainer: (on_squared_error(trainer)
                                    and code_table(trainer).n_reconstructed == 8),
         N_("An output unit y = σ(s) passes back the error signal δ = ∂L/∂s. With cross-entropy δ = "
            "y − t; with squared error L = ½(y − t)² it is δ = (y − t)·σ'(s) = (y − t)·y(1 − y), at "
            "most ¼ of it, and close to 0 wherever a unit sits near 0 or 1, even a wrong one. Smaller "
            "error signals make smaller gradient steps: the loss curve's long plateaus."),
         solution={"output": SQUARED_ERROR}, train=700,
         prediction=Prediction(N_("The defaults (cross-entropy) reconstruct all eight inputs within a "
                                  "few hundred epochs. Will squared error take fewer epochs or more?"),
                               (N_("Fewer"), N_("More")), "More")),
    Step(N_("Eight distinct binary codes"),
         N_("Keep squared error and press **Play** until **distinct binary codes** shows 8/8: the "
            "table's *binary code* (h₁, h₂, h₃ each rounded to 0 or 1, the nearest corner of the cube) "
            "is different for every input."),
         lambda settings, trainer: (on_squared_error(trainer)
                                    and code_table(trainer).n_distinct_binary == 8),
         N_("Three units, each 0 or 1, have 2³ = 8 codes: one per input, so the hidden layer has found "
            "a 3-bit binary code, and log₂ 8 = 3 units are the fewest that can hold one. Nobody asked "
            "for binary: backpropagation only lowers the loss, and sigmoid units driven towards 0 or 1 "
            "keep the eight codes far apart (the code cube shows them near its corners)."),
         solution={"output": SQUARED_ERROR}, train=TRAINING_EPOCHS,
         prediction=Prediction(N_("How many different binary codes can three hidden units give, each "
                                  "rounded to 0 or 1?"), answer=binary_codes)),
    Step(N_("A larger learning rate: all eight in 100 epochs"),
         N_("Choose **Sigmoid + binary cross-entropy** again and a **learning rate**, press **Reset**, "
            "then **Step ({epochs} epochs)** once: reach **reconstructed (argmax)** 8/8 by epoch "
            "{epochs}."),
         lambda settings, trainer: (0 < trainer.epoch <= STEP_EPOCHS
                                    and code_table(trainer).n_reconstructed == 8),
         N_("Each epoch moves the weights by one gradient step, W ← W − η ∂L/∂W: a larger η goes as "
            "far down the loss in fewer epochs, as long as its steps do not overshoot. The default "
            "η = 2 needs more than {epochs} epochs here."),
         solution={"learning_rate": "5"}, train=STEP_EPOCHS,
         prediction=Prediction(N_("Which learning rate reconstructs all eight inputs within "
                                  "{epochs} epochs?"), FAST_RATES, FAST_RATES[2]),
         values={"epochs": STEP_EPOCHS}),
    Step(N_("A code need not be binary"),
         N_("Try other **seed**s (each starts from other initial weights), training each to epoch "
            "{epochs}: find one that reconstructs all eight inputs (8/8) with fewer than 8 "
            "**distinct binary codes**."),
         lambda settings, trainer: trainer.epoch >= TRAINING_EPOCHS and shares_a_corner(trainer),
         N_("Reconstruction asks only that each input's own output unit, yₖ = σ((W₂ᵀh + b₂)ₖ), be the "
            "largest for its code: the eight codes must differ, not sit on corners. Here some hidden "
            "values stay inside (0, 1) and two codes round to the same corner, yet the output layer "
            "tells them apart. Binary is how we read the code; backpropagation found a real-valued "
            "one."),
         solution={"seed": "4"}, train=TRAINING_EPOCHS,
         prediction=Prediction(N_("Can the network reconstruct all eight inputs while two of them "
                                  "share a binary code?"), (N_("Yes"), N_("No")), "Yes"),
         values={"epochs": TRAINING_EPOCHS}),
))
