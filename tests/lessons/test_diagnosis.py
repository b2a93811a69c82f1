"""lessons.diagnosis: every finding's words state its numbers, and point to a lab step that exists
and is about it."""
import re

import pytest

import labs
from lessons.diagnosis import LAB_STEPS, WORDS, explain
from nncore import Config, Trainer
from nncore.diagnosis import KINDS, Finding, diagnose

# the words each kind's lab step is about (in its title or its why)
TOPICS = {"diverged": "diverge", "exploding": "diverge", "dead_relu": "dead ReLU", "saturated": "saturate",
          "vanishing": "vanishes", "gap": "test loss", "plateau": "saddle"}


def test_every_kind_has_words_and_a_lab_step_about_it():
    assert set(WORDS) == set(LAB_STEPS) == set(KINDS) == set(TOPICS)
    for kind, (page, step) in LAB_STEPS.items():
        lab_step = labs.of(page).LAB.steps[step - 1]
        assert TOPICS[kind].lower() in (lab_step.title + lab_step.why).lower(), (kind, lab_step.title)


def test_dead_units_are_said_with_their_count_layer_and_points():
    words = explain(Finding("dead_relu", dict(layer=1, count=3, width=4, points=250))).finding
    assert words == "3 of 4 ReLU units in hidden layer 1 output 0 on every one of the 250 training points."
    assert explain(Finding("dead_relu", dict(layer=2, count=2, width=2, points=9))).finding.startswith(
        "Both ReLU units in hidden layer 2")


@pytest.mark.parametrize("config, epochs, kind, shown", [
    (Config(activation="sigmoid", hidden_layers=(8,) * 6), 20, "vanishing", ("ratio", "first", "last")),
    (Config(learning_rate=1e-5), 60, "plateau", ("start_loss", "loss", "epochs")),
    (Config(dataset="plane", output="linear_mse", activation="relu", learning_rate=3.0), 50, "diverged",
     ("lowest_loss", "epoch", "step", "learning_rate")),
    (Config(dataset="xor", noise=0.5, train_ratio=0.1, hidden_layers=(8, 8), optimizer="adam"), 1500,
     "gap", ("test_loss", "train_loss", "lowest_test_loss")),
])
def test_the_words_state_the_numbers_of_the_computation(config, epochs, kind, shown):
    trainer = Trainer(config).train_to_epoch(epochs)
    [finding] = [f for f in diagnose(trainer) if f.kind == kind]
    explanation = explain(finding)
    formats = {"ratio": ".2g", "first": ".2g", "last": ".2g", "start_loss": ".4f", "loss": ".4f",
               "test_loss": ".3f", "train_loss": ".3f", "lowest_test_loss": ".3f", "lowest_loss": ".3g",
               "learning_rate": "g"}
    for name in shown:
        assert format(finding.numbers[name], formats.get(name, "")) in explanation.finding, name
    assert explanation.advice.endswith(".") and explanation.advice.count(". ") == 0  # one sentence
    assert not re.search(r"(?<![A-Za-z])(nan|inf)(?![a-z])", explanation.finding)  # as Python writes them
