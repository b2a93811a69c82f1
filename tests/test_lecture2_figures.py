"""What the figures of lecture pages 5-10 show, read back from their traces."""
import numpy as np
import plotly.graph_objects as go
import pytest

from figures.lecture2_approximation import bump_figure, contributions_figure
from figures.lecture2_backprop import graph_figure, graph_layout
from figures.lecture2_capacity import decision_figure, hidden_space_figure
from figures.lecture2_codes import code_cube, code_heatmap
from figures.lecture2_numpy import loss_per_iteration_figure, time_per_iteration_figure
from figures.lecture2_overfitting import early_stopping_figure, fit_figure, sweep_figure
from nncore import Trainer
from nncore.approximation import approximation_config, bump_network, hidden_contributions
from nncore.capacity import capacity_config
from nncore.codes import CODES_CONFIG, code_table
from nncore.graph import NEURON_EXAMPLE, logistic_neuron_graph, network_graph
from nncore.sweep import SWEEP_CONFIG, SweepResult, early_stopping_epoch


def _trace(figure, name):
    return next(t for t in figure.data if t.name == name)


def test_decision_figure_draws_the_single_neurons_line():
    trainer = Trainer(capacity_config("xor", 0))
    trainer.step(50)
    figure = decision_figure(trainer, "One neuron")
    line = _trace(figure, "s = 0")
    w, b = trainer.weights[0][:, 0], trainer.biases[0][0]
    np.testing.assert_allclose(w[0] * np.array(line.x) + w[1] * np.array(line.y) + b, 0, atol=1e-9)
    assert "One neuron" in figure.layout.title.text and "%" in figure.layout.title.text
    hidden = Trainer(capacity_config("xor", 3, "tanh"))
    assert all(t.name != "s = 0" for t in decision_figure(hidden, "h").data)


def test_hidden_space_is_2d_with_a_line_for_two_units_and_3d_with_a_plane_for_three():
    two = Trainer(capacity_config("circle", 2))
    two.step(100)
    figure = hidden_space_figure(two)
    points = [t for t in figure.data if t.mode == "markers"]
    assert sum(len(t.x) for t in points) == len(two.dataset.X_train)
    hidden = two.neuron_outputs(two.dataset.X_train)[1]
    np.testing.assert_allclose(sorted(np.concatenate([t.x for t in points])), sorted(hidden[:, 0]))
    assert any(t.mode == "lines" for t in figure.data)
    three = Trainer(capacity_config("xor", 3))
    figure = hidden_space_figure(three)
    assert any(isinstance(t, go.Surface) for t in figure.data)
    assert sum(isinstance(t, go.Scatter3d) for t in figure.data) == 2
    four = Trainer(capacity_config("xor", 4))
    figure = hidden_space_figure(four, (1, 2, 3))
    assert not any(isinstance(t, go.Surface) for t in figure.data)
    assert figure.layout.scene.xaxis.title.text == "h₂"


def test_contributions_are_stacked_up_to_the_fit():
    trainer = Trainer(approximation_config("cubic", 5, "relu"))
    trainer.step(20)
    x = np.linspace(-3, 3, 61)
    figure = contributions_figure(x, trainer.weights, trainer.biases, "relu",
                                  trainer.dataset.X_train, trainer.dataset.y_train, x ** 3)
    fit = trainer.predict(x[:, None])[:, 0]
    np.testing.assert_allclose(_trace(figure, "network's fit").y, fit, atol=1e-9)
    np.testing.assert_allclose(_trace(figure, "unit 5").y, fit, atol=1e-9)  # last partial sum
    C, bias = hidden_contributions(x[:, None], trainer.weights, trainer.biases, "relu")
    np.testing.assert_allclose(_trace(figure, "unit 2").y, bias + C[:, 0] + C[:, 1], atol=1e-12)
    separate = contributions_figure(x, trainer.weights, trainer.biases, "relu",
                                    trainer.dataset.X_train, trainer.dataset.y_train, None,
                                    stacked=False)
    np.testing.assert_allclose(_trace(separate, "unit 2").y, C[:, 1], atol=1e-12)
    assert all(t.name != "target" for t in separate.data)


def test_bump_figure_sums_the_bumps():
    x = np.linspace(-np.pi, np.pi, 101)
    weights, biases = bump_network(np.sin, 5, 30.0)
    figure = bump_figure(x, np.sin, weights, biases, 30.0)
    bumps = [t for t in figure.data if t.name and t.name.startswith("bump ")]
    assert len(bumps) == 5
    np.testing.assert_allclose(_trace(figure, "sum of bumps").y, np.sum([b.y for b in bumps], axis=0))
    assert max(_trace(figure, "difference: a bump").y) == pytest.approx(1.0, abs=0.01)


def test_code_figures_show_the_table():
    trainer = Trainer(CODES_CONFIG)
    trainer.step(300)
    table = code_table(trainer)
    heatmaps = [t for t in code_heatmap(table).data if isinstance(t, go.Heatmap)]
    assert [np.array(h.z).shape for h in heatmaps] == [(8, 8), (8, 3), (8, 8)]
    np.testing.assert_allclose(heatmaps[1].z, table.hidden)
    cube = code_cube(table)
    codes = _trace(cube, "hidden code of input i")
    np.testing.assert_allclose(np.column_stack([codes.x, codes.y, codes.z]), table.hidden)
    assert len(_trace(cube, "binary codes (corners)").x) == 8
    edges = _trace(cube, "unit cube")
    assert sum(v is None for v in edges.x) == 12


def test_graph_figure_shows_values_and_only_the_revealed_error_signals():
    graph = logistic_neuron_graph()
    values = graph.forward(NEURON_EXAMPLE)
    deltas = graph.backward(values)
    figure = graph_figure(graph, values, deltas, graph.local_derivatives(values), ["L", "t", "y"])
    text = dict(zip(figure.data[1].customdata, figure.data[1].text))
    assert f"{values['s']:.4f}" in text["s"] and "δ" not in text["s"]
    assert f"δ = {deltas['y']:.4f}" in text["y"]
    assert len(figure.layout.annotations) == 2  # edges L->y and L->t carried δ
    before = graph_figure(graph, NEURON_EXAMPLE)
    assert "δ" not in "".join(before.data[1].text)
    layout = graph_layout(network_graph())
    assert layout["L"][0] == max(column for column, _ in layout.values())


def test_numpy_figures():
    figure = loss_per_iteration_figure({"a": [100.0, 10.0, 1.0], "b": [100.0, 9.0]})
    assert figure.layout.yaxis.type == "log" and len(figure.data) == 2
    bars = time_per_iteration_figure({"a": 1.5, "b": 0.5}).data[0]
    assert list(bars.x) == [1.5, 0.5]


def test_overfitting_figures_mark_early_stopping_and_the_sweep_minimum():
    trainer = Trainer(SWEEP_CONFIG.replace(hidden_layers=(16,)))
    trainer.step(300)
    x = np.linspace(-3, 3, 31)
    fit = fit_figure(trainer, x, np.sin(x))
    np.testing.assert_allclose(_trace(fit, "network").y, trainer.predict(x[:, None])[:, 0])
    assert len(_trace(fit, "training points").x) == 20
    stop = early_stopping_epoch(trainer.history)
    marker = early_stopping_figure(trainer.history, stop).data[-1]
    assert marker.x[0] == stop[0] and marker.y[0] == stop[1]
    result = SweepResult(np.array([1, 2, 4]), np.array([0.3, 0.2, 0.1]), np.array([0.5, 0.2, 0.4]),
                         np.array([0.5, 0.2, 0.3]))
    star = _trace(sweep_figure(result, 2), "lowest test loss")
    assert list(star.x) == [2] and list(star.y) == [0.2]
