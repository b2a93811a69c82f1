"""Activation functions g(z) and their derivatives, with the regions where gradients vanish."""
import numpy as np
import streamlit as st

from figures.activations import activation_figure
from lessons.activations import activation_curves, small_gradient_intervals
from nncore.activations import ACTIVATIONS
from webui import lecture_params
from webui.lecture_settings import Activations as SETTINGS
from webui.page_links import open_link, write_link
from webui.plot import show_figure

PAGE = "activations"

st.title("Activation functions")
open_link(PAGE, lecture_params.activations)  # the widget of parameter z is f"{PAGE}_z", and so on
st.markdown(
    "A neuron outputs **h = g(z)** of its weighted sum z. Backpropagation multiplies the error by "
    "**g'(z)** at every layer, so where g'(z) is close to 0 the gradient *vanishes*: the weights "
    "feeding that neuron hardly learn. Sigmoid's slope is at most ¼, and both sigmoid and tanh "
    "saturate (flat ends) for large |z|.")

left, right = st.columns([1, 3])
with left:
    names = st.multiselect("activations", SETTINGS.names.values, default=SETTINGS.names.default,
                           format_func=lambda name: ACTIVATIONS[name].label, key=f"{PAGE}_names")
    z = st.slider("z", *SETTINGS.z.args, key=f"{PAGE}_z")
    threshold = st.select_slider("shade where |g'(z)| is below", options=SETTINGS.threshold.values,
                                 value=SETTINGS.threshold.default, key=f"{PAGE}_threshold")
    rows = []
    for name in names:
        value, derivative = activation_curves(name, np.array([z]))
        rows.append({"activation": ACTIVATIONS[name].label, "g(z)": round(float(value[0]), 4),
                     "g'(z)": round(float(derivative[0]), 4)})
    if rows:
        st.dataframe(rows, hide_index=True)
with right:
    if not names:
        st.info("Choose at least one activation to plot.")
    else:
        show_figure(activation_figure(names, z, threshold), PAGE, "functions and derivatives",
                    key=f"{PAGE}_figure")
        bands = {ACTIVATIONS[name].label: small_gradient_intervals(name, threshold, -6.0, 6.0)
                 for name in names}
        st.caption("Vanishing-gradient regions on [−6, 6]: " + "; ".join(
            f"{label}: " + (", ".join(f"[{a:.1f}, {b:.1f}]" for a, b in intervals) or "none")
            for label, intervals in bands.items()))
write_link(lecture_params.activations, {"names": names, "z": z, "threshold": threshold})

st.markdown(
    "- **Why ReLU is a common default:** its slope is exactly 1 for every z > 0, so gradients pass "
    "through many layers without shrinking, and it costs one comparison. The price: for z < 0 the "
    "slope is 0, and a neuron whose inputs always land there stops learning (a *dead* ReLU); "
    "leaky ReLU keeps a small slope 0.01 there.\n"
    "- **Differentiable almost everywhere:** ReLU has a kink at z = 0 where no derivative exists. "
    "That single point has probability 0 of being hit exactly, so training simply uses a "
    "subgradient there (g'(0) = 0 here, as in every framework) and gradient descent works as usual.")
