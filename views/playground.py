"""Playground: train a small network live on 2D data and watch every neuron, like TensorFlow
Playground, plus multi-class, shareable links, save/load and own CSV data."""
from urllib.parse import urlencode

import streamlit as st

from figures.plane import neuron_name
from nncore import ACTIVATIONS, DEFAULT_OUTPUT, OPTIMIZERS
from nncore.persistence import trainer_to_json
from specs import playground as spec
from webui.controls import PageControls
from webui.live import LiveTraining
from webui.live_chart import live_chart
from webui.messages import say
from webui.numbers import shown

PAGE = "playground"
state = st.session_state
OWN_DATA, MESSAGE, FIGURES = f"{PAGE}_own_data", f"{PAGE}_message", f"{PAGE}_figures"

st.title(spec.TITLE)
controls = PageControls(PAGE, spec.CONTROLS)
hidden = controls.link_settings["hide"]
controls.set("hide", hidden)
live = LiveTraining(PAGE, lambda: state[controls.key("steps_per_tick")], "Step",
                    step_help="Train one epoch")
state.setdefault(OWN_DATA, None)
if state.get(MESSAGE):
    say("error", "{} was refused: {}", *state[MESSAGE])


def visible(control):
    return control not in hidden


# --- callbacks (idempotent: Streamlit may deliver a click twice) ---------------------------------
def change_problem():
    """A new problem kind: its first dataset and default output; own data no longer fit."""
    problem = state[controls.key("problem")]
    state[controls.key("dataset")] = spec.datasets_for(problem)[0]
    state[controls.key("output")] = DEFAULT_OUTPUT[problem]
    state[OWN_DATA] = None


def regenerate():
    state[controls.key("data_seed")] = (state[controls.key("data_seed")] + 1) % 2**32


def read_upload(file_key, read):
    """read(text, file name) of the file in the uploader `file_key`; None when there is none or
    `read` refused it (ValueError), which the page's message then says."""
    uploaded = state[file_key]
    if uploaded is None:
        return None
    try:
        return read(uploaded.getvalue().decode("utf-8", "replace"), uploaded.name)
    except ValueError as error:
        state[MESSAGE] = uploaded.name, str(error)
        return None


def load_csv():
    """Use an uploaded CSV as the data (same problem kind); a refusal leaves everything as it was."""
    dataset = read_upload(controls.key("csv_file"), lambda text, name: spec.read_csv(
        text, name, controls.current()))
    if dataset is not None:
        state.update({OWN_DATA: dataset, MESSAGE: None})


def drop_csv():
    state[OWN_DATA] = None


def load_model():
    """Replace the session's model by an uploaded one; a refusal leaves everything as it was."""
    trainer = read_upload(controls.key("model_file"), lambda text, name: spec.read_model(text))
    if trainer is None:
        return
    own_data = trainer.dataset if trainer.dataset.name != trainer.config.dataset else None
    controls.put(spec.settings_of(trainer.config))
    state[controls.key("problem")] = trainer.config.kind
    state.update({OWN_DATA: own_data, MESSAGE: None})
    live.replace(trainer, id(own_data))


# --- controls --------------------------------------------------------------------------------
problem = spec.kind(controls.current())
state[controls.key("problem")] = state.get(controls.key("problem"), problem)
with st.sidebar:
    st.header("Data")
    if visible("problem"):
        problem = st.selectbox("Problem", list(spec.PROBLEMS), key=controls.key("problem"),
                               format_func=spec.PROBLEMS.get, on_change=change_problem)
    own_data = state[OWN_DATA]
    if own_data is not None:
        say("info", "Using uploaded data **{}**: {} training and {} test points.", own_data.name,
            len(own_data.X_train), len(own_data.X_test))
        st.button("Back to generated data", on_click=drop_csv)
    if own_data is None and visible("dataset"):
        controls("dataset", options=spec.datasets_for(problem))
    if own_data is None:
        if problem == "multiclass" and visible("n_classes"):
            controls("n_classes")
        for name in ("noise", "n_points", "train_ratio"):
            if visible(name):
                controls(name)
        if visible("data_seed"):
            left, right = st.columns([3, 2], vertical_alignment="bottom")
            controls("data_seed", left)
            right.button("Regenerate", on_click=regenerate,
                         help="New data from the next seed; the network keeps its weights.")
    if visible("features"):
        st.header("Input features")
        controls("features")

    st.header("Network")
    if visible("hidden_layers"):
        controls("hidden_layers")
    for name in ("activation", "output", "init", "seed"):
        if visible(name):
            controls(name)

    st.header("Training")
    if visible("learning_rate"):
        controls("learning_rate")
    if visible("optimizer"):
        optimizer = controls("optimizer")
        for name in OPTIMIZERS[optimizer].hyperparameters:
            controls(name)
    settings = controls.current()
    try:
        config = spec.config(settings)
    except ValueError as error:
        say("error", "These settings do not make a network: {}", error)
        config = None
    if config is not None:
        trainer = live.trainer(config, own_data, id(own_data))
    if visible("batch_size") and config is not None:
        state[controls.key("batch_size")] = min(state.get(controls.key("batch_size"), 10), trainer.n_train)
        controls("batch_size", max_value=max(trainer.n_train, 2))
    if visible("regularization"):
        regularization = controls("regularization")
        if regularization != "none":
            controls("regularization_rate")
        if regularization == "elastic_net":
            controls("elastic_beta")

    if visible("own_data"):
        st.header("Own data")
        column = "label" if problem != "regression" else "target"
        st.file_uploader(f"CSV with columns x1, x2, {column} (at most 5000 rows)", type="csv",
                         key=controls.key("csv_file"), on_change=load_csv)
    if visible("save_load") and config is not None:
        st.header("Save and load")
        # Called when clicked, outside any script run (no session state there): the trainer itself
        # goes with it, so the file holds its weights at that moment.
        st.download_button("Download model (JSON)", lambda trainer=trainer: trainer_to_json(trainer),
                           file_name="nnlab-model.json", mime="application/json", on_click="ignore")
        st.file_uploader("Load a model", type="json", key=controls.key("model_file"),
                         on_change=load_model)
    with st.expander("Share this configuration"):
        st.caption("The address bar holds the whole configuration (not the weights): copy it. "
                   "Hide controls for a focused exercise:")
        hide = st.multiselect("Hide in the link", spec.HIDEABLE, key=controls.key("share_hide"))
        if config is not None:
            link = spec.CONTROLS.link({**controls.current(), "hide": hide})
            st.code("?" + urlencode(link) if link else "(the defaults: no parameters)")

if config is None:
    controls.write_link()
    st.stop()

# --- training buttons (outside the fragment: they set how often it runs) ----------------------
speed, = live.buttons()
controls("steps_per_tick", speed)


def neuron_options(trainer):
    """() for the network's output (a selectbox shows None as 'no choice'), then (layer, index)
    of every neuron, inputs first."""
    widths = [len(trainer.feature_names)] + [W.shape[1] for W in trainer.weights]
    return [()] + [(layer, i) for layer, width in enumerate(widths) for i in range(width)]


# --- what the pictures show (outside the fragment: fewer elements for the browser to redraw on
# every tick; a change reruns the page) ----------------------------------------------------------
options = neuron_options(trainer)
if state.get(controls.key("view_neuron"), ()) not in options:
    state[controls.key("view_neuron")] = ()
choose, *toggles = st.columns([3, 1, 1, 1], vertical_alignment="bottom")
choose.selectbox("Large view", options, key=controls.key("view_neuron"), format_func=lambda n: (
    f"Neuron {neuron_name(trainer, *n)}" if n else "Output of the network"))
for column, name in zip(toggles, ("show_test", "discretize", "log_scale")):
    controls(name, column)
controls.write_link()
view = spec.view(controls.current(), state[controls.key("view_neuron")] or None)


def draw(trainer):
    """The numbers and every picture of the current trainer."""
    metrics = trainer.metrics()
    numbers = st.columns(5)
    numbers[0].metric("Epoch", trainer.epoch)
    numbers[1].metric("Training loss", f"{shown(metrics.train_loss):.4f}")
    numbers[2].metric("Test loss", f"{shown(metrics.test_loss):.4f}")
    if trainer.dataset.kind != "regression":
        numbers[3].metric("Training accuracy", f"{shown(metrics.train_accuracy):.1%}")
        numbers[4].metric("Test accuracy", f"{shown(metrics.test_accuracy):.1%}")
    figures, state[FIGURES] = spec.live_figures(state.get(FIGURES), trainer, view, live.playing)
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


live.fragment(draw)
st.caption(f"Network: each hidden neuron computes h = g(Wᵀx + b) with g = "
           f"{ACTIVATIONS[trainer.activation].label}; output: {trainer.loss.label}. Links: blue "
           f"w > 0, orange w < 0, thickness ∝ |w|; squares: biases b. Loss curve: the data loss "
           f"(mean over the points, without the penalty λR(W)).")
