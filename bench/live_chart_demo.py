"""A moving 100x100 uint8 heatmap, ticked by a fragment, drawn twice side by side: with
st.plotly_chart (through webui.plot.show_figure) and with webui.live_chart.live_chart.

    streamlit run bench/live_chart_demo.py     (bench/live_chart_fps.py starts it and measures it)

Each figure's title carries the tick number, so a browser can count the updates it actually shows.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
import plotly.graph_objects as go  # noqa: E402
import streamlit as st  # noqa: E402

from webui.live_chart import live_chart  # noqa: E402
from webui.plot import show_figure  # noqa: E402

TICK_SECONDS = 0.1
SIZE = 100
ROWS, COLUMNS = np.mgrid[0:SIZE, 0:SIZE]


def heatmap(tick):
    """Diagonal stripes moving by 8 levels per tick, as uint8 (what the Playground sends)."""
    z = ((ROWS + COLUMNS) * 3 + 8 * tick) % 256
    fig = go.Figure(go.Heatmap(z=z.astype(np.uint8), zmin=0, zmax=255, colorscale="RdBu",
                               showscale=False))
    fig.update_layout(title=dict(text=f"tick {tick}"), height=320, uirevision="demo",
                      margin=dict(l=30, r=10, t=40, b=30))
    return fig


st.set_page_config(page_title="live chart demo", layout="wide")
playing = st.toggle("Play", value=True, key="playing")


@st.fragment(run_every=TICK_SECONDS if playing else None)
def live():
    st.session_state.tick = st.session_state.get("tick", 0) + 1
    fig = heatmap(st.session_state.tick)
    remounting, in_place = st.columns(2)
    with remounting.container(key="plotly_chart_side"):
        st.caption("st.plotly_chart")
        show_figure(fig, "demo", "remounting")
    with in_place.container(key="live_chart_side"):
        st.caption("live_chart (Plotly.react)")
        live_chart(fig, "demo", "in place")


live()
