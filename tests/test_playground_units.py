"""Unit tests of the Playground's non-UI parts: links, saved models, CSV data."""
import json

import numpy as np
import pytest

from nncore import Config, Trainer
from nncore.persistence import trainer_from_json, trainer_to_json
from nncore.tabular import MAX_ROWS, dataset_from_csv
from webui import playground_session as session
from webui.urlstate import config_from_params, config_to_params, write_params

DEFAULTS = Config()


# --- links ---------------------------------------------------------------------------------------
def test_link_round_trip_restores_the_config_exactly():
    config = Config(dataset="gaussian_bumps", output="tanh_mse", noise=0.35, hidden_layers=(),
                    features=("sin_x1", "x1_times_x2"), learning_rate=1e-05, use_bias=False,
                    optimizer="rmsprop", rho=0.95, batch_size=3, seed=123456789)
    params = config_to_params(config, DEFAULTS, hidden=("noise",))
    restored, notes, hidden = config_from_params(params, DEFAULTS, hideable=("noise",))
    assert (restored, notes, hidden) == (config, [], ("noise",))
    assert "n_points" not in params  # defaults stay out of the link


@pytest.mark.parametrize("name, text", [("noise", "0.33"), ("noise", "x"), ("n_points", "7.5"),
                                        ("hidden_layers", "4,0"), ("hidden_layers", "1,2,3,4,5,6,7"),
                                        ("learning_rate", "-1"), ("activation", "swish"),
                                        ("use_bias", "maybe"), ("features", ""),
                                        ("dataset", "fn_sine"), ("output", "linear_mse")])
def test_a_bad_parameter_falls_back_to_its_default_with_a_note_naming_it(name, text):
    config, notes, _ = config_from_params({name: text}, DEFAULTS, session.URL_RULES)
    assert config == DEFAULTS
    assert len(notes) == 1 and notes[0].startswith(name)


def test_a_link_to_another_problem_gets_that_problems_output():
    config, notes, _ = config_from_params({"dataset": "plane"}, DEFAULTS, session.URL_RULES)
    assert (config.output, notes) == ("linear_mse", [])


def test_write_params_keeps_the_apps_own_parameters():
    query = {"presentation": "1", "noise": "0.1", "seed": "3"}
    write_params(query, {"seed": "4"})
    assert query == {"presentation": "1", "seed": "4"}


# --- saved models --------------------------------------------------------------------------------
def trained(config=Config(hidden_layers=(3, 2)), dataset=None, steps=60):
    trainer = Trainer(config, dataset)
    trainer.step(steps)
    return trainer


def test_a_saved_model_gives_identical_predictions_and_counters():
    trainer = trained(Config(dataset="spiral_k", output="softmax_ce", n_classes=4, use_bias=False))
    loaded = trainer_from_json(trainer_to_json(trainer))
    X = np.random.default_rng(1).uniform(-6, 6, (100, 2))
    np.testing.assert_array_equal(loaded.predict(X), trainer.predict(X))
    assert (loaded.steps, loaded.epoch, loaded.config) == (trainer.steps, trainer.epoch, trainer.config)
    np.testing.assert_array_equal(loaded.dataset.X_train, trainer.dataset.X_train)


def test_own_data_is_saved_with_the_model():
    data = dataset_from_csv("x1,x2,label\n" + "\n".join(f"{i},{-i},{i % 2}" for i in range(10)),
                            "binary", 0.5, seed=0, name="CSV mine")
    trainer = trained(dataset=data)
    loaded = trainer_from_json(trainer_to_json(trainer))
    np.testing.assert_array_equal(loaded.dataset.X_test, data.X_test)
    assert loaded.dataset.name == "CSV mine"


def edited(change):
    document = json.loads(trainer_to_json(trained()))
    change(document)
    return json.dumps(document)


@pytest.mark.parametrize("text, reason", [
    ("{oops", "not a JSON file"),
    ('{"format": "something else"}', "not an nnlab model file"),
    (edited(lambda d: d.update(version=99)), "version 99"),
    (edited(lambda d: d.pop("weights")), "no 'weights' entry"),
    (edited(lambda d: d["config"].update(hidden_layers=[5, 2])), "weights of layer 1: shape"),
    (edited(lambda d: d["weights"].pop()), "do not match its config"),
    (edited(lambda d: d["weights"][0][0].__setitem__(0, "x")), "not an array of numbers"),
    (edited(lambda d: d["config"].update(activation="swish")), "activation: unknown value"),
    (edited(lambda d: d.update(epoch=-1)), "epoch: -1"),
])
def test_a_corrupt_or_mismatched_file_is_refused_with_its_reason(text, reason):
    with pytest.raises(ValueError, match=None) as refused:
        trainer_from_json(text)
    assert reason in str(refused.value)


# --- CSV data ------------------------------------------------------------------------------------
def test_csv_labels_are_numbered_in_order_and_split_by_ratio():
    text = "x2,label,x1\n" + "\n".join(f"{i},{[-1, 1, 7][i % 3]},{i / 2}" for i in range(30))
    data = dataset_from_csv(text, "multiclass", 0.6, seed=0)
    assert (data.n_classes, len(data.X_train), len(data.X_test)) == (3, 18, 12)
    labels = np.concatenate([data.y_train, data.y_test])
    x2 = np.concatenate([data.X_train[:, 1], data.X_test[:, 1]]).astype(int)
    np.testing.assert_array_equal(labels, (x2 % 3))  # -1 -> 0, 1 -> 1, 7 -> 2


def test_csv_regression_reads_the_target_column():
    data = dataset_from_csv("x1,x2,target\n0,0,0.5\n1,1,-0.25\n", "regression", 1.0, seed=0)
    assert sorted(data.y_train) == [-0.25, 0.5]


@pytest.mark.parametrize("text, kind, message", [
    ("x1,x2,label\n1,2,0\n3,abc,1\n", "binary", "line 3, column 'x2': 'abc' is not a number"),
    ("x1,x2,label\n1,2,0\n3,,1\n", "binary", "line 3, column 'x2': 'an empty cell'"),
    ("x1,x2,label\n1,nan,0\n3,4,1\n", "binary", "line 2, column 'x2': 'nan' is not a finite"),
    ("x1,label\n1,0\n2,1\n", "binary", "missing column(s) x2"),
    ("x1,x2,label\n1,2,0\n3,4,1\n", "regression", "missing column(s) target"),
    ("x1,x2,label\n1,2,0\n3,4\n", "binary", "line 3: 2 values"),
    ("x1,x2,label\n1,2,0\n3,4,1.5\n", "binary", "line 3, column 'label': 1.5"),
    ("x1,x2,label\n1,2,0\n3,4,1\n5,6,2\n", "binary", "3 classes found, at most 2"),
    ("x1,x2,label\n" + "".join(f"{i},0,{i}\n" for i in range(9)), "multiclass",
     "9 classes found, at most 8"),
    ("x1,x2,label\n" + "1,2,0\n" * (MAX_ROWS + 1), "binary", f"{MAX_ROWS + 1} data rows"),
    ("", "binary", "the file is empty"),
])
def test_a_bad_csv_is_refused_naming_the_row_or_column(text, kind, message):
    with pytest.raises(ValueError) as refused:
        dataset_from_csv(text, kind, 0.5, seed=0)
    assert message in str(refused.value)


# --- session functions ---------------------------------------------------------------------------
def test_regenerate_gives_new_data_on_the_same_network():
    state = {}
    session.start(state, {})
    trainer = session.sync_trainer(state, session.config_from_controls(state))
    trainer.step(30)
    weights, points = [W.copy() for W in trainer.weights], trainer.dataset.X_train.copy()
    session.regenerate(state)
    again = session.sync_trainer(state, session.config_from_controls(state))
    assert again is trainer and trainer.steps == 30
    assert all(np.array_equal(a, b) for a, b in zip(weights, trainer.weights))
    assert not np.array_equal(points, trainer.dataset.X_train)


def test_an_architecture_change_rebuilds_and_tick_trains_only_while_playing():
    state = {}
    session.start(state, {})
    trainer = session.sync_trainer(state, session.config_from_controls(state))
    session.tick(state)
    assert trainer.steps == 0
    session.set_playing(state, True)
    session.tick(state)
    assert trainer.steps == state["pg_steps_per_tick"]
    state[session.layer_key(0)] = 7
    rebuilt = session.sync_trainer(state, session.config_from_controls(state))
    assert rebuilt is not trainer and rebuilt.weights[0].shape == (2, 7) and rebuilt.steps == 0


def test_while_playing_each_tick_rebuilds_the_large_view_and_one_other_figure_in_turn():
    from figures.playground import ViewOptions
    state = {session.PLAYING: True}
    trainer, view = Trainer(Config()), ViewOptions()
    previous = session.live_figures(state, trainer, view)  # nothing kept yet: every figure
    assert previous["plane"].layout.images  # playing: the heatmap is a picture
    rebuilt = []
    for _ in range(2 * len(session.SIDE_FIGURES)):
        trainer.step(25)
        figures = session.live_figures(state, trainer, view)
        changed = {name for name in figures if figures[name] is not previous[name]}
        assert "plane" in changed and len(changed) == 2
        rebuilt.append((changed - {"plane"}).pop())
        previous = figures
    assert sorted(rebuilt) == sorted(session.SIDE_FIGURES * 2)  # each as often as the others
    state[session.PLAYING] = False
    paused = session.live_figures(state, trainer, view)
    assert all(paused[name] is not previous[name] for name in paused)
    assert not paused["plane"].layout.images  # paused: a heatmap again, with values on hover
    other = session.live_figures({session.PLAYING: True, session.FIGURES: state[session.FIGURES]},
                                 Trainer(Config(hidden_layers=(3,))), view)
    assert other["network"] is not paused["network"]  # another network: never stale pictures
