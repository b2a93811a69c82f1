"""The activation figure: g, g' and the marked z."""
import numpy as np
import pytest

from figures.activations import activation_figure


def test_figure_draws_function_and_derivative_and_marks_z():
    fig = activation_figure(["tanh", "relu"], z_marker=1.0, threshold=0.05)
    lines = {t.name: t for t in fig.data if t.mode == "lines"}
    tanh = lines["Tanh: g(z)"]
    assert np.asarray(tanh.y) == pytest.approx(np.tanh(np.asarray(tanh.x)))
    assert np.asarray(lines["Tanh: g'(z)"].y) == pytest.approx(1 - np.tanh(np.asarray(tanh.x)) ** 2)
    markers = [t for t in fig.data if t.mode == "markers"]
    assert list(markers[0].y) == pytest.approx([np.tanh(1.0), 1 - np.tanh(1.0) ** 2])
    assert list(markers[1].y) == [1.0, 1.0]
    bands = [s for s in fig.layout.shapes if s.name and "relu" in s.name]
    assert len(bands) == 1 and bands[0].x0 == -6
