"""Universal approximation in 1D: a one-hidden-layer network's fit is the sum of its hidden units'
weighted outputs; two steep sigmoids make a bump, and bumps add up to any curve."""
import streamlit as st

from lessons.language import _
from lessons.universal_approximation import parse_points
from specs import universal_approximation as spec
from webui.controls import PageControls
from webui.labs import PageLab
from webui.live import LiveTraining
from webui.live_chart import live_chart
from webui.messages import say
from webui.numbers import shown
from webui.page_style import picture_first

PAGE = "universal_approximation"
STEPS_PER_TICK = 50
LAST_POINTS = f"{PAGE}_last_points"

st.title(_(spec.TITLE))
st.markdown(_(
    "One hidden layer of H units and a linear output compute "
    "**f(x) = c + Σⱼ vⱼ g(wⱼx + bⱼ)**. Each term vⱼ g(wⱼx + bⱼ) is a stump (sigmoid, tanh) or a "
    "hinge (ReLU); the fit is their sum. Trained on ½(f(x) − t)² with full-batch Adam."))
controls = PageControls(PAGE, spec.CONTROLS)
lab_box = st.container()  # the lab goes on top; it is drawn once the trainer is known
settings_area, picture_area = picture_first(PAGE)
with settings_area:
    c1, c2, c3, c4 = st.columns(4)
    target = controls("target", c1)
    controls("hidden_units", c2)
    controls("activation", c3)
    controls("learning_rate", c4)
    controls("stacked", c4)

    typed = None
    if target == "points":
        text = controls("points")
        try:
            typed = parse_points(text)
        except ValueError as error:
            say("error", _("{}. The last valid points are kept."), error)
            typed = st.session_state.get(LAST_POINTS)
            if typed is None:
                st.stop()
        st.session_state[LAST_POINTS] = typed

    settings = controls.settings()
    live = LiveTraining(PAGE, STEPS_PER_TICK, _("Step (100 epochs)"), step=lambda trainer: trainer.step(100))
    config, data = spec.setup(settings, typed)
    live.trainer(config, data, None if typed is None else (typed[0].tobytes(), typed[1].tobytes()))
    live.buttons()
lab = PageLab(PAGE, controls, live)
with lab_box:
    lab.panel(settings, live.current)


def draw(trainer):
    if lab.watch(settings, trainer):
        st.rerun()  # the lab above says which step turned done
    mse = 2.0 * trainer.metrics().train_loss
    st.markdown(_("epoch {epoch} · mean squared error on the training points "
                  "**1/N Σ (f(xᵢ) − tᵢ)² = {mse:.5f}**").format(epoch=trainer.epoch, mse=shown(mse)))
    figure = spec.figures(settings, trainer, spec.LIVE_CHARTS, typed)["fit and contributions"]
    live_chart(figure, PAGE, "fit and contributions")


with picture_area:
    live.fragment(draw)
st.caption(_("Stacked: the band between two lines is one unit's contribution (negative ones go "
             "down); the top line is c + Σⱼ vⱼ g(wⱼx + bⱼ), exactly the network's fit."))

st.header(_("Built by hand: bumps"))
st.markdown(_(
    "**σ(k(x − a)) − σ(k(x − b))** is ≈ 1 on [a, b] and ≈ 0 elsewhere when k is large: two hidden "
    "units make a bump. Cut [−π, π] into n pieces, give bump i the height f(centre of piece i) as "
    "its output weight, and the sum of 2n sigmoid units follows f as closely as n and k allow."))
b1, b2 = st.columns(2)
controls("bumps", b1)
controls("steepness", b2)
settings = controls.settings()
live_chart(spec.figures(settings, live.current, ["bumps"], typed)["bumps"], PAGE, "bumps")
controls.write_link()
