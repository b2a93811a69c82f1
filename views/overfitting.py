"""Over- and underfitting: few noisy training points, a capacity and a regularization slider, the
train and test loss against epochs (early stopping marked) and against capacity (the U shape)."""

import streamlit as st

from figures.overfitting import live_figures, sweep_figure
from lessons.overfitting import (CAPACITIES, SWEEP_CONFIG, capacity_sweep, early_stopping_epoch,
                          overfitting_config)
from webui import lecture_params
from webui.lecture_settings import Overfitting as SETTINGS
from webui.live_controls import tick, trainer_controls
from webui.page_links import open_link, write_link
from webui.plot import show_figure

PAGE = "overfitting"
STEPS_PER_TICK = 50
WIDGETS = {"noise": f"{PAGE}_noise", "n_train": f"{PAGE}_n_train", "hidden_units": f"{PAGE}_units",
           "layers": f"{PAGE}_layers", "regularization_rate": f"{PAGE}_lambda",
           "epochs": f"{PAGE}_epochs", "data_seed": f"{PAGE}_data_seed"}

st.title("Over- and underfitting")
st.markdown(
    "A noisy sine, **t = sin x + ε**, only a few training points; the test points come from the same "
    "curve. Training minimises **½ mean (f(x) − t)² + λ Σ w²** (L2). Too few hidden units cannot "
    "follow the curve (underfitting: both losses high); many units trained long follow the noise "
    "(overfitting: training loss keeps falling, test loss rises).")
open_link(PAGE, lecture_params.overfitting, WIDGETS)

c1, c2, c3, c4 = st.columns(4)
noise = c1.slider("noise (std of ε)", *SETTINGS.noise.args, key=WIDGETS["noise"])
n_train = c1.slider("training points", *SETTINGS.n_train.args, key=WIDGETS["n_train"])
units = c2.select_slider("capacity: hidden units per layer", SETTINGS.hidden_units.values,
                         SETTINGS.hidden_units.default, key=WIDGETS["hidden_units"])
n_layers = c2.radio("hidden layers", SETTINGS.layers.values, SETTINGS.layers.index, horizontal=True,
                    key=WIDGETS["layers"])
rate = c3.select_slider("regularization λ (L2)", SETTINGS.regularization_rate.values,
                        SETTINGS.regularization_rate.default, key=WIDGETS["regularization_rate"])
epochs = c4.select_slider("epochs for the sweep", SETTINGS.epochs.values, SETTINGS.epochs.default,
                          key=WIDGETS["epochs"])
data_seed = c4.number_input("data seed", *SETTINGS.data_seed.args, key=WIDGETS["data_seed"])
config = overfitting_config(noise, n_train, units, n_layers, rate, data_seed)
write_link(lecture_params.overfitting, {"noise": noise, "n_train": n_train, "hidden_units": units,
                                        "layers": n_layers, "regularization_rate": rate,
                                        "epochs": epochs, "data_seed": data_seed})


playing = trainer_controls(PAGE, config, "Step (100 epochs)", lambda trainer: trainer.step(100))


@st.fragment(run_every=0.2 if playing else None)
def live_view():
    trainer = st.session_state[f"{PAGE}_trainer"]
    tick(PAGE, trainer, STEPS_PER_TICK)
    metrics = trainer.metrics()
    stop = early_stopping_epoch(trainer.history)
    st.markdown(f"epoch {trainer.epoch} · training loss **{metrics.train_loss:.4f}** · test loss "
                f"**{metrics.test_loss:.4f}**"
                + (f" · lowest test loss {stop[1]:.4f} at epoch {stop[0]}" if stop else ""))
    figures = live_figures(trainer)
    left, right = st.columns(2)
    with left:
        show_figure(figures["fit"], PAGE, "fit", key=f"{PAGE}_fit_fig")
    with right:
        show_figure(figures["loss curves"], PAGE, "loss curves", key=f"{PAGE}_curves_fig")


live_view()
st.caption("Early stopping keeps the weights from the epoch with the lowest test loss (in practice "
           "a separate validation set plays the test set's part).")


@st.cache_data(max_entries=8, show_spinner="Training one network per capacity...")
def sweep(config_values, epochs, n_layers):
    return capacity_sweep(SWEEP_CONFIG.from_dict(config_values), CAPACITIES, epochs, n_layers)


st.header("Loss against capacity")
st.markdown(f"One network per capacity, each trained {epochs} epochs with the settings above. "
            "Training loss falls as capacity grows; test loss falls, then rises again: the U.")
result = sweep(config.to_dict(), epochs, n_layers)
show_figure(sweep_figure(result, units), PAGE, "capacity sweep", key=f"{PAGE}_sweep_fig")
