"""The Playground's lab: why XOR needs a hidden layer (the lecture's XOR slides), and the Spiral
challenge. The page's state is its Trainer, trained as the page trains it (specs/playground.py)."""
from lessons.language import N_
from specs import playground as spec

from . import Challenge, Lab, Prediction, Step

ACCURACIES = (N_("At most 80 %"), N_("Between 80 % and 99 %"), "100 %")


def model(settings, train):
    """The page's Trainer for `settings`, after `train` epochs."""
    return spec.export({**settings, "epochs": train})


def best_train_accuracy(trainer):
    """The highest training accuracy of the trainer's run so far (its recorded epochs and now)."""
    return max([trainer.metrics().train_accuracy, *trainer.history.column("train_accuracy")])


def on_xor(trainer, hidden=None, activation=None, features=("x1", "x2")):
    """Whether the trainer learns XOR from `features` with `hidden` layers (None: any number but 0)."""
    config = trainer.config
    return (config.dataset == "xor" and tuple(config.features) == features
            and (len(config.hidden_layers) > 0 if hidden is None else config.hidden_layers == hidden)
            and (activation is None or config.activation == activation))


def stays_linear(trainer, epochs=500, ceiling=0.8):
    """Trained `epochs` epochs without its training accuracy ever exceeding `ceiling`."""
    return trainer.epoch >= epochs and best_train_accuracy(trainer) <= ceiling


LAB = Lab(steps=(
    Step(N_("One line cannot do XOR"),
         N_("Choose the dataset **Exclusive or (XOR)**, take every hidden layer away (the **−** beside "
            "*hidden layers*), keep the features X₁ and X₂, and press **Play** until epoch 500 (*steps "
            "per tick* 250 gets there faster)."),
         lambda settings, trainer: on_xor(trainer, hidden=()) and stays_linear(trainer),
         N_("Without a hidden layer the network is one neuron, ŷ = σ(w₁x₁ + w₂x₂ + b): its decision "
            "boundary is the line w₁x₁ + w₂x₂ + b = 0. XOR's classes sit in opposite corners, so every "
            "line leaves at least one quadrant on the wrong side: XOR is not linearly separable, and "
            "training accuracy stays near 75 % however long it trains."),
         solution={"dataset": "xor", "hidden_layers": ""}, train=500,
         prediction=Prediction(N_("With no hidden layer, what training accuracy will XOR reach?"),
                               ACCURACIES, ACCURACIES[0])),
    Step(N_("A hidden layer bends the boundary"),
         N_("Add one hidden layer of 4 tanh neurons (**+**), set the learning rate to 0.1 and press "
            "**Play** until the training accuracy is 100 %."),
         lambda settings, trainer: (on_xor(trainer, activation="tanh")
                                    and len(trainer.config.hidden_layers) == 1
                                    and trainer.metrics().train_accuracy == 1.0),
         N_("Each hidden neuron h = tanh(wᵀx + b) draws a line of its own; the output neuron combines "
            "them, so the boundary is made of several bent lines and can enclose opposite corners. This "
            "is why XOR needs a hidden layer."),
         solution={"dataset": "xor", "hidden_layers": "4", "learning_rate": "0.1"}, train=100,
         prediction=Prediction(N_("Will one hidden layer of 4 tanh neurons reach 100 % training "
                                  "accuracy on XOR?"), (N_("Yes"), N_("No")), "Yes")),
    Step(N_("Linear hidden units add nothing"),
         N_("Keep the hidden layer, change the activation to **Linear (identity)** (the network starts "
            "again) and press **Play** until epoch 500."),
         lambda settings, trainer: on_xor(trainer, activation="linear") and stays_linear(trainer),
         N_("With g(s) = s the network is W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂): one linear "
            "function, as without the hidden layer. A hidden layer helps only through a nonlinear "
            "activation."),
         solution={"dataset": "xor", "hidden_layers": "4", "activation": "linear",
                   "learning_rate": "0.1"}, train=500,
         prediction=Prediction(N_("With 4 linear hidden neurons, what training accuracy will XOR "
                                  "reach?"),
                               ACCURACIES, ACCURACIES[0])),
    Step(N_("A feature instead of a layer"),
         N_("Take the hidden layers away again, tick the feature **X₁X₂** and reach 100 % training "
            "accuracy."),
         lambda settings, trainer: (on_xor(trainer, hidden=(), features=("x1", "x2", "x1_times_x2"))
                                    and trainer.metrics().train_accuracy == 1.0),
         N_("XOR's class is the sign of x₁x₂, so with x₁x₂ as an input one neuron, σ(w·x₁x₂ + b), "
            "separates it. A hidden layer learns such features from the data instead of being given "
            "them."),
         solution={"dataset": "xor", "hidden_layers": "", "features": "x1,x2,x1_times_x2"}, train=5,
         prediction=Prediction(N_("With the feature X₁X₂ and no hidden layer, what training accuracy "
                                  "will XOR reach?"), ACCURACIES, ACCURACIES[2])),
), challenge=Challenge(
    N_("the smallest network for the Spiral"),
    N_("On the dataset **Spiral**, reach at least 90 % **test** accuracy with as few hidden neurons as "
       "you can (any features, any settings)."),
    lambda settings, trainer: (sum(trainer.config.hidden_layers)
                               if trainer.config.dataset == "spiral"
                               and trainer.metrics().test_accuracy >= 0.9 else None),
    N_("hidden neurons"),
    solution={"dataset": "spiral", "features": "x1,x2,sin_x1,sin_x2", "hidden_layers": "4"},
    train=300))
