"""Shareable links of the lecture pages: a link sets the page's widgets and the export of the same link
draws the same charts; the address bar holds exactly the settings that differ from the defaults; a
bad parameter falls back to its default with a warning naming it (the export refuses it instead)."""
import pytest

from apptest import open_page, shown
from nnlab_export.catalog import PAGES, export_figures
from page_charts import assert_export_draws_the_page
from specs.controls import ParameterError, as_text
from specs.universal_approximation import EXAMPLE_POINTS

LINKS = {
    "neuron": (
        {"w1": "-1.5", "T": "0.25", "x2": "-2", "activation": "tanh", "data": "xor"},
        {"neuron_w1": -1.5, "neuron_w2": 1.0, "neuron_T": 0.25, "neuron_x2": -2.0,
         "neuron_activation": "tanh", "neuron_data": "xor"}, {}, None),
    "activations": (
        {"names": "relu,leaky_relu", "z": "-2.5", "threshold": "0.2"},
        {"activations_names": ["relu", "leaky_relu"], "activations_z": -2.5,
         "activations_threshold": 0.2}, {}, None),
    "single_layer": (
        {"scores": "dog:1,cat:2.5,bird:-0.5", "correct": "cat", "n_classes": "4", "noise": "0.2",
         "output": "hinge", "learning_rate": "0.1", "regularization": "l1",
         "regularization_rate": "0.1", "extra_features": "1"},
        {"single_layer_correct": "cat", "single_layer_n_classes": 4, "single_layer_noise": 0.2,
         "single_layer_output": "hinge", "single_layer_learning_rate": 0.1, "single_layer_regularization": "l1",
         "single_layer_regularization_rate": 0.1, "single_layer_extra_features": True}, {"epochs": "0"}, None),
    "gradient_descent": (
        {"surface": "valley", "w1": "-1", "learning_rate": "0.05", "max_steps": "50",
         "rate_big": "0.25", "step_epsilon": "0.001", "race_adaptive_rate": "0.3", "race_steps": "40"},
        {"gradient_descent_surface": "valley", "gradient_descent_w1": -1.0,
         "gradient_descent_w2": 1.5, "gradient_descent_learning_rate": 0.05,
         "gradient_descent_max_steps": 50, "gradient_descent_rate_big": 0.25,
         "gradient_descent_step_epsilon_on": True, "gradient_descent_step_epsilon": 0.001,
         "gradient_descent_gradient_epsilon_on": False, "gradient_descent_race_adaptive_rate": 0.3,
         "gradient_descent_race_steps": 40}, {}, None),
    "capacity": (
        {"dataset": "circle", "activation": "relu", "seed": "3", "plotted_units": "2,3,4"},
        {"capacity_dataset": "circle", "capacity_hidden_units": 4, "capacity_activation": "relu", "capacity_seed": 3,
         "capacity_plotted_units": [2, 3, 4]}, {}, None),
    "universal_approximation": (
        {"target": "points", "points": "-2, 0\n0, 1\n2, 0", "hidden_units": "5", "activation": "relu",
         "learning_rate": "0.05", "stacked": "0", "bumps": "12", "steepness": "40"},
        {"universal_approximation_target": "points",
         "universal_approximation_points": "-2, 0\n0, 1\n2, 0", "universal_approximation_hidden_units": 5,
         "universal_approximation_activation": "relu", "universal_approximation_learning_rate": 0.05,
         "universal_approximation_stacked": False, "universal_approximation_bumps": 12,
         "universal_approximation_steepness": 40.0}, {"epochs": "0"}, None),
    "hidden_codes": (
        {"output": "sigmoid_mse", "optimizer": "momentum", "learning_rate": "0.3", "seed": "7"},
        {"hidden_codes_output": "sigmoid_mse", "hidden_codes_optimizer": "momentum", "hidden_codes_learning_rate": 0.3,
         "hidden_codes_seed": 7}, {"epochs": "0"}, None),
    "backprop": (
        {"learning_rate": "0.5", "network_learning_rate": "2", "x": "-1", "W1_11": "0.25"},
        {"backprop_learning_rate": 0.5, "backprop_network_learning_rate": 2.0, "backprop_x": -1.0,
         "backprop_w": 0.8, "backprop_W1_11": 0.25}, {"stage": "update"}, None),
    "numpy_net": ({"seed": "5"}, {"numpy_net_seed": 5}, {"iterations": "0"}, ["loss"]),
    "overfitting": (  # the page's own network opens untrained; the export trains it `epochs`
        {"noise": "0.2", "n_train": "12", "hidden_units": "4", "layers": "2",
         "regularization_rate": "0.001", "epochs": "500", "data_seed": "3"},
        {"overfitting_noise": 0.2, "overfitting_n_train": 12, "overfitting_hidden_units": 4,
         "overfitting_layers": 2, "overfitting_regularization_rate": 0.001, "overfitting_epochs": 500,
         "overfitting_data_seed": 3}, {}, ["capacity sweep"]),
}


CONTROLS = {page: PAGES[page].CONTROLS for page in LINKS}


WIDGET_KINDS = ("slider", "select_slider", "selectbox", "radio", "multiselect", "number_input",
                "toggle", "checkbox", "text_area")




def widget_value(at, key):
    """The value the widget with `key` shows."""
    for kind in WIDGET_KINDS:
        for widget in getattr(at, kind):
            if widget.key == key:
                return widget.value
    raise LookupError(f"no widget with key {key!r}")


def show_backprop_update(at):
    """Press the buttons after which the page shows what the export's stage=update draws."""
    for part, forward_steps in (("neuron", 1), ("net", 3)):
        for _ in range(forward_steps):
            at.button(key=f"backprop_{part}_fwd").click().run()
        at.button(key=f"backprop_{part}_bwd_all").click().run()
        at.button(key=f"backprop_{part}_update").click().run()
    assert not at.exception, at.exception


BAD_LINKS = [
    ("neuron", {"w1": "9", "T": "0.5"}, "w1", ("neuron_w1", 1.0), ("neuron_T", 0.5)),
    ("activations", {"threshold": "0.3", "z": "2"}, "threshold", ("activations_threshold", 0.05),
     ("activations_z", 2.0)),
    ("single_layer", {"scores": "cat:1", "noise": "0.3"}, "scores", ("single_layer_correct", "cat"),
     ("single_layer_noise", 0.3)),
    ("gradient_descent", {"surface": "valley", "learning_rate": "abc"}, "learning_rate",
     ("gradient_descent_learning_rate", 0.15), ("gradient_descent_surface", "valley")),
    ("capacity", {"plotted_units": "1,1,2", "seed": "2"}, "plotted_units", ("capacity_plotted_units", [1, 2, 3]),
     ("capacity_seed", 2)),
    ("universal_approximation", {"target": "points", "points": "0, 1\nnot a point"}, "points",
     ("universal_approximation_points", EXAMPLE_POINTS),
     ("universal_approximation_target", "points")),
    ("hidden_codes", {"learning_rate": "0.5", "seed": "4"}, "learning_rate", ("hidden_codes_learning_rate", 2.0),
     ("hidden_codes_seed", 4)),
    ("backprop", {"W1_11": "inf", "x": "2"}, "W1_11", ("backprop_W1_11", 0.5),
     ("backprop_x", 2.0)),
    ("numpy_net", {"seed": "-1"}, "seed", ("numpy_net_seed", 0), None),
    ("overfitting", {"epochs": "3000", "epochs_": "1", "layers": "2"}, "epochs",
     ("overfitting_epochs", 2000), ("overfitting_layers", 2)),
]


def test_every_lecture_page_has_a_link():
    assert set(LINKS) == set(PAGES) - {"playground"}


@pytest.mark.parametrize("page", list(LINKS))
def test_link_sets_the_widgets_stays_in_the_address_bar_and_exports_the_same_charts(page):
    params, widgets, export_only, charts = LINKS[page]
    at = open_page(page, params)
    assert not [shown(w) for w in at.warning if shown(w).startswith("Link parameter")]
    for key, value in widgets.items():
        assert widget_value(at, key) == value, key
    assert dict(at.query_params) == params  # exactly the non-default settings
    if page == "backprop":  # the export draws the graphs after a stage of the buttons
        show_backprop_update(at)
    assert_export_draws_the_page(at, page, {**params, **export_only}, charts)


@pytest.mark.parametrize("page", list(LINKS))
def test_settings_written_back_read_the_same(page):
    """The page's parser reads the link to settings, and those settings write the same link."""
    params = LINKS[page][0]
    settings, notes = CONTROLS[page].read(params)
    assert notes == []
    assert CONTROLS[page].link(settings) == params
    assert CONTROLS[page].link(CONTROLS[page].defaults()) == {}


@pytest.mark.parametrize("page, params, bad, default, good", BAD_LINKS, ids=[b[0] for b in BAD_LINKS])
def test_a_bad_parameter_falls_back_to_its_default_with_a_warning(page, params, bad, default, good):
    at = open_page(page, params)
    warnings = [shown(w) for w in at.warning if shown(w).startswith("Link parameter")]
    assert any(w.startswith(f"Link parameter {bad}: ") and w.endswith("the default is used instead")
               for w in warnings), warnings
    assert widget_value(at, default[0]) == default[1]
    if good:
        assert widget_value(at, good[0]) == good[1]
    owned = set(CONTROLS[page].names())
    kept = {name: text for name, text in params.items() if name != bad}
    assert dict(at.query_params) == kept  # the good ones, and any the page does not own
    assert {name for name in kept if name not in owned} <= {"epochs_"}
    with pytest.raises(ParameterError, match=f"^{bad}: "):  # the export refuses the same link
        export_figures(page, params)


def test_unknown_parameters_are_named_and_left_alone_presentation_is_not_a_page_setting():
    at = open_page("neuron", {"bogus": "1", "epochs": "5", "presentation": "1", "x1": "-1"})
    warnings = [shown(w) for w in at.warning]
    assert "Link parameter bogus: not a setting of this page; ignored" in warnings
    assert "Link parameter epochs: not a setting of this page; ignored" in warnings
    assert not any("presentation" in w for w in warnings)
    assert widget_value(at, "neuron_x1") == -1.0
    assert dict(at.query_params) == {"bogus": "1", "epochs": "5", "presentation": "1", "x1": "-1"}


def test_address_bar_follows_the_widgets_and_the_link_is_read_once():
    at = open_page("neuron", {"w1": "-1.5", "data": "xor"})
    at.slider(key="neuron_w1").set_value(1.0).run()  # back to the default: out of the link
    at.slider(key="neuron_x1").set_value(-0.5).run()
    assert dict(at.query_params) == {"data": "xor", "x1": "-0.5"}
    at.radio(key="neuron_w_form").set_value("angle and length").run()
    at.slider(key="neuron_w_angle").set_value(90).run()
    at.slider(key="neuron_w_length").set_value(2.0).run()
    w1, w2 = (float(at.query_params[name]) for name in ("w1", "w2"))  # the weights drawn
    assert w1 == pytest.approx(0.0, abs=1e-12) and w2 == pytest.approx(2.0)
    assert widget_value(at, "neuron_data") == "xor"


def test_a_surface_preset_follows_the_surface_and_a_link_value_wins_on_first_load():
    at = open_page("gradient_descent", {"surface": "valley", "learning_rate": "0.05"})
    assert widget_value(at, "gradient_descent_learning_rate") == 0.05
    at.selectbox(key="gradient_descent_surface").set_value("bowl").run()  # the default surface
    assert widget_value(at, "gradient_descent_learning_rate") == 0.3  # the bowl's preset
    assert dict(at.query_params) == {}
    at.number_input(key="gradient_descent_learning_rate").set_value(0.15).run()
    assert dict(at.query_params) == {"learning_rate": "0.15"}
    at.checkbox(key="gradient_descent_gradient_epsilon_on").check().run()  # on: its ε belongs to the link
    assert at.query_params["gradient_epsilon"] == "0.001"


def test_a_link_leaves_out_values_equal_to_a_default_that_depends_on_another_setting():
    controls = CONTROLS["gradient_descent"]
    settings, _ = controls.read({"surface": "valley"})
    assert settings["learning_rate"] == 0.15 and settings["step_epsilon"] is None
    assert controls.link({**settings, "learning_rate": 0.15}) == {"surface": "valley"}
    assert controls.link({**settings, "learning_rate": 0.3}) == {"surface": "valley",
                                                                      "learning_rate": "0.3"}
    assert controls.link({**settings, "surface": "bowl", "learning_rate": 0.3}) == {
        "w1": "-3.5", "w2": "1.5", "rate_small": "0.005", "rate_right": "0.15", "rate_big": "0.21",
        "race_learning_rate": "0.15"}  # bowl is the default; the valley's start and rates are not
    backprop = CONTROLS["backprop"]
    same = backprop.read({"learning_rate": "3"})[0]
    assert same["network_learning_rate"] == 3.0
    assert backprop.link(same) == {"learning_rate": "3"}


def test_a_lenient_read_names_each_bad_or_unknown_parameter_and_keeps_the_good_ones():
    controls = CONTROLS["hidden_codes"]
    settings, notes = controls.read({"output": "nope", "seed": "2.5", "optimizer": "adam", "x": "1",
                                     "y": "2"})
    assert settings == {**controls.defaults(), "optimizer": "adam"}
    assert notes == ["output: 'nope' not allowed; choose from sigmoid_bce, sigmoid_mse; the default "
                     "is used instead",
                     "seed: '2.5' must be a whole number from 0 to 9999; the default is used instead",
                     "x: not a setting of this page; ignored", "y: not a setting of this page; ignored"]


@pytest.mark.parametrize("value, text", [(True, "1"), (False, "0"), (3, "3"), (2.0, "2"), (0.1, "0.1"),
                                         (1e-6, "1e-06"), ([1, 2], "1,2"), ({"a": 1.5, "b": -2.0}, "a:1.5,b:-2"),
                                         ("relu", "relu")])
def test_as_text(value, text):
    assert as_text(value) == text
