"""The shared chart configuration of webui/plot.py: export file names and formats, and the sidebar
options (with ?presentation=1) as a page sees them."""
import json

import pytest
from streamlit.testing.v1 import AppTest

from webui.plot import export_config


def _chart_page():
    import plotly.graph_objects as go
    import streamlit as st

    from webui.plot import export_options_sidebar, show_figure

    export_options_sidebar()
    show_figure(go.Figure(go.Scatter(x=[0, 1], y=[0, 1])), "Test page", "Line")
    st.write(dict(st.query_params))


def _drawn(at):
    chart = at.get("plotly_chart")[0].proto
    return json.loads(chart.spec), json.loads(chart.config), chart.theme


def test_camera_button_saves_png_at_3x_named_after_page_and_figure():
    options = export_config("Playground", "Decision boundary")["toImageButtonOptions"]
    assert options == {"format": "png", "scale": 3, "filename": "nnlab_playground_decision_boundary"}


def test_camera_button_can_save_svg_and_refuses_other_formats():
    assert export_config("x", "y", "svg")["toImageButtonOptions"]["format"] == "svg"
    with pytest.raises(ValueError, match="image_format"):
        export_config("x", "y", "gif")


def test_sidebar_defaults_png_and_streamlit_theme():
    at = AppTest.from_function(_chart_page, default_timeout=30).run()
    assert not at.exception
    spec, config, theme = _drawn(at)
    assert config["toImageButtonOptions"]["format"] == "png" and theme == "streamlit"
    assert "presentation" not in at.query_params
    at.toggle(key="presentation").set_value(True).run()
    assert at.query_params["presentation"] == "1" and _drawn(at)[2] == ""


def test_presentation_link_restyles_every_chart_and_svg_is_offered():
    at = AppTest.from_function(_chart_page, default_timeout=30)
    at.query_params["presentation"] = "1"
    at.run()
    assert at.toggle(key="presentation").value is True
    spec, _, theme = _drawn(at)
    assert spec["layout"]["plot_bgcolor"] == "white" and theme == ""
    at.radio(key="image_format").set_value("svg").run()
    assert "scale" not in _drawn(at)[1]["toImageButtonOptions"]
    assert _drawn(at)[1]["toImageButtonOptions"]["format"] == "svg"
    at.toggle(key="presentation").set_value(False).run()
    assert "presentation" not in at.query_params and _drawn(at)[2] == "streamlit"
