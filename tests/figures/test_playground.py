"""What the Playground's figures show: the plane, the network diagram, the curves."""
import json

import numpy as np
import plotly.io
import pytest

from figures.confusion import confusion_counts, confusion_figure
from figures.curves import accuracy_figure, gradient_norm_figure, loss_figure
from figures.network import (
    COLUMN_PITCH,
    MAX_THICKNESS,
    ROW_PITCH,
    link_thickness,
    network_figure,
    neuron_codes,
)
from figures.plane import CONFIDENCE_LEVELS, class_codes, plane_figure, plane_grid
from figures.style import CLASS_COLOURS, CLASS_SYMBOLS
from figures.playground import ViewOptions, playground_figures
from figures.raster import rgba
from figures.style import class_points
from nncore import Config, Trainer


def trained(steps=100, **changes):
    trainer = Trainer(Config(**changes))
    trainer.step(steps)
    return trainer


def link_polygons(figure):
    """{(x0, y0, x1, y1 rounded): thickness} from the two filled link traces."""
    polygons = {}
    for trace in figure.data:
        if trace.name and trace.name.startswith("links"):
            xs, ys = np.asarray(trace.x, float).reshape(-1, 6), np.asarray(trace.y, float).reshape(-1, 6)
            for x, y in zip(xs, ys):
                centre = (round(x[0], 6), round((y[0] + y[3]) / 2, 6), round(x[1], 6),
                          round((y[1] + y[2]) / 2, 6))
                polygons[centre] = (y[3] - y[0], trace.fillcolor)
    return polygons


def test_binary_heatmap_holds_the_networks_output_on_the_grid():
    trainer = trained()
    figure = plane_figure(trainer, resolution=30)
    heatmap = figure.data[0]
    axis, grid = plane_grid(30)
    np.testing.assert_array_equal(heatmap.x, axis)
    expected = trainer.predict(grid)[:, 0].reshape(30, 30)
    np.testing.assert_allclose(heatmap.z, expected, atol=1e-6)
    assert (heatmap.zmin, heatmap.zmax) == (0, 1)  # sigmoid output
    assert heatmap.z.dtype == np.float32


def test_discretized_heatmap_shows_the_predicted_class():
    trainer = trained()
    heatmap = plane_figure(trainer, resolution=20, discretize=True).data[0]
    _, grid = plane_grid(20)
    np.testing.assert_array_equal(heatmap.z.ravel(), trainer.predict_class(grid).astype(float))


def test_multiclass_heatmap_codes_the_winning_class_and_confidence():
    trainer = trained(dataset="blobs", n_classes=4, output="softmax_ce")
    heatmap = plane_figure(trainer, resolution=25).data[0]
    _, grid = plane_grid(25)
    codes = heatmap.z.ravel()
    assert codes.dtype == np.uint8
    np.testing.assert_array_equal(codes // CONFIDENCE_LEVELS, trainer.predict_class(grid))
    probabilities = trainer.predict(grid).max(axis=1)
    confident, unsure = probabilities.argmax(), probabilities.argmin()
    assert codes[confident] % CONFIDENCE_LEVELS > codes[unsure] % CONFIDENCE_LEVELS
    assert heatmap.zmax == 4 * CONFIDENCE_LEVELS - 1


def test_class_codes_of_a_tie_and_a_certain_winner():
    scores = np.array([[0.0, 0.0, 0.0], [0.0, 50.0, 0.0]])
    np.testing.assert_array_equal(class_codes(scores, np.array([0, 1])),
                                  [0, CONFIDENCE_LEVELS + CONFIDENCE_LEVELS - 1])


def test_regression_heatmap_and_points_share_the_target_colour_scale():
    trainer = trained(dataset="gaussian_bumps", output="linear_mse")
    figure = plane_figure(trainer, resolution=20)
    heatmap, points = figure.data[0], figure.data[1]
    _, grid = plane_grid(20)
    np.testing.assert_allclose(heatmap.z.ravel(), trainer.predict(grid)[:, 0], atol=1e-5)
    assert (heatmap.zmin, heatmap.zmax) == (points.marker.cmin, points.marker.cmax)
    np.testing.assert_array_equal(points.marker.color, trainer.dataset.y_train)


def test_test_points_appear_only_when_asked():
    trainer = trained(steps=0)
    assert [t.name for t in plane_figure(trainer, 10).data[1:]] == ["training points"]
    shown = plane_figure(trainer, 10, show_test=True).data[2]
    np.testing.assert_array_equal(shown.x, trainer.dataset.X_test[:, 0])


def test_a_chosen_neuron_is_drawn_in_the_large_view():
    trainer = trained(hidden_layers=(3,))
    heatmap = plane_figure(trainer, resolution=15, neuron=(1, 2)).data[0]
    _, grid = plane_grid(15)
    np.testing.assert_allclose(heatmap.z.ravel(), np.tanh(trainer.input_features(grid)
                                                          @ trainer.weights[0][:, 2]
                                                          + trainer.biases[0][2]), atol=1e-6)


def test_link_thickness_follows_abs_weight_and_colour_its_sign():
    trainer = trained(hidden_layers=(3, 2))
    polygons = link_polygons(network_figure(trainer))
    largest = max(np.abs(W).max() for W in trainer.weights)
    assert len(polygons) == sum(W.size for W in trainer.weights)
    for layer, W in enumerate(trainer.weights):
        for (i, j), w in np.ndenumerate(W):
            link = (layer * COLUMN_PITCH + 1.0, i * ROW_PITCH + 0.5, (layer + 1) * COLUMN_PITCH,
                    j * ROW_PITCH + 0.5)
            thickness, colour = polygons[tuple(round(v, 6) for v in link)]
            assert thickness == pytest.approx(MAX_THICKNESS * abs(w) / largest)
            assert colour == ("#0877bd" if w >= 0 else "#f59322")
    assert link_thickness(np.array([-2.0, 1.0]), 2.0).tolist() == [MAX_THICKNESS, MAX_THICKNESS / 2]


def test_every_bias_appears_including_the_output_bias():
    trainer = trained(hidden_layers=(3,), dataset="blobs", n_classes=3, output="softmax_ce")
    figure = network_figure(trainer)
    markers = next(t for t in figure.data if t.name == "values")
    labels = next(t for t in figure.data if t.name == "labels")
    hover = " ".join(markers.hovertext)
    for layer, b in enumerate(trainer.biases):
        for value in b:
            assert f"b = {value:.4g}".replace("-", "−") in hover  # with a minus sign, not a hyphen
    output_bias = trainer.biases[-1]
    assert [f"b = {v:.3g}".replace("-", "−") for v in output_bias] == [
        t for t in labels.text if t.startswith("b =")]
    assert "" not in labels.text and labels.mode == "text"  # no empty text elements to draw
    for layer, W in enumerate(trainer.weights):
        assert f"w = {W[0, 0]:.4g}".replace("-", "−") in hover


def test_the_output_bias_labels_lie_clear_of_the_output_neurons_and_their_squares():
    """Each output bias's label is written below its neuron's picture (text set 'bottom ...' grows
    downwards from its point) and starts right of the bias square."""
    trainer = trained(hidden_layers=(3,), dataset="blobs", n_classes=3, output="softmax_ce")
    figure = network_figure(trainer)
    labels = next(t for t in figure.data if t.name == "labels")
    markers = next(t for t in figure.data if t.name == "values")
    output = len(trainer.weights) * COLUMN_PITCH  # the output pictures' left edge
    squares = [(x, y, size) for x, y, size, text in zip(markers.x, markers.y, markers.marker.size,
                                                          markers.hovertext)
               if text.startswith("bias of output")]
    written = [(x, y, position) for x, y, text, position in zip(labels.x, labels.y, labels.text,
                                                                labels.textposition)
               if text.startswith("b =")]
    assert len(written) == len(squares) == 3
    for row, ((x, y, position), (square_x, _, _)) in enumerate(zip(written, squares)):
        assert position.startswith("bottom") and position.endswith("right")
        assert y >= row * ROW_PITCH + 1.0  # below the picture, which spans [row pitch, + 1]
        assert y + 0.25 < (row + 1) * ROW_PITCH  # and above the next one (a line of text)
        assert square_x < x and output - 0.5 < x < output + 1.0


def test_network_thumbnails_hold_each_neurons_values():
    trainer = trained(hidden_layers=(2,))
    resolution = 8
    heatmap = network_figure(trainer, resolution).data[0]
    _, grid = plane_grid(resolution)
    hidden = np.tanh(trainer.input_features(grid) @ trainer.weights[0] + trainer.biases[0])
    step = resolution + 1
    for index in range(2):  # hidden layer = column 1; rows flipped: x2 grows upwards
        picture = heatmap.z[index * step:index * step + resolution, step:step + resolution]
        np.testing.assert_array_equal(picture[::-1].ravel(), neuron_codes(hidden[:, index], (-1, 1)))
    assert heatmap.z.dtype == np.uint8 and heatmap.z[resolution, 0] == 0  # a gap cell


def test_figures_of_a_diverged_network_are_finite():
    trainer = Trainer(Config(dataset="plane", output="linear_mse", activation="relu",
                             learning_rate=10.0))
    trainer.step(500)
    assert trainer.diverged
    for figure in playground_figures(trainer, ViewOptions(neuron=(2, 0))).values():
        for trace in figure.data:
            if trace.type == "heatmap":
                assert np.isfinite(np.asarray(trace.z, float)).all()


def test_curves_plot_the_history_with_an_optional_log_scale():
    trainer = trained(steps=250)
    loss = loss_figure(trainer.history, log_scale=True)
    np.testing.assert_array_equal(loss.data[0].y, trainer.history.column("train_loss"))
    np.testing.assert_array_equal(loss.data[1].x, trainer.history.column("epoch"))
    assert loss.layout.yaxis.type == "log"
    accuracy = accuracy_figure(trainer.history, now=(0.5, 0.25))
    np.testing.assert_array_equal(accuracy.data[1].y, trainer.history.column("test_accuracy"))
    # its colours are the loss chart's, named by that chart's legend: none to cover its title
    assert [t.line.color for t in accuracy.data] == [t.line.color for t in loss.data]
    assert loss.layout.showlegend and accuracy.layout.showlegend is False
    assert accuracy.layout.title.text == "Accuracy: training 50.0%, test 25.0%"


def test_playground_figures_leave_out_accuracy_and_confusion_for_regression():
    assert set(playground_figures(trained(steps=0))) == {"plane", "network", "loss", "accuracy",
                                                         "gradients", "confusion"}
    assert set(playground_figures(trained(steps=0, dataset="plane", output="linear_mse"))) == {
        "plane", "network", "loss", "gradients"}


def _contrast(first, second):
    """WCAG contrast ratio of two colours ('#rrggbb' or 'rgb(...)')."""
    def luminance(colour):
        channels = np.array(rgba(colour)[:3], float) / 255
        linear = np.where(channels <= 0.03928, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)
        return float(linear @ [0.2126, 0.7152, 0.0722])
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dataset, n_classes", [("gaussians", 2), ("blobs", 4)])
def test_points_stand_out_on_every_class_colour_and_training_and_test_points_differ(dataset,
                                                                                    n_classes):
    """Where a confident network paints the plane in a class's full colour, that class's points
    must not vanish into it (a white rim alone made them look like empty rings): the training
    points' fill and rim, and the test points' white inside, contrast with every class colour; a
    class is one shape on both; test points are hollow (white inside, rimmed in their colour)."""
    trainer = trained(steps=0, dataset=dataset, n_classes=n_classes,
                      output="softmax_ce" if n_classes > 2 else "sigmoid_bce")
    assert trainer.dataset.n_classes == n_classes
    training, test = plane_figure(trainer, 10, show_test=True).data[1:]
    fills = [training.marker.colorscale[2 * k][1] for k in range(n_classes)]
    assert [test.marker.line.colorscale[2 * k][1] for k in range(n_classes)] == fills
    for k, background in enumerate(CLASS_COLOURS[:n_classes]):
        assert _contrast(fills[k], background) >= 1.5
        assert _contrast(training.marker.line.color, background) >= 3
        assert _contrast(test.marker.color, background) >= 1.5
    assert test.marker.color == "#ffffff" and test.marker.line.width > training.marker.line.width
    for points, labels in ((training, trainer.dataset.y_train), (test, trainer.dataset.y_test)):
        assert list(points.marker.symbol) == [CLASS_SYMBOLS[k] for k in labels]
    assert len(set(training.marker.symbol)) == n_classes
    drawn = class_points(trainer.dataset.X_train, trainer.dataset.y_train)
    assert [trace.marker.color for trace in drawn] == fills
    assert [trace.marker.symbol for trace in drawn] == CLASS_SYMBOLS[:n_classes]
    assert all(trace.marker.line.color == training.marker.line.color for trace in drawn)


def test_regression_points_are_shaded_on_the_heatmaps_own_scale():
    trainer = trained(steps=0, dataset="gaussian_bumps", output="linear_mse")
    heatmap, points = plane_figure(trainer, resolution=10).data[:2]
    for (position, plane_colour), (point_position, point_colour) in zip(heatmap.colorscale,
                                                                        points.marker.colorscale):
        assert position == point_position and _contrast(plane_colour, point_colour) >= 1.5


def test_the_gradient_norm_chart_draws_each_layers_recorded_norm_on_a_log_axis():
    trainer = trained(steps=500, activation="sigmoid", hidden_layers=(8,) * 4)
    figure = gradient_norm_figure(trainer.history)
    norms = trainer.history.layer_gradient_norms()
    assert [t.name for t in figure.data] == ["into hidden 1", "into hidden 2", "into hidden 3",
                                             "into hidden 4", "into output"]
    for layer, trace in enumerate(figure.data):
        np.testing.assert_array_equal(trace.y, norms[:, layer])
        np.testing.assert_array_equal(trace.x, trainer.history.column("epoch"))
        assert trace.hovertemplate == f"epoch %{{x}}<br>{trace.name} %{{y:.3g}}<extra></extra>"
    assert figure.layout.yaxis.type == "log"
    low, high = figure.layout.yaxis.range
    assert 10 ** low <= norms.min() and norms.max() <= 10 ** high


def test_curves_say_their_value_at_the_epoch_on_hover():
    history = trained(steps=100).history
    assert [t.hovertemplate for t in loss_figure(history).data] == [
        "epoch %{x}<br>training loss %{y:.4g}<extra></extra>",
        "epoch %{x}<br>test loss %{y:.4g}<extra></extra>"]
    assert accuracy_figure(history).data[0].hovertemplate.endswith("%{y:.1%}<extra></extra>")


def test_confusion_counts_are_a_count_of_each_true_and_predicted_class():
    true, predicted = [0, 0, 1, 2, 2, 2, 1], [0, 1, 1, 2, 0, 2, 1]
    assert confusion_counts(true, predicted, 3).tolist() == [[1, 1, 0], [0, 2, 0], [1, 0, 2]]
    trainer = trained(steps=200, dataset="spiral_k", n_classes=3, output="softmax_ce", train_ratio=1.0)
    figure = confusion_figure(trainer)
    counts = np.asarray(figure.data[0].text)
    assert counts.sum() == trainer.n_train and np.asarray(figure.data[1].text).sum() == 0  # no test data
    np.testing.assert_allclose(figure.data[0].z, counts / counts.sum(axis=1, keepdims=True), rtol=1e-6)
    assert figure.layout.yaxis.autorange == "reversed"  # true class 0 on top


def sent_points(plane):
    """The plane's point traces as sent to the browser, without their random ids."""
    points = json.loads(plotly.io.to_json(plane, validate=False))["data"][1:]
    return [{name: value for name, value in trace.items() if name != "uid"} for trace in points]


def test_a_live_tick_draws_the_points_of_the_data_shown_again_and_new_data_anew():
    from nncore.drawn import with_point
    from specs.playground import live_figures

    trainer, view = Trainer(Config(dataset="xor", n_points=60)), ViewOptions()
    drawn, kept = live_figures(None, trainer, view, True)
    trainer.step(5)
    again, kept = live_figures(kept, trainer, view, True)
    fresh = playground_figures(trainer, view, live=True, names=("plane",))["plane"]
    assert sent_points(again["plane"]) == sent_points(fresh)
    assert again["plane"].layout.images[0].source == fresh.layout.images[0].source  # this tick's picture
    trainer.set_dataset(with_point(trainer.dataset, 0.5, 0.5, 1, max_points=1000))
    moved, _ = live_figures(kept, trainer, view, True)
    assert list(moved["plane"].data[1].x) == list(trainer.dataset.X_train[:, 0])
    assert len(moved["plane"].data[1].x) == len(again["plane"].data[1].x) + 1


def test_a_repainted_live_plane_is_the_plane_built_anew():
    from figures.plane import repaint

    trainer = Trainer(Config(dataset="spiral", n_points=120))
    plane = plane_figure(trainer, live=True)
    before = plane.layout.images[0].source
    trainer.step(30)
    assert repaint(plane, trainer)
    assert plane.layout.images[0].source != before
    fresh = plane_figure(trainer, live=True)
    assert sent_points(plane) == sent_points(fresh) and plane.layout.images == fresh.layout.images


def test_a_plane_whose_colour_range_moved_or_that_is_no_picture_is_not_repainted():
    from figures.plane import repaint

    trainer = Trainer(Config(dataset="xor", n_points=60, activation="relu"))
    neuron = (1, 0)  # a ReLU's range is its values' over the plane: it moves as it trains
    plane = plane_figure(trainer, live=True, neuron=neuron)
    before = plane.to_plotly_json()
    trainer.step(200)
    assert not repaint(plane, trainer, neuron=neuron)
    assert plane.layout.images[0].source == before["layout"]["images"][0]["source"]
    assert not repaint(plane_figure(trainer), trainer)  # paused: a heatmap with values, no picture
