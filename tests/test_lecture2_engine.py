"""Engine parts of the lecture pages 5-10: capacity, universal approximation, 8-3-8 codes, the
scalar computation graph, the lecture's NumPy program, and the over/underfitting sweep."""
import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from nncore import OUTPUT_LOSSES, Trainer, mlp
from nncore.approximation import (approximation_config, bump, bump_network, hidden_contributions,
                                  parse_points, points_function)
from nncore.capacity import TRAINING_STEPS, capacity_config, collapse_linear, line_points
from nncore.codes import CODES_CONFIG, TRAINING_EPOCHS, code_table
from nncore.graph import (NETWORK_EXAMPLE, NEURON_EXAMPLE, logistic_neuron_graph, network_graph,
                          network_layers, network_leaf_values)
from nncore.lecture_net import ITERATIONS, lecture_arrays, lecture_trainer
from nncore.sweep import CAPACITIES, EPOCHS, SWEEP_CONFIG, capacity_sweep, early_stopping_epoch
from programs import two_layer_numpy


@pytest.fixture(autouse=True)
def one_blas_thread():
    # Multithreaded BLAS on a busy shared machine is many times slower than one thread.
    with threadpool_limits(1):
        yield


# --- capacity --------------------------------------------------------------------------------
@pytest.mark.parametrize("dataset", ["xor", "circle"])
def test_single_neuron_fails_and_hidden_layer_separates(dataset):
    neuron = Trainer(capacity_config(dataset, 0))
    hidden = Trainer(capacity_config(dataset, 4))
    neuron.step(TRAINING_STEPS)
    hidden.step(TRAINING_STEPS)
    assert len(neuron.weights) == 1
    assert neuron.metrics().train_accuracy <= 0.8
    assert hidden.metrics().train_accuracy == 1.0


def test_linear_hidden_units_compute_a_single_layer_network():
    trainer = Trainer(capacity_config("xor", 3, "linear"))
    trainer.step(200)
    W, b = collapse_linear(trainer.weights, trainer.biases)
    X = np.random.default_rng(1).uniform(-6, 6, (300, 2))
    single = Trainer(capacity_config("xor", 0))
    single.weights, single.biases = [W], [b]
    np.testing.assert_allclose(trainer.scores(X), X @ W + b, atol=1e-12)
    np.testing.assert_array_equal(trainer.predict_class(X), single.predict_class(X))


def test_line_points_lie_on_the_line():
    w, b = np.array([0.3, -2.0]), 0.7
    xs, ys = line_points(w, b, -6, 6)
    np.testing.assert_allclose(w[0] * xs + w[1] * ys + b, 0.0, atol=1e-12)
    xs, ys = line_points(np.array([2.0, 0.1]), 1.0, -6, 6)  # nearly vertical: solved for x
    np.testing.assert_allclose(ys, [-6, 6])
    assert line_points(np.zeros(2), 1.0, -6, 6) is None


# --- universal approximation -----------------------------------------------------------------
def test_twenty_tanh_units_fit_the_sine_and_contributions_sum_to_the_fit():
    trainer = Trainer(approximation_config("sine", 20, "tanh"))
    trainer.step(1000)
    x = np.linspace(-np.pi, np.pi, 401)[:, None]
    prediction = trainer.predict(x)[:, 0]
    assert np.mean((prediction - np.sin(x[:, 0])) ** 2) < 0.01
    C, output_bias = hidden_contributions(x, trainer.weights, trainer.biases, "tanh")
    assert C.shape == (401, 20)
    np.testing.assert_allclose(C.sum(axis=1) + output_bias, prediction, rtol=0, atol=1e-9)


def test_bump_network_is_a_sum_of_bumps_that_follows_the_curve():
    x = np.linspace(-np.pi, np.pi, 500)
    weights, biases = bump_network(np.sin, 24, 60.0)
    output = mlp.forward(x[:, None], weights, biases, "sigmoid")[0][:, 0]
    assert np.abs(output - np.sin(x))[20:-20].max() < 0.15  # the ends fall off, as bumps do
    C, _ = hidden_contributions(x[:, None], weights, biases, "sigmoid")
    edges = np.linspace(-np.pi, np.pi, 25)
    first = bump(x, edges[0], edges[1], np.sin((edges[0] + edges[1]) / 2), 60.0)
    np.testing.assert_allclose(C[:, 0] + C[:, 1], first, atol=1e-12)
    coarse, _ = bump_network(np.sin, 3, 60.0)
    assert coarse[0].shape == (1, 6)


def test_parse_points_reads_pairs_and_names_bad_lines():
    X, y = parse_points("1, 2\n\n-0.5 3\n2;4")
    np.testing.assert_array_equal(X[:, 0], [1, -0.5, 2])
    np.testing.assert_array_equal(y, [2, 3, 4])
    with pytest.raises(ValueError, match="line 2"):
        parse_points("1, 2\nfoo, 3")
    with pytest.raises(ValueError, match="at least two"):
        parse_points("1, 2")
    with pytest.raises(ValueError, match="finite"):
        parse_points("1, 2\nnan, 1")
    f = points_function(np.array([[1.0], [0.0]]), np.array([2.0, 0.0]))
    assert f(0.5) == pytest.approx(1.0)


# --- 8-3-8 -----------------------------------------------------------------------------------
def test_838_defaults_reconstruct_all_inputs_with_distinct_codes():
    trainer = Trainer(CODES_CONFIG)
    trainer.step(TRAINING_EPOCHS)
    table = code_table(trainer)
    assert table.n_reconstructed == 8
    assert table.min_code_distance > 0.1
    assert table.n_distinct_binary == 8
    assert table.hidden.shape == (8, 3) and ((table.hidden > 0) & (table.hidden < 1)).all()


def test_838_untrained_net_does_not_reconstruct():
    table = code_table(Trainer(CODES_CONFIG))
    assert table.n_reconstructed < 8


# --- computation graph -----------------------------------------------------------------------
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


# --- the lecture's NumPy program ---------------------------------------------------------------
def test_numpy_program_loss_falls_by_a_millionth_and_trainer_gives_the_same_numbers():
    x, y, w1, w2 = lecture_arrays(0)
    program_w1, program_w2 = w1.copy(), w2.copy()
    losses = np.array(two_layer_numpy.train(x, y, program_w1, program_w2))
    assert len(losses) == ITERATIONS
    assert losses[-1] < 1e-6 * losses[0]
    trainer = lecture_trainer(x, y, w1, w2)
    trainer.step(ITERATIONS)
    np.testing.assert_array_equal(trainer.history.column("train_loss"), losses)
    np.testing.assert_array_equal(trainer.weights[0], program_w1)
    np.testing.assert_array_equal(trainer.weights[1], program_w2)
    np.testing.assert_array_equal(w1, lecture_arrays(0)[2])  # the caller's arrays are untouched


def test_torch_program_matches_numpy():
    torch = pytest.importorskip("torch")
    from programs import two_layer_torch
    x, y, w1, w2 = lecture_arrays(1)
    numpy_losses = two_layer_numpy.train(x, y, w1.copy(), w2.copy(), iterations=50)
    torch_losses = two_layer_torch.train(*(torch.from_numpy(a.copy()) for a in (x, y, w1, w2)),
                                         iterations=50)
    np.testing.assert_allclose(torch_losses, numpy_losses, rtol=1e-9)


# --- over/underfitting -----------------------------------------------------------------------
def test_sweep_test_loss_is_u_shaped_on_the_defaults():
    result = capacity_sweep(SWEEP_CONFIG, CAPACITIES, EPOCHS)
    lowest = result.test_loss.min()
    assert result.test_loss[0] > lowest and result.test_loss[-1] > lowest
    assert 0 < np.argmin(result.test_loss) < len(CAPACITIES) - 1
    assert result.train_loss[-1] < result.train_loss[0]  # more capacity fits the training set better
    assert (result.best_test_loss <= result.test_loss).all()


def test_early_stopping_epoch_is_the_lowest_test_loss():
    trainer = Trainer(SWEEP_CONFIG.replace(hidden_layers=(32,)))
    trainer.step(600)
    epoch, loss = early_stopping_epoch(trainer.history)
    test = trainer.history.column("test_loss")
    assert loss == test.min()
    assert epoch == trainer.history.column("epoch")[np.argmin(test)]
    no_test = Trainer(approximation_config("sine", 2))
    no_test.step(2)
    assert early_stopping_epoch(no_test.history) is None
