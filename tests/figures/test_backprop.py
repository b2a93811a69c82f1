"""The computation graph figure: values and only the revealed error signals."""
from figures.backprop import graph_figure, graph_layout
from lessons.backprop import NEURON_EXAMPLE, logistic_neuron_graph, network_graph


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
