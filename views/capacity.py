"""Capacity: one neuron cannot separate XOR or the circle; a hidden layer of 2-4 units can, because
it moves the points to coordinates where one line does. Linear hidden units would not help."""
import copy

import numpy as np
import streamlit as st

from lessons.capacity import (
    TRAINING_STEPS,
    collapse_linear,
    dragged_line,
    nearest_unit,
    network_kinds,
    train_network,
    with_unit,
)
from figures.capacity import OUTPUT_LINE, OUTPUT_PLANE
from lessons.language import N_, _
from specs import capacity as spec
from webui.controls import PageControls
from webui.labs import PageLab
from webui.live_chart import live_chart
from webui.messages import say
from webui.numbers import shown
from webui.plot import show_figure

PAGE = "capacity"

st.title(_(spec.TITLE))
st.markdown(_(
    "A single neuron computes **y = σ(wᵀx + b)**: its decision boundary is the line **wᵀx + b = 0**. "
    "A hidden layer first computes **h = g(W₁ᵀx + b₁)**, then the output neuron draws a line in the "
    "coordinates h: **y = σ(vᵀh + c)**. Both are trained with sigmoid + cross-entropy, first "
    "{steps} full-batch Adam steps.").format(steps=TRAINING_STEPS))
controls = PageControls(PAGE, spec.CONTROLS)
lab = PageLab(PAGE, controls)
lab_box = st.container()  # the lab goes on top; it is drawn once the networks are trained

c1, c2, c3, c4 = st.columns(4)
controls("dataset", c1, horizontal=True)
hidden_units = controls("hidden_units", c2)
controls("activation", c3)
controls("seed", c4)
trained_for = {name: value for name, value in controls.settings().items() if name != "plotted_units"}
NETWORKS = f"{PAGE}_networks"
LABELS = {"neuron": N_("the single neuron"), "hidden": N_("the hidden layer of {units} units"),
          "linear": N_("the {units} linear hidden units")}
SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
OUTPUT_TRACES = {_(OUTPUT_LINE), _(OUTPUT_PLANE)}  # the output neuron's boundary in the hidden space


@st.cache_resource(max_entries=48, show_spinner=False)
def trained_network(dataset, hidden_units, activation, seed):
    """One of the page's networks as first trained, kept for every session by the settings it is
    trained from; never trained further here (each session trains its own copy)."""
    return train_network(dataset, hidden_units, activation, seed)


def train(settings, slots):
    """Each session's own copies of the page's three networks for `settings` (the Trainer cannot be
    pickled, so st.cache_data could not copy it). Meanwhile the chart slots say which one trains,
    in an alert: the browser has it at hand, while the progress bar's code would still be loading
    from a server busy training."""
    kinds = network_kinds(settings["hidden_units"], settings["activation"])
    trainers = {}
    for done, (name, (units, activation)) in enumerate(kinds.items()):
        for slot in slots:
            with slot:
                say("info", _("Training {network}: network {number} of {count}, {steps} full-batch "
                              "Adam steps…").format(
                    network=_(LABELS[name]).format(units=settings["hidden_units"]), number=done + 1,
                    count=len(kinds), steps=TRAINING_STEPS))
        trainers[name] = copy.deepcopy(trained_network(settings["dataset"], units, activation,
                                                       settings["seed"]))
    return trainers


def train_more():
    for trainer in st.session_state[NETWORKS][1].values():
        trainer.step(500)


def hidden_space_text(figure, plotted, accuracy):
    """What the hidden-space picture (`figure`; None when fewer than three units are chosen) shows,
    read off the picture: the output neuron's boundary is drawn for 2 and 3 hidden units only."""
    units = ", ".join(f"h{unit}".translate(SUBSCRIPT) for unit in sorted(plotted))
    where = {2: _("in the plane (h₁, h₂)"), 3: _("in the space (h₁, h₂, h₃)")}.get(
        hidden_units, _("at three of the four: ({units})").format(units=units) if figure is not None
        else _("(choose three)"))
    text = _("The same training points, each drawn at its hidden values **h = g(W₁ᵀx + b₁)** "
             "{where}.").format(where=where)
    if figure is None:
        return text
    boundary = _("the output neuron's boundary **vᵀh + c = 0**, which puts {accuracy:.0%} of them on "
                 "their class's side").format(accuracy=shown(accuracy))
    if any(trace.name in OUTPUT_TRACES for trace in figure.data):
        drawn = (_("{text} The dashed line is {boundary}.") if hidden_units == 2 else
                 _("{text} The grey plane is {boundary}."))
        return drawn.format(text=text, boundary=boundary)
    if hidden_units == 4:
        return _("{text} With four units, {boundary}, is a 3-dimensional hyperplane in the 4-D space "
                 "of h: a picture of three of them cannot show it (with 2 or 3 hidden units it is "
                 "drawn).").format(text=text, boundary=boundary)
    return _("{text} The output neuron's weights v are all 0 here, so it has no boundary to "
             "draw.").format(text=text)


# --- dragging a hidden unit's line (webui/chart_events.py) ---------------------------------------
# The edit goes to this session's own copy of the hidden network (st.session_state[NETWORKS], a deep
# copy of the cached one) in new arrays, so the cached network stays as first trained.
DRAG = f"{PAGE}_drag"  # (press, unit, where the drag began, the unit's w and b then)


def drag_unit(event):
    """Move the line of the unit nearest where the drag began with the pointer (shift: turn it)."""
    trainer = st.session_state[NETWORKS][1]["hidden"]
    point = (event.x, event.y)
    dragged = st.session_state.get(DRAG)
    if dragged is None or dragged[0] != event.press:  # this drag's first event to arrive
        W, b = trainer.weights[0], trainer.biases[0]
        unit = nearest_unit(W, b, point)
        dragged = (event.press, unit, point, W[:, unit].copy(), float(b[unit]))
    with_unit(trainer, dragged[1], *dragged_line(*dragged[3:], dragged[2], point, rotate=event.shift))
    st.session_state[DRAG] = None if event.kind == "drag_end" else dragged


st.button(_("Train 500 more steps"), on_click=train_more, key=f"{PAGE}_more")

# The charts are drawn into their places once the networks are trained and the hidden units to
# plot are chosen further down.
left, right = st.columns(2)
slots = {"single neuron": left.empty(), "hidden layer": right.empty()}
left.caption(_("The dashed line is the neuron's boundary wᵀx + b = 0. The best line still leaves "
               "whole regions of points on the wrong side."))
right.caption(_("The output neuron's boundary is still a line, but in the hidden units' "
                "coordinates, which bends it in the input plane. Drag a hidden unit's line hᵢ "
                "(wᵢᵀx + bᵢ = 0) to move it, shift-drag to turn it: the pictures below follow."))

st.subheader(_("The hidden layer's view of the data"))
hidden_space_slot = st.empty()
charts = list(spec.CHARTS)
plotted = [1, 2, 3]
if hidden_units == 4:
    plotted = controls("plotted_units")
    if len(plotted) != 3:
        st.info(_("Choose exactly three hidden units to plot."))
        charts.remove("hidden space")
slots["hidden space"] = st.empty()

st.subheader(_("What if the hidden activation is linear?"))
linear_slot = st.empty()
left, right = st.columns(2)
slots.update({"nonlinear hidden units": left.empty(), "linear hidden units": right.empty()})

if st.session_state.get(NETWORKS, (None,))[0] != trained_for:
    st.session_state[NETWORKS] = (trained_for, train(trained_for, [slots[name] for name in charts]))
trainers = st.session_state[NETWORKS][1]
settings = controls.settings()
with lab_box:
    lab.panel(settings, trainers)
figures = spec.figures(settings, trainers, charts)
for name, figure in figures.items():
    with slots[name]:
        if name == "hidden layer":
            live_chart(figure, PAGE, name, on_event=drag_unit, drag=True)
        else:
            show_figure(figure, PAGE, name)
accuracy = {name: trainer.metrics().train_accuracy for name, trainer in trainers.items()}
hidden_space_slot.markdown(hidden_space_text(figures.get("hidden space"), plotted,
                                             accuracy["hidden"]))
W, b = collapse_linear(trainers["linear"].weights, trainers["linear"].biases)
linear_slot.markdown(_(
    "With g(s) = s the two layers compose into one: **vᵀ(W₁ᵀx + b₁) + c = (W₁v)ᵀx + (vᵀb₁ + c)**, "
    "a single neuron with weights **w = W₁v = ({w1:.3f}, {w2:.3f})** and bias **{b:.3f}**. "
    "However many linear hidden units it has, the boundary stays a line.").format(
    w1=shown(W[0, 0]), w2=shown(W[1, 0]), b=shown(b[0])))
accuracies = _("Training accuracy after {steps} Adam steps: one neuron {neuron:.0%}, hidden layer "
               "{hidden:.0%}, linear hidden layer {linear:.0%}.").format(
    steps=trainers["hidden"].steps, neuron=shown(accuracy["neuron"]), hidden=shown(accuracy["hidden"]),
    linear=shown(accuracy["linear"]))
if not np.isclose(accuracy["linear"], accuracy["neuron"], atol=0.05):
    accuracies = _("{accuracies} {note}").format(accuracies=accuracies, note=_(
        "The linear network may land on another line than the single neuron, but it is a line."))
st.caption(accuracies)
controls.write_link()
