"""The capacity page."""
from apptest import click, open_page, plotly_figures, rerun_ok, shown
from page_charts import assert_export_draws_the_page, camera_file_names, file_names


def test_capacity_page():
    at = open_page("capacity")
    assert camera_file_names(at) == file_names("capacity")
    assert_export_draws_the_page(at, "capacity")
    assert "One neuron" in plotly_figures(at)[0]["layout"]["title"]["text"]
    click(at, "Train 500 more steps")
    at.radio(key="capacity_dataset").set_value("circle")
    at.slider(key="capacity_hidden_units").set_value(2)
    rerun_ok(at)
    assert plotly_figures(at)[2]["data"][0]["type"] == "scatter"  # 2 hidden units: a 2D picture
    at.slider(key="capacity_hidden_units").set_value(4)
    at.selectbox(key="capacity_activation").set_value("relu")
    rerun_ok(at)
    at.multiselect(key="capacity_plotted_units").set_value([2, 4])
    rerun_ok(at)
    assert any("exactly three" in shown(info) for info in at.info)
