"""Over- and underfitting: few noisy training points, a capacity and a regularization slider, the
train and test loss against epochs (early stopping marked) and against capacity (the U shape)."""
import streamlit as st

from lessons.language import _
from lessons.overfitting import CAPACITIES, early_stopping_epoch
from specs import overfitting as spec
from webui.controls import PageControls
from webui.labs import PageLab
from webui.live import LiveTraining
from webui.live_chart import live_chart
from webui.numbers import shown
from webui.plot import show_figure

PAGE = "overfitting"
STEPS_PER_TICK = 50

st.title(_(spec.TITLE))
st.markdown(_(
    "A noisy sine, **t = sin x + ε**, only a few training points; the test points come from the same "
    "curve. Training minimises **½ mean (f(x) − t)² + λ Σ w²** (L2). Too few hidden units cannot "
    "follow the curve (underfitting: both losses high); many units trained long follow the noise "
    "(overfitting: training loss keeps falling, test loss rises)."))
controls = PageControls(PAGE, spec.CONTROLS)
lab_box = st.container()  # the lab goes on top; it is drawn once the trainer is known

c1, c2, c3, c4 = st.columns(4)
controls("noise", c1)
controls("n_train", c1)
controls("hidden_units", c2)
controls("layers", c2, horizontal=True)
controls("regularization_rate", c3)
epochs = controls("epochs", c4)
controls("data_seed", c4)
settings = controls.settings()
controls.write_link()
live = LiveTraining(PAGE, STEPS_PER_TICK, _("Step (100 epochs)"), step=lambda trainer: trainer.step(100))
lab = PageLab(PAGE, controls, live)
with lab_box:
    lab.panel(settings, live.trainer(spec.config(settings)))
live.buttons()


def draw(trainer):
    if lab.watch(settings, trainer):
        st.rerun()  # the lab above says which step turned done
    metrics = trainer.metrics()
    stop = early_stopping_epoch(trainer.history)
    st.markdown(_("epoch {epoch} · training loss **{train:.4f}** · test loss **{test:.4f}**").format(
        epoch=trainer.epoch, train=shown(metrics.train_loss), test=shown(metrics.test_loss))
        + (_(" · lowest test loss {loss:.4f} at epoch {epoch}").format(loss=shown(stop[1]), epoch=stop[0])
           if stop else ""))
    figures = spec.figures(settings, spec.Trained(trainer, None), spec.LIVE_CHARTS)
    left, right = st.columns(2)
    with left:
        live_chart(figures["fit"], PAGE, "fit")
    with right:
        live_chart(figures["loss curves"], PAGE, "loss curves")


live.fragment(draw)
st.caption(_("Early stopping keeps the weights from the epoch with the lowest test loss (in practice "
             "a separate validation set plays the test set's part)."))


@st.cache_data(max_entries=16, show_spinner=False)
def sweep(sweep_settings):
    """The sweep, kept by exactly the settings it reads (spec.SWEEP_SETTINGS)."""
    return spec.sweep(sweep_settings)


st.header(_("Loss against capacity"))
st.markdown(_("One network per capacity, each trained {epochs} epochs with the settings above. "
              "Training loss falls as capacity grows; test loss falls, then rises again: the U.").format(
    epochs=epochs))
with st.container():  # the spinner shows where the chart goes, and only while the sweep trains
    with st.spinner(_("Training the sweep: {networks} networks of {epochs} epochs each…").format(
            networks=len(CAPACITIES), epochs=epochs), show_time=True):
        result = sweep(spec.sweep_settings(settings))
    show_figure(spec.figures(settings, spec.Trained(None, result), ["capacity sweep"])["capacity sweep"],
                PAGE, "capacity sweep")
