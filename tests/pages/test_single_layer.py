"""The single-layer page trains and switches loss and regularizer."""
from apptest import open_page
from page_charts import assert_export_draws_the_page, camera_file_names, file_names

PAGE = "single_layer"


def test_page_runs_trains_and_switches_loss_and_regularizer():
    at = open_page(PAGE)
    text = " ".join(m.value for m in at.markdown)
    assert "= 2.04" in text and "0.89" in text
    assert camera_file_names(at) == file_names("single_layer")
    assert_export_draws_the_page(at, "single_layer", {"epochs": "0"})  # the page starts untrained
    at.button(key="single_layer_step").click().run()
    assert "epoch 1" in " ".join(m.value for m in at.markdown)
    at.radio(key="single_layer_output").set_value("hinge").run()
    at.selectbox(key="single_layer_regularization").set_value("l1").run()
    at.select_slider(key="single_layer_regularization_rate").set_value(0.1).run()
    at.toggle(key="single_layer_extra_features").set_value(True).run()
    at.slider(key="single_layer_n_classes").set_value(5).run()
    for _ in range(3):
        at.button(key="single_layer_step").click().run()
    assert not at.exception
    assert "+ 0.1 ×" in " ".join(m.value for m in at.markdown)
    at.button(key="single_layer_play").click().run()
    assert at.session_state["single_layer_playing"]
    at.button(key="single_layer_reset").click().run()
    assert not at.exception and not at.session_state["single_layer_playing"]
    assert at.session_state["single_layer_trainer"].steps == 0
