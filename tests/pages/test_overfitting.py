"""The over/underfitting page."""
from apptest import click, open_page, plotly_figures, rerun_ok
from page_charts import camera_file_names, file_names
from specs import overfitting as spec


def test_overfitting_page():
    at = open_page("overfitting")
    assert camera_file_names(at) == file_names("overfitting")
    click(at, "Step (100 epochs)")
    assert at.session_state["overfitting_trainer"].epoch == 100
    at.select_slider(key="overfitting_regularization_rate").set_value(0.01)
    rerun_ok(at)
    assert at.session_state["overfitting_trainer"].epoch == 100  # λ changes without a reset
    at.select_slider(key="overfitting_epochs").set_value(500)
    at.select_slider(key="overfitting_hidden_units").set_value(2)
    at.radio(key="overfitting_layers").set_value(2)
    rerun_ok(at)
    sweep = next(f for f in plotly_figures(at) if "capacity" in f["layout"]["title"]["text"])
    assert [t["name"] for t in sweep["data"]] == ["training loss", "test loss", "lowest test loss",
                                                  "this network (2 units)"]


def test_the_sweep_is_kept_by_the_settings_it_reads_and_not_retrained_for_the_page_network(
        monkeypatch):
    """Changing the page's own hidden units redraws the sweep's chart without training the sweep
    again; changing a setting the sweep reads trains it once more."""
    calls = []
    sweep = spec.sweep
    monkeypatch.setattr(spec, "sweep", lambda settings: calls.append(settings) or sweep(settings))
    at = open_page("overfitting", {"data_seed": "4321", "epochs": "500"})  # settings no test caches
    for units in (2, 32, 8):
        at.select_slider(key="overfitting_hidden_units").set_value(units)
        rerun_ok(at)
    assert calls == [spec.sweep_settings(spec.CONTROLS.read({"data_seed": "4321", "epochs": "500"})[0])]
    sweep_chart = next(f for f in plotly_figures(at) if "capacity" in f["layout"]["title"]["text"])
    assert sweep_chart["data"][-1]["name"] == "this network (8 units)"
    at.slider(key="overfitting_noise").set_value(0.1)
    rerun_ok(at)
    assert len(calls) == 2 and calls[-1]["noise"] == 0.1
