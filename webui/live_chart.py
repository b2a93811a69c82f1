"""A Plotly chart for live training that a rerun updates in place.

`st.plotly_chart` remounts its chart whenever the figure changes (its element id hashes the figure):
at ~9 updates/s that shows blank frames, and a user's zoom is lost at the next tick. `live_chart` draws
the figure with a small custom component (webui/live_chart.js) that keeps one Plotly div per key and
calls `Plotly.react` on it with each new figure. plotly.js itself is the copy Streamlit already serves
to the browser for st.plotly_chart (imported once per page), so nothing is fetched from the internet.

The component's data is the UTF-8 JSON {"figure": <plotly.io.to_json(fig)>, "config": <Plotly
config>, "theme": "streamlit" or null, "alt": <the figure's description, figures/describe.py>,
"events": <the kinds of event it sends back, webui/chart_events.py>}: NumPy arrays travel as base64
typed arrays (a uint8 heatmap stays one byte a cell). AppTest cannot run JavaScript; it sees the element as `bidi_component` and
`figure_payload(element)` reads the payload back.
"""
import json
from pathlib import Path

import plotly.io as pio
from plotly.io.json import to_json_plotly
import streamlit as st

from figures.describe import describe
from figures.presentation import presentation_style
from webui.chart_events import chart_event
from webui.plot import IMAGE_FORMAT, export_config, presentation_on, show_figure
from webui.streamlit_private import plotly_js_module

COMPONENT_NAME = "nnlab_live_chart"
PAYLOADS = "live_chart_payloads"  # session state: {key: kept_payload(...)}


PLOTLY_MODULE = plotly_js_module()
_mount_live_chart = st.components.v2.component(
    COMPONENT_NAME,
    html='<div class="nnlab-live-chart"></div><div class="nnlab-live-chart-message"></div>',
    css=".nnlab-live-chart { width: 100%; }",
    js=(Path(__file__).with_name("live_chart.js").read_text(encoding="utf-8")
        .replace("__PLOTLY_MODULE__", PLOTLY_MODULE or "")),
    isolate_styles=False,  # Plotly styles its mode bar and hover labels with page-wide CSS
)


def figure_payload_bytes(fig, config, theme, alt="", events=()):
    """What the component receives: UTF-8 JSON of the figure (as plotly.io.to_json writes it, typed
    arrays included), the Plotly config, the theme ("streamlit" or None), the chart's text
    alternative `alt` and the events it sends."""
    figure_json = pio.to_json(fig, validate=False)
    # Spliced as text: parsing and re-serialising the figure would only cost time.
    return (f'{{"figure": {figure_json}, "config": {json.dumps(config)}, '
            f'"theme": {json.dumps(theme)}, "alt": {json.dumps(alt)}, '
            f'"events": {json.dumps(list(events))}}}').encode("utf-8")


def kept_payload(kept, fig, options, build):
    """(fig, options, payload bytes, its picture's source or None): what a chart sends for `fig` with
    `options`, given `kept`, what it sent last (or None). A figure kept from the last run (the
    Playground keeps most of them between ticks) is sent again as the same bytes, not serialised
    again: serialising is a large part of a tick. A kept figure whose picture alone was repainted
    (figures/plane.repaint) is sent as the same bytes with the picture's data URI replaced: it
    appears once, and nothing else changed. Otherwise `build()` makes the payload."""
    picture = fig.layout.images[0].source if fig.layout.images else None
    if kept and kept[0] is fig and kept[1] == options:
        if picture == kept[3]:
            return kept
        drawn = _json_text(kept[3]) if kept[3] else b""
        if drawn and picture and drawn in kept[2]:
            return fig, options, kept[2].replace(drawn, _json_text(picture), 1), picture
    return fig, options, build(), picture


def _json_text(text):
    """`text` as plotly.io.to_json writes a string (quoted; it writes "/" as \\u002f), in UTF-8."""
    return to_json_plotly(text).encode("utf-8")


def figure_payload(element):
    """(figure dict, config, theme) sent by a live chart; `element` is an AppTest element
    (`at.get("bidi_component")[i]`) or its proto."""
    payload = json.loads(getattr(element, "proto", element).bytes)
    return payload["figure"], payload["config"], payload["theme"]


def figure_alt(element):
    """The text alternative a live chart was sent (see figure_payload)."""
    return json.loads(getattr(element, "proto", element).bytes)["alt"]


def live_chart(fig, page, figure, key=None, on_event=None, drag=False):
    """Draw `fig` like `webui.plot.show_figure` (same export config, presentation style and default
    key), but update the same chart in place on later reruns. `on_event(ChartEvent)` is called when
    the student clicks the plot area, or with `drag` drags on it (webui/chart_events.py; a refused
    event is dropped).
    Without Streamlit's plotly.js module (another Streamlit version) it falls back to show_figure."""
    if PLOTLY_MODULE is None:
        show_figure(fig, page, figure, key=key)
        return
    presenting = presentation_on()
    config = export_config(page, figure, st.session_state.get(IMAGE_FORMAT, "png"))
    theme = None if presenting else "streamlit"
    key = key or f"{page}-{figure}"
    payloads = st.session_state.setdefault(PAYLOADS, {})
    events = () if on_event is None else ("drag",) if drag else ("click",)
    kept = payloads[key] = kept_payload(payloads.get(key), fig, (config, theme, events), lambda: (
        figure_payload_bytes(presentation_style(fig) if presenting else fig, config, theme,
                             describe(fig, figure), events)))
    callbacks = {}
    if on_event is not None:
        def received():
            event = chart_event(st.session_state[key].get("event"))
            if event is not None:
                on_event(event)
        callbacks["on_event_change"] = received
    _mount_live_chart(key=key, data=kept[2], **callbacks)
