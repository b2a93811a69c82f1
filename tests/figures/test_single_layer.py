"""The single-layer figures: weights, regions, loss terms, softmax bars."""
import numpy as np
import pytest

from builders import linear_classifier
from figures.plane import CONFIDENCE_LEVELS
from figures.single_layer import class_regions, loss_terms_chart, softmax_bars, weight_histogram
from lessons.single_layer import softmax_calculation


def test_weight_histogram_counts_exact_zeros_separately():
    weights = [np.array([[0.0, 0.5], [-1.0, 0.0]]), np.array([[0.25], [0.0]])]
    fig = weight_histogram(weights)
    nonzero, zeros = fig.data
    assert list(zeros.y) == [3] and sum(nonzero.y) == 3
    assert "3 of 6 exactly 0" in fig.layout.title.text


def test_class_regions_colour_the_winning_class_with_softmax_confidence():
    trainer = linear_classifier("none", steps=300)
    fig = class_regions(trainer, grid=30)
    heatmap = fig.data[0]
    codes = np.asarray(heatmap.z)
    X1, X2 = np.meshgrid(heatmap.x, heatmap.y)
    scores = trainer.scores(trainer.input_features(np.column_stack([X1.ravel(), X2.ravel()])))
    # code = class * LEVELS + confidence level: the class part is the winner-take-all answer
    assert np.array_equal(codes.ravel() // CONFIDENCE_LEVELS, scores.argmax(axis=1))
    levels = codes % CONFIDENCE_LEVELS
    assert levels.max() == CONFIDENCE_LEVELS - 1 and levels.min() < levels.max()  # pale near borders
    arrows = [a for a in fig.layout.annotations if a.showarrow]
    assert len(arrows) == 4  # one weight vector per class
    W = trainer.weights[0][:2]
    directions = np.array([[a.x, a.y] for a in arrows])
    cosine = ((directions * W.T).sum(axis=1) / np.linalg.norm(directions, axis=1)
              / np.linalg.norm(W.T, axis=1))
    assert cosine == pytest.approx(np.ones(4))


def test_loss_chart_shows_data_term_penalty_and_total():
    trainer = linear_classifier("l2", rate=0.1, steps=300)
    total, data, penalty = loss_terms_chart(trainer).data
    assert np.asarray(total.y) == pytest.approx(np.asarray(data.y) + np.asarray(penalty.y))
    assert np.asarray(penalty.y)[-1] > 0


def test_softmax_bars_show_probabilities_and_one_hot():
    calc = softmax_calculation([3.2, 5.1, -1.7], 0)
    bars = softmax_bars(calc, ["cat", "car", "frog"])
    assert list(bars.data[1].y) == [0, 1, 0] and bars.data[0].text[1] == "0.87"
