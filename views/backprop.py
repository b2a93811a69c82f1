"""Backpropagation step by step on a computation graph: forward fills the node values, backward
sends the error signals δ = ∂L/∂node back edge by edge, update takes one gradient step."""
import pandas as pd
import streamlit as st

from lessons.backprop import NETWORK_SIZES, after_update, network_layers
from lessons.language import _
from specs import backprop as spec
from webui.controls import PageControls
from webui.labs import PageLab
from webui.live_chart import live_chart
from webui.numbers import shown

PAGE = "backprop"
NEURON_SIGNALS = {  # how the lecture writes each error signal
    "L": "δ_L = ∂L/∂L = 1", "t": "δ_t = t − y", "y": "δ_y = y − t",
    "s": "δ_s = δ_y σ'(s) = δ_y y(1 − y)", "b": "δ_b = δ_s", "wx": "δ_wx = δ_s",
    "w": "δ_w = δ_wx x = δ_s x", "x": "δ_x = δ_wx w = δ_s w"}
SUP = str.maketrans("0123456789()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾")

st.title(_(spec.TITLE))
lab_box = st.container()  # the lab goes on top; it is drawn once both parts are known
controls = PageControls(PAGE, spec.CONTROLS)


def stage_key(part, which):
    """Session-state key of the part's `which`; "forward" and "backward", its buttons' steps, are the
    settings {part}_forward and {part}_backward under their widgets' keys (controls.key)."""
    return f"{PAGE}_{part}_{which}"


def stage(part):
    return (st.session_state.get(stage_key(part, "forward"), 0),
            st.session_state.get(stage_key(part, "backward"), 0))


def set_stage(part, forward, backward):
    st.session_state[stage_key(part, "forward")] = forward
    st.session_state[stage_key(part, "backward")] = backward


def show_stages(settings):
    """The buttons' steps of `settings` (a lab's Show me)."""
    for part in spec.PARTS:
        set_stage(part, *spec.stage(settings, part))


lab = PageLab(PAGE, controls, also=show_stages)
if stage_key("neuron", "forward") not in st.session_state:  # the page's first run: the link's steps
    show_stages(controls.link_settings)
for part in spec.PARTS:  # then the buttons'
    for which, steps in zip(spec.PASSES, stage(part)):
        controls.set(f"{part}_{which}", steps)


def limits(part):
    graph, _, _, part_limits, _ = spec.PARTS[part]
    return part_limits(graph)


def advance(part, which):
    """Reveal one more step of the forward or backward pass (backward only after forward)."""
    forward, backward = stage(part)
    last_forward, last_backward = limits(part)
    if which == "forward":
        set_stage(part, min(forward + 1, last_forward), 0)
    elif forward == last_forward:
        set_stage(part, forward, min(backward + 1, last_backward))


def update(part):
    """p <- p − η ∂L/∂p for the parameters; the widgets show the new values, the passes restart. The
    caption says what changed, the loss before and after included."""
    graph, _, _, _, rate = spec.PARTS[part]
    settings = controls.current()
    values = spec.leaf_values(settings, part)
    new = after_update(graph, values, settings[rate])
    kept = {name: min(max(value, spec.CONTROLS[name].low), spec.CONTROLS[name].high)
            for name, value in new.items()}
    before, after = (graph.forward(leaves)[graph.output] for leaves in (values, kept))
    # Its numbers, said in the language of the run that shows them (last_update)
    st.session_state[stage_key(part, "last")] = (
        ", ".join(f"{graph.nodes[p].label}: {shown(values[p]):.4f} → {shown(kept[p]):.4f}"
                  for p in graph.parameters), before, after, kept != new)
    controls.put({name: kept[name] for name in graph.parameters})
    set_stage(part, 0, 0)


def reset(part):
    _, example, _, _, rate = spec.PARTS[part]
    controls.put({**example, rate: spec.CONTROLS["learning_rate"].default})
    st.session_state.pop(stage_key(part, "last"), None)
    set_stage(part, 0, 0)


def last_update(changes, before, after, clipped):
    """The caption of the part's last Update: each parameter's change and the loss before and after."""
    said = _("Last update: {changes}; loss L: {before:.6f} → {after:.6f}").format(
        changes=changes, before=shown(before), after=shown(after))
    if clipped:
        said += _(" (parameters kept within ±{limit:g})").format(limit=spec.CONTROLS["b"].high)
    return said


def buttons(part, forward_label, backward_label):
    forward, backward = stage(part)
    last_forward, last_backward = limits(part)
    row = st.container(horizontal=True, key=stage_key(part, "buttons"))
    row.button(forward_label, on_click=advance, args=(part, "forward"), key=stage_key(part, "fwd"))
    if last_forward > 1:
        row.button(_("Forward (all)"), on_click=set_stage, args=(part, last_forward, 0),
                   key=stage_key(part, "fwd_all"))
    row.button(backward_label, on_click=advance, args=(part, "backward"),
               disabled=forward < last_forward, key=stage_key(part, "bwd"))
    row.button(_("Backward (all)"), on_click=set_stage, args=(part, last_forward, last_backward),
               disabled=forward < last_forward, key=stage_key(part, "bwd_all"))
    row.button(_("Update"), on_click=update, args=(part,), disabled=backward < last_backward,
               key=stage_key(part, "update"))
    row.button(_("Reset"), on_click=reset, args=(part,), key=stage_key(part, "reset"))
    if stage_key(part, "last") in st.session_state:
        st.caption(last_update(*st.session_state[stage_key(part, "last")]))


def check_rows(graph, values, names, deltas, signal_text=None):
    """Rows of the gradient check: analytic δ next to the central difference (L(n+h) − L(n−h))/2h."""
    rows = []
    for name in names:
        numerical = graph.numerical_derivative(values, name)
        rows.append({_("node"): graph.nodes[name].label,
                     **({_("error signal"): signal_text[name]} if signal_text else {}),
                     _("analytic δ"): deltas[name], _("numerical"): numerical,
                     _("|difference|"): abs(deltas[name] - numerical)})
    return pd.DataFrame(rows)


FLOAT = {c: st.column_config.NumberColumn(format="%.6f") for c in (_("analytic δ"), _("numerical"))}
FLOAT[_("|difference|")] = st.column_config.NumberColumn(format="%.1e")

st.header(_("One neuron: s = wx + b, y = σ(s), L = ½(y − t)²"))
st.markdown(_("Forward computes every node from its parents. Backward starts with δ_L = 1 and sends "
              "each node's error signal δ = ∂L/∂node to its parents, multiplied by the edge's local "
              "derivative (chain rule): **δ_y = y − t, δ_s = δ_y σ'(s), δ_w = δ_s x, δ_b = δ_s**. "
              "Update: **w ← w − η δ_w, b ← b − η δ_b**."))
cols = st.columns(5)
for column, name in zip(cols, ("x", "t", "w", "b", "learning_rate")):
    controls(name, column)
buttons("neuron", _("Forward"), _("Backward (one edge)"))
settings = controls.settings()
values = spec.leaf_values(settings, "neuron")
forward, backward = spec.stage(settings, "neuron")
neuron = spec.revealed(settings, "neuron")
node_values, deltas, signalled = neuron.values, neuron.deltas, neuron.shown
live_chart(spec.figures(settings, spec.Stages(neuron, None), ["neuron graph"])["neuron graph"], PAGE,
            "neuron graph")
if forward:
    st.markdown(_("Forward: s = {w:.4f}·{x:.4f} + {b:.4f} = **{s:.4f}**, y = σ(s) = **{y:.4f}**, "
                  "L = ½(y − t)² = **{L:.6f}**").format(
        **{name: shown(values[name]) for name in "wxb"}, **{name: shown(node_values[name]) for name in "syL"}))
if signalled:
    st.dataframe(check_rows(spec.NEURON, values, signalled, deltas, NEURON_SIGNALS), hide_index=True,
                 column_config=FLOAT)
    st.caption(_("Numerical: the node's value is moved by ±h = 10⁻⁵ and everything after it "
                 "recomputed; the differences are rounding error."))

st.header(_("A 2-2-1 network, layer by layer"))
st.markdown(_(
    "In the lecture's notation, layer l computes **s⁽ˡ⁾ = W⁽ˡ⁾ᵀx⁽ˡ⁻¹⁾ + b⁽ˡ⁾** and "
    "**x⁽ˡ⁾ = σ(s⁽ˡ⁾)**, with x⁽⁰⁾ the input and y = x⁽²⁾; L = ½(y − t)². Backward: "
    "**δ⁽²⁾ = (y − t) σ'(s⁽²⁾)**, **δ⁽¹⁾ = σ'(s⁽¹⁾) ⊙ W⁽²⁾δ⁽²⁾**, and "
    "**∂L/∂W⁽ˡ⁾ = x⁽ˡ⁻¹⁾ δ⁽ˡ⁾ᵀ**, **∂L/∂b⁽ˡ⁾ = δ⁽ˡ⁾**."))
cols = st.columns(4)
for column, name in zip(cols, ("x0_1", "x0_2", "t_1", "network_learning_rate")):
    controls(name, column)
with st.expander(_("weights and biases"), expanded=True):
    cols = st.columns(6)
    for i, name in enumerate(spec.NETWORK.parameters):
        controls(name, cols[i % 6])
buttons("net", _("Forward (next layer)"), _("Backward (next layer)"))
settings = controls.settings()
values = spec.leaf_values(settings, "net")
forward, backward = spec.stage(settings, "net")
net = spec.revealed(settings, "net")
node_values, deltas, signalled = net.values, net.deltas, net.shown
live_chart(spec.figures(settings, spec.Stages(None, net), ["network graph"])["network graph"], PAGE,
            "network graph")
layers = network_layers(spec.NETWORK, node_values, deltas, NETWORK_SIZES)
for number, layer in enumerate(layers, start=1):
    if forward < number:
        break
    sup = f"({number})".translate(SUP)
    numbers = f"s{sup} = {layer['s'].round(4).tolist()}, x{sup} = σ(s{sup}) = {layer['x'].round(4).tolist()}"
    if backward and net.backward_layer <= number:
        numbers += (_("; ") + f"δ{sup} = {layer['delta'].round(5).tolist()}, "
                    f"∂L/∂W{sup} = {layer['dW'].round(5).tolist()}")
    st.markdown(_("**Layer {number}**: {numbers}").format(number=number, numbers=numbers))
if forward == limits("net")[0]:
    st.markdown(_("**Loss**: L = ½(y − t)² = {loss:.6f}").format(loss=shown(node_values["L"])))
if backward:
    st.dataframe(check_rows(spec.NETWORK, values, signalled, deltas), hide_index=True, column_config=FLOAT)
with lab_box:
    lab.panel(settings, spec.Stages(neuron, net))
controls.write_link()
