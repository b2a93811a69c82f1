"""The artificial neuron: s = w·x + b, h = g(s), read as an angle test and as a linear classifier."""
import numpy as np
import streamlit as st

from figures.neuron import fitted_extent
from lessons.language import N_, _
from lessons.neuron import accuracy, angle_test, neuron_output, weight_from_polar
from specs import neuron as spec
from webui.controls import PageControls
from webui.labs import PageLab
from webui.live_chart import live_chart
from webui.messages import say
from webui.numbers import shown
from webui.page_style import PICTURE_FIRST, STICKY

PAGE = "neuron"

st.title(_(spec.TITLE))
controls = PageControls(PAGE, spec.CONTROLS)
st.markdown(_(
    "A neuron weighs its inputs and compares the sum with a threshold T: "
    "**s = w·x + b** with bias **b = −T**, then **h = g(s)**. "
    "It *fires* (s > 0) exactly when **w·x > T**. Since w·x = |x||w| cos θ, that is "
    "**cos θ > T / (|x||w|)**: the input must point into a cone of half-angle "
    "arccos(T / (|x||w|)) around w."))

COMPONENTS, POLAR = N_("components w₁, w₂"), N_("angle and length")  # the radio's values: English
FORM, ANGLE, LENGTH = f"{PAGE}_w_form", f"{PAGE}_w_angle", f"{PAGE}_w_length"
# Show me sets w by its components: the form goes back to them.
lab = PageLab(PAGE, controls, also=lambda settings: st.session_state.update({FORM: COMPONENTS}))
lab_box = st.container()  # the lab goes on top; it is drawn once the settings are known


def keep_w():
    """Switching how w is set keeps w: the other widgets are set to the same vector."""
    if st.session_state[FORM] == POLAR:
        w1, w2 = st.session_state[controls.key("w1")], st.session_state[controls.key("w2")]
        st.session_state[ANGLE] = int(round(np.degrees(np.arctan2(w2, w1))))
        st.session_state[LENGTH] = float(min(3.0, round(np.hypot(w1, w2) / 0.05) * 0.05))
    else:
        w = weight_from_polar(st.session_state[ANGLE], st.session_state[LENGTH])
        controls.put({name: float(np.clip(round(value / 0.05) * 0.05, -3.0, 3.0))
                      for name, value in zip(("w1", "w2"), w)})


# --- dragging a tip on the angle picture (webui/chart_events.py) ----------------------------------
DRAG = f"{PAGE}_drag"  # (press, tip "w" or "x", the picture's half-width while the drag lasts)


def drag_tip(event):
    """Move the tip nearer where the drag began to the pointer: the sliders (and with them the
    numbers, the cone and the verdict) follow; the picture keeps its window until the drag ends."""
    settings = controls.current()
    if st.session_state.get(FORM) == POLAR:  # w is the angle and length sliders'
        settings.update(zip(("w1", "w2"), weight_from_polar(st.session_state[ANGLE],
                                                            st.session_state[LENGTH])))
    dragged = st.session_state.get(DRAG)
    if dragged is None or dragged[0] != event.press:  # this drag's first event to arrive
        dragged = (event.press, spec.nearer_tip(settings, (event.x, event.y)),
                   fitted_extent(spec.inputs(settings), spec.weights(settings)))
    controls.put(spec.tip_at(dragged[1], (event.x, event.y)))
    if dragged[1] == "w" and st.session_state[FORM] == POLAR:
        keep_w()  # the angle and length sliders show the dragged w
    st.session_state[DRAG] = None if event.kind == "drag_end" else dragged


with st.container(key=f"{PAGE}{PICTURE_FIRST}"):  # on a phone: the pictures first
    left, right = st.columns([2, 3], gap="large")
with left, st.container(key=f"{PAGE}{STICKY}"):  # beside both pictures as the page scrolls
    # Its words translated now (AppTest formats the options outside the run too)
    form = st.radio(_("Set w by"), [COMPONENTS, POLAR], horizontal=True, key=FORM, on_change=keep_w,
                    format_func={option: _(option) for option in (COMPONENTS, POLAR)}.get)
    if form == POLAR:
        angle = st.slider(_("angle of w (degrees)"), -180, 180, 45, key=ANGLE)
        length = st.slider(_("length |w|"), 0.0, 3.0, 1.5, 0.05, key=LENGTH)
        w = weight_from_polar(angle, length)
        controls.set("w1", float(w[0]))  # the link holds the weights drawn
        controls.set("w2", float(w[1]))
    else:
        w = np.array([controls("w1"), controls("w2")])
    threshold = controls("T")
    x = np.array([controls("x1"), controls("x2")])
    activation = controls("activation")
    test = angle_test(x, w, threshold)
    s, h = neuron_output(x[None, :], w, threshold, activation)
    st.subheader(_("With the numbers"))
    st.markdown(
        f"s = w₁x₁ + w₂x₂ + b = ({shown(w[0]):.2f})({shown(x[0]):.2f}) + "
        f"({shown(w[1]):.2f})({shown(x[1]):.2f}) + ({shown(-threshold):.2f}) "
        f"= **{shown(s[0]):.3f}**\n\n"
        f"h = g(s) = {activation}({shown(s[0]):.3f}) = **{shown(h[0]):.3f}**\n\n"
        f"|x| = {shown(np.linalg.norm(x)):.3f}, |w| = {shown(np.linalg.norm(w)):.3f}, "
        f"T/(|x||w|) = {shown(test.critical_cos):.3f}, cos θ = {shown(test.cos_theta):.3f}")
    say("success" if test.fires else "info", test.reason())
    if test.regime == "always":
        say("warning", _("T/(|x||w|) < −1: for inputs of this length the neuron **always** fires."))
    elif test.regime == "never" and np.isfinite(test.cos_theta):
        say("warning", _("T/(|x||w|) ≥ 1: for inputs of this length the neuron **never** fires."))

with right:
    angle_slot = st.empty()
    st.caption(_("Green half-plane: w·x > T. Green arc: the inputs of length |x| that fire, i.e. the "
               "cone of half-angle arccos(T/(|x||w|)) around w. Change |x| and the cone changes: the "
               "same threshold is easier to pass for long inputs."))
    st.subheader(_("One neuron is a linear classifier"))
    st.markdown(_("Over the whole plane, the output h = g(w·x − T) changes only across the direction "
                "of w: the line **w·x = T** splits the plane in two. Tune w and T by hand to "
                "separate the points. The linearly separable set can be solved; XOR cannot, "
                "whatever w and T."))
    data_name = controls("data", horizontal=True)
    data = spec.toy_data(data_name)
    st.metric(_("accuracy (fires = class 1)"),
              f"{shown(accuracy(data.X_train, data.y_train, w, threshold)):.0%}")
    if data_name == "xor":
        st.caption(_("XOR puts class 1 in two opposite quadrants: no single line w·x = T separates "
                   "them, so one neuron stays well below 100 %. A hidden layer is needed."))
    else:
        st.caption(_("These points are split by a line through the origin: turn w until the line "
                   "w·x = T separates them (T = 0) and the accuracy reaches 100 %."))
    dragged = st.session_state.get(DRAG)
    figures = spec.figures(controls.settings(), angle_extent=dragged and dragged[2])
    live_chart(figures["output over the plane"], PAGE, "output over the plane")
with angle_slot:
    live_chart(figures["angle test"], PAGE, "angle test", on_event=drag_tip, drag=True)
settings = controls.settings()
with lab_box:
    lab.panel(settings, lab.module.model(settings, 0))
controls.write_link()
