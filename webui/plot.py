"""One way to put a Plotly figure on a page, so every chart exports the same way for slides and can be
shown in a projector-friendly "presentation" style. These options and the palette live in the sidebar
(see `export_options_sidebar`, called once per run by app.py) and hold for every page.
"""
import streamlit as st

from figures.describe import describe
from figures.presentation import export_filename, presentation_style
from figures.style import palette_in_use
from lessons.language import N_, _
from specs import app

from .controls import PageControls
from .language import LANG, browser_language

PRESENTATION = "presentation"  # session-state key and URL parameter: ?presentation=1
PALETTE = "palette"  # session-state key and URL parameter: ?palette=okabe_ito
IMAGE_FORMAT = "image_format"  # session-state key: what the camera button saves
IMAGE_FORMATS = {"png": N_("PNG (3× scale)"), "svg": N_("SVG (vector)")}
PNG_SCALE = 3


def export_config(page, figure, image_format="png"):
    """Plotly config: the camera button saves a PNG at 3x scale (or an SVG) named after page and figure."""
    if image_format not in IMAGE_FORMATS:
        raise ValueError(f"image_format: {image_format!r}; allowed: {', '.join(IMAGE_FORMATS)}")
    options = {"format": image_format, "filename": export_filename(page, figure)}
    if image_format == "png":
        options["scale"] = PNG_SCALE
    return {"displaylogo": False, "toImageButtonOptions": options}


def presentation_on():
    return bool(st.session_state.get(PRESENTATION, False))


def session_palette():
    """Build the figures of the block in the session's palette (app.py's run, a live view's tick)."""
    return palette_in_use(st.session_state.get(PALETTE, app.CONTROLS[PALETTE].default))


def show_figure(fig, page, figure, key=None):
    """Draw `fig` with the shared export configuration; `page` and `figure` name the export file.
    In presentation style the figure is restyled and Streamlit's own theme is switched off. Screen
    readers get the figure's description (figures/describe.py) as the chart's name."""
    presenting = presentation_on()
    st.plotly_chart(presentation_style(fig) if presenting else fig,
                    theme=None if presenting else "streamlit",
                    config=export_config(page, figure, st.session_state.get(IMAGE_FORMAT, "png")),
                    key=key or f"{page}-{figure}", alt=describe(fig, figure))


def export_options_sidebar():
    """Sidebar controls shared by every page: the language (a link's ?lang=zh, else the browser's),
    presentation style (a link's ?presentation=1 opens in it, and the address bar keeps both) and the
    camera button's image format."""
    chosen = LANG in st.session_state
    options = PageControls(None, app.CONTROLS)
    if not chosen and LANG not in st.query_params:  # the browser's language, not the table's default
        st.session_state[LANG] = browser_language()
    # Kept across a change of language, which makes its options' words, and so the widget, new.
    st.session_state[IMAGE_FORMAT] = st.session_state.get(IMAGE_FORMAT, "png")
    with st.sidebar:
        options(LANG, horizontal=True)
        options(PRESENTATION)
        options(PALETTE)
        options("lesson")
        st.radio(_("Camera button saves"), list(IMAGE_FORMATS),
                 format_func={name: _(label) for name, label in IMAGE_FORMATS.items()}.get,
                 key=IMAGE_FORMAT, horizontal=True,
                 help=_("The camera icon above each chart downloads it in this format."))
    options.write_link(leave=app.PAGE_WRITES)
