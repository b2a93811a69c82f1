"""The activation figure: g, g' and the marked z."""
import numpy as np
import pytest

from figures.activations import COLORS, activation_figure


def test_figure_draws_function_and_derivative_and_marks_z():
    fig = activation_figure(["tanh", "relu"], z_marker=1.0, threshold=0.05)
    lines = {t.name: t for t in fig.data if t.mode == "lines"}
    tanh = lines["Tanh"]
    assert np.asarray(tanh.y) == pytest.approx(np.tanh(np.asarray(tanh.x)))
    assert np.asarray(lines["Tanh: g'(z)"].y) == pytest.approx(1 - np.tanh(np.asarray(tanh.x)) ** 2)
    markers = {t.name: t for t in fig.data if t.mode == "markers"}
    assert list(markers["Tanh at z"].y) == pytest.approx([np.tanh(1.0), 1 - np.tanh(1.0) ** 2])
    assert list(markers["ReLU at z"].y) == [1.0, 1.0]
    bands = [s for s in fig.layout.shapes if s.name and s.name.startswith("ReLU")]
    assert len(bands) == 1 and bands[0].x0 == -6


def test_each_activation_has_its_own_strips_lane_and_legend_entry():
    """Strips are opaque, in the activation's colour and legend group, one lane per activation
    along the plot's foot, lanes apart; no band spans the plot (those blended into grey)."""
    names = ["sigmoid", "tanh", "relu", "leaky_relu"]
    fig = activation_figure(names, threshold=0.05)
    strips = [s for s in fig.layout.shapes if s.type == "rect"]
    assert strips and all(s.opacity in (None, 1) and s.yref == "paper" for s in strips)
    lanes = {}
    for strip in strips:
        lanes.setdefault(strip.legendgroup, set()).add((strip.y0, strip.y1))
        assert strip.fillcolor == COLORS[strip.legendgroup]
    assert set(lanes) == set(names) and all(len(lane) == 1 for lane in lanes.values())
    spans = sorted(lane.pop() for lane in lanes.values())
    assert all(top <= next_bottom for (_, top), (next_bottom, _) in zip(spans, spans[1:]))
    assert spans[-1][1] <= 0.1  # a strip along the foot, not a band over the curves
    legend = [t for t in fig.data if t.showlegend is not False]
    assert sorted(t.legendgroup for t in legend) == sorted(names)
    assert [t.legendgroup for t in sorted(legend, key=lambda t: t.legendrank)] == names


def test_curves_that_coincide_for_positive_z_differ_in_width_and_dash_widest_drawn_first():
    fig = activation_figure(["leaky_relu", "relu", "linear"])
    functions = [t for t in fig.data if t.mode == "lines" and t.showlegend is not False]
    widths = [t.line.width for t in functions]
    assert widths == sorted(widths, reverse=True) and len(set(widths)) == 3
    derivatives = [t for t in fig.data if t.name.endswith("g'(z)")]
    assert len({t.line.dash for t in derivatives}) == 3
    assert len({t.line.width for t in derivatives}) == 3
