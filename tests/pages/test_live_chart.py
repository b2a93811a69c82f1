"""webui/live_chart.py as AppTest sees it (no JavaScript runs there): the component's payload is the
figure's JSON with the shared export config, the element keeps its id while the data change (so the
browser updates it in place), and presentation style and the image format apply as in show_figure.
The browser side is measured by bench/live_chart_fps.py."""
import json

import numpy as np
import plotly.io as pio
from streamlit.testing.v1 import AppTest

import webui.live_chart
from builders import demo_figure
from figures.presentation import presentation_style
from webui.live_chart import figure_payload
from webui.plot import IMAGE_FORMAT, export_config
from webui.streamlit_private import plotly_js_module


def _live_page():
    import streamlit as st

    from builders import demo_figure
    from webui.live_chart import live_chart

    st.session_state.tick = st.session_state.get("tick", 0) + 1
    live_chart(demo_figure(st.session_state.tick), "Test page", "Heatmap")


def _run(**session_state):
    at = AppTest.from_function(_live_page, default_timeout=30)
    for name, value in session_state.items():
        at.session_state[name] = value
    at.run()
    assert not at.exception
    return at


def _kept_figure_page():
    import streamlit as st

    from builders import demo_figure
    from webui.live_chart import live_chart

    if "figure" not in st.session_state:
        st.session_state.figure = demo_figure(1)
    live_chart(st.session_state.figure, "Test page", "Heatmap")


def test_payload_is_the_figure_json_with_the_shared_export_config():
    at = _run()
    [chart] = at.get("bidi_component")
    figure, config, theme = figure_payload(chart)
    assert figure == json.loads(pio.to_json(demo_figure(1), validate=False))
    assert config == export_config("Test page", "Heatmap")
    assert config["toImageButtonOptions"] == {"format": "png", "scale": 3,
                                              "filename": "nnlab_test_page_heatmap"}
    assert theme == "streamlit"


def test_uint8_heatmap_travels_as_one_byte_a_cell():
    chart = _run().get("bidi_component")[0]
    z = figure_payload(chart)[0]["data"][0]["z"]
    assert z["dtype"] == "u1" and len(z["bdata"]) == 4 * int(np.ceil(100 * 100 / 3))
    assert len(chart.proto.bytes) < 2 * 100 * 100  # float64 as JSON numbers would be ~10x this


def test_a_rerun_with_new_data_keeps_the_element_so_the_browser_updates_it_in_place():
    at = _run()
    first = at.get("bidi_component")[0].proto
    first_id, first_data = first.id, first.bytes
    at.run()
    second = at.get("bidi_component")[0].proto
    assert second.bytes != first_data and figure_payload(second)[0]["layout"]["title"]["text"] == "tick 2"
    assert second.id == first_id and "Test page-Heatmap" in second.id


def test_a_kept_figure_is_serialised_once_until_it_or_the_export_format_changes(monkeypatch):
    serialised = []
    original = webui.live_chart.figure_payload_bytes
    monkeypatch.setattr(webui.live_chart, "figure_payload_bytes",
                        lambda *args: serialised.append(args) or original(*args))
    at = AppTest.from_function(_kept_figure_page, default_timeout=30).run()
    first = at.get("bidi_component")[0].proto.bytes
    at.run()
    assert len(serialised) == 1 and at.get("bidi_component")[0].proto.bytes == first
    at.session_state[IMAGE_FORMAT] = "svg"
    at.run()
    assert len(serialised) == 2 and figure_payload(at.get("bidi_component")[0])[1][
        "toImageButtonOptions"]["format"] == "svg"
    at.session_state["figure"] = demo_figure(2)
    at.run()
    assert len(serialised) == 3 and not at.exception
    assert figure_payload(at.get("bidi_component")[0])[0]["layout"]["title"]["text"] == "tick 2"


def test_component_imports_the_plotly_module_streamlit_serves():
    module = plotly_js_module()
    chart = _run().get("bidi_component")[0].proto
    assert module and module in chart.js_content and "__PLOTLY_MODULE__" not in chart.js_content
    assert not chart.isolate_styles  # Plotly's page-wide CSS must reach the chart


def test_presentation_style_and_svg_export_as_in_show_figure():
    at = _run(presentation=True, image_format="svg")
    figure, config, theme = figure_payload(at.get("bidi_component")[0])
    assert figure == json.loads(pio.to_json(presentation_style(demo_figure(1)), validate=False))
    assert theme is None and config == export_config("Test page", "Heatmap", "svg")


def test_without_streamlits_plotly_module_it_falls_back_to_plotly_chart(monkeypatch):
    monkeypatch.setattr(webui.live_chart, "PLOTLY_MODULE", None)
    at = _run()
    assert not at.get("bidi_component")
    assert json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]["title"]["text"] == "tick 1"
