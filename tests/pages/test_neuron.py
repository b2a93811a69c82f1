"""The neuron page runs and its controls work."""

from apptest import open_page, plotly_figures, shown

PAGE = "neuron"


def test_page_runs_and_its_controls_work():
    at = open_page(PAGE)
    assert any("fires" in shown(s) for s in at.success)
    at.slider(key="neuron_T").set_value(5.5).run()  # |x||w| ≈ 2.9 < T: never fires
    assert not at.exception and any("never" in shown(w) for w in at.warning)
    at.radio(key="neuron_w_form").set_value("angle and length").run()
    at.slider(key="neuron_w_angle").set_value(-120).run()
    for activation in ("sigmoid", "tanh", "relu", "leaky_relu", "linear", "step"):
        at.selectbox(key="neuron_activation").set_value(activation).run()
        assert not at.exception
    at.radio(key="neuron_data").set_value("xor").run()
    assert not at.exception
    spec = plotly_figures(at)[1]
    assert spec["data"][0]["type"] == "heatmap"
