"""Universal approximation in 1D: a one-hidden-layer network's fit is the sum of its hidden units'
weighted outputs; two steep sigmoids make a bump, and bumps add up to any curve."""
import streamlit as st

from figures.universal_approximation import bumps_figure, trained_fit_figure
from nncore import ACTIVATIONS, Trainer
from lessons.universal_approximation import approximation_setup, approximation_target, parse_points
from webui import lecture_params
from webui.lecture_settings import Approximation as SETTINGS
from webui.live_controls import play_controls, tick
from webui.page_links import open_link, write_link
from webui.plot import show_figure

PAGE = "universal_approximation"
STEPS_PER_TICK = 50
WIDGETS = {"target": f"{PAGE}_target", "points": f"{PAGE}_points", "hidden_units": f"{PAGE}_units",
           "activation": f"{PAGE}_act", "learning_rate": f"{PAGE}_lr", "stacked": f"{PAGE}_stacked",
           "bumps": f"{PAGE}_bumps", "steepness": f"{PAGE}_steepness"}

st.title("Universal approximation")
st.markdown(
    "One hidden layer of H units and a linear output compute "
    "**f(x) = c + Σⱼ vⱼ g(wⱼx + bⱼ)**. Each term vⱼ g(wⱼx + bⱼ) is a stump (sigmoid, tanh) or a "
    "hinge (ReLU); the fit is their sum. Trained on ½(f(x) − t)² with full-batch Adam.")
open_link(PAGE, lecture_params.universal_approximation, WIDGETS)

c1, c2, c3, c4 = st.columns(4)
target = c1.selectbox("target", SETTINGS.target.values, SETTINGS.target.index,
                      format_func=SETTINGS.target.label, key=WIDGETS["target"])
hidden_units = c2.slider("hidden units H", *SETTINGS.hidden_units.args, key=WIDGETS["hidden_units"])
activation = c3.selectbox("activation g", SETTINGS.activation.values, SETTINGS.activation.index,
                          format_func=lambda name: ACTIVATIONS[name].label,
                          key=WIDGETS["activation"])
learning_rate = c4.select_slider("learning rate", SETTINGS.learning_rate.values,
                                 SETTINGS.learning_rate.default, key=WIDGETS["learning_rate"])
stacked = c4.toggle("stack the contributions", SETTINGS.stacked, key=WIDGETS["stacked"])

points = text = None
if target == "points":
    text = st.text_area("your points, one 'x, y' per line (x in [−π, π] is shown)", SETTINGS.points,
                        key=WIDGETS["points"])
    try:
        points = parse_points(text)
    except ValueError as error:
        st.error(f"{error}. The last valid points are kept.")
        points = st.session_state.get(f"{PAGE}_last_points")
        if points is None:
            st.stop()
    st.session_state[f"{PAGE}_last_points"] = points

config, data = approximation_setup(target, hidden_units, activation, learning_rate, points)
data_key = None if points is None else (points[0].tobytes(), points[1].tobytes())


def new_trainer():
    st.session_state[f"{PAGE}_trainer"] = (data_key, Trainer(config, data))


stored = st.session_state.get(f"{PAGE}_trainer")
if stored is None or stored[0] != data_key or stored[1].config.needs_rebuild(config):
    new_trainer()
else:
    stored[1].set_training_options(config)

playing, step_clicked = play_controls(PAGE, new_trainer, "Step (100 epochs)")
if step_clicked:
    st.session_state[f"{PAGE}_trainer"][1].step(100)
target_function = approximation_target(target, points)


@st.fragment(run_every=0.2 if playing else None)
def live_view():
    trainer = st.session_state[f"{PAGE}_trainer"][1]
    tick(PAGE, trainer, STEPS_PER_TICK)
    mse = 2.0 * trainer.metrics().train_loss
    st.markdown(f"epoch {trainer.epoch} · mean squared error on the training points "
                f"**1/N Σ (f(xᵢ) − tᵢ)² = {mse:.5f}**")
    show_figure(trained_fit_figure(trainer, target_function, stacked), PAGE, "fit and contributions",
                key=f"{PAGE}_fit_fig")


live_view()
st.caption("Stacked: the band between two lines is one unit's contribution (negative ones go down); "
           "the top line is c + Σⱼ vⱼ g(wⱼx + bⱼ), exactly the network's fit.")

st.header("Built by hand: bumps")
st.markdown(
    "**σ(k(x − a)) − σ(k(x − b))** is ≈ 1 on [a, b] and ≈ 0 elsewhere when k is large: two hidden "
    "units make a bump. Cut [−π, π] into n pieces, give bump i the height f(centre of piece i) as "
    "its output weight, and the sum of 2n sigmoid units follows f as closely as n and k allow.")
b1, b2 = st.columns(2)
n_bumps = b1.slider("bumps n (2n hidden units)", *SETTINGS.bumps.args, key=WIDGETS["bumps"])
steepness = b2.slider("steepness k", *SETTINGS.steepness.args, key=WIDGETS["steepness"])
show_figure(bumps_figure(target_function, n_bumps, steepness), PAGE, "bumps", key=f"{PAGE}_bumps_fig")
write_link(lecture_params.universal_approximation, {
    "target": target, "points": text, "hidden_units": hidden_units, "activation": activation,
    "learning_rate": learning_rate, "stacked": stacked, "bumps": n_bumps, "steepness": steepness})
