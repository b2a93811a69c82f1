"""The NumPy page."""
from apptest import click, open_page
from page_charts import camera_file_names, charts, file_names


def test_numpy_net_page():
    at = open_page("numpy_net")
    assert camera_file_names(at) == file_names("numpy_net")
    click(at, "Step (10 iterations)")
    assert at.session_state["numpy_net_trainer"].steps == 10
    assert any("identical" in m.value for m in at.markdown)
    assert len(charts(at)[0][0]["data"]) >= 2  # the live run and the plain program
