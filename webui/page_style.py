"""The page's own CSS, the same on every page: less empty space above the content, a phone's picture
before its controls, no animation or transition with the browser's reduced-motion setting, and in
presentation style larger text and widgets (Streamlit sizes them in rem, so a larger root font scales
them all)."""
import streamlit as st

PICTURE_FIRST = "_picture_first"  # a container key's end: on a phone its columns stack last first
NUMBERS = "_numbers"  # the end of a container key: its metrics are written small, side by side
STICKY = "_sticky"  # a container key's end: it stays in view as the page scrolls (not on a phone)
PRESENTATION_ROOT_FONT = 19  # pixels; Streamlit's own is 16
_CSS = """
.block-container { padding: 3.5rem 1.5rem 2rem; }
[class*="%(numbers)s"] [data-testid="stMetricValue"] { font-size: 1.4rem; }
[class*="%(numbers)s"] [data-testid="stMetric"] { min-width: 6rem; }
@media (min-width: 641px) {
  [data-testid="stColumn"]:has(> [data-testid="stVerticalBlock"] > [data-testid="stLayoutWrapper"]
                               > [class*="%(sticky)s"]) {
    position: sticky; top: 3.75rem; align-self: flex-start; }
}
@media (max-width: 640px) {
  [data-testid="stVerticalBlock"][class*="%(first)s"],
  [class*="%(first)s"] > [data-testid="stLayoutWrapper"] > [data-testid="stHorizontalBlock"] {
    flex-direction: column-reverse; }
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation-duration: 0s !important; animation-iteration-count: 1 !important;
                           transition-duration: 0s !important; scroll-behavior: auto !important; }
}
""" % {"first": PICTURE_FIRST, "numbers": NUMBERS, "sticky": STICKY}
_PRESENTATION_CSS = "html { font-size: %dpx; }" % PRESENTATION_ROOT_FONT


def picture_first(key):
    """(controls, picture): two containers one above the other, which a phone shows picture first."""
    outer = st.container(key=f"{key}{PICTURE_FIRST}")
    return outer.container(), outer.container()


def widget_width(pixels, presenting):
    """A widget's width in pixels that holds its words as `pixels` does in the normal style: widths
    are given in pixels, its type grows with the root font in presentation style."""
    return round(pixels * PRESENTATION_ROOT_FONT / 16) if presenting else pixels


def style_page(presenting):
    """Put the app's CSS on this run's page (presentation style's too when `presenting`)."""
    st.html(f"<style>{_CSS}{_PRESENTATION_CSS if presenting else ''}</style>")
