"""The backpropagation page's lab: one neuron's forward pass, the sign of δ_w and what sets it,
gradient steps down its loss, then the 2-2-1 network's error signals layer by layer. The page's
state is what its buttons have revealed of each part: their steps are settings (specs/backprop.py)."""
from lessons.backprop import NETWORK_SIZES, NEURON_EXAMPLE, after_update, network_layers
from lessons.language import N_
from specs import backprop as spec
from specs.controls import as_text

from . import Lab, Prediction, Step

SIGNS = (N_("Positive"), N_("Zero"), N_("Negative"))
FLIPS = {"t = 0": {"t": 0.0}, "x = −1.5": {"x": -1.5}}  # changes of the example that step 3 offers
ONLY = {"t = 0": N_("Only t = 0"), "x = −1.5": N_("Only x = −1.5")}  # the option of each change alone
FLIP_OPTIONS = (*(ONLY[name] for name in FLIPS), N_("Both"), N_("Neither"))
LOSS_GOAL = 0.01
UPDATE_COUNTS = ("1", N_("2 to 5"), N_("6 to 20"), N_("More than 20"))
LARGER = (N_("δ⁽²⁾, the output layer's"), N_("δ⁽¹⁾, the hidden layer's"))


def model(settings, train):
    """What the page shows for `settings`, its buttons' steps included (nothing trains here)."""
    return spec.on_page(settings)


def delta_w(leaves):
    """δ_w = ∂L/∂w of the page's neuron for these leaf values."""
    return spec.NEURON.backward(spec.NEURON.forward(leaves))["w"]


def sign(value):
    return SIGNS[0] if value > 0 else SIGNS[2] if value < 0 else SIGNS[1]


def flips_of_the_example():
    """Which of FLIPS make the example's δ_w positive, as one of FLIP_OPTIONS."""
    positive = [name for name, change in FLIPS.items() if delta_w({**NEURON_EXAMPLE, **change}) > 0]
    return ("Both" if len(positive) == len(FLIPS) else ONLY[positive[0]] if positive
            else "Neither")


def descent(learning_rate=1.0):
    """The example's leaves after as many Updates at `learning_rate` as take its L below LOSS_GOAL,
    and how many that is."""
    leaves, updates = dict(NEURON_EXAMPLE), 0
    while spec.NEURON.forward(leaves)["L"] >= LOSS_GOAL:
        leaves, updates = after_update(spec.NEURON, leaves, learning_rate), updates + 1
    return leaves, updates


def update_count(updates):
    """`updates` as one of UPDATE_COUNTS."""
    return UPDATE_COUNTS[0 if updates <= 1 else 1 if updates <= 5 else 2 if updates <= 20 else 3]


def keeps_the_example_data(settings):
    return all(settings[name] == NEURON_EXAMPLE[name] for name in ("x", "t"))


def larger_error_signal(settings, stages):
    """Which layer's error signal is larger in size (its largest entry), as one of LARGER."""
    output, hidden = (abs(layer["delta"]).max() for layer in reversed(network_layers(
        spec.NETWORK, stages.net.values, stages.net.deltas, NETWORK_SIZES)))
    return LARGER[0] if output > hidden else LARGER[1]


DESCENDED, UPDATES = descent()
W_BACKWARD = spec.NEURON.backward_order().index("w") + 1  # Backward presses that reveal δ_w
NEURON_BACKWARD, NET_FORWARD, NET_BACKWARD = (spec.CONTROLS[name].high for name in (
    "neuron_backward", "net_forward", "net_backward"))

LAB = Lab(steps=(
    Step(N_("Forward: every node from its parents"),
         N_("In **One neuron**, press **Forward**."),
         lambda settings, stages: "L" in stages.neuron.drawn,
         N_("Forward computes each node from its parents, leaves first: s = wx + b, y = σ(s) = "
            "1/(1 + e⁻ˢ), L = ½(y − t)². The page writes the numbers under the graph."),
         solution={"neuron_forward": "1"},
         prediction=Prediction(N_("What will y = σ(wx + b) be for the values shown (to two decimals)?"),
                               answer=lambda settings, stages: stages.neuron.values["y"],
                               tolerance=0.01)),
    Step(N_("The sign of δ_w"),
         N_("After **Forward**, press **Backward (one edge)** until w's error signal δ_w appears in "
            "the graph and the table: each press reveals one node's δ = ∂L/∂node, from L back to the "
            "leaves."),
         lambda settings, stages: "w" in stages.neuron.shown,
         N_("By the chain rule δ_w = δ_s·x = (y − t)·y(1 − y)·x, and y(1 − y) > 0: δ_w has the sign "
            "of (y − t)·x. In the example y < t and x > 0, so δ_w < 0, and the update w ← w − η δ_w "
            "raises w and with it y towards t. The table's numerical column, (L(w + h) − L(w − h))/2h, "
            "agrees with it."),
         solution={"neuron_forward": "1", "neuron_backward": str(W_BACKWARD)},
         prediction=Prediction(N_("Will δ_w = ∂L/∂w be positive, zero or negative?"), SIGNS,
                               lambda settings, stages: sign(stages.neuron.deltas["w"]))),
    Step(N_("Turn δ_w around"),
         N_("Change the **target t** or the **input x** so that δ_w, with the backward pass shown, "
            "is positive."),
         lambda settings, stages: "w" in stages.neuron.shown and stages.neuron.deltas["w"] > 0,
         N_("δ_w = (y − t)·y(1 − y)·x changes sign with y − t and with x. With t below y the error "
            "is the other way round, so the update lowers w; with x < 0 a larger w lowers s, so the "
            "gradient points the other way. Its size changes too: σ'(s) = y(1 − y) depends on s."),
         solution={"t": "0", "neuron_forward": "1", "neuron_backward": str(NEURON_BACKWARD)},
         prediction=Prediction(N_("From the example, which change makes δ_w positive?"), FLIP_OPTIONS,
                               flips_of_the_example())),
    Step(N_("Down the loss, one Update at a time"),
         N_("Press **Reset** (the example, η = 1), then repeat **Forward**, **Backward (all)** and "
            "**Update** until Forward writes L below {goal:g}, keeping x and t."),
         lambda settings, stages: (keeps_the_example_data(settings) and "L" in stages.neuron.drawn
                                   and stages.neuron.values["L"] < LOSS_GOAL),
         N_("Each Update is one step of gradient descent with the error signals of the backward "
            "pass, w ← w − η δ_w and b ← b − η δ_b: the loss falls, and the steps shrink with it, "
            "since δ_w = (y − t)·y(1 − y)·x gets smaller as y approaches t. A larger η takes larger "
            "steps and needs fewer Updates."),
         solution={"w": as_text(DESCENDED["w"]), "b": as_text(DESCENDED["b"]), "neuron_forward": "1"},
         prediction=Prediction(N_("At η = 1, how many Updates take the example's L below {goal:g}?"),
                               UPDATE_COUNTS, update_count(UPDATES)),
         values={"goal": LOSS_GOAL}),
    Step(N_("Layer by layer: δ⁽¹⁾ from δ⁽²⁾"),
         N_("In **A 2-2-1 network**, press **Forward (next layer)** until the loss shows, then "
            "**Backward (next layer)** until layer 1 shows δ⁽¹⁾ and ∂L/∂W⁽¹⁾."),
         lambda settings, stages: stages.net.backward_layer == 1,
         N_("δ⁽¹⁾ = σ'(s⁽¹⁾) ⊙ W⁽²⁾δ⁽²⁾: each hidden unit's signal is the output's, times its "
            "outgoing weight, times σ'(s) = σ(s)(1 − σ(s)) ≤ ¼. So |δ⁽¹⁾ⱼ| ≤ ¼·|W⁽²⁾ⱼ₁|·|δ⁽²⁾|, "
            "smaller unless a weight exceeds 4 in size: through layer after layer of sigmoids, error "
            "signals shrink on the way back (the vanishing gradient). The update then uses "
            "∂L/∂W⁽¹⁾ = x⁽⁰⁾δ⁽¹⁾ᵀ."),
         solution={"net_forward": str(NET_FORWARD), "net_backward": str(NET_BACKWARD)},
         prediction=Prediction(N_("Which error signal will be larger in size: the output layer's "
                                  "δ⁽²⁾ or the largest entry of the hidden layer's δ⁽¹⁾?"), LARGER,
                               larger_error_signal)),
))
