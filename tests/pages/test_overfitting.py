"""The over/underfitting page."""
from apptest import click, open_page, plotly_figures, rerun_ok
from page_charts import camera_file_names, file_names


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
    assert [t["name"] for t in sweep["data"]] == ["training loss", "test loss", "lowest test loss"]
