"""The softmax calculator on the lecture's example and on anything typed, and L1's exact zeros on the
linear classifier."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builders import linear_classifier
from lessons.single_layer import LECTURE_EXAMPLE, MAX_CLASSES, score_problem, softmax_calculation


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


def test_l1_gives_exact_zeros_where_l2_does_not_on_the_same_data():
    l1, l2, none = (linear_classifier(r) for r in ("l1", "l2", "none"))
    assert np.array_equal(l1.dataset.X_train, l2.dataset.X_train)
    zeros = {name: int((t.weights[0] == 0.0).sum()) for name, t in (("l1", l1), ("l2", l2),
                                                                      ("none", none))}
    assert zeros["l1"] >= 4 and zeros["l2"] == 0 and zeros["none"] == 0
    # L2 shrinks instead: smaller weights than without a penalty, but none exactly zero
    assert np.abs(l2.weights[0]).sum() < np.abs(none.weights[0]).sum()
    assert l1.metrics().train_accuracy > 0.9 and l2.metrics().train_accuracy > 0.9


ANY_SCORE = (st.floats() | st.integers() | st.sampled_from([1e308, -1e308, 500.0, 500.5, 5e-324])
             | st.none() | st.booleans() | st.text(max_size=3))


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(ANY_SCORE, max_size=MAX_CLASSES + 3), st.integers(-2, MAX_CLASSES + 3) | ANY_SCORE)
def test_any_typed_scores_are_calculated_or_refused_with_a_reason(scores, correct):
    usable = score_problem(scores) is None and type(correct) is int and 0 <= correct < len(scores)
    try:
        calc = softmax_calculation(scores, correct)
    except ValueError as error:
        assert not usable and str(error).startswith(("scores: ", "correct: "))
        return
    assert calc.probabilities.sum() == pytest.approx(1.0) and calc.winner_take_all.sum() == 1
    if usable:  # what the page shows
        assert np.isfinite([calc.cross_entropy, calc.hinge, *calc.exponentials]).all()


def test_score_problem_names_the_limits():
    assert score_problem([1.0]) == "Give at least two classes."
    assert score_problem([0.0] * (MAX_CLASSES + 1)) == f"Give at most {MAX_CLASSES} classes."
    for bad in (float("nan"), 500.5, 10**400, "3", None, True):
        assert score_problem([0.0, bad]) == "Every class needs a score between −500 and 500."
    assert score_problem([-500, 500.0]) is None
    with pytest.raises(ValueError, match="correct: 3 is not allowed; must be a class index from 0 to 2"):
        softmax_calculation([1.0, 2.0, 3.0], 3)
