"""The universal approximation page."""
from apptest import click, open_page, rerun_ok, shown
from page_charts import assert_export_draws_the_page, camera_file_names, file_names


def test_universal_approximation_page():
    at = open_page("universal_approximation")
    assert camera_file_names(at) == file_names("universal_approximation")
    assert_export_draws_the_page(at, "universal_approximation", {"epochs": "0"})
    click(at, "Step (100 epochs)")
    assert at.session_state["universal_approximation_trainer"].epoch == 100
    at.selectbox(key="universal_approximation_target").set_value("points")
    rerun_ok(at)
    at.text_area(key="universal_approximation_points").set_value("0, 1\nnot a point")
    rerun_ok(at)
    assert any("line 2" in shown(error) for error in at.error)
    assert len(at.session_state["universal_approximation_trainer"].dataset.X_train) == 7  # kept
    at.selectbox(key="universal_approximation_activation").set_value("relu")
    at.slider(key="universal_approximation_hidden_units").set_value(3)
    at.slider(key="universal_approximation_bumps").set_value(20)
    rerun_ok(at)
    click(at, "Play")
    click(at, "Pause")
    click(at, "Reset")
    assert at.session_state["universal_approximation_trainer"].epoch == 0
