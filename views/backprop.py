"""Backpropagation step by step on a computation graph: forward fills the node values, backward
sends the error signals δ = ∂L/∂node back edge by edge, update takes one gradient step."""
import pandas as pd
import streamlit as st

from figures.backprop import edge_steps_figure, layer_steps_figure
from lessons.backprop import (NETWORK_EXAMPLE, NETWORK_SIZES, NEURON_EXAMPLE, logistic_neuron_graph,
                          network_graph, network_layers)
from lessons.backprop import after_update, edge_limits, edge_steps, layer_limits, layer_steps
from webui import lecture_params
from webui.lecture_settings import Backprop as SETTINGS
from webui.page_links import open_link, write_link
from webui.plot import show_figure

PAGE = "backprop"
NEURON = logistic_neuron_graph()
NETWORK = network_graph(NETWORK_SIZES)
NEURON_SIGNALS = {  # how the lecture writes each error signal
    "L": "δ_L = ∂L/∂L = 1", "t": "δ_t = t − y", "y": "δ_y = y − t",
    "s": "δ_s = δ_y σ'(s) = δ_y y(1 − y)", "b": "δ_b = δ_s", "wx": "δ_wx = δ_s",
    "w": "δ_w = δ_wx x = δ_s x", "x": "δ_x = δ_wx w = δ_s w"}


def key(part, name):
    return f"{PAGE}_{part}_{name}"


def widget_values(settings):
    """The link's settings in the number boxes: each part's leaves and learning rate η."""
    return {**{key("neuron", name): settings[name] for name in NEURON.leaves()},
            **{key("net", name): settings[name] for name in NETWORK.leaves()},
            key("neuron", "eta"): settings["learning_rate"],
            key("net", "eta"): settings["network_learning_rate"]}


def leaf_values(part, graph):
    return {name: float(st.session_state[key(part, name)]) for name in graph.leaves()}


def set_stage(part, forward, backward):
    st.session_state[key(part, "forward")] = forward
    st.session_state[key(part, "backward")] = backward


def advance(part, which, limits):
    """Reveal one more step of the forward or backward pass (backward only after forward);
    limits = (forward steps, backward steps)."""
    forward, backward = stage(part)
    if which == "forward":
        set_stage(part, min(forward + 1, limits[0]), 0)
    elif forward == limits[0]:
        set_stage(part, forward, min(backward + 1, limits[1]))


def stage(part):
    return st.session_state.get(key(part, "forward"), 0), st.session_state.get(key(part, "backward"), 0)


def update(part, graph):
    """p <- p − η ∂L/∂p for the parameters; the widgets show the new values, the passes restart."""
    values = leaf_values(part, graph)
    new = after_update(graph, values, float(st.session_state[key(part, "eta")]))
    st.session_state[key(part, "last")] = ", ".join(
        f"{graph.nodes[p].label}: {values[p]:.4f} → {new[p]:.4f}" for p in graph.parameters)
    for name in graph.parameters:
        st.session_state[key(part, name)] = new[name]
    set_stage(part, 0, 0)


def reset(part, defaults):
    for name, value in defaults.items():
        st.session_state[key(part, name)] = value
    st.session_state[key(part, "eta")] = SETTINGS.learning_rate
    st.session_state.pop(key(part, "last"), None)
    set_stage(part, 0, 0)


def number(container, part, name, label, default, step=0.1):
    st.session_state.setdefault(key(part, name), default)
    return container.number_input(label, step=step, format="%.4f", key=key(part, name))


def buttons(part, graph, defaults, limits, forward_label, backward_label):
    forward, backward = stage(part)
    b = st.columns(5)
    b[0].button(forward_label, on_click=advance, args=(part, "forward", limits), key=key(part, "fwd"))
    b[1].button(backward_label, on_click=advance, args=(part, "backward", limits),
                disabled=forward < limits[0], key=key(part, "bwd"))
    b[2].button("Backward (all)", on_click=set_stage, args=(part, *limits),
                disabled=forward < limits[0], key=key(part, "bwd_all"))
    b[3].button("Update", on_click=update, args=(part, graph), disabled=backward < limits[1],
                key=key(part, "update"))
    b[4].button("Reset", on_click=reset, args=(part, defaults), key=key(part, "reset"))
    if key(part, "last") in st.session_state:
        st.caption("Last update: " + st.session_state[key(part, "last")])


def check_rows(graph, values, names, deltas, signal_text=None):
    """Rows of the gradient check: analytic δ next to the central difference (L(n+h) − L(n−h))/2h."""
    rows = []
    for name in names:
        numerical = graph.numerical_derivative(values, name)
        rows.append({"node": graph.nodes[name].label,
                     **({"error signal": signal_text[name]} if signal_text else {}),
                     "analytic δ": deltas[name], "numerical": numerical,
                     "|difference|": abs(deltas[name] - numerical)})
    return pd.DataFrame(rows)


FLOAT = {c: st.column_config.NumberColumn(format="%.6f") for c in ("analytic δ", "numerical")}
FLOAT["|difference|"] = st.column_config.NumberColumn(format="%.1e")

st.title("Backpropagation step by step")
open_link(PAGE, lecture_params.backprop, widget_values)
st.header("One neuron: s = wx + b, y = σ(s), L = ½(y − t)²")
st.markdown("Forward computes every node from its parents. Backward starts with δ_L = 1 and sends "
            "each node's error signal δ = ∂L/∂node to its parents, multiplied by the edge's local "
            "derivative (chain rule): **δ_y = y − t, δ_s = δ_y σ'(s), δ_w = δ_s x, δ_b = δ_s**. "
            "Update: **w ← w − η δ_w, b ← b − η δ_b**.")
cols = st.columns(5)
for col, (name, label) in zip(cols, (("x", "input x"), ("t", "target t"), ("w", "weight w"),
                                     ("b", "bias b"))):
    number(col, "neuron", name, label, NEURON_EXAMPLE[name])
number(cols[4], "neuron", "eta", "learning rate η", SETTINGS.learning_rate)
buttons("neuron", NEURON, NEURON_EXAMPLE, edge_limits(NEURON), "Forward", "Backward (one edge)")
values = leaf_values("neuron", NEURON)
forward, backward = stage("neuron")
revealed = edge_steps(NEURON, values, forward, backward)
node_values, deltas, shown = revealed.values, revealed.deltas, revealed.shown
show_figure(edge_steps_figure(NEURON, revealed), PAGE, "neuron graph", key=f"{PAGE}_neuron_fig")
if forward:
    st.markdown(f"Forward: s = {values['w']:.4f}·{values['x']:.4f} + {values['b']:.4f} = "
                f"**{node_values['s']:.4f}**, y = σ(s) = **{node_values['y']:.4f}**, "
                f"L = ½(y − t)² = **{node_values['L']:.6f}**")
if shown:
    st.dataframe(check_rows(NEURON, values, shown, deltas, NEURON_SIGNALS), hide_index=True,
                 column_config=FLOAT)
    st.caption("Numerical: the node's value is moved by ±h = 10⁻⁵ and everything after it "
               "recomputed; the differences are rounding error.")

st.header("A 2-2-1 network, layer by layer")
st.markdown(
    "In the lecture's notation, layer l computes **s⁽ˡ⁾ = W⁽ˡ⁾ᵀx⁽ˡ⁻¹⁾ + b⁽ˡ⁾** and "
    "**x⁽ˡ⁾ = σ(s⁽ˡ⁾)**, with x⁽⁰⁾ the input and y = x⁽²⁾; L = ½(y − t)². Backward: "
    "**δ⁽²⁾ = (y − t) σ'(s⁽²⁾)**, **δ⁽¹⁾ = σ'(s⁽¹⁾) ⊙ W⁽²⁾δ⁽²⁾**, and "
    "**∂L/∂W⁽ˡ⁾ = x⁽ˡ⁻¹⁾ δ⁽ˡ⁾ᵀ**, **∂L/∂b⁽ˡ⁾ = δ⁽ˡ⁾**.")
cols = st.columns(4)
for col, (name, label) in zip(cols, (("x0_1", "x₁"), ("x0_2", "x₂"), ("t_1", "target t"))):
    number(col, "net", name, label, NETWORK_EXAMPLE[name])
number(cols[3], "net", "eta", "learning rate η", SETTINGS.learning_rate)
with st.expander("weights and biases", expanded=True):
    cols = st.columns(6)
    for i, name in enumerate(NETWORK.parameters):
        number(cols[i % 6], "net", name, NETWORK.nodes[name].label, NETWORK_EXAMPLE[name])
limits = layer_limits(NETWORK)  # one step per layer, the loss's included
buttons("net", NETWORK, NETWORK_EXAMPLE, limits, "Forward (next layer)", "Backward (next layer)")
values = leaf_values("net", NETWORK)
forward, backward = stage("net")
revealed = layer_steps(NETWORK, values, forward, backward)
node_values, deltas, shown = revealed.values, revealed.deltas, revealed.shown
show_figure(layer_steps_figure(NETWORK, revealed), PAGE, "network graph", key=f"{PAGE}_network_fig")
layers = network_layers(NETWORK, node_values, deltas, NETWORK_SIZES)
for l, layer in enumerate(layers, start=1):
    if forward < l:
        break
    sup = f"({l})".translate(str.maketrans("0123456789()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾"))
    text = (f"**Layer {l}**: s{sup} = {layer['s'].round(4).tolist()}, "
            f"x{sup} = σ(s{sup}) = {layer['x'].round(4).tolist()}")
    if backward and revealed.backward_layer <= l:
        text += (f"; δ{sup} = {layer['delta'].round(5).tolist()}, "
                 f"∂L/∂W{sup} = {layer['dW'].round(5).tolist()}")
    st.markdown(text)
if forward == limits[0]:
    st.markdown(f"**Loss**: L = ½(y − t)² = {node_values['L']:.6f}")
if backward:
    st.dataframe(check_rows(NETWORK, values, shown, deltas), hide_index=True,
                 column_config=FLOAT)
write_link(lecture_params.backprop, {
    **leaf_values("neuron", NEURON), **leaf_values("net", NETWORK),
    "learning_rate": float(st.session_state[key("neuron", "eta")]),
    "network_learning_rate": float(st.session_state[key("net", "eta")])})
