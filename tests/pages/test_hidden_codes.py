"""The 8-3-8 page."""
from apptest import click, open_page, rerun_ok
from page_charts import assert_export_draws_the_page, camera_file_names, file_names


def test_hidden_codes_page():
    at = open_page("hidden_codes")
    assert camera_file_names(at) == file_names("hidden_codes")
    assert_export_draws_the_page(at, "hidden_codes", {"epochs": "0"})
    for _ in range(3):
        click(at, "Step (100 epochs)")
    assert at.session_state["hidden_codes_trainer"].epoch == 300
    assert len(at.dataframe[0].value) == 8
    at.selectbox(key="hidden_codes_output").set_value("sigmoid_mse")
    rerun_ok(at)
    assert at.session_state["hidden_codes_trainer"].epoch == 0  # a new network
