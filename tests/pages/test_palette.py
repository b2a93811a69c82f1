"""The palette option as a page sees it (app.py runs the page in the session's palette): a link's
?palette=okabe_ito opens in it, the sidebar's radio switches it, the address bar keeps it, and a bad
value is refused with a message naming the field."""
from pathlib import Path

from streamlit.testing.v1 import AppTest

from apptest import shown
from figures.style import OKABE_ITO, PALETTES
from page_charts import charts

ROOT = Path(__file__).resolve().parents[2]


def playground(params=None):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update(params or {})
    at.switch_page("views/playground.py").run()
    assert not at.exception, at.exception
    return at


def plane_colourscale(at):
    """The colour scale of the Playground's large view (its output heatmap)."""
    [figure] = [figure for figure, config in charts(at)
                if config["toImageButtonOptions"]["filename"] == "nnlab_playground_output"]
    return [colour for _, colour in figure["data"][0]["colorscale"]]


def test_link_opens_in_the_colour_blind_palette_and_the_radio_switches_back():
    at = playground({"palette": "okabe_ito"})
    assert at.radio(key="palette").value == "okabe_ito"
    assert plane_colourscale(at) == [colour for _, colour in OKABE_ITO.diverging]
    at.radio(key="palette").set_value("playground").run()
    assert not at.exception
    assert plane_colourscale(at) == [colour for _, colour in PALETTES["playground"].diverging]
    assert "palette" not in at.query_params


def test_radio_sets_the_palette_and_the_link_keeps_it_after_a_step():
    at = playground()
    assert plane_colourscale(at) == [colour for _, colour in PALETTES["playground"].diverging]
    at.radio(key="palette").set_value("okabe_ito").run()
    at.button(key="playground_step").click().run()
    assert not at.exception
    assert at.query_params["palette"] == "okabe_ito"
    assert plane_colourscale(at) == [colour for _, colour in OKABE_ITO.diverging]


def test_bad_palette_in_a_link_is_named_and_the_default_drawn():
    at = playground({"palette": "<b>neon</b>"})
    messages = " ".join(shown(alert) for alert in [*at.warning, *at.error])
    assert "palette" in messages and "okabe_ito" in messages, messages
    assert plane_colourscale(at) == [colour for _, colour in PALETTES["playground"].diverging]


def test_the_drawing_buttons_name_the_classes_in_the_palettes_colours():
    """Four classes: their buttons say the colours the plane draws them in."""
    for name, scheme in PALETTES.items():
        at = playground({"palette": name, "dataset": "blobs", "n_classes": "4"})
        [pills] = [element for element in at.get("button_group") if "adds" in element.label]
        assert pills.options[:4] == list(scheme.class_names[:4])
