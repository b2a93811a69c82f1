"""Playground: train a small network live on 2D data and watch every neuron, like TensorFlow
Playground, plus multi-class, shareable links, save/load and own CSV data."""
from urllib.parse import urlencode

import streamlit as st

from figures.plane import neuron_name
from figures.playground import ViewOptions
from nncore import ACTIVATIONS, DATASETS, FEATURES, INITS, OPTIMIZERS, OUTPUT_LOSSES, REGULARIZERS
from nncore.config import RANGES
from nncore.persistence import trainer_to_json
from webui import playground_session as session
from webui.live_chart import live_chart
from webui.plot import PRESENTATION
from webui.urlstate import config_to_params, write_params

PAGE = "playground"
state = st.session_state
session.start(state, st.query_params.to_dict(), foreign=(PRESENTATION,))
hidden = state[session.HIDDEN]
key = session.key


def shown(control):
    return control not in hidden


def percent(value):
    return f"{value:.0%}"


st.title("🎛️ Playground")
for note in state[session.NOTES]:
    st.warning(f"Link parameter {note}")
if state[session.MESSAGE]:
    st.error(state[session.MESSAGE])

try:
    config = session.config_from_controls(state)
except ValueError as error:
    st.error(f"These settings do not make a network: {error}")
    config = None
if config is not None:
    trainer = session.sync_trainer(state, config)
    write_params(st.query_params, config_to_params(config, session.DEFAULTS, hidden))

# --- controls --------------------------------------------------------------------------------
kind = state[key("problem")]
with st.sidebar:
    st.header("Data")
    if shown("problem"):
        st.selectbox("Problem", list(session.PROBLEMS), key=key("problem"),
                     format_func=session.PROBLEMS.get, on_change=session.change_problem,
                     args=(state,))
    own_data = state[session.OWN_DATA]
    if own_data is not None:
        st.info(f"Using uploaded data **{own_data.name}**: {len(own_data.X_train)} training and "
                f"{len(own_data.X_test)} test points.")
        st.button("Back to generated data", on_click=session.drop_csv, args=(state,))
    else:
        if shown("dataset"):
            st.selectbox("Dataset", session.datasets_for(kind), key=key("dataset"),
                         format_func=lambda name: DATASETS[name].label)
        if kind == "multiclass" and shown("n_classes"):
            st.select_slider("Classes", session.CLASS_COUNTS, key=key("n_classes"))
        if shown("noise"):
            st.select_slider("Noise", session.NOISE_LEVELS, key=key("noise"), format_func=percent)
        if shown("n_points"):
            st.select_slider("Points", session.POINT_COUNTS, key=key("n_points"))
        if shown("train_ratio"):
            st.select_slider("Training data", session.TRAIN_RATIOS, key=key("train_ratio"),
                             format_func=percent, help="Share of the points used for training; "
                             "the rest is test data.")
        if shown("data_seed"):
            left, right = st.columns([3, 2], vertical_alignment="bottom")
            left.number_input("Data seed", 0, RANGES["data_seed"][1], key=key("data_seed"))
            right.button("Regenerate", on_click=session.regenerate, args=(state,),
                         help="New data from the next seed; the network keeps its weights.")
    if shown("features"):
        st.header("Input features")
        columns = st.columns(2)
        for i, (name, (label, _)) in enumerate(FEATURES.items()):
            columns[i % 2].checkbox(label, key=session.feature_key(name))

    st.header("Network")
    if shown("hidden_layers"):
        st.number_input("Hidden layers", 0, session.MAX_LAYERS, key=key("n_layers"))
        columns = st.columns(3)
        for i in range(state[key("n_layers")]):
            columns[i % 3].number_input(f"Layer {i + 1}", 1, session.MAX_NEURONS,
                                        key=session.layer_key(i), help="Neurons in this layer")
    if shown("activation"):
        st.selectbox("Hidden activation", list(ACTIVATIONS), key=key("activation"),
                     format_func=lambda name: ACTIVATIONS[name].label)
    if shown("output"):
        st.selectbox("Output and loss", session.outputs_for(kind), key=key("output"),
                     format_func=lambda name: OUTPUT_LOSSES[name].label)
    if shown("init"):
        st.selectbox("Weight initialisation", list(INITS), key=key("init"), format_func=INITS.get)
    if shown("seed"):
        st.number_input("Weight seed", 0, RANGES["seed"][1], key=key("seed"),
                        help="Initial weights and the order of the minibatches")

    st.header("Training")
    if shown("learning_rate"):
        st.select_slider("Learning rate η", session.LEARNING_RATES, key=key("learning_rate"),
                         format_func=lambda rate: f"{rate:g}")
    if shown("optimizer"):
        st.selectbox("Optimizer", list(OPTIMIZERS), key=key("optimizer"),
                     format_func=lambda name: OPTIMIZERS[name].label)
        for name in OPTIMIZERS[state[key("optimizer")]].hyperparameters:
            low, high = RANGES[name]
            st.number_input(name, low, high, key=key(name), format="%g",
                            step=1e-9 if name == "epsilon" else 0.01)
    if shown("batch_size") and config is not None:
        state[key("batch_size")] = min(state[key("batch_size")], trainer.n_train)
        st.slider("Batch size", 1, max(trainer.n_train, 2), key=key("batch_size"))
    if shown("regularization"):
        st.selectbox("Regularization", list(REGULARIZERS), key=key("regularization"),
                     format_func=lambda name: REGULARIZERS[name].label)
        if state[key("regularization")] != "none":
            st.select_slider("Regularization rate λ", session.REGULARIZATION_RATES,
                             key=key("regularization_rate"), format_func=lambda rate: f"{rate:g}")
        if state[key("regularization")] == "elastic_net":
            st.number_input("Elastic-net β", *RANGES["elastic_beta"], key=key("elastic_beta"))

    if shown("own_data"):
        st.header("Own data")
        column = "label" if kind != "regression" else "target"
        st.file_uploader(f"CSV with columns x1, x2, {column} (at most 5000 rows)", type="csv",
                         key=session.CSV_FILE, on_change=session.load_csv, args=(state,))
    if shown("save_load") and config is not None:
        st.header("Save and load")
        # Called when clicked, outside any script run (no session state there): the trainer itself
        # goes with it, so the file holds its weights at that moment.
        st.download_button("Download model (JSON)", lambda trainer=trainer: trainer_to_json(trainer),
                           file_name="nnlab-model.json", mime="application/json", on_click="ignore")
        st.file_uploader("Load a model", type="json", key=session.MODEL_FILE,
                         on_change=session.load_model, args=(state,))
    with st.expander("Share this configuration"):
        st.caption("The address bar holds the whole configuration (not the weights): copy it. "
                   "Hide controls for a focused exercise:")
        hide = st.multiselect("Hide in the link", session.HIDEABLE, key="pg_share_hide")
        if config is not None:
            link = config_to_params(config, session.DEFAULTS, hide)
            st.code("?" + urlencode(link) if link else "(the defaults: no parameters)")

if config is None:
    st.stop()

# --- training buttons (outside the fragment: they set how often it runs) ----------------------
play, step, reset, speed = st.columns([1, 1, 1, 3], vertical_alignment="bottom")
if state[session.PLAYING]:
    play.button("Pause", on_click=session.set_playing, args=(state, False), key="pg_pause",
                icon="⏸️", width="stretch")
else:
    play.button("Play", on_click=session.set_playing, args=(state, True), key="pg_play",
                icon="▶️", width="stretch", disabled=trainer.diverged)
step.button("Step", on_click=session.step_epoch, args=(state,), key="pg_step",
            help="Train one epoch", width="stretch", disabled=trainer.diverged)
reset.button("Reset", on_click=session.reset, args=(state,), key="pg_reset",
             help="New initial weights (same seed), epoch 0", width="stretch")
speed.select_slider("Steps per tick", session.STEPS_PER_TICK, key="pg_steps_per_tick",
                    help=f"Minibatch updates per tick (a tick every {session.TICK_SECONDS} s)")


def neuron_options(trainer):
    """() for the network's output (a selectbox shows None as 'no choice'), then (layer, index)
    of every neuron, inputs first."""
    widths = [len(trainer.feature_names)] + [W.shape[1] for W in trainer.weights]
    return [()] + [(layer, i) for layer, width in enumerate(widths) for i in range(width)]


# --- what the pictures show (outside the fragment: fewer elements for the browser to redraw on
# every tick; a change reruns the page) ----------------------------------------------------------
options = neuron_options(trainer)
if state["pg_view_neuron"] not in options:
    state["pg_view_neuron"] = ()
choose, *toggles = st.columns([3, 1, 1, 1], vertical_alignment="bottom")
choose.selectbox("Large view", options, key="pg_view_neuron", format_func=lambda n: (
    f"Neuron {neuron_name(trainer, *n)}" if n else "Output of the network"))
toggles[0].checkbox("Test points", key="pg_show_test")
toggles[1].checkbox("Discretize", key="pg_discretize")
toggles[2].checkbox("Log loss", key="pg_log_scale")


@st.fragment(run_every=session.TICK_SECONDS if state[session.PLAYING] else None)
def live_view():
    """Train one tick while playing, then draw the numbers and every picture."""
    if session.tick(state):
        st.rerun()  # diverged: a full run stops the timer and shows Play again
    trainer = state[session.TRAINER]
    if trainer.diverged:
        st.error(f"{trainer.divergence} The learning rate is too high for this network: lower "
                 f"it, then press Reset.")
    metrics = trainer.metrics()
    numbers = st.columns(5)
    numbers[0].metric("Epoch", trainer.epoch)
    numbers[1].metric("Training loss", f"{metrics.train_loss:.4f}")
    numbers[2].metric("Test loss", f"{metrics.test_loss:.4f}")
    if trainer.dataset.kind != "regression":
        numbers[3].metric("Training accuracy", f"{metrics.train_accuracy:.1%}")
        numbers[4].metric("Test accuracy", f"{metrics.test_accuracy:.1%}")

    view = ViewOptions(show_test=state["pg_show_test"], discretize=state["pg_discretize"],
                       neuron=state["pg_view_neuron"] or None, log_scale=state["pg_log_scale"])
    figures = session.live_figures(state, trainer, view)
    diagram, large = st.columns([3, 2])
    with large:
        live_chart(figures["plane"], PAGE, "output")
    with diagram:
        live_chart(figures["network"], PAGE, "network")
    curves = st.columns(2)
    with curves[0]:
        live_chart(figures["loss"], PAGE, "loss")
    if "accuracy" in figures:
        with curves[1]:
            live_chart(figures["accuracy"], PAGE, "accuracy")


live_view()
st.caption(f"Network: each hidden neuron computes h = g(Wᵀx + b) with g = "
           f"{ACTIVATIONS[trainer.activation].label}; output: {trainer.loss.label}. Links: blue "
           f"w > 0, orange w < 0, thickness ∝ |w|; squares: biases b. Loss curve: the data loss "
           f"(mean over the points, without the penalty λR(W)).")
