"""Capacity: one neuron cannot separate XOR or the circle; a hidden layer of 2-4 units can, because
it moves the points to coordinates where one line does. Linear hidden units would not help."""
import numpy as np
import streamlit as st

from figures.lecture2_capacity import decision_figure, hidden_space_figure
from nncore import ACTIVATIONS, Trainer
from nncore.capacity import TRAINING_STEPS, capacity_config, collapse_linear
from webui.plot import show_figure

PAGE = "capacity"
DATA = {"xor": "XOR", "circle": "Circle"}
HIDDEN_ACTIVATIONS = ("tanh", "relu", "sigmoid")

st.title("From one neuron to one hidden layer")
st.markdown(
    "A single neuron computes **y = σ(wᵀx + b)**: its decision boundary is the line **wᵀx + b = 0**. "
    "A hidden layer first computes **h = g(W₁ᵀx + b₁)**, then the output neuron draws a line in the "
    "coordinates h: **y = σ(vᵀh + c)**. Both are trained with sigmoid + cross-entropy, "
    f"{TRAINING_STEPS} full-batch Adam steps.")

c1, c2, c3, c4 = st.columns(4)
dataset = c1.radio("data", list(DATA), format_func=DATA.get, horizontal=True, key=f"{PAGE}_data")
hidden_units = c2.slider("hidden units", 2, 4, 4, key=f"{PAGE}_units")
activation = c3.selectbox("hidden activation g", HIDDEN_ACTIVATIONS,
                          format_func=lambda name: ACTIVATIONS[name].label, key=f"{PAGE}_act")
seed = c4.number_input("seed (initial weights)", 0, 9999, 0, key=f"{PAGE}_seed")

NETWORKS = {"neuron": (0, activation), "hidden": (hidden_units, activation),
            "linear": (hidden_units, "linear")}
settings = (dataset, hidden_units, activation, int(seed))


def build_networks():
    """Train the three networks of these settings once; they stay until a setting changes."""
    trainers = {}
    for name, (units, g) in NETWORKS.items():
        trainer = Trainer(capacity_config(dataset, units, g, int(seed)))
        trainer.step(TRAINING_STEPS)
        trainers[name] = trainer
    st.session_state[f"{PAGE}_networks"] = (settings, trainers)


def train_more():
    for trainer in st.session_state[f"{PAGE}_networks"][1].values():
        trainer.step(500)


if st.session_state.get(f"{PAGE}_networks", (None,))[0] != settings:
    with st.spinner("Training..."):
        build_networks()
trainers = st.session_state[f"{PAGE}_networks"][1]
st.button("Train 500 more steps", on_click=train_more, key=f"{PAGE}_more")

left, right = st.columns(2)
with left:
    show_figure(decision_figure(trainers["neuron"], "One neuron"), PAGE, "single neuron",
                key=f"{PAGE}_neuron_fig")
    st.caption("The dashed line is the neuron's boundary wᵀx + b = 0. The best line still leaves "
               "whole regions of points on the wrong side.")
with right:
    show_figure(decision_figure(trainers["hidden"], f"Hidden layer of {hidden_units} units"),
                PAGE, "hidden layer", key=f"{PAGE}_hidden_fig")
    st.caption("The output neuron's boundary is still a line, but in the hidden units' "
               "coordinates, which bends it in the input plane.")

st.subheader("The hidden layer's view of the data")
st.markdown("The same training points, each drawn at its hidden values **h = g(W₁ᵀx + b₁)**. "
            "Here the two classes can be split by one line (2 units) or one plane (3 units): "
            "the output neuron's **vᵀh + c = 0** is drawn.")
axes = (0, 1, 2)
if hidden_units == 4:
    chosen = st.multiselect("three hidden units to plot", [1, 2, 3, 4], [1, 2, 3], max_selections=3,
                            key=f"{PAGE}_axes")
    if len(chosen) != 3:
        st.info("Choose exactly three hidden units to plot.")
        axes = None
    else:
        axes = tuple(sorted(i - 1 for i in chosen))
if axes is not None:
    show_figure(hidden_space_figure(trainers["hidden"], axes), PAGE, "hidden space",
                key=f"{PAGE}_space_fig")

st.subheader("What if the hidden activation is linear?")
W, b = collapse_linear(trainers["linear"].weights, trainers["linear"].biases)
st.markdown(
    "With g(s) = s the two layers compose into one: **vᵀ(W₁ᵀx + b₁) + c = (W₁v)ᵀx + (vᵀb₁ + c)**, "
    "a single neuron with weights "
    f"**w = W₁v = ({W[0, 0]:.3f}, {W[1, 0]:.3f})** and bias **{b[0]:.3f}**. "
    "However many linear hidden units it has, the boundary stays a line.")
left, right = st.columns(2)
with left:
    show_figure(decision_figure(trainers["hidden"], f"{ACTIVATIONS[activation].label} hidden units"),
                PAGE, "nonlinear hidden units", key=f"{PAGE}_nonlinear_fig")
with right:
    show_figure(decision_figure(trainers["linear"], "Linear hidden units"), PAGE,
                "linear hidden units", key=f"{PAGE}_linear_fig")
accuracy = {name: trainer.metrics().train_accuracy for name, trainer in trainers.items()}
st.caption(f"Training accuracy: one neuron {accuracy['neuron']:.0%}, hidden layer "
           f"{accuracy['hidden']:.0%}, linear hidden layer {accuracy['linear']:.0%}. "
           + ("" if np.isclose(accuracy["linear"], accuracy["neuron"], atol=0.05) else
              "The linear network may land on another line than the single neuron, but it is a line."))
