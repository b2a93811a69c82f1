"""Loss surfaces and optimizer paths: gradients, update rules, learning rates, stopping rules, noise;
any finite start stays free of NumPy warnings and a run that overflows stops as diverged."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figures.gradient_descent import paths_on_surface
from lessons.gradient_descent import (
    RACE_TOLERANCE,
    SURFACES,
    learning_rate_regime,
    preset_race_winners,
    race_paths,
    race_standings,
    run_path,
)
from nncore import OPTIMIZERS


def _hand_rules(name, lr):
    """The lecture's update rules written out, one (w, g, state) -> (w, state) per optimizer."""
    def sgd(w, g, s, t):
        return w - lr * g, s

    def momentum(w, g, s, t):
        delta = 0.9 * s.get("d", 0) - lr * g
        return w + delta, {"d": delta}

    def adagrad(w, g, s, t):
        G = s.get("G", 0) + g * g
        return w - lr * g / (np.sqrt(G) + 1e-8), {"G": G}

    def rmsprop(w, g, s, t):
        E = 0.9 * s.get("E", 0) + 0.1 * g * g
        return w - lr * g / (np.sqrt(E) + 1e-8), {"E": E}

    def adam(w, g, s, t):
        m = 0.9 * s.get("m", 0) + 0.1 * g
        v = 0.999 * s.get("v", 0) + 0.001 * g * g
        m_hat, v_hat = m / (1 - 0.9 ** t), v / (1 - 0.999 ** t)
        return w - lr * m_hat / (np.sqrt(v_hat) + 1e-8), {"m": m, "v": v}
    return locals()[name]


@pytest.mark.parametrize("name", list(SURFACES))
def test_surface_gradient_matches_finite_differences(name):
    surface = SURFACES[name]
    rng = np.random.default_rng(0)
    (a, b), (c, d) = surface.extent
    for _ in range(5):
        w = np.array([rng.uniform(a, b), rng.uniform(c, d)])
        h = 1e-6
        numeric = [(surface.value(w + h * e) - surface.value(w - h * e)) / (2 * h) for e in np.eye(2)]
        assert surface.gradient(w) == pytest.approx(numeric, rel=1e-5, abs=1e-6)


@pytest.mark.parametrize("name", list(SURFACES))
def test_minimum_is_a_stationary_point_and_grid_has_the_window_shape(name):
    surface = SURFACES[name]
    assert np.linalg.norm(surface.gradient(np.array(surface.minimum))) < 1e-8
    w1, w2, values = surface.grid(n=30)
    assert values.shape == (30, 30) and np.isfinite(values).all()
    assert values[3, 7] == pytest.approx(surface.value(np.array([w1[7], w2[3]])))


@pytest.mark.parametrize("optimizer", list(OPTIMIZERS))
@pytest.mark.parametrize("name", ["valley", "rosenbrock"])
def test_paths_take_exactly_the_update_rule_steps(optimizer, name):
    surface = SURFACES[name]
    lr = 1e-3 if name == "rosenbrock" and optimizer in ("sgd", "momentum") else 0.05
    path = run_path(surface, optimizer, lr, max_steps=25)
    rule, w, state = _hand_rules(optimizer, lr), np.array(surface.start), {}
    for t in range(1, 26):
        w, state = rule(w, surface.gradient(w), state, t)
        assert path.points[t] == pytest.approx(w, rel=1e-12, abs=1e-12)
    assert path.losses == pytest.approx([surface.value(p) for p in path.points])


def test_gradient_descent_on_the_bowl_is_w_times_one_minus_lr():
    path = run_path(SURFACES["bowl"], "sgd", 0.3, start=(2.0, -1.0), max_steps=10)
    expected = np.array([2.0, -1.0]) * 0.7 ** np.arange(11)[:, None]
    assert path.points == pytest.approx(expected)


@pytest.mark.parametrize("lr", [2.05, 2.5, 10.0, 100.0])
def test_learning_rate_above_two_over_L_diverges_without_nan(lr):
    bowl = SURFACES["bowl"]
    assert lr > 2 / bowl.curvature
    path = run_path(bowl, "sgd", lr, max_steps=1000)
    assert path.stop == "diverged" and "Diverged" in path.message
    assert np.isfinite(path.points).all() and np.isfinite(path.losses).all()
    assert path.losses[-1] > path.losses[0]
    assert "diverges" in learning_rate_regime(bowl, lr)
    fig = paths_on_surface(bowl, bowl.grid(20), {"too big": path}, "t")
    assert all(np.isfinite(np.asarray(t.x, float)).all() for t in fig.data if t.type == "scatter")


def test_learning_rate_just_below_two_over_L_converges_with_zigzag():
    path = run_path(SURFACES["bowl"], "sgd", 1.9, max_steps=300)
    assert path.stop == "max_steps" and path.losses[-1] < 1e-10
    assert np.sign(path.points[1, 0]) != np.sign(path.points[0, 0])  # overshoots the minimum
    assert "zig-zag" in learning_rate_regime(SURFACES["bowl"], 1.9)


def test_a_too_small_learning_rate_crawls():
    path = run_path(SURFACES["bowl"], "sgd", 0.002, max_steps=100)
    assert path.stop == "max_steps" and path.losses[-1] > 0.6 * path.losses[0]


def test_stopping_rules_stop_the_run_and_say_which_fired():
    bowl = SURFACES["bowl"]
    by_gradient = run_path(bowl, "sgd", 0.3, max_steps=1000, gradient_tolerance=1e-3)
    assert by_gradient.stop == "gradient" and "||∇L|| ≤ ε" in by_gradient.message
    assert np.linalg.norm(bowl.gradient(by_gradient.points[-1])) <= 1e-3
    assert np.linalg.norm(bowl.gradient(by_gradient.points[-2])) > 1e-3
    by_step = run_path(bowl, "sgd", 0.3, max_steps=1000, step_tolerance=1e-3)
    assert by_step.stop == "step_size" and "||Δw|| ≤ ε" in by_step.message
    assert np.linalg.norm(by_step.points[-1] - by_step.points[-2]) <= 1e-3
    assert np.linalg.norm(by_step.points[-2] - by_step.points[-3]) > 1e-3
    assert by_step.steps < 1000 and by_gradient.steps < 1000


def test_stochastic_paths_are_noisy_reproducible_and_less_noisy_with_bigger_batches():
    for surface in (SURFACES["bowl"], SURFACES["logistic"]):
        exact = run_path(surface, "sgd", surface.learning_rates[1], max_steps=60)
        sgd = run_path(surface, "sgd", surface.learning_rates[1], max_steps=60, batch_size=1, seed=4)
        again = run_path(surface, "sgd", surface.learning_rates[1], max_steps=60, batch_size=1, seed=4)
        assert np.array_equal(sgd.points, again.points)
        assert not np.allclose(sgd.points, exact.points)
        spread = [np.std([run_path(surface, "sgd", surface.learning_rates[1], max_steps=60,
                                   batch_size=b, seed=s).points[-1] for s in range(8)], axis=0).sum()
                  for b in (1, 50)]
        assert spread[1] < spread[0]


def test_logistic_surface_minibatch_gradient_of_all_data_is_the_full_gradient():
    surface = SURFACES["logistic"]
    w = np.array([0.3, -0.2])
    full = surface.minibatch_gradient(w, 10**6, np.random.default_rng(0))
    assert full == pytest.approx(surface.gradient(w))


@pytest.mark.parametrize("name", list(SURFACES))
@pytest.mark.parametrize("start", [(1e308, -1e308), (-1e308, 0.0), (1e155, 1e155)])
def test_a_start_far_beyond_the_picture_diverges_with_its_message(name, start):
    for optimizer in OPTIMIZERS:
        path = run_path(SURFACES[name], optimizer, 0.1, start=start, max_steps=50)
        assert path.stop == "diverged" and path.message.startswith("Diverged")
        assert np.isfinite(path.points).all() and np.isfinite(path.losses[1:]).all()


@pytest.mark.parametrize("name", list(SURFACES))
def test_a_surface_overflows_to_inf_or_nan_without_a_warning(name):
    far, tiny = np.array([1e308, -1e308]), np.array([5e-324, 0.0])
    assert not np.isfinite(SURFACES[name].value(far))
    assert np.isfinite(SURFACES[name].value(np.stack([tiny, tiny]))).all()
    assert SURFACES[name].gradient(far).shape == (2,)


def test_a_start_that_is_not_two_finite_numbers_is_refused_by_name():
    with pytest.raises(ValueError, match="start: \\(nan, 0.0\\) is not allowed; must be two finite"):
        run_path(SURFACES["bowl"], start=(float("nan"), 0.0))


FINITE = st.floats(allow_nan=False, allow_infinity=False)


@settings(max_examples=150, deadline=None, database=None)
@given(st.sampled_from(list(SURFACES)), st.sampled_from(list(OPTIMIZERS)), st.floats(1e-6, 100.0),
       st.tuples(FINITE | st.sampled_from([1e308, -1e155, 1e-320]), FINITE), st.integers(1, 40),
       st.none() | st.integers(2, 100), st.none() | st.floats(1e-12, 1.0))
def test_any_finite_start_and_page_learning_rate_run_without_warnings(name, optimizer, rate, start,
                                                                      max_steps, batch, epsilon):
    surface = SURFACES[name]
    path = run_path(surface, optimizer, rate, start, max_steps, batch_size=batch,
                    step_tolerance=epsilon, gradient_tolerance=epsilon)
    assert path.stop in ("max_steps", "step_size", "gradient", "diverged") and path.message
    assert np.isfinite(path.points).all() and np.isfinite(path.losses[1:]).all()
    assert np.isfinite(path.losses[0]) or (path.steps == 0 and path.stop == "diverged")
    assert path.message.startswith("Diverged") == (path.stop == "diverged")
    assert learning_rate_regime(surface, rate).startswith(("lr", "1 ≤ lr"))


def test_race_standings_order_by_arrival_then_by_the_gap_at_the_end():
    bowl = SURFACES["bowl"]
    paths = race_paths(bowl, 0.3, 0.1, bowl.start, 150)
    standings = race_standings(bowl, paths)
    assert {s.label for s in standings} == set(paths)
    for standing in standings:
        gaps = paths[standing.label].losses  # L(w*) = 0 on the bowl
        assert standing.final_gap == gaps[-1]
        if standing.arrival is None:
            assert gaps.min() > RACE_TOLERANCE
        else:
            assert gaps[standing.arrival] <= RACE_TOLERANCE < gaps[:standing.arrival].min()
    arrivals = [s.arrival for s in standings if s.arrival is not None]
    assert arrivals == sorted(arrivals) and standings[-1].label == "Adagrad"  # it stalls here


def test_preset_race_winners_are_the_first_of_each_surface_race():
    winners = preset_race_winners(60)
    assert set(winners) == set(SURFACES)
    for name, winner in winners.items():
        surface = SURFACES[name]
        paths = race_paths(surface, surface.learning_rates[1], surface.adaptive_learning_rate,
                           surface.start, 60)
        assert winner == race_standings(surface, paths)[0]
