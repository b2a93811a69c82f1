"""Compare runs on the Playground: Keep this run, its curves drawn beside the next run's, its panel
(picture, numbers, what differs), Forget, Use these settings, and that a run replays bitwise (AppTest
and the specs; one `at.run()` is one tick: tests/apptest.py)."""
import base64

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from apptest import open_page, shown
from figures.kept_runs import FRAME, THUMBNAIL_CELLS
from nncore import History, Metrics, Trainer
from page_charts import charts
from specs import playground as spec
from specs.kept_runs import CURVES, MAX_KEPT, differences, keep, training_link

KEEP, STEP, RESET = "playground_keep_run", "playground_step", "playground_reset"


def runs(at):
    return at.session_state["playground_kept_runs"] if "playground_kept_runs" in at.session_state else ()


def steps(at, count):
    for _ in range(count):
        at.button(key=STEP).click().run()
    assert not at.exception
    return at


def array(value):
    """A Plotly JSON array (a list, or a base64 typed array) as floats."""
    if isinstance(value, dict):
        return np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"]).astype(float)
    return np.array([np.nan if v is None else v for v in value], float)


def curves(at, title):
    """{trace name: (x, y)} of the live chart titled `title...`, live and kept traces apart."""
    figure = next(f for f, _ in charts(at) if f["layout"].get("title", {}).get("text", "").startswith(title))
    return [(trace["name"], array(trace["x"]), array(trace["y"]), trace["line"].get("dash"))
            for trace in figure["data"]]


def panel_texts(at):
    return [t.value for t in at.text]


def test_a_kept_run_is_drawn_beside_the_next_one_and_its_panel_says_what_differs():
    at = steps(open_page("playground", {"dataset": "xor"}), 3)
    kept_trainer = at.session_state["playground_trainer"]
    at.button(key=KEEP).click().run()
    [run] = runs(at)
    metrics = kept_trainer.metrics()
    assert run.name == "run 1" and run.final.epoch == 3
    assert f"loss {metrics.train_loss:.4f} (test {metrics.test_loss:.4f})" in panel_texts(at)[0]
    assert f"accuracy {metrics.train_accuracy:.1%} (test {metrics.test_accuracy:.1%})" in panel_texts(at)[0]
    assert "Same settings as now." in panel_texts(at)
    at.select_slider(key="playground_learning_rate").set_value(0.3).run()
    at.selectbox(key="playground_activation").set_value("relu").run()
    assert "Hidden activation: Tanh → ReLU\nLearning rate η: 0.03 → 0.3" in panel_texts(at)
    steps(at, 2)  # the new network (ReLU): epoch 2, the kept run still at 3
    for title, columns in (("Loss", ("train_loss", "test_loss")),
                           ("Accuracy", ("train_accuracy", "test_accuracy"))):
        traces = curves(at, title)
        assert [name for name, *_ in traces][2:] == ["run 1", "run 1"]
        assert [dash for *_, dash in traces[2:]] == ["dash", "dot"]
        for (_, x, y, _), column in zip(traces[2:], columns):
            np.testing.assert_array_equal(x, run.curves["epoch"])
            np.testing.assert_array_equal(y, run.curves[column])
        assert len(traces[0][1]) == 2  # the live run's own two epochs


def test_keep_reset_and_the_same_epochs_again_draw_the_same_curves():
    at = steps(open_page("playground", {"dataset": "spiral", "hidden_layers": "6,4",
                                        "optimizer": "adam", "batch_size": "7"}), 4)
    at.button(key=KEEP).click().run()
    at.button(key=RESET).click().run()
    steps(at, 4)
    for title in ("Loss", "Accuracy"):
        (_, *train), (_, *test), (_, *kept_train), (_, *kept_test) = curves(at, title)
        for live, kept in ((train, kept_train), (test, kept_test)):
            np.testing.assert_array_equal(live[0], kept[0])
            np.testing.assert_array_equal(live[1], kept[1])  # bitwise: the same run again


def test_use_these_settings_puts_them_back_at_epoch_zero_and_the_run_replays():
    at = steps(open_page("playground", {"dataset": "circle", "learning_rate": "0.1"}), 3)
    at.button(key=KEEP).click().run()
    [run] = runs(at)
    at.select_slider(key="playground_learning_rate").set_value(1.0).run()
    at.selectbox(key="playground_dataset").set_value("gaussians").run()
    at.button(key="playground_more_layers").click().run()
    at.select_slider(key="playground_steps_per_tick").set_value(100).run()  # not a training setting
    assert len(panel_texts(at)[-1].splitlines()) == 3
    at.button(key="playground_restore_run_1").click().run()
    assert not at.exception
    config = at.session_state["playground_trainer"].config
    assert (config.dataset, config.learning_rate, config.hidden_layers) == ("circle", 0.1, (4, 2))
    assert at.session_state["playground_trainer"].epoch == 0
    assert at.select_slider(key="playground_steps_per_tick").value == 100
    assert "Same settings as now." in panel_texts(at)
    assert at.button(key="playground_restore_run_1").disabled
    steps(at, 3)
    (_, x, y, _), *_ = curves(at, "Loss")
    np.testing.assert_array_equal(y, run.curves["train_loss"])


def test_at_most_three_kept_keep_says_so_and_forget_frees_the_lowest_number():
    at = open_page("playground", {"dataset": "xor"})
    for rate in (0.1, 0.3, 1.0):
        steps(at, 1).button(key=KEEP).click().run()
        at.select_slider(key="playground_learning_rate").set_value(rate).run()
    assert [run.name for run in runs(at)] == ["run 1", "run 2", "run 3"]
    assert at.button(key=KEEP).disabled
    assert any("At most 3 runs are kept" in c.value for c in at.caption)
    assert len(curves(at, "Loss")) == 2 + 2 * MAX_KEPT
    at.button(key="playground_forget_run_2").click().run()
    assert [run.name for run in runs(at)] == ["run 1", "run 3"] and not at.button(key=KEEP).disabled
    steps(at, 1).button(key=KEEP).click().run()
    assert [run.name for run in runs(at)] == ["run 1", "run 2", "run 3"]
    assert runs(at)[1].settings == {"dataset": "xor", "learning_rate": "1"}


def test_nothing_to_keep_before_training_and_one_state_is_kept_once():
    at = open_page("playground")
    at.button(key=KEEP).click().run()
    assert runs(at) == ()
    assert any("Nothing to keep yet" in shown(info) for info in at.info)
    steps(at, 1)
    at.button(key=KEEP).click().run()
    at.button(key=KEEP).click().run()  # a click delivered twice
    assert len(runs(at)) == 1 and not at.info


def test_a_kept_run_holds_at_most_its_bounded_history_and_a_small_picture():
    trainer = Trainer(spec.config(spec.CONTROLS.defaults()))
    trainer.history = History()
    row = Metrics(1, 1, 0.5, 0.5, 0.0, 0.5, 0.5)
    for _ in range(5 * trainer.history.capacity):  # as many rows as a History ever holds
        trainer.history.add(row)
    [run] = keep((), trainer, {"dataset": "spiral"})
    assert len(run.curves["epoch"]) < trainer.history.capacity
    raw_pixels = (THUMBNAIL_CELLS + 2 * FRAME) ** 2 * 4
    assert len(run.picture) < 4 / 3 * raw_pixels + 600  # base64 of a PNG no larger than its pixels
    assert run.nbytes < trainer.history.capacity * len(CURVES) * 8 + 11_000


def test_differences_are_said_with_the_tables_labels_derived_defaults_included():
    controls = spec.CONTROLS
    said = differences(controls, {"dataset": "spiral_k", "features": "x1,x2,sin_x1"},
                       {"hidden_layers": "3", "use_bias": "0"})
    label = {name: controls[name].label_of for name in ("dataset", "output")}
    assert said == [("Dataset", label["dataset"]("spiral_k"), label["dataset"]("circle")),
                    ("Input features", "X₁, X₂, sin(X₁)", "X₁, X₂"),
                    ("Hidden layers", "4,2", "3"),
                    ("Output and loss", label["output"]("softmax_ce"), label["output"]("sigmoid_bce")),
                    ("Biases", "on", "off")]
    assert differences(controls, {}, {}) == []


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rate=st.sampled_from(spec.LEARNING_RATES[3:9]), optimizer=st.sampled_from(["sgd", "momentum", "adam", "rmsprop"]),
       batch=st.integers(1, 30), regularization=st.sampled_from(["none", "l1", "l2", "elastic_net"]),
       momentum=st.floats(0.0, 0.99), seed=st.integers(0, 2**31), epochs=st.integers(1, 4))
def test_a_kept_runs_settings_replay_it_bitwise(rate, optimizer, batch, regularization, momentum, seed,
                                                epochs):
    """Same settings (through the link text a kept run holds) and seed: the very same History."""
    chosen = {**spec.CONTROLS.defaults(), "dataset": "spiral", "n_points": 100, "learning_rate": rate,
              "optimizer": optimizer, "batch_size": batch, "regularization": regularization,
              "regularization_rate": 0.001, "momentum": momentum, "seed": seed}
    first = Trainer(spec.config(chosen)).train_to_epoch(epochs)
    [run] = keep((), first, training_link(spec.CONTROLS, chosen, spec.CONFIG_FIELDS))
    again = Trainer(spec.config(spec.CONTROLS.read(run.settings, strict=True)[0])).train_to_epoch(epochs)
    assert again.config == first.config
    for column in CURVES:
        np.testing.assert_array_equal(again.history.column(column), run.curves[column])
    for a, b in zip(again.weights, first.weights):
        np.testing.assert_array_equal(a, b)
