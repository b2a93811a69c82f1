"""The artificial neuron: s = w·x + b, h = g(s), read as an angle test and as a linear classifier."""
import numpy as np
import streamlit as st

from figures.neuron import angle_picture, output_heatmap
from nncore import make_dataset
from lessons.neuron import accuracy, angle_test, neuron_output, weight_from_polar
from webui import lecture_params
from webui.lecture_settings import Neuron as SETTINGS
from webui.page_links import open_link, write_link
from webui.plot import show_figure

PAGE = "neuron"

st.title("The artificial neuron")
open_link(PAGE, lecture_params.neuron)  # the widget of parameter w1 is f"{PAGE}_w1", and so on
st.markdown(
    "A neuron weighs its inputs and compares the sum with a threshold T: "
    "**s = w·x + b** with bias **b = −T**, then **h = g(s)**. "
    "It *fires* (s > 0) exactly when **w·x > T**. Since w·x = |x||w| cos θ, that is "
    "**cos θ > T / (|x||w|)**: the input must point into a cone of half-angle "
    "arccos(T / (|x||w|)) around w.")

controls, picture = st.columns([2, 3])
with controls:
    form = st.radio("Set w by", ["components w₁, w₂", "angle and length"], horizontal=True,
                    key=f"{PAGE}_w_form")
    if form == "angle and length":
        angle = st.slider("angle of w (degrees)", -180, 180, 45, key=f"{PAGE}_w_angle")
        length = st.slider("length |w|", 0.0, 3.0, 1.5, 0.05, key=f"{PAGE}_w_length")
        w = weight_from_polar(angle, length)
    else:
        w = np.array([st.slider("w₁", *SETTINGS.w1.args, key=f"{PAGE}_w1"),
                      st.slider("w₂", *SETTINGS.w2.args, key=f"{PAGE}_w2")])
    threshold = st.slider("threshold T (bias b = −T)", *SETTINGS.T.args, key=f"{PAGE}_T")
    x = np.array([st.slider("input x₁", *SETTINGS.x1.args, key=f"{PAGE}_x1"),
                  st.slider("input x₂", *SETTINGS.x2.args, key=f"{PAGE}_x2")])
    activation = st.selectbox("activation g", SETTINGS.activation.values,
                              SETTINGS.activation.index, format_func=SETTINGS.activation.label,
                              key=f"{PAGE}_activation")

test = angle_test(x, w, threshold)
s, h = neuron_output(x[None, :], w, threshold, activation)
with controls:
    st.subheader("With the numbers")
    st.markdown(
        f"s = w₁x₁ + w₂x₂ + b = ({w[0]:.2f})({x[0]:.2f}) + ({w[1]:.2f})({x[1]:.2f}) + ({-threshold:.2f}) "
        f"= **{s[0]:.3f}**\n\n"
        f"h = g(s) = {activation}({s[0]:.3f}) = **{h[0]:.3f}**\n\n"
        f"|x| = {np.linalg.norm(x):.3f}, |w| = {np.linalg.norm(w):.3f}, "
        f"T/(|x||w|) = {test.critical_cos:.3f}, cos θ = {test.cos_theta:.3f}")
    (st.success if test.fires else st.info)(test.reason())
    if test.regime == "always":
        st.warning("T/(|x||w|) < −1: for inputs of this length the neuron **always** fires.")
    elif test.regime == "never" and np.isfinite(test.cos_theta):
        st.warning("T/(|x||w|) ≥ 1: for inputs of this length the neuron **never** fires.")

with picture:
    show_figure(angle_picture(x, w, threshold), PAGE, "angle test", key=f"{PAGE}_angle_fig")
    st.caption("Green half-plane: w·x > T. Green arc: the inputs of length |x| that fire, i.e. the "
               "cone of half-angle arccos(T/(|x||w|)) around w. Change |x| and the cone changes: the "
               "same threshold is easier to pass for long inputs.")

st.header("One neuron is a linear classifier")
st.markdown("Over the whole plane, the output h = g(w·x − T) changes only across the direction of "
            "w: the line **w·x = T** splits the plane in two. Tune w and T by hand to separate the "
            "points. The linearly separable set can be solved; XOR cannot, whatever w and T.")
left, right = st.columns([2, 3])
with left:
    data_name = st.radio("toy data", SETTINGS.data.values, SETTINGS.data.index,
                         format_func=SETTINGS.data.label, horizontal=True, key=f"{PAGE}_data")
    data = make_dataset(data_name, 120, 0.0, 1.0, seed=3)
    st.metric("accuracy (fires = class 1)",
              f"{accuracy(data.X_train, data.y_train, w, threshold):.0%}")
    if data_name == "xor":
        st.caption("XOR puts class 1 in two opposite quadrants: no single line w·x = T separates "
                   "them, so one neuron stays well below 100 %. A hidden layer is needed.")
    else:
        st.caption("These points are split by a line through the origin: turn w until the line "
                   "w·x = T separates them (T = 0) and the accuracy reaches 100 %.")
with right:
    show_figure(output_heatmap(w, threshold, activation, data.X_train, data.y_train), PAGE,
                "output over the plane", key=f"{PAGE}_output_fig")

# The link holds the weights drawn, also when they were set by angle and length.
write_link(lecture_params.neuron, {"w1": w[0], "w2": w[1], "T": threshold, "x1": x[0], "x2": x[1],
                                   "activation": activation, "data": data_name})
