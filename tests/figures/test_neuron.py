"""The neuron's pictures: the angle picture and its output over the plane."""
import numpy as np
import pytest

from figures.neuron import angle_picture, output_heatmap


def test_angle_picture_shades_the_half_plane_and_draws_w_x_and_the_cone():
    w, x, T = np.array([1.0, 1.0]), np.array([2.0, 0.5]), 1.5
    fig = angle_picture(x, w, T, extent=5.0, grid=51)
    shade = fig.data[0]
    X1, X2 = np.meshgrid(shade.x, shade.y)
    assert np.array_equal(np.asarray(shade.z) == 1, X1 * w[0] + X2 * w[1] > T)
    assert {a.text for a in fig.layout.annotations} >= {"<b>w</b>", "<b>x</b>"}
    tips = {(a.x, a.y) for a in fig.layout.annotations if a.showarrow}
    assert tips == {(1.0, 1.0), (2.0, 0.5)}
    cone = next(t for t in fig.data if t.name == "fires (cone)")
    ends = np.array([[cone.x[0], cone.y[0]], [cone.x[-1], cone.y[-1]]])
    assert ends @ w == pytest.approx([T, T])  # the cone edges meet the line w·x = T on the circle |x|
    assert "fires" in fig.layout.title.text


def test_output_heatmap_is_the_neuron_over_the_plane():
    w, T = np.array([0.5, -1.0]), 0.3
    fig = output_heatmap(w, T, "tanh", grid=21)
    X1, X2 = np.meshgrid(fig.data[0].x, fig.data[0].y)
    assert np.asarray(fig.data[0].z) == pytest.approx(np.tanh(w[0] * X1 + w[1] * X2 - T))
