"""The Playground page: buttons, ticks, links, divergence, uploads, faults (AppTest; one `at.run()` is
one tick: see tests/apptest.py), its hover texts, diagnosis and confusion matrices, and its session
state."""
import base64
import math

import numpy as np
import pytest

from apptest import open_page, play, shown
from nncore import Config, Trainer
from nncore.config import RANGES
from nncore.persistence import trainer_to_json
from page_charts import charts
from specs import playground as spec
from webui.live_chart import figure_payload


def epoch(at):
    return int(next(m for m in at.metric if m.label == "Epoch").value)


def trainer(at):
    return at.session_state["playground_trainer"]


NUMERIC = [*RANGES, "hidden_layers"]  # every numeric field a link can carry


DEFAULTS = spec.DEFAULTS
CSV_FILE, MODEL_FILE = "playground_csv_file", "playground_model_file"


def test_default_load_shows_epoch_zero_and_every_figure():
    at = open_page("playground")
    assert epoch(at) == 0
    metrics = trainer(at).metrics()
    shown_numbers = {m.label: m.value for m in at.metric}
    assert shown_numbers["Training loss"] == f"{metrics.train_loss:.4f}"
    accuracy = next(figure for figure, _ in charts(at) if figure["layout"].get("title", {}).get("text", "").startswith(
        "Accuracy"))
    assert accuracy["layout"]["title"]["text"] == (f"Accuracy: training {metrics.train_accuracy:.1%}, "
                                                   f"test {metrics.test_accuracy:.1%}")
    # live charts: plane, network, loss, accuracy; below the fold, gradient norms and confusion matrices
    assert len(at.get("bidi_component")) == 6
    assert not at.warning and not at.error


def test_play_ticks_train_pause_stops_reset_restarts():
    at = open_page("playground")
    loss_before = trainer(at).metrics().train_loss
    play(at, 250, 3)
    assert not at.exception
    assert epoch(at) == 40  # 4 ticks of 250 steps, 25 steps per epoch
    assert trainer(at).metrics().train_loss < loss_before - 0.1
    at.button(key="playground_pause").click().run()
    paused_at = epoch(at)
    at.run()
    assert epoch(at) == paused_at
    at.button(key="playground_reset").click().run()
    assert epoch(at) == 0 and not at.exception


def test_step_trains_one_epoch_and_learning_rate_change_keeps_it():
    at = open_page("playground")
    at.button(key="playground_step").click().run()
    at.button(key="playground_step").click().run()
    assert epoch(at) == 2
    weights = [W.copy() for W in trainer(at).weights]
    at.select_slider(key="playground_learning_rate").set_value(0.3).run()
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
    at = open_page("playground", params)
    assert not at.warning
    config = trainer(at).config
    for name, text in params.items():
        value = getattr(config, name)
        shown = ",".join(map(str, value)) if isinstance(value, tuple) else str(value).lower()
        assert shown == text.lower() or float(shown) == float(text), name
    assert at.selectbox(key="playground_dataset").value == "spiral_k"
    assert at.selectbox(key="playground_problem").value == "multiclass"
    assert at.select_slider(key="playground_noise").value == 0.25
    assert at.session_state["playground_hidden_layers_1"] == 3
    assert at.checkbox(key="playground_features_sin_x2").value and not at.checkbox(key="playground_features_sin_x1").value
    assert at.select_slider(key="playground_learning_rate").value == 0.003
    assert at.number_input(key="playground_beta1").value == 0.8
    # the page writes the same link back (use_bias=true is the default, so it is left out)
    assert dict(at.query_params) == {name: text for name, text in params.items()
                                     if name != "use_bias"}


def test_a_link_with_garbage_loads_defaults_with_notes():
    at = open_page("playground", {"noise": "lots", "learning_rate": "0.02", "hidden_layers": "9,9", "dataset": "moon",
               "bogus": "1", "hide": "noise,everything"})
    notes = " ".join(shown(w) for w in at.warning)
    for name in ("noise", "learning_rate", "hidden_layers", "dataset", "bogus", "everything"):
        assert name in notes
    config = trainer(at).config
    assert (config.noise, config.learning_rate, config.hidden_layers, config.dataset) == (
        0.0, 0.03, (4, 2), "circle")
    assert not at.select_slider(key="playground_learning_rate").disabled
    assert "playground_noise" not in [s.key for s in at.select_slider]  # hidden by the link


def test_learning_rate_10_diverges_with_a_message_and_no_exception():
    at = play(open_page("playground", {"dataset": "plane", "activation": "sigmoid", "learning_rate": "10.0"}), 100, 5)
    assert not at.exception
    assert trainer(at).diverged
    assert any("lower it, then press Reset" in shown(e) for e in at.error)
    assert at.button(key="playground_play").disabled  # paused, and Play waits for a Reset
    at.button(key="playground_reset").click().run()
    assert not trainer(at).diverged and not at.error


def test_a_saved_model_loads_with_identical_predictions():
    at = open_page("playground", {"dataset": "xor", "hidden_layers": "5"})
    at.button(key="playground_step").click().run()
    saved = trainer(at)
    text = trainer_to_json(saved).encode()
    at.button(key="playground_reset").click().run()
    at.file_uploader(key=MODEL_FILE).upload("model.json", text, "application/json").run()
    assert not at.exception and not at.error
    loaded = trainer(at)
    assert loaded is not saved and epoch(at) == 1
    grid = np.random.default_rng(0).uniform(-6, 6, (50, 2))
    np.testing.assert_array_equal(loaded.predict(grid), saved.predict(grid))


def test_a_corrupt_model_file_is_refused_and_nothing_is_lost():
    at = open_page("playground")
    at.button(key="playground_step").click().run()
    at.file_uploader(key=MODEL_FILE).upload("model.json", b"{not json", "text/plain").run()
    assert any("model.json was refused: not a JSON file" in shown(e) for e in at.error)
    assert epoch(at) == 1


def test_a_model_the_page_cannot_show_is_refused_naming_what():
    off_scale = trainer_to_json(Trainer(Config(learning_rate=0.123)))  # not on the page's η scale
    at = open_page("playground")
    at.button(key="playground_step").click().run()
    at.file_uploader(key=MODEL_FILE).upload("model.json", off_scale.encode(),
                                                    "application/json").run()
    assert any("model.json was refused: this page cannot show its learning_rate" in shown(e)
               for e in at.error)
    assert epoch(at) == 1 and not at.exception


@pytest.mark.parametrize("content, message", [
    (b"x1,x2,label\n1,2,0\n3,abc,1\n", "line 3, column 'x2': 'abc' is not a number"),
    (b"x1,label\n1,0\n2,1\n", "missing column(s) x2"),
])
def test_a_bad_csv_gets_its_message(content, message):
    at = open_page("playground")
    at.file_uploader(key=CSV_FILE).upload("points.csv", content, "text/csv").run()
    assert not at.exception
    assert any(message in shown(e) for e in at.error)
    assert at.session_state["playground_own_data"] is None


def test_a_good_csv_becomes_the_data():
    rows = "\n".join(f"{x:.2f},{-x:.2f},{int(x > 0)}" for x in np.linspace(-5, 5, 40))
    at = open_page("playground")
    at.file_uploader(key=CSV_FILE).upload("points.csv", f"x1,x2,label\n{rows}".encode(),
                                                  "text/csv").run()
    assert not at.exception and not at.error
    assert trainer(at).dataset.name == "CSV points.csv"
    assert len(trainer(at).dataset.X_train) == 20


@pytest.mark.parametrize("bad", ["abc", "-1", "1e308", "nan", "inf", ""],
                         ids=["text", "negative", "huge", "nan", "infinite", "empty"])
def test_every_numeric_link_parameter_falls_back_with_a_note(bad):
    at = open_page("playground", {name: bad for name in NUMERIC})
    assert not at.exception
    notes = [shown(warning) for warning in at.warning]
    for name in NUMERIC:
        if name == "hidden_layers" and bad == "":
            continue  # an empty layer list is a network without hidden layers, allowed
        assert any(note.startswith(f"Link parameter {name}") for note in notes), (name, notes)
    config = trainer(at).config
    for name in RANGES:
        assert getattr(config, name) == getattr(DEFAULTS, name), name
    assert all(math.isfinite(m.value if isinstance(m.value, float) else 0.0) for m in at.metric)


def test_adam_at_learning_rate_10_trains_or_stops_with_a_message():
    at = play(open_page("playground", {"learning_rate": "10", "optimizer": "adam", "dataset": "spiral"}), 100, 5)
    assert not at.exception
    trained = trainer(at)
    assert trained.config.optimizer == "adam" and trained.config.learning_rate == 10
    if trained.diverged:
        assert any("learning rate is too high" in shown(error) for error in at.error)
    else:
        assert math.isfinite(trained.metrics().train_loss) and trained.epoch > 0


def test_binary_file_named_csv_is_refused_and_nothing_is_lost():
    at = open_page("playground", {})
    at.button(key="playground_step").click().run()
    at.file_uploader(key=CSV_FILE).upload("photo.csv", bytes(range(256)) * 80, "text/csv").run()
    assert not at.exception
    assert any("photo.csv was refused" in shown(error) for error in at.error)
    assert at.session_state["playground_own_data"] is None and trainer(at).epoch == 1


def test_uploads_are_capped_at_5_mb():
    at = open_page("playground", {})
    assert at.file_uploader(key=CSV_FILE).proto.max_upload_size_mb == 5


def test_link_round_trip_restores_the_config_exactly():
    config = Config(dataset="gaussian_bumps", output="tanh_mse", noise=0.35, hidden_layers=(),
                    features=("sin_x1", "x1_times_x2"), learning_rate=1e-05, use_bias=False,
                    optimizer="rmsprop", rho=0.95, batch_size=3, seed=123456789)
    params = spec.CONTROLS.link({**spec.CONTROLS.defaults(), **spec.settings_of(config),
                                 "hide": ["noise"]})
    settings, notes = spec.CONTROLS.read(params)
    assert (spec.config(settings), notes, settings["hide"]) == (config, [], ["noise"])
    assert "n_points" not in params  # defaults stay out of the link


@pytest.mark.parametrize("name, text", [("noise", "0.33"), ("noise", "x"), ("n_points", "7.5"),
                                        ("hidden_layers", "4,0"), ("hidden_layers", "1,2,3,4,5,6,7"),
                                        ("learning_rate", "-1"), ("activation", "swish"),
                                        ("use_bias", "maybe"), ("features", ""),
                                        ("dataset", "fn_sine"), ("output", "linear_mse")])
def test_a_bad_parameter_falls_back_to_its_default_with_a_note_naming_it(name, text):
    settings, notes = spec.CONTROLS.read({name: text})
    assert spec.config(settings) == DEFAULTS
    assert len(notes) == 1 and notes[0].startswith(name)


def test_a_link_to_another_problem_gets_that_problems_output():
    settings, notes = spec.CONTROLS.read({"dataset": "plane"})
    assert (spec.config(settings).output, notes) == ("linear_mse", [])


def test_the_address_bar_keeps_the_apps_own_parameters():
    at = open_page("playground", {"presentation": "1", "noise": "0.1", "seed": "3"})
    at.select_slider(key="playground_noise").set_value(0.0).run()
    at.number_input(key="playground_seed").set_value(4).run()
    assert dict(at.query_params) == {"presentation": "1", "seed": "4"}


def test_regenerate_gives_new_data_on_the_same_network():
    at = open_page("playground")
    for _ in range(3):
        at.button(key="playground_step").click().run()
    before = trainer(at)
    weights, points = [W.copy() for W in before.weights], before.dataset.X_train.copy()
    [button for button in at.button if button.label == "Regenerate"][0].click().run()
    assert trainer(at) is before and before.epoch == 3
    assert all(np.array_equal(a, b) for a, b in zip(weights, before.weights))
    assert not np.array_equal(points, before.dataset.X_train)


def test_an_architecture_change_rebuilds_and_tick_trains_only_while_playing():
    at = open_page("playground")
    first = trainer(at)
    at.run()
    assert first.steps == 0
    play(at, 25, 1)
    assert first.steps == 2 * 25  # the run of the Play click and one more tick
    for _ in range(3):  # 4 neurons + 3
        at.button(key="playground_more_0").click().run()
    rebuilt = trainer(at)
    assert rebuilt is not first and rebuilt.weights[0].shape == (2, 7) and rebuilt.steps == 0


def test_while_other_sessions_wait_every_other_tick_repaints_the_large_view_alone():
    from figures.playground import ViewOptions
    trainer, view = Trainer(Config()), ViewOptions()
    previous, kept = spec.live_figures(None, trainer, view, True)
    rebuilt = []
    for _ in range(12):
        trainer.step(25)
        figures, kept = spec.live_figures(kept, trainer, view, True, crowded=True)
        rebuilt.append({name for name in figures if figures[name] is not previous[name]})
        previous = figures
    assert [len(names) for names in rebuilt] == [1, 0] * 6  # the plane repainted on every tick
    assert set().union(*rebuilt) >= set(spec.SIDE_FIGURES)  # each side chart in its turn still


def test_while_playing_each_tick_repaints_the_large_view_and_rebuilds_one_other_figure_in_turn():
    from figures.playground import ViewOptions
    trainer, view = Trainer(Config()), ViewOptions()
    previous, kept = spec.live_figures(None, trainer, view, True)  # nothing kept yet: every figure
    assert previous["plane"].layout.images  # playing: the heatmap is a picture
    rebuilt, picture = [], previous["plane"].layout.images[0].source
    turns = 2 * len(spec.SIDE_FIGURES) * spec.BELOW_FOLD_EVERY
    for _ in range(turns):
        trainer.step(25)
        figures, kept = spec.live_figures(kept, trainer, view, True)
        changed = {name for name in figures if figures[name] is not previous[name]}
        assert figures["plane"] is previous["plane"] and len(changed) == 1  # repainted in place
        assert figures["plane"].layout.images[0].source != picture  # this tick's picture
        picture = figures["plane"].layout.images[0].source
        rebuilt.append(changed.pop())
        previous = figures
    # each side figure as often as the others; the charts below the fold every BELOW_FOLD_EVERY-th turn
    below = turns // spec.BELOW_FOLD_EVERY
    assert sorted(rebuilt) == sorted(spec.SIDE_FIGURES * ((turns - below) // len(spec.SIDE_FIGURES))
                                     + spec.BELOW_FOLD * (below // len(spec.BELOW_FOLD)))
    paused, kept = spec.live_figures(kept, trainer, view, False)
    assert all(paused[name] is not previous[name] for name in paused)
    assert not paused["plane"].layout.images  # paused: a heatmap again, with values on hover
    other, _ = spec.live_figures(kept, Trainer(Config(hidden_layers=(3,))), view, True)
    assert other["network"] is not paused["network"]  # another network: never stale pictures


def live_figure(at, name):
    """The figure dict of the page's live chart `name` (key playground-<name>)."""
    [element] = [e for e in at.get("bidi_component") if f"playground-{name}" in e.proto.id]
    return figure_payload(element)[0]


def array(value):
    """A figure's array as the payload holds it (a list, or Plotly's typed array {dtype, bdata, shape})."""
    if isinstance(value, dict):
        flat = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        return flat.reshape([int(n) for n in str(value.get("shape", len(flat))).split(",")])
    return np.array(value)


def test_hover_texts_state_the_weights_gradients_and_ranges_of_the_trainer():
    at = open_page("playground", {"features": "x1,x2,x1_squared", "hidden_layers": "3"})
    at.button(key="playground_step").click().run()
    trained = trainer(at)
    hovers = next(t for t in live_figure(at, "network")["data"] if t.get("name") == "values")["hovertext"]
    W, b = trained.weights[0], trained.biases[0]
    minus = str.maketrans("-", "−")
    # h1.2: its weighted sum with its own weights and bias, then g, then its range over the data
    s = (f"{W[0, 1]:.3g}·X₁ {'−' if W[1, 1] < 0 else '+'} {abs(W[1, 1]):.3g}·X₂ "
         f"{'−' if W[2, 1] < 0 else '+'} {abs(W[2, 1]):.3g}·X₁² {'−' if b[1] < 0 else '+'} {abs(b[1]):.3g}")
    h = np.tanh(trained.X_train @ W[:, 1] + b[1])
    assert (f"h1.2<br>s = {s.translate(minus)}<br>h = tanh(s)<br>h over the 250 training points: "
            f"{h.min():.3g} … {h.max():.3g}".translate(minus)) in hovers
    # the link X₂ → h1.3: its weight and the gradient of the training loss
    dWs, _ = trained.gradients(trained.X_train, trained.T_train)
    assert f"w = {W[1, 2]:.4g}, ∂L/∂w = {dWs[0][1, 2]:.3g}<br>X₂ → h1.3".translate(minus) in hovers


def test_the_output_planes_hover_says_the_output_and_class_when_paused():
    at = open_page("playground")
    plane = live_figure(at, "output")
    heatmap = plane["data"][0]
    axis = np.linspace(-6, 6, 50)
    row, column = 31, 7  # the grid point (x1, x2) = (axis[7], axis[31])
    y = trainer(at).predict(np.array([[axis[column], axis[row]]]))[0, 0]
    assert heatmap["text"][row][column] == f"y = {y:.3f}: class {int(y > 0.5)}".replace("-", "−")
    assert "%{text}" in heatmap["hovertemplate"]


def test_the_confusion_matrices_count_the_points_of_each_class_by_hand():
    at = open_page("playground", {"dataset": "spiral_k", "n_classes": "3", "hidden_layers": "5"})
    at.button(key="playground_step").click().run()
    trained = trainer(at)
    figure = live_figure(at, "confusion")
    for trace, X, y in zip(figure["data"], (trained.dataset.X_train, trained.dataset.X_test),
                           (trained.dataset.y_train, trained.dataset.y_test)):
        predicted = trained.predict_class(X)
        counts = [[0] * 3 for _ in range(3)]
        for true_class, predicted_class in zip(y, predicted):
            counts[true_class][predicted_class] += 1
        assert array(trace["text"]).tolist() == counts
    assert array(figure["data"][1]["text"]).sum() == len(trained.dataset.X_test)


def test_the_diagnosis_says_what_it_finds_with_a_link_to_its_lab_step():
    at = open_page("playground", {"activation": "relu", "hidden_layers": "4", "learning_rate": "3"})
    for _ in range(20):
        at.button(key="playground_step").click().run()
    words = " ".join(m.value for m in at.markdown)
    dead = int((trainer(at).X_train @ trainer(at).weights[0] + trainer(at).biases[0] <= 0).all(axis=0).sum())
    assert dead >= 1
    assert (f"{dead} of 4 ReLU units in hidden layer 1 output 0 on every one of the 250 training points"
            in words)
    assert "[Activation functions, lab step 4: A dead ReLU and the leak](activations?lab=4)" in words
    healthy = " ".join(m.value for m in open_page("playground").markdown)
    assert "**Diagnosis**: nothing found." in healthy
