"""Figures for slides: the projector and print style (white background, dark axes, large type, thicker
lines, bigger markers) and the export file names. Used by the app's chart helper (webui/plot.py) and by
`python -m nnlab_export`."""
import re

import plotly.graph_objects as go
import plotly.io as pio

PRESENTATION_TEMPLATE = go.layout.Template(pio.templates["plotly_white"])
PRESENTATION_TEMPLATE.layout.update(
    font={"size": 20, "color": "black"}, title={"font": {"size": 22}}, paper_bgcolor="white",
    plot_bgcolor="white",
    xaxis={"showline": True, "linecolor": "black", "linewidth": 2, "gridcolor": "#d9d9d9",
           "ticks": "outside"},
    yaxis={"showline": True, "linecolor": "black", "linewidth": 2, "gridcolor": "#d9d9d9",
           "ticks": "outside"})
# A template only fills values a figure leaves unset, so lines and markers are enlarged per trace.
LINE_WIDTH_FACTOR = 2.0
MARKER_SIZE_FACTOR = 1.5
TYPE_SIZE_FACTOR = PRESENTATION_TEMPLATE.layout.font.size / 12  # Plotly's own type size is 12


def export_filename(page, figure):
    """`nnlab_<page>_<figure>`, lower case, safe in any file system."""
    return re.sub(r"[^a-z0-9]+", "_", f"nnlab {page} {figure}".lower()).strip("_")


def presentation_style(fig):
    """A restyled copy of `fig` (a copy, because a page may keep a figure and update it per tick):
    the template's type size, and every type size the figure sets itself (titles, notes, labels)
    enlarged by as much."""
    styled = go.Figure(fig)
    styled.update_layout(template=PRESENTATION_TEMPLATE, paper_bgcolor="white", plot_bgcolor="white",
                         font_size=PRESENTATION_TEMPLATE.layout.font.size)
    fonts = [styled.layout.title.font, *(note.font for note in styled.layout.annotations)]
    for trace in styled.data:
        if "textfont" in trace:
            fonts.append(trace.textfont)
        if trace.type not in ("scatter", "scattergl"):
            continue
        trace.line.width = (trace.line.width or 2) * LINE_WIDTH_FACTOR
        if trace.marker.size is None or isinstance(trace.marker.size, (int, float)):
            trace.marker.size = (trace.marker.size or 6) * MARKER_SIZE_FACTOR
    for font in fonts:
        if isinstance(font.size, (int, float)):
            font.size = font.size * TYPE_SIZE_FACTOR
    return styled
