"""The capacity page's lab: a hidden layer's units are lines, and how many the data need (XOR's
quadrants more than two, the circle three), linear hidden units collapsing to one neuron, ReLU's
bent lines, and a start from which training stays short. The page's state is its three networks
(single neuron, hidden layer, linear hidden layer), trained as the page trains them
(specs/capacity.py)."""
from lessons.language import N_
from specs import capacity as spec

from . import Lab, Prediction, Step

LINE = 0.7  # above what one line reaches on either dataset (XOR 64 %, circle 61 % as trained)


def model(settings, train):
    """The page's three networks for `settings`, after `train` steps more than the page's first
    training ("Train 500 more steps" adds 500)."""
    trainers = spec.networks(settings)
    for trainer in trainers.values():
        trainer.step(train)
    return trainers


def accuracy(trainers, name):
    """The training accuracy of one of the page's networks, as its caption says."""
    return trainers[name].metrics().train_accuracy


def separates(settings, trainers, dataset, units=None):
    """The hidden layer separates `dataset`'s training points (with `units` hidden units)."""
    return (settings["dataset"] == dataset and units in (None, settings["hidden_units"])
            and accuracy(trainers, "hidden") == 1.0)


ACCURACIES = ("100 %", N_("Between 70 % and 99 %"), N_("At most 70 %: no better than one line"))


def bracket(name):
    """The option of ACCURACIES that the network `name`'s training accuracy falls in."""
    def answer(settings, trainers):
        value = accuracy(trainers, name)
        return ACCURACIES[0 if value == 1.0 else 1 if value > LINE else 2]
    return answer

LAB = Lab(steps=(
    Step(N_("Two hidden units fall short on XOR's quadrants"),
         N_("Keep the data **XOR** and the *hidden activation g* **Tanh**, and set *hidden units* to "
            "**2**. Read the hidden layer's training accuracy in the caption at the bottom."),
         lambda settings, trainers: (settings["dataset"] == "xor" and settings["hidden_units"] == 2
                                     and settings["activation"] == "tanh"
                                     and accuracy(trainers, "hidden") < 1.0),
         N_("Each hidden unit hⱼ = g(wⱼᵀx + bⱼ) is one soft line, and the output σ(vᵀh + c) draws a "
            "line in the coordinates h. With two monotone units, vᵀh + c only rises (or only falls) "
            "along every direction of a whole wedge, those where both v₁h₁ and v₂h₂ rise: along such a "
            "direction one class's region runs on into a quadrant of the other class. The lecture's "
            "four XOR points fit with two units; points filling the quadrants need the boundary to "
            "follow both axes, which takes more units (as the page opens, 4 tanh units reach 100 %)."),
         solution={"hidden_units": "2"},
         prediction=Prediction(N_("With 2 tanh hidden units, what training accuracy will the hidden "
                                  "layer reach on these XOR data?"), ACCURACIES, bracket("hidden"))),
    Step(N_("The circle needs three hidden units"),
         N_("Choose the data **Circle**, and find the fewest *hidden units* with which the hidden "
            "layer reaches 100 % training accuracy."),
         lambda settings, trainers: separates(settings, trainers, "circle", 3),
         N_("The inner disc is bounded, the ring surrounds it. With two units the region of the "
            "centre's class reaches out along a wedge of directions (the score vᵀh + c does not fall "
            "along it), through the ring: two lines cannot enclose the disc. Three lines can enclose "
            "it, as a triangle does, and in the hidden-space picture (h₁, h₂, h₃) the grey plane then "
            "separates the classes."),
         solution={"dataset": "circle", "hidden_units": "3"},
         prediction=Prediction(N_("What is the fewest hidden units with which the hidden layer "
                                  "separates the circle?"), answer=3)),
    Step(N_("Linear hidden units add nothing"),
         N_("Keep **Circle** with **4** *hidden units* and look at *What if the hidden activation is "
            "linear?*: compare the two networks' accuracies in the caption at the bottom."),
         lambda settings, trainers: (settings["dataset"] == "circle" and settings["hidden_units"] == 4
                                     and accuracy(trainers, "hidden") == 1.0
                                     and accuracy(trainers, "linear") <= LINE),
         N_("With g(s) = s the two layers compose into one: vᵀ(W₁ᵀx + b₁) + c = (W₁v)ᵀx + (vᵀb₁ + c), "
            "a single neuron with weights w = W₁v. Its boundary is a line whatever the number of "
            "linear units, so it does no better than one neuron, while the same four units with tanh "
            "separate the circle."),
         solution={"dataset": "circle"},
         prediction=Prediction(N_("With 4 linear hidden units, what training accuracy on the circle?"),
                               ACCURACIES, bracket("linear"))),
    Step(N_("ReLU units bend the boundary in corners"),
         N_("Keep **Circle** with **4** *hidden units*, choose the *hidden activation g* **ReLU** and "
            "get the hidden layer to 100 % training accuracy."),
         lambda settings, trainers: (settings["activation"] == "relu"
                                     and separates(settings, trainers, "circle", 4)),
         N_("With g(s) = max(0, s) the score c + Σⱼ vⱼ max(0, wⱼᵀx + bⱼ) is piecewise linear: the "
            "boundary is made of straight pieces, bending where a unit's line wⱼᵀx + bⱼ = 0 is "
            "crossed, a polygon around the disc. Any nonlinear g lets the hidden layer bend the line; "
            "tanh and sigmoid bend it smoothly."),
         solution={"dataset": "circle", "activation": "relu"},
         prediction=Prediction(N_("Will 4 ReLU hidden units separate the circle?"), (N_("Yes"), N_("No")),
                               "Yes")),
    Step(N_("Enough units, a bad start"),
         N_("Choose the data **XOR**, **4** *hidden units* and **ReLU**: with *seed* 0 the hidden "
            "layer stays short of 100 % however often you press **Train 500 more steps**. Change the "
            "*seed (initial weights)* until it reaches 100 %."),
         lambda settings, trainers: (settings["activation"] == "relu" and settings["seed"] != 0
                                     and separates(settings, trainers, "xor", 4)),
         N_("The same network, started from other initial weights, finds a separating boundary: the "
            "loss of a hidden layer is not convex, and gradient descent (Adam here) goes to a minimum "
            "near where it starts. From seed 0 it settles where part of the data stays on the wrong "
            "side. Enough units make a solution possible; they do not make training find it."),
         solution={"activation": "relu", "seed": "1"},
         prediction=Prediction(N_("With other initial weights, can the same 4 ReLU units reach "
                                  "100 % on XOR?"), (N_("Yes"), N_("No")), "Yes")),
))
