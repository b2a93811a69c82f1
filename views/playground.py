"""Playground: train a small network live on 2D data and watch every neuron, like TensorFlow
Playground, plus multi-class, shareable links, save/load and own CSV data.

On one screen, as TensorFlow Playground lays it out: run controls and the common settings in a top
bar, then the data and features, the network (with + and − for layers and neurons; a click on a
neuron shows it large) and the output with its loss. Rare settings are in the sidebar."""
import streamlit as st

import labs
from figures.network import neuron_at
from figures.plane import neuron_name
from lessons.diagnosis import explain
from lessons.language import _
from nncore import ACTIVATIONS, DEFAULT_OUTPUT, OPTIMIZERS
from nncore.diagnosis import diagnose
from nncore.drawn import is_drawn
from nncore.persistence import trainer_to_json
from specs import playground as spec
from specs.controls import ParameterError
from specs.pages import PAGES
from webui.controls import PageControls
from webui.drawing import Drawing
from webui.kept_runs import KeptRuns
from webui.labs import PageLab
from webui.live import LiveTraining
from webui.live_chart import live_chart
from webui.messages import say
from webui.numbers import shown
from webui.plot import presentation_on
from webui.page_style import NUMBERS, PICTURE_FIRST, widget_width
from webui.share import share_box
from webui.streamlit_private import page_url_path

PAGE = "playground"
state = st.session_state
OWN_DATA, MESSAGE, FIGURES = f"{PAGE}_own_data", f"{PAGE}_message", f"{PAGE}_figures"
NEURON = f"{PAGE}_view_neuron"  # (layer, index) shown large; () for the network's output
PLANE_HEIGHT, CURVE_HEIGHT = 330, 145  # pixels: the page fits a 1280x720 screen

controls = PageControls(PAGE, spec.CONTROLS)
hidden = controls.link_settings["hide"]
controls.set("hide", hidden)
live = LiveTraining(PAGE, lambda: state[controls.key("steps_per_tick")], _("Step"),
                    step_help=_("Train one epoch"))
# --- drawn data (webui/drawing.py): kept where uploaded data are, and in the link when few ---------
drawing = Drawing(PAGE, live, OWN_DATA, MESSAGE, spec.MAX_POINTS, lambda: spec.config(controls.current()))
if OWN_DATA not in state:  # the session's first run: the link's drawn points, if any
    try:
        state[OWN_DATA] = spec.drawn_data(controls.link_settings)
    except ParameterError as error:
        state[OWN_DATA] = None
        say("warning", _("Link parameter {}; the generated data are used instead"), error)
controls.set("points", drawing.link_text(state[OWN_DATA]))
state.setdefault(NEURON, ())
lab = PageLab(PAGE, controls, live, id(None), also=lambda settings: state.update(
    {controls.key("problem"): spec.kind(settings), OWN_DATA: None, NEURON: ()}))


# --- compare runs: kept runs' curves in the live charts, their panel below (webui/kept_runs.py) ---
def restore_run(settings):
    """A kept run's training settings back in the widgets, at epoch 0: Play replays it."""
    controls.put(settings)
    state.update({controls.key("problem"): spec.kind(settings), OWN_DATA: None, NEURON: ()})
    live.reset()


kept = KeptRuns(PAGE, controls, lambda: live.current, spec.CONFIG_FIELDS, restore_run)


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
    state.update({OWN_DATA: own_data, MESSAGE: None, NEURON: ()})
    live.replace(trainer, id(own_data))


def change_layers(layer, change):
    """+ or − on a layer's neurons (layer None: on the number of hidden layers)."""
    layers = list(controls.current()["hidden_layers"])
    if layer is None:
        layers = layers[:-1] if change < 0 else layers + [layers[-1] if layers else 4]
    else:
        layers[layer] = layers[layer] + change
    if len(layers) <= spec.MAX_LAYERS and all(1 <= width <= spec.MAX_NEURONS for width in layers):
        controls.put({"hidden_layers": tuple(layers)})
        state[NEURON] = ()


def show_neuron(event):
    """A click on the diagram: that neuron in the large view (the output one: the network's output)."""
    neuron = neuron_at(live.current, event.x, event.y)
    if neuron is not None:
        output_layer = len(live.current.weights)
        state[NEURON] = () if neuron[0] == output_layer and live.current.n_outputs == 1 else neuron


# --- the top bar: run controls and the settings changed most --------------------------------------
lab_box = st.container()  # the lab goes on top; it is drawn once the trainer is known
if state.get(MESSAGE):
    say("error", _("{} was refused: {}"), *state[MESSAGE])
problem = spec.kind(controls.current())
state.setdefault(controls.key("problem"), problem)
top = st.container(horizontal=True, vertical_alignment="bottom", key=f"{PAGE}_top")
presenting = presentation_on()
run_buttons = top.container(horizontal=True, vertical_alignment="bottom", width="content")
for name, width in (("learning_rate", 115), ("activation", 150), ("regularization", 150)):
    if visible(name):  # sliders narrower than boxes: their words sit above them, not inside
        controls(name, top, width=widget_width(width, presenting))
if visible("regularization") and controls.current()["regularization"] != "none":
    controls("regularization_rate", top, width=widget_width(150, presenting))
if visible("problem"):
    problem = top.selectbox(_("Problem"), list(spec.PROBLEMS), key=controls.key("problem"),
                            format_func={name: _(words) for name, words in spec.PROBLEMS.items()}.get,
                            on_change=change_problem,
                            width=widget_width(190, presenting))
controls("steps_per_tick", top, width=widget_width(110, presenting))

with st.container(key=f"{PAGE}{PICTURE_FIRST}"):  # on a phone: the network and output first
    data_column, main = st.columns([1, 5], gap="medium")

# --- data and features ------------------------------------------------------------------------
with data_column:
    own_data = state[OWN_DATA]
    if own_data is not None and not is_drawn(own_data):
        say("info", _("Using uploaded data {}: {} training and {} test points."), own_data.name,
            len(own_data.X_train), len(own_data.X_test))
        st.button(_("Back to generated data"), on_click=drop_csv)
    elif own_data is None:
        if visible("dataset"):
            controls("dataset", options=spec.datasets_for(problem))
        if problem == "multiclass" and visible("n_classes"):
            controls("n_classes")
        for name in ("noise", "train_ratio"):
            if visible(name):
                controls(name)
        if visible("data_seed"):
            st.button(_("Regenerate"), on_click=regenerate, icon=":material/refresh:",
                      help=_("New data from the next seed; the network keeps its weights."))
    if visible("features"):
        controls("features")
    if visible("own_data"):
        drawing.tools(own_data, problem, spec.n_classes(controls.current()) if own_data is None
                      else own_data.n_classes)

# --- rare settings: the sidebar -----------------------------------------------------------------
with st.sidebar:
    # the page's title here: above the top bar it would push the page off a 1280x720 screen
    st.title(_(spec.TITLE))
    st.header(_("More settings"))
    for name in ("output", "init", "seed"):
        if visible(name):
            controls(name)
    if own_data is None:
        for name in ("n_points", "data_seed"):
            if visible(name):
                controls(name)
    if visible("optimizer"):
        optimizer = controls("optimizer")
        for name in OPTIMIZERS[optimizer].hyperparameters:
            controls(name)
    if controls.current()["regularization"] == "elastic_net":
        controls("elastic_beta")

settings = controls.current()
try:
    config = spec.config(settings)
except ValueError as error:
    say("error", _("These settings do not make a network: {}"), error)
    controls.write_link()
    st.stop()
trainer = live.trainer(config, own_data, id(own_data))
live.buttons(run_buttons)
kept.button(run_buttons)
with lab_box:
    lab.panel(settings, trainer)

with data_column:
    if visible("batch_size"):
        state[controls.key("batch_size")] = max(1, min(state.get(controls.key("batch_size"), 10),
                                                       trainer.n_train))
        controls("batch_size", max_value=max(trainer.n_train, 2))
with st.sidebar:
    if visible("own_data"):
        st.header(_("Own data"))
        column = "label" if problem != "regression" else "target"  # the CSV's own column names
        st.file_uploader(_("CSV with columns x1, x2, {column} (at most {rows} rows)").format(
            column=column, rows=5000), type="csv",
                         key=controls.key("csv_file"), on_change=load_csv)
    if visible("save_load"):
        st.header(_("Save and load"))
        # Called when clicked, outside any script run (no session state there): the trainer itself
        # goes with it, so the file holds its weights at that moment.
        st.download_button(_("Download model (JSON)"), lambda trainer=trainer: trainer_to_json(trainer),
                           file_name="nnlab-model.json", mime="application/json", on_click="ignore")
        st.file_uploader(_("Load a model"), type="json", key=controls.key("model_file"),
                         on_change=load_model)

# --- the network's + and −, and what the pictures show (outside the live view: a change reruns the
# page; fewer elements for the browser to redraw on every tick) ----------------------------------
with main:
    layers = settings["hidden_layers"]
    bar = st.container(horizontal=True, vertical_alignment="center", key=f"{PAGE}_layers")
    if visible("hidden_layers"):
        bar.button("", icon=":material/remove:", key=f"{PAGE}_fewer_layers",
                   help=_("One hidden layer less"),
                   on_click=change_layers, args=(None, -1), disabled=not layers)
        bar.button("", icon=":material/add:", key=f"{PAGE}_more_layers", help=_("One hidden layer more"),
                   on_click=change_layers, args=(None, 1), disabled=len(layers) >= spec.MAX_LAYERS)
        bar.markdown((_("**{count} hidden layer**") if len(layers) == 1 else
                      _("**{count} hidden layers**")).format(count=len(layers)))
        for layer, width in enumerate(layers):
            bar.markdown(_("· layer {number}:").format(number=layer + 1))
            bar.button("", icon=":material/remove:", key=f"{PAGE}_fewer_{layer}",
                       help=_("One neuron less in layer {number}").format(number=layer + 1),
                       on_click=change_layers,
                       args=(layer, -1), disabled=width <= 1)
            bar.markdown(f"{width}")
            bar.button("", icon=":material/add:", key=f"{PAGE}_more_{layer}",
                       help=_("One neuron more in layer {number}").format(number=layer + 1),
                       on_click=change_layers,
                       args=(layer, 1), disabled=width >= spec.MAX_NEURONS)
    for name in ("show_test", "discretize", "log_scale"):
        controls(name, bar)
controls.write_link()
with st.sidebar:
    share_box(PAGE, spec.CONTROLS, {**controls.current(), "hide": hidden}, spec.HIDEABLE)


def draw(trainer, shown_data=own_data):
    """The numbers and every picture of the current trainer; `shown_data`: the data of the page's
    last full run (the first drawn point needs another: the data column then offers Back)."""
    if is_drawn(state[OWN_DATA]) != is_drawn(shown_data):
        st.rerun()
    if state[OWN_DATA] is not shown_data:  # points drawn since: the link keeps them
        controls.set("points", drawing.link_text(state[OWN_DATA]))
        controls.write_link()
    settings = controls.current()
    if lab.watch(settings, trainer):
        st.rerun()  # the lab above says which step turned done
    metrics = trainer.metrics()
    neuron = state[NEURON] if state[NEURON] in spec.neurons(trainer) else ()
    view = spec.view(settings, neuron or None, PLANE_HEIGHT, CURVE_HEIGHT, kept.runs)
    figures, state[FIGURES] = spec.live_figures(state.get(FIGURES), trainer, view, live.playing,
                                                live.crowded)
    diagram, output = st.columns([3, 2], gap="small")
    with output:
        numbers = st.container(horizontal=True, key=f"{PAGE}{NUMBERS}")
        numbers.metric(_("Epoch"), trainer.epoch, width="content")
        numbers.metric(_("Training loss"), f"{shown(metrics.train_loss):.4f}", width="content")
        numbers.metric(_("Test loss"), f"{shown(metrics.test_loss):.4f}", width="content",
                       help=None if len(trainer.X_test) else _("No test points: all are for training."))
        live_chart(figures["plane"], PAGE, "output", on_event=drawing.on_plane)
        drawing.caption(state[OWN_DATA])
        if "accuracy" in figures:
            live_chart(figures["accuracy"], PAGE, "accuracy")
    with diagram:
        st.caption(_("Click a neuron to see it large; hover it for its equation: now {neuron}.").format(
            neuron=neuron_name(trainer, *neuron)) if neuron else
            _("Click a neuron to see it large; hover it for its equation; now the output."))
        live_chart(figures["network"], PAGE, "network", on_event=show_neuron)
        live_chart(figures["loss"], PAGE, "loss")
    # below the screen's fold: the diagnosis (about 1 ms: every tick), gradient norms, confusion matrices
    with st.container(key=f"{PAGE}_diagnosis"):
        diagnosis_list(trainer)
    gradients, confusion = st.columns(2, gap="medium")
    with gradients:
        live_chart(figures["gradients"], PAGE, "gradients")
    if "confusion" in figures:
        with confusion:
            live_chart(figures["confusion"], PAGE, "confusion")


def diagnosis_list(trainer):
    """What nncore.diagnosis finds, in words (lessons/diagnosis.py), each with the lab step about it."""
    explained = [explain(finding) for finding in diagnose(trainer)]
    st.markdown(_("**Diagnosis**") if explained else _(
        "**Diagnosis**: nothing found. No dead or saturated units, no vanishing or exploding gradients, "
        "no gap between training and test loss, no plateau."))
    for item in explained:
        lab_step = labs.of(item.page).LAB.steps[item.step - 1].title
        link = f"{page_url_path(f'views/{item.page}.py')}?lab={item.step}"
        st.markdown(_("- {finding} {advice} See [{page}, lab step {step}: {title}]({link}).").format(
            finding=item.finding, advice=item.advice, page=_(PAGES[item.page].TITLE), step=item.step,
            title=_(lab_step), link=link))


with main:
    live.fragment(draw)
    st.caption(_("Network: each hidden neuron computes h = g(Wᵀx + b) with g = {activation}; output: "
                 "{output}. Links: blue w > 0, orange w < 0, thickness ∝ |w|; squares: biases b. Loss "
                 "curve: the data loss (mean over the points, without the penalty λR(W)).").format(
        activation=_(ACTIVATIONS[trainer.activation].label), output=_(trainer.loss.label)))
    kept.panel()
