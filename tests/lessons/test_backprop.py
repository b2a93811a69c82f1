"""The scalar computation graph: error signals against finite differences and the engine's backward;
extreme inputs give detectable non-finite values, never an exception or a warning."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lessons.backprop import (
    NETWORK_EXAMPLE,
    NEURON_EXAMPLE,
    after_update,
    all_finite,
    edge_steps,
    layer_limits,
    layer_steps,
    logistic_neuron_graph,
    network_graph,
    network_layers,
    network_leaf_values,
)
from nncore import OUTPUT_LOSSES, mlp


def _assert_every_signal_matches_finite_differences(graph, leaf_values):
    deltas = graph.backward(graph.forward(leaf_values))
    for name in graph.nodes:
        assert deltas[name] == pytest.approx(graph.numerical_derivative(leaf_values, name),
                                             abs=1e-6), name


def test_neuron_graph_error_signals_are_the_lectures_and_match_finite_differences():
    graph = logistic_neuron_graph()
    values = graph.forward(NEURON_EXAMPLE)
    deltas = graph.backward(values)
    y, s = values["y"], values["s"]
    assert deltas["y"] == pytest.approx(y - NEURON_EXAMPLE["t"])
    assert deltas["s"] == pytest.approx(deltas["y"] * y * (1 - y))
    assert deltas["w"] == pytest.approx(deltas["s"] * NEURON_EXAMPLE["x"])
    assert deltas["b"] == pytest.approx(deltas["s"])
    assert s == pytest.approx(NEURON_EXAMPLE["w"] * NEURON_EXAMPLE["x"] + NEURON_EXAMPLE["b"])
    leaves = dict(NEURON_EXAMPLE)
    for _ in range(3):  # the page's Update button, then check again
        _assert_every_signal_matches_finite_differences(graph, leaves)
        leaves = graph.gradient_step(leaves, graph.backward(graph.forward(leaves)), 1.0)
    assert graph.forward(leaves)["L"] < graph.forward(NEURON_EXAMPLE)["L"]
    assert leaves["x"] == NEURON_EXAMPLE["x"]  # only w and b are parameters


def test_network_graph_matches_finite_differences_and_mlp_backward():
    graph = network_graph((2, 2, 1))
    _assert_every_signal_matches_finite_differences(graph, NETWORK_EXAMPLE)
    rng = np.random.default_rng(3)
    weights, biases = [rng.normal(size=(2, 2)), rng.normal(size=(2, 1))], [rng.normal(size=2),
                                                                         rng.normal(size=1)]
    x, t = rng.normal(size=2), np.array([0.3])
    leaves = network_leaf_values(x, weights, biases, t)
    _assert_every_signal_matches_finite_differences(graph, leaves)
    values = graph.forward(leaves)
    layers = network_layers(graph, values, graph.backward(values), (2, 2, 1))
    Z, cache = mlp.forward(x[None, :], weights, biases, "sigmoid")
    dWs, dbs = mlp.backward(OUTPUT_LOSSES["sigmoid_mse"].gradient(Z, t[None, :]), cache, weights,
                            biases, "sigmoid")
    for layer, dW, db in zip(layers, dWs, dbs):
        np.testing.assert_allclose(layer["dW"], dW, atol=1e-12)
        np.testing.assert_allclose(layer["delta"], db, atol=1e-12)
    np.testing.assert_allclose(layers[1]["x"], OUTPUT_LOSSES["sigmoid_mse"].output(Z)[0])


def test_graph_orders_and_errors():
    graph = network_graph((2, 3, 2))  # two outputs: L = L1 + L2
    order = graph.topological_order()
    assert len(order) == len(graph.nodes) and order[-1] == "L"
    for name, node in graph.nodes.items():
        assert all(order.index(p) < order.index(name) for p in node.parents)
    backward = graph.backward_order()
    assert backward[0] == "L" and set(backward) == set(graph.nodes)
    rng = np.random.default_rng(0)
    leaves = {name: float(rng.normal()) for name in graph.leaves()}
    _assert_every_signal_matches_finite_differences(graph, leaves)
    with pytest.raises(ValueError, match="no value"):
        graph.forward({})
    with pytest.raises(ValueError, match="unknown parent"):
        graph.apply("z", "z", "add", ("nope",), 1)


EXTREMES = [1e308, -1e308, 1e155, -1e155, 1e200, 5e-324, -1e-300, 0.0]
NUMBERS = st.sampled_from(EXTREMES) | st.floats(allow_nan=False, allow_infinity=False)
GRAPHS = [logistic_neuron_graph(), network_graph((2, 2, 1)), network_graph((2, 3, 2))]


@pytest.mark.parametrize("t", [1e155, 1e200, -1e308])
def test_a_huge_target_gives_an_infinite_loss_that_can_be_detected(t):
    graph = logistic_neuron_graph()
    leaves = {**NEURON_EXAMPLE, "t": t}
    values = graph.forward(leaves)
    assert values["L"] == float("inf") and not all_finite(values)
    deltas = graph.backward(values)
    assert all_finite(deltas)  # dL/dy = y - t stays finite: only L overflows
    assert not all_finite({"dL/dt": graph.numerical_derivative(leaves, "t")})
    assert all_finite(graph.forward(NEURON_EXAMPLE))


@settings(max_examples=150, deadline=None, database=None)
@given(st.sampled_from(GRAPHS), st.data(), NUMBERS)
def test_any_finite_inputs_give_numbers_or_detectable_non_finite_values(graph, data, learning_rate):
    leaves = {name: data.draw(NUMBERS, label=name) for name in graph.leaves()}
    values = graph.forward(leaves)
    deltas = graph.backward(values)
    numerical = {name: graph.numerical_derivative(leaves, name) for name in graph.nodes}
    updated = after_update(graph, leaves, learning_rate)
    assert set(updated) == set(leaves)
    edge_steps(graph, leaves, 1, len(graph.backward_order()))  # the page's staged views
    layer_steps(graph, leaves, *layer_limits(graph))
    if all(abs(v) <= 1e3 for v in [*leaves.values(), learning_rate]):
        assert all_finite(values) and all_finite(deltas) and all_finite(numerical)
        assert all_finite(updated)
    assert all(isinstance(v, float) for v in [*values.values(), *deltas.values(), *updated.values()])
