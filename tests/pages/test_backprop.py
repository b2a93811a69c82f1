"""The backprop page: forward, backward, update, and its export after the buttons."""
import re

from apptest import click, open_page, rerun_ok
from page_charts import assert_export_draws_the_page, camera_file_names, file_names


def test_backprop_page_forward_backward_update():
    at = open_page("backprop")
    click(at, "Forward")
    for _ in range(8):
        click(at, "Backward (one edge)")
    table = at.dataframe[0].value
    assert len(table) == 8 and (table["|difference|"] < 1e-6).all()
    w = at.session_state["backprop_w"]
    click(at, "Update")
    assert at.session_state["backprop_w"] != w
    at.number_input(key="backprop_x").set_value(-2.0)
    rerun_ok(at)
    for _ in range(3):
        click(at, "Forward (next layer)")
    for _ in range(3):
        click(at, "Backward (next layer)")
    table = at.dataframe[-1].value
    assert len(table) == 19 and (table["|difference|"] < 1e-6).all()
    click(at, "Update", 1)
    click(at, "Reset", 1)
    assert at.session_state["backprop_W1_11"] == 0.5


def test_backprop_export_draws_the_page_after_its_buttons():
    at = open_page("backprop")
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


def test_forward_all_and_the_loss_before_and_after_an_update():
    at = open_page("backprop")
    click(at, "Forward (all)")  # only the network's forward pass has several steps
    assert at.session_state["backprop_net_forward"] == 3
    click(at, "Backward (all)", 1)
    click(at, "Update", 1)
    caption = next(c.value for c in at.caption if c.value.startswith("Last update:"))
    before, after = (float(number) for number in re.search(r"loss L: ([\d.]+) → ([\d.]+)", caption).groups())
    assert after < before  # one gradient step at η = 1 lowers this example's loss
