"""The NumPy page's loss and time figures."""
from figures.numpy_net import loss_per_iteration_figure, time_per_iteration_figure


def test_numpy_figures():
    figure = loss_per_iteration_figure({"a": [100.0, 10.0, 1.0], "b": [100.0, 9.0]})
    assert figure.layout.yaxis.type == "log" and len(figure.data) == 2
    bars = time_per_iteration_figure({"a": 1.5, "b": 0.5}).data[0]
    assert list(bars.x) == [1.5, 0.5]
