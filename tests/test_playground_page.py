"""AppTest drives the Playground page: buttons, ticks, links, divergence, uploads
(one `at.run()` is one tick: see playground_apptest.py)."""
import numpy as np
import pytest
from playground_apptest import load, play

from nncore import Config, Trainer
from nncore.persistence import trainer_to_json
from webui import playground_session as session


def epoch(at):
    return int(next(m for m in at.metric if m.label == "Epoch").value)


def trainer(at):
    return at.session_state[session.TRAINER]


def test_default_load_shows_epoch_zero_and_every_figure():
    at = load()
    assert epoch(at) == 0
    assert len(at.get("bidi_component")) == 4  # live charts: plane, network, loss, accuracy
    assert not at.warning and not at.error


def test_play_ticks_train_pause_stops_reset_restarts():
    at = load()
    loss_before = trainer(at).metrics().train_loss
    play(at, 250, 3)
    assert not at.exception
    assert epoch(at) == 40  # 4 ticks of 250 steps, 25 steps per epoch
    assert trainer(at).metrics().train_loss < loss_before - 0.1
    at.button(key="pg_pause").click().run()
    paused_at = epoch(at)
    at.run()
    assert epoch(at) == paused_at
    at.button(key="pg_reset").click().run()
    assert epoch(at) == 0 and not at.exception


def test_step_trains_one_epoch_and_learning_rate_change_keeps_it():
    at = load()
    at.button(key="pg_step").click().run()
    at.button(key="pg_step").click().run()
    assert epoch(at) == 2
    weights = [W.copy() for W in trainer(at).weights]
    at.select_slider(key="pg_learning_rate").set_value(0.3).run()
    assert epoch(at) == 2
    assert trainer(at).optimizer.learning_rate == 0.3
    assert all(np.array_equal(a, b) for a, b in zip(weights, trainer(at).weights))


def test_a_link_with_every_parameter_restores_each_control():
    params = {"dataset": "spiral_k", "n_classes": "5", "noise": "0.25", "train_ratio": "0.7",
              "n_points": "300", "data_seed": "7", "seed": "11",
              "features": "x1,x2,x1_squared,sin_x2", "hidden_layers": "6,3,2",
              "activation": "relu", "output": "hinge", "init": "uniform", "use_bias": "true",
              "learning_rate": "0.003", "optimizer": "adam", "beta1": "0.8", "beta2": "0.99",
              "epsilon": "1e-06", "momentum": "0.5", "rho": "0.7", "batch_size": "20",
              "regularization": "elastic_net", "regularization_rate": "0.01",
              "elastic_beta": "0.25"}
    at = load(params)
    assert not at.warning
    config = trainer(at).config
    for name, text in params.items():
        value = getattr(config, name)
        shown = ",".join(map(str, value)) if isinstance(value, tuple) else str(value).lower()
        assert shown == text.lower() or float(shown) == float(text), name
    assert at.selectbox(key="pg_dataset").value == "spiral_k"
    assert at.selectbox(key="pg_problem").value == "multiclass"
    assert at.select_slider(key="pg_noise").value == 0.25
    assert at.number_input(key="pg_layer_1").value == 3
    assert at.checkbox(key="pg_feature_sin_x2").value and not at.checkbox(key="pg_feature_sin_x1").value
    assert at.select_slider(key="pg_learning_rate").value == 0.003
    assert at.number_input(key="pg_beta1").value == 0.8
    # the page writes the same link back (use_bias=true is the default, so it is left out)
    assert dict(at.query_params) == {name: text for name, text in params.items()
                                     if name != "use_bias"}


def test_a_link_with_garbage_loads_defaults_with_notes():
    at = load({"noise": "lots", "learning_rate": "0.02", "hidden_layers": "9,9", "dataset": "moon",
               "bogus": "1", "hide": "noise,everything"})
    notes = " ".join(w.value for w in at.warning)
    for name in ("noise", "learning_rate", "hidden_layers", "dataset", "bogus", "everything"):
        assert name in notes
    config = trainer(at).config
    assert (config.noise, config.learning_rate, config.hidden_layers, config.dataset) == (
        0.0, 0.03, (4, 2), "circle")
    assert not at.select_slider(key="pg_learning_rate").disabled
    assert "pg_noise" not in [s.key for s in at.select_slider]  # hidden by the link


def test_learning_rate_10_diverges_with_a_message_and_no_exception():
    at = play(load({"dataset": "plane", "activation": "sigmoid", "learning_rate": "10.0"}), 100, 5)
    assert not at.exception
    assert trainer(at).diverged
    assert any("lower it, then press Reset" in e.value for e in at.error)
    assert at.button(key="pg_play").disabled  # paused, and Play waits for a Reset
    at.button(key="pg_reset").click().run()
    assert not trainer(at).diverged and not at.error


def test_a_saved_model_loads_with_identical_predictions():
    at = load({"dataset": "xor", "hidden_layers": "5"})
    at.button(key="pg_step").click().run()
    saved = trainer(at)
    text = trainer_to_json(saved).encode()
    at.button(key="pg_reset").click().run()
    at.file_uploader(key=session.MODEL_FILE).upload("model.json", text, "application/json").run()
    assert not at.exception and not at.error
    loaded = trainer(at)
    assert loaded is not saved and epoch(at) == 1
    grid = np.random.default_rng(0).uniform(-6, 6, (50, 2))
    np.testing.assert_array_equal(loaded.predict(grid), saved.predict(grid))


def test_a_corrupt_model_file_is_refused_and_nothing_is_lost():
    at = load()
    at.button(key="pg_step").click().run()
    at.file_uploader(key=session.MODEL_FILE).upload("model.json", b"{not json", "text/plain").run()
    assert any("model.json was refused: not a JSON file" in e.value for e in at.error)
    assert epoch(at) == 1


def test_a_model_the_page_cannot_show_is_refused_naming_what():
    off_scale = trainer_to_json(Trainer(Config(learning_rate=0.123)))  # not on the page's η scale
    at = load()
    at.button(key="pg_step").click().run()
    at.file_uploader(key=session.MODEL_FILE).upload("model.json", off_scale.encode(),
                                                    "application/json").run()
    assert any("model.json was refused: this page cannot show its learning_rate" in e.value
               for e in at.error)
    assert epoch(at) == 1 and not at.exception


@pytest.mark.parametrize("content, message", [
    (b"x1,x2,label\n1,2,0\n3,abc,1\n", "line 3, column 'x2': 'abc' is not a number"),
    (b"x1,label\n1,0\n2,1\n", "missing column(s) x2"),
])
def test_a_bad_csv_gets_its_message(content, message):
    at = load()
    at.file_uploader(key=session.CSV_FILE).upload("points.csv", content, "text/csv").run()
    assert not at.exception
    assert any(message in e.value for e in at.error)
    assert at.session_state[session.OWN_DATA] is None


def test_a_good_csv_becomes_the_data():
    rows = "\n".join(f"{x:.2f},{-x:.2f},{int(x > 0)}" for x in np.linspace(-5, 5, 40))
    at = load()
    at.file_uploader(key=session.CSV_FILE).upload("points.csv", f"x1,x2,label\n{rows}".encode(),
                                                  "text/csv").run()
    assert not at.exception and not at.error
    assert trainer(at).dataset.name == "CSV points.csv"
    assert len(trainer(at).dataset.X_train) == 20
