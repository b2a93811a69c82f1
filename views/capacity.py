"""Capacity: one neuron cannot separate XOR or the circle; a hidden layer of 2-4 units can, because
it moves the points to coordinates where one line does. Linear hidden units would not help."""
import numpy as np
import streamlit as st

from figures.capacity import capacity_figures
from nncore import ACTIVATIONS
from lessons.capacity import TRAINING_STEPS, collapse_linear, train_networks
from webui import lecture_params
from webui.lecture_settings import Capacity as SETTINGS
from webui.page_links import open_link, write_link
from webui.plot import show_figure

PAGE = "capacity"
WIDGETS = {"dataset": f"{PAGE}_data", "hidden_units": f"{PAGE}_units", "activation": f"{PAGE}_act",
           "seed": f"{PAGE}_seed", "plotted_units": f"{PAGE}_axes"}

st.title("From one neuron to one hidden layer")
st.markdown(
    "A single neuron computes **y = σ(wᵀx + b)**: its decision boundary is the line **wᵀx + b = 0**. "
    "A hidden layer first computes **h = g(W₁ᵀx + b₁)**, then the output neuron draws a line in the "
    "coordinates h: **y = σ(vᵀh + c)**. Both are trained with sigmoid + cross-entropy, "
    f"{TRAINING_STEPS} full-batch Adam steps.")
open_link(PAGE, lecture_params.capacity, WIDGETS)

c1, c2, c3, c4 = st.columns(4)
dataset = c1.radio("data", SETTINGS.dataset.values, SETTINGS.dataset.index,
                   format_func=SETTINGS.dataset.label, horizontal=True, key=WIDGETS["dataset"])
hidden_units = c2.slider("hidden units", *SETTINGS.hidden_units.args, key=WIDGETS["hidden_units"])
activation = c3.selectbox("hidden activation g", SETTINGS.activation.values, SETTINGS.activation.index,
                          format_func=lambda name: ACTIVATIONS[name].label,
                          key=WIDGETS["activation"])
seed = c4.number_input("seed (initial weights)", *SETTINGS.seed.args, key=WIDGETS["seed"])
settings = (dataset, hidden_units, activation, int(seed))


def build_networks():
    """Train the three networks of these settings once; they stay until a setting changes."""
    st.session_state[f"{PAGE}_networks"] = (settings, train_networks(*settings))


def train_more():
    for trainer in st.session_state[f"{PAGE}_networks"][1].values():
        trainer.step(500)


if st.session_state.get(f"{PAGE}_networks", (None,))[0] != settings:
    with st.spinner("Training..."):
        build_networks()
trainers = st.session_state[f"{PAGE}_networks"][1]
st.button("Train 500 more steps", on_click=train_more, key=f"{PAGE}_more")

# The charts are drawn into their places once the hidden units to plot are chosen further down.
left, right = st.columns(2)
slots = {"single neuron": left.empty(), "hidden layer": right.empty()}
left.caption("The dashed line is the neuron's boundary wᵀx + b = 0. The best line still leaves "
             "whole regions of points on the wrong side.")
right.caption("The output neuron's boundary is still a line, but in the hidden units' "
              "coordinates, which bends it in the input plane.")

st.subheader("The hidden layer's view of the data")
st.markdown("The same training points, each drawn at its hidden values **h = g(W₁ᵀx + b₁)**. "
            "Here the two classes can be split by one line (2 units) or one plane (3 units): "
            "the output neuron's **vᵀh + c = 0** is drawn.")
plotted_units = SETTINGS.plotted_units.default
if hidden_units == 4:
    plotted_units = st.multiselect("three hidden units to plot", SETTINGS.plotted_units.values,
                                   SETTINGS.plotted_units.default, max_selections=3,
                                   key=WIDGETS["plotted_units"])
    if len(plotted_units) != 3:
        st.info("Choose exactly three hidden units to plot.")
        plotted_units = None
slots["hidden space"] = st.empty()

st.subheader("What if the hidden activation is linear?")
W, b = collapse_linear(trainers["linear"].weights, trainers["linear"].biases)
st.markdown(
    "With g(s) = s the two layers compose into one: **vᵀ(W₁ᵀx + b₁) + c = (W₁v)ᵀx + (vᵀb₁ + c)**, "
    "a single neuron with weights "
    f"**w = W₁v = ({W[0, 0]:.3f}, {W[1, 0]:.3f})** and bias **{b[0]:.3f}**. "
    "However many linear hidden units it has, the boundary stays a line.")
left, right = st.columns(2)
slots.update({"nonlinear hidden units": left.empty(), "linear hidden units": right.empty()})
for name, figure in capacity_figures(trainers, hidden_units, activation, plotted_units).items():
    with slots[name]:
        show_figure(figure, PAGE, name, key=f"{PAGE}_{name.replace(' ', '_')}_fig")
accuracy = {name: trainer.metrics().train_accuracy for name, trainer in trainers.items()}
st.caption(f"Training accuracy: one neuron {accuracy['neuron']:.0%}, hidden layer "
           f"{accuracy['hidden']:.0%}, linear hidden layer {accuracy['linear']:.0%}. "
           + ("" if np.isclose(accuracy["linear"], accuracy["neuron"], atol=0.05) else
              "The linear network may land on another line than the single neuron, but it is a line."))
write_link(lecture_params.capacity, {
    "dataset": dataset, "hidden_units": hidden_units, "activation": activation, "seed": seed,
    "plotted_units": plotted_units if hidden_units == 4 else None})
