"""One neuron fails on XOR and the circle, a hidden layer separates them, linear hidden units collapse."""
import numpy as np
import pytest

from lessons.capacity import TRAINING_STEPS, capacity_config, collapse_linear, line_points
from nncore import Trainer


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


def test_the_unit_nearest_a_point_is_the_one_whose_line_passes_nearest():
    from lessons.capacity import nearest_unit

    W = np.array([[1.0, 0.0, 2.0], [0.0, 1.0, 2.0]])  # lines x1 = 1, x2 = -2, x1 + x2 = 0
    b = np.array([-1.0, 2.0, 0.0])
    assert nearest_unit(W, b, (1.2, 5)) == 0 and nearest_unit(W, b, (4, -2.1)) == 1
    assert nearest_unit(W, b, (0.5, -0.4)) == 2


def test_a_dragged_line_moves_with_the_pointer_or_turns_about_its_point():
    from lessons.capacity import dragged_line

    w, b = np.array([1.0, 0.0]), -1.0  # the line x1 = 1
    moved_w, moved_b = dragged_line(w, b, (1, 0), (3, 5))
    assert np.array_equal(moved_w, w) and moved_b == -3.0  # now x1 = 3
    turned_w, turned_b = dragged_line(w, b, (1, 3), (3, 2), rotate=True)  # pivot (1, 3)
    assert np.linalg.norm(turned_w) == pytest.approx(1.0) and turned_w @ w > 0
    for point in ((1, 3), (3, 2)):  # the turned line passes through the pivot and the pointer
        assert turned_w @ np.array(point) + turned_b == pytest.approx(0.0, abs=1e-12)


def test_editing_a_unit_changes_the_session_copy_in_new_arrays_only():
    import copy

    from lessons.capacity import train_network, with_unit

    cached = train_network("xor", 2, "tanh", 0, steps=50)
    kept = [W.copy() for W in cached.weights], [b.copy() for b in cached.biases]
    session = copy.deepcopy(cached)
    before = session.metrics().train_loss
    with_unit(session, 1, np.array([0.5, -2.0]), 0.25)
    assert session.weights[0][:, 1].tolist() == [0.5, -2.0] and session.biases[0][1] == 0.25
    assert session.metrics().train_loss != before  # the metrics follow the edit
    assert all(np.array_equal(a, b) for a, b in zip(cached.weights, kept[0]))
    assert all(np.array_equal(a, b) for a, b in zip(cached.biases, kept[1]))
    hidden = session.neuron_outputs(session.dataset.X_train[:1])[1]
    assert hidden[0, 1] == pytest.approx(np.tanh(session.dataset.X_train[0] @ [0.5, -2.0] + 0.25))
