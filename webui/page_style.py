"""The page's own CSS, the same on every page: less empty space above the content, a phone's picture
before its controls, and in presentation style larger text and widgets (Streamlit sizes them in rem,
so a larger root font scales them all)."""
import streamlit as st

PICTURE_FIRST = "picture_first"  # a container key: on a phone its columns stack picture first
NUMBERS = "_numbers"  # the end of a container key: its metrics are written small, side by side
PRESENTATION_ROOT_FONT = "19px"  # Streamlit's own is 16px
_CSS = """
.block-container { padding: 3.5rem 1.5rem 2rem; }
[class*="%(numbers)s"] [data-testid="stMetricValue"] { font-size: 1.4rem; }
[class*="%(numbers)s"] [data-testid="stMetric"] { min-width: 6rem; }
@media (max-width: 640px) {
  [class*="st-key-%(first)s"] > [data-testid="stHorizontalBlock"] { flex-direction: column-reverse; }
}
""" % {"first": PICTURE_FIRST, "numbers": NUMBERS}
_PRESENTATION_CSS = "html { font-size: %s; }" % PRESENTATION_ROOT_FONT


def style_page(presenting):
    """Put the app's CSS on this run's page (presentation style's too when `presenting`)."""
    st.html(f"<style>{_CSS}{_PRESENTATION_CSS if presenting else ''}</style>")
