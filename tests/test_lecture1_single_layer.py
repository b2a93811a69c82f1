"""Single-layer networks: the softmax calculator, L1 vs L2 on a linear classifier, figures, page."""
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from figures.boundary import CONFIDENCE_LEVELS
from figures.lecture_single_layer import class_regions, loss_terms_chart, softmax_bars, weight_histogram
from nncore import FEATURES, Config, Trainer
from nncore.softmax_calc import LECTURE_EXAMPLE, softmax_calculation
from page_charts import assert_export_draws_the_page, camera_file_names, file_names

PAGE = str(Path(__file__).resolve().parent.parent / "views" / "single_layer.py")
ALL_FEATURES = tuple(FEATURES)


def test_softmax_calculator_on_the_lecture_example():
    calc = softmax_calculation(list(LECTURE_EXAMPLE.values()), correct=0)  # cat is correct
    assert np.round(calc.probabilities, 2) == pytest.approx([0.13, 0.87, 0.00])
    assert calc.exponentials == pytest.approx([24.5325, 164.0219, 0.18268], rel=1e-4)
    assert round(calc.cross_entropy, 2) == 2.04  # natural log
    assert calc.cross_entropy == pytest.approx(-np.log(calc.probabilities[0]))
    assert round(calc.cross_entropy_log10, 2) == 0.89  # the slide's number: base 10
    assert calc.hinge == pytest.approx(2.9)  # max(0, 5.1 - 3.2 + 1) + max(0, -1.7 - 3.2 + 1)
    assert list(calc.winner_take_all) == [0, 1, 0]


def test_softmax_calculator_stays_finite_for_huge_scores():
    calc = softmax_calculation([800.0, 0.0, -5.0], correct=1)
    assert calc.probabilities == pytest.approx([1.0, 0.0, 0.0])
    assert calc.cross_entropy == pytest.approx(800.0)
    assert np.isinf(calc.exponentials[0])  # e^800 overflows: shown as inf, nothing else breaks


def _linear_classifier(regularization, rate=0.03, steps=800):
    config = Config(dataset="blobs", n_points=300, noise=0.1, n_classes=4, hidden_layers=(),
                    output="softmax_ce", learning_rate=0.03, batch_size=10, features=ALL_FEATURES,
                    regularization=regularization, regularization_rate=rate)
    trainer = Trainer(config)
    trainer.step(steps)
    return trainer


def test_l1_gives_exact_zeros_where_l2_does_not_on_the_same_data():
    l1, l2, none = (_linear_classifier(r) for r in ("l1", "l2", "none"))
    assert np.array_equal(l1.dataset.X_train, l2.dataset.X_train)
    zeros = {name: int((t.weights[0] == 0.0).sum()) for name, t in (("l1", l1), ("l2", l2),
                                                                      ("none", none))}
    assert zeros["l1"] >= 4 and zeros["l2"] == 0 and zeros["none"] == 0
    # L2 shrinks instead: smaller weights than without a penalty, but none exactly zero
    assert np.abs(l2.weights[0]).sum() < np.abs(none.weights[0]).sum()
    assert l1.metrics().train_accuracy > 0.9 and l2.metrics().train_accuracy > 0.9


def test_weight_histogram_counts_exact_zeros_separately():
    weights = [np.array([[0.0, 0.5], [-1.0, 0.0]]), np.array([[0.25], [0.0]])]
    fig = weight_histogram(weights)
    nonzero, zeros = fig.data
    assert list(zeros.y) == [3] and sum(nonzero.y) == 3
    assert "3 of 6 exactly 0" in fig.layout.title.text


def test_class_regions_colour_the_winning_class_with_softmax_confidence():
    trainer = _linear_classifier("none", steps=300)
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
    trainer = _linear_classifier("l2", rate=0.1, steps=300)
    total, data, penalty = loss_terms_chart(trainer).data
    assert np.asarray(total.y) == pytest.approx(np.asarray(data.y) + np.asarray(penalty.y))
    assert np.asarray(penalty.y)[-1] > 0


def test_softmax_bars_show_probabilities_and_one_hot():
    calc = softmax_calculation([3.2, 5.1, -1.7], 0)
    bars = softmax_bars(calc, ["cat", "car", "frog"])
    assert list(bars.data[1].y) == [0, 1, 0] and bars.data[0].text[1] == "0.87"


def test_page_runs_trains_and_switches_loss_and_regularizer():
    at = AppTest.from_file(PAGE, default_timeout=30).run()
    assert not at.exception
    text = " ".join(m.value for m in at.markdown)
    assert "= 2.04" in text and "0.89" in text
    assert camera_file_names(at) == file_names("single_layer")
    assert_export_draws_the_page(at, "single_layer", {"epochs": "0"})  # the page starts untrained
    at.button(key="single_layer_step").click().run()
    assert "epoch 1" in " ".join(m.value for m in at.markdown)
    at.radio(key="single_layer_loss").set_value("hinge").run()
    at.selectbox(key="single_layer_reg").set_value("l1").run()
    at.select_slider(key="single_layer_lambda").set_value(0.1).run()
    at.toggle(key="single_layer_extra").set_value(True).run()
    at.slider(key="single_layer_classes").set_value(5).run()
    for _ in range(3):
        at.button(key="single_layer_step").click().run()
    assert not at.exception
    assert "+ 0.1 ×" in " ".join(m.value for m in at.markdown)
    at.button(key="single_layer_play").click().run()
    assert at.session_state["single_layer_playing"]
    at.button(key="single_layer_reset").click().run()
    assert not at.exception and not at.session_state["single_layer_playing"]
    assert at.session_state["single_layer_trainer"].steps == 0
