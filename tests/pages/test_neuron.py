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


def test_a_drag_moves_the_nearer_tip_onto_its_sliders_steps_and_ranges():
    from specs import neuron as spec

    settings = spec.CONTROLS.defaults()  # w = (1, 1), x = (2, 0.5)
    assert spec.nearer_tip(settings, (1.2, 0.8)) == "w" and spec.nearer_tip(settings, (1.8, 0.2)) == "x"
    assert spec.tip_at("w", (-1.012, 2.026)) == {"w1": -1.0, "w2": 2.05}
    assert spec.tip_at("x", (5.0, -9.0)) == {"x1": 3.0, "x2": -3.0}
