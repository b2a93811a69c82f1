"""The lecture pages 5-10 run, and their main controls work, without an exception (AppTest)."""
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from threadpoolctl import threadpool_limits

from page_charts import assert_export_draws_the_page, camera_file_names, file_names

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def one_blas_thread():
    with threadpool_limits(1):
        yield


def run(page):
    at = AppTest.from_file(str(ROOT / "views" / page), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def click(at, label, index=0):
    [b for b in at.button if b.label == label][index].click()
    at.run()
    assert not at.exception, at.exception


def rerun_ok(at):
    at.run()
    assert not at.exception, at.exception


def figures(at):
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def test_capacity_page():
    at = run("capacity.py")
    assert camera_file_names(at) == file_names("capacity")
    assert_export_draws_the_page(at, "capacity")
    assert "One neuron" in figures(at)[0]["layout"]["title"]["text"]
    click(at, "Train 500 more steps")
    at.radio(key="capacity_data").set_value("circle")
    at.slider(key="capacity_units").set_value(2)
    rerun_ok(at)
    assert figures(at)[2]["data"][0]["type"] == "scatter"  # 2 hidden units: a 2D picture
    at.slider(key="capacity_units").set_value(4)
    at.selectbox(key="capacity_act").set_value("relu")
    rerun_ok(at)
    at.multiselect(key="capacity_axes").set_value([2, 4])
    rerun_ok(at)
    assert any("exactly three" in info.value for info in at.info)


def test_universal_approximation_page():
    at = run("universal_approximation.py")
    assert camera_file_names(at) == file_names("universal_approximation")
    assert_export_draws_the_page(at, "universal_approximation", {"epochs": "0"})
    click(at, "Step (100 epochs)")
    assert at.session_state["universal_approximation_trainer"][1].epoch == 100
    at.selectbox(key="universal_approximation_target").set_value("points")
    rerun_ok(at)
    at.text_area(key="universal_approximation_points").set_value("0, 1\nnot a point")
    rerun_ok(at)
    assert any("line 2" in error.value for error in at.error)
    assert len(at.session_state["universal_approximation_trainer"][1].dataset.X_train) == 7  # kept
    at.selectbox(key="universal_approximation_act").set_value("relu")
    at.slider(key="universal_approximation_units").set_value(3)
    at.slider(key="universal_approximation_bumps").set_value(20)
    rerun_ok(at)
    click(at, "▶ Play")
    click(at, "⏸ Pause")
    click(at, "↺ Reset")
    assert at.session_state["universal_approximation_trainer"][1].epoch == 0


def test_hidden_codes_page():
    at = run("hidden_codes.py")
    assert camera_file_names(at) == file_names("hidden_codes")
    assert_export_draws_the_page(at, "hidden_codes", {"epochs": "0"})
    for _ in range(3):
        click(at, "Step (100 epochs)")
    assert at.session_state["hidden_codes_trainer"].epoch == 300
    assert len(at.dataframe[0].value) == 8
    at.selectbox(key="hidden_codes_output").set_value("sigmoid_mse")
    rerun_ok(at)
    assert at.session_state["hidden_codes_trainer"].epoch == 0  # a new network


def test_backprop_page_forward_backward_update():
    at = run("backprop.py")
    click(at, "Forward")
    for _ in range(8):
        click(at, "Backward (one edge)")
    table = at.dataframe[0].value
    assert len(table) == 8 and (table["|difference|"] < 1e-6).all()
    w = at.session_state["backprop_neuron_w"]
    click(at, "Update")
    assert at.session_state["backprop_neuron_w"] != w
    at.number_input(key="backprop_neuron_x").set_value(-2.0)
    rerun_ok(at)
    for _ in range(3):
        click(at, "Forward (next layer)")
    for _ in range(3):
        click(at, "Backward (next layer)")
    table = at.dataframe[-1].value
    assert len(table) == 19 and (table["|difference|"] < 1e-6).all()
    click(at, "Update", 1)
    click(at, "Reset", 1)
    assert at.session_state["backprop_net_W1_11"] == 0.5


def test_backprop_export_draws_the_page_after_its_buttons():
    at = run("backprop.py")
    assert camera_file_names(at) == file_names("backprop")
    click(at, "Forward")
    assert_export_draws_the_page(at, "backprop", {"stage": "forward"}, ["neuron graph"])
    click(at, "Backward (all)")
    for _ in range(3):
        click(at, "Forward (next layer)")
    assert_export_draws_the_page(at, "backprop", {"stage": "forward"}, ["network graph"])
    click(at, "Backward (all)", 1)
    assert_export_draws_the_page(at, "backprop")  # stage=backward: every value and error signal
    click(at, "Update")
    click(at, "Update", 1)
    assert_export_draws_the_page(at, "backprop", {"stage": "update"})


def test_numpy_net_page():
    at = run("numpy_net.py")
    assert camera_file_names(at) == file_names("numpy_net")
    click(at, "Step (10 iterations)")
    assert at.session_state["numpy_net_run"][1].steps == 10
    assert any("identical" in m.value for m in at.markdown)
    assert len(figures(at)[0]["data"]) >= 2  # the live run and the plain program


def test_overfitting_page():
    at = run("overfitting.py")
    assert camera_file_names(at) == file_names("overfitting")
    click(at, "Step (100 epochs)")
    assert at.session_state["overfitting_trainer"].epoch == 100
    at.select_slider(key="overfitting_lambda").set_value(0.01)
    rerun_ok(at)
    assert at.session_state["overfitting_trainer"].epoch == 100  # λ changes without a reset
    at.select_slider(key="overfitting_epochs").set_value(500)
    at.select_slider(key="overfitting_units").set_value(2)
    at.radio(key="overfitting_layers").set_value(2)
    rerun_ok(at)
    sweep = next(f for f in figures(at) if "capacity" in f["layout"]["title"]["text"])
    assert [t["name"] for t in sweep["data"]] == ["training loss", "test loss", "lowest test loss"]


def test_app_lists_the_pages_in_lecture_order():
    text = (ROOT / "app.py").read_text()
    order = ["capacity", "universal_approximation", "hidden_codes", "backprop", "numpy_net",
             "overfitting"]
    positions = [text.index(f'"views/{name}.py"') for name in order]
    assert positions == sorted(positions)
