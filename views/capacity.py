"""Capacity: one neuron cannot separate XOR or the circle; a hidden layer of 2-4 units can, because
it moves the points to coordinates where one line does. Linear hidden units would not help."""
import numpy as np
import streamlit as st

from lessons.capacity import TRAINING_STEPS, collapse_linear
from specs import capacity as spec
from webui.controls import PageControls
from webui.numbers import shown
from webui.plot import show_figure

PAGE = "capacity"

st.title(spec.TITLE)
st.markdown(
    "A single neuron computes **y = σ(wᵀx + b)**: its decision boundary is the line **wᵀx + b = 0**. "
    "A hidden layer first computes **h = g(W₁ᵀx + b₁)**, then the output neuron draws a line in the "
    "coordinates h: **y = σ(vᵀh + c)**. Both are trained with sigmoid + cross-entropy, "
    f"{TRAINING_STEPS} full-batch Adam steps.")
controls = PageControls(PAGE, spec.CONTROLS)

c1, c2, c3, c4 = st.columns(4)
controls("dataset", c1, horizontal=True)
hidden_units = controls("hidden_units", c2)
controls("activation", c3)
controls("seed", c4)
trained_for = {name: value for name, value in controls.settings().items() if name != "plotted_units"}
NETWORKS = f"{PAGE}_networks"


def train_more():
    for trainer in st.session_state[NETWORKS][1].values():
        trainer.step(500)


if st.session_state.get(NETWORKS, (None,))[0] != trained_for:
    with st.spinner("Training..."):
        st.session_state[NETWORKS] = (trained_for, spec.networks(trained_for))
trainers = st.session_state[NETWORKS][1]
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
charts = list(spec.CHARTS)
if hidden_units == 4:
    plotted = controls("plotted_units")
    if len(plotted) != 3:
        st.info("Choose exactly three hidden units to plot.")
        charts.remove("hidden space")
slots["hidden space"] = st.empty()

st.subheader("What if the hidden activation is linear?")
W, b = collapse_linear(trainers["linear"].weights, trainers["linear"].biases)
st.markdown(
    "With g(s) = s the two layers compose into one: **vᵀ(W₁ᵀx + b₁) + c = (W₁v)ᵀx + (vᵀb₁ + c)**, "
    "a single neuron with weights "
    f"**w = W₁v = ({shown(W[0, 0]):.3f}, {shown(W[1, 0]):.3f})** and bias **{shown(b[0]):.3f}**. "
    "However many linear hidden units it has, the boundary stays a line.")
left, right = st.columns(2)
slots.update({"nonlinear hidden units": left.empty(), "linear hidden units": right.empty()})
settings = controls.settings()
for name, figure in spec.figures(settings, trainers, charts).items():
    with slots[name]:
        show_figure(figure, PAGE, name)
accuracy = {name: trainer.metrics().train_accuracy for name, trainer in trainers.items()}
st.caption(f"Training accuracy: one neuron {shown(accuracy['neuron']):.0%}, hidden layer "
           f"{shown(accuracy['hidden']):.0%}, linear hidden layer {shown(accuracy['linear']):.0%}. "
           + ("" if np.isclose(accuracy["linear"], accuracy["neuron"], atol=0.05) else
              "The linear network may land on another line than the single neuron, but it is a line."))
controls.write_link()
