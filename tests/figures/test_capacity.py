"""The capacity figures: decision regions with the neuron's line, the hidden space."""
import numpy as np
import plotly.graph_objects as go

from builders import trace
from figures.capacity import decision_figure, hidden_space_figure
from lessons.capacity import capacity_config
from nncore import Trainer


def test_decision_figure_draws_the_single_neurons_line():
    trainer = Trainer(capacity_config("xor", 0))
    trainer.step(50)
    figure = decision_figure(trainer, "One neuron")
    line = trace(figure, "s = 0")
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


def test_titles_are_centred_by_their_anchor_and_the_3d_scene_keeps_its_own_type_size():
    """Streamlit's theme anchors a title at its left end: x = 0.5 alone starts it mid-chart and a
    phone cuts it off. Presentation style's large type must not reach the 3-D scene's ticks."""
    trainer = Trainer(capacity_config("xor", 4))
    figures = [decision_figure(trainer, "Hidden layer of 4 units"), hidden_space_figure(trainer)]
    for figure in figures:
        assert (figure.layout.title.x, figure.layout.title.xanchor) == (0.5, "center")
    scene = figures[1].layout.scene
    for axis in (scene.xaxis, scene.yaxis, scene.zaxis):
        assert axis.tickfont.size and axis.tickfont.size <= 12 and axis.nticks


def test_the_hidden_layer_picture_draws_each_unit_s_line_where_its_input_is_zero():
    from figures.capacity import decision_figure
    from lessons.capacity import train_network

    trainer = train_network("xor", 3, "tanh", 0, steps=20)
    figure = decision_figure(trainer, "Hidden layer", unit_lines=True)
    lines = [t for t in figure.data if t.name and t.name.startswith("h")]
    assert [line.text[1] for line in lines] == ["h₁", "h₂", "h₃"] and figure.layout.dragmode is False
    W, b = trainer.weights[0], trainer.biases[0]
    for unit, line in enumerate(lines):
        ends = np.column_stack([line.x, line.y])
        assert np.allclose(ends @ W[:, unit] + b[unit], 0.0)
    assert not any(t.name.startswith("h") for t in decision_figure(trainer, "x").data if t.name)
