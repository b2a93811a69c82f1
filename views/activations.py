"""Activation functions g(z) and their derivatives, with the regions where gradients vanish."""
import numpy as np
import streamlit as st

from lessons.activations import activation_curves, label, small_gradient_intervals
from lessons.language import _
from specs import activations as spec
from webui.controls import PageControls
from webui.labs import PageLab
from webui.plot import show_figure

PAGE = "activations"

st.title(_(spec.TITLE))
controls = PageControls(PAGE, spec.CONTROLS)
st.markdown(_(
    "A neuron outputs **h = g(z)** of its weighted sum z. Backpropagation multiplies the error by "
    "**g'(z)** at every layer, so where g'(z) is close to 0 the gradient *vanishes*: the weights "
    "feeding that neuron hardly learn. Sigmoid's slope is at most ¼, and both sigmoid and tanh "
    "saturate (flat ends) for large |z|."))
lab = PageLab(PAGE, controls)
lab_box = st.container()  # the lab goes on top; it is drawn once the settings are known

# The activations' tags need a wide box: the controls get a row of their own above the chart.
top = st.columns([2, 1, 1])
names = controls("names", top[0])
z = controls("z", top[1])
threshold = controls("threshold", top[2])
chart_column, table_column = st.columns([3, 1])
with table_column:
    rows = []
    for name in names:
        value, derivative = activation_curves(name, np.array([z]))
        rows.append({_("activation"): label(name), "g(z)": round(float(value[0]), 4),
                     "g'(z)": round(float(derivative[0]), 4)})
    if rows:
        st.dataframe(rows, hide_index=True)
with chart_column:
    if not names:
        st.info(_("Choose at least one activation to plot."))
    else:
        show_figure(spec.figures(controls.settings())["functions and derivatives"], PAGE,
                    "functions and derivatives")
        bands = {label(name): small_gradient_intervals(name, threshold, -spec.Z_RANGE, spec.Z_RANGE)
                 for name in names}
        st.caption(_("Vanishing-gradient regions on [−{z:g}, {z:g}]: {regions}").format(
            z=spec.Z_RANGE, regions=_("; ").join(
                f"{name}: " + (", ".join(f"[{a:.1f}, {b:.1f}]" for a, b in intervals) or _("none"))
                for name, intervals in bands.items())))
settings = controls.settings()
with lab_box:
    lab.panel(settings, lab.module.model(settings, 0))
controls.write_link()

st.markdown(_(
    "- **Why ReLU is a common default:** its slope is exactly 1 for every z > 0, so gradients pass "
    "through many layers without shrinking, and it costs one comparison. The price: for z < 0 the "
    "slope is 0, and a neuron whose inputs always land there stops learning (a *dead* ReLU); "
    "leaky ReLU keeps a small slope 0.01 there.\n"
    "- **Differentiable almost everywhere:** ReLU has a kink at z = 0 where no derivative exists. "
    "That single point has probability 0 of being hit exactly, so training simply uses a "
    "subgradient there (g'(0) = 0 here, as in every framework) and gradient descent works as usual."))
