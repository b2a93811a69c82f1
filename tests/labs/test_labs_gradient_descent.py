"""The gradient-descent lab's checks just before their thresholds, and its stated numbers against the
page's own runs."""
from labs import gradient_descent as lab
from specs import gradient_descent as spec

STEPS = lab.LAB.steps


def state(**link):
    """The page's settings and runs for link parameters `link`, read as a link gives them."""
    settings = spec.CONTROLS.read({name: str(value) for name, value in link.items()}, strict=True)[0]
    return settings, lab.model(settings, 0)


def test_the_bowl_diverges_just_above_two_over_l_max():
    assert lab.DIVERGING_RATE == 2.0
    assert not STEPS[0].check(*state(learning_rate=2.0))  # bounces for ever
    assert STEPS[0].check(*state(learning_rate=2.05))


def test_the_gradient_rule_fires_after_the_predicted_steps():
    settings, runs = state(gradient_epsilon=lab.EPSILON)
    assert STEPS[1].check(settings, runs)
    assert runs.rates[f"η = {settings['rate_right']:g}"].steps == lab.RULE_STEPS == 23


def test_gd_leaves_the_saddle_off_the_ridge():
    assert not STEPS[2].check(*state(surface="saddle", w2=0.01))
    assert STEPS[2].check(*state(surface="saddle", w2=0))


def test_adagrad_arrives_from_an_adaptive_rate_between_0_2_and_0_3():
    assert lab.STRAGGLERS == ["Adagrad"]
    assert not STEPS[3].check(*state(race_adaptive_rate=0.2))
    assert STEPS[3].check(*state(race_adaptive_rate=0.3))


def test_the_challenge_scores_the_first_arrival_from_the_valleys_start():
    score = lab.LAB.challenge.score
    assert score(*state(surface="valley")) == 27  # plain gradient descent at the presets
    assert score(*state(surface="valley", race_adaptive_rate=0.5)) == 8  # RMSProp
    assert score(*state(surface="valley", w1=0.1, w2=0.1)) is None  # a start near the minimum


def test_the_challenge_states_the_valleys_start_and_the_race_tolerance():
    """Its task is shown without values: the numbers are written out in it."""
    valley = lab.VALLEY
    assert (f"**{valley.label}** from its start ({valley.start[0]:g}, {valley.start[1]:g})"
            in lab.LAB.challenge.task)
    assert f"L(w) − L(w*) ≤ {lab.RACE_TOLERANCE:g})" in lab.LAB.challenge.task


def test_the_steps_name_the_surfaces_and_paths_by_their_labels():
    """They are written out in the texts, as the page's controls and legends show them."""
    texts = " ".join(text for step in STEPS for text in (step.task, step.prediction.question))
    assert all(label in texts for label in (lab.BOWL.label, lab.SADDLE.label, lab.GD, lab.SGD))
