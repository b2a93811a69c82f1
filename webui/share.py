"""Sharing a page as a link: the full address of its current settings to copy, and the same as a QR
code a class can scan off the projector."""
import io
from urllib.parse import urlencode, urlsplit

import segno
import streamlit as st

from lessons.language import _


def page_address(page, link):
    """The full address of `page` with link parameters `link` ({name: text}), from the address this
    browser uses to reach the app (behind a proxy too)."""
    parts = urlsplit(st.context.url or "http://localhost:8501/")
    return f"{parts.scheme}://{parts.netloc}/{page}" + (f"?{urlencode(link)}" if link else "")


def qr_png(text, scale=6):
    """A QR code of `text` as PNG bytes."""
    picture = io.BytesIO()
    segno.make(text, error="m").save(picture, kind="png", scale=scale)
    return picture.getvalue()


def share_box(page, controls, settings, hideable=()):
    """An expander with the page's full address for `settings` (the table `controls` writes the link
    from), its QR code, and (`hideable`) controls a shared link can hide for a focused exercise."""
    with st.expander(_("Share this configuration"), icon=":material/share:"):
        hide = []
        if hideable:
            hide = st.multiselect(_("Hide in the shared link"), hideable, key=f"{page}_share_hide",
                                  help=_("The shared link's page leaves out these controls."),
                                  placeholder=_("Choose options"))
        address = page_address(page, controls.link({**settings, **({"hide": hide} if hideable else {})}))
        st.caption(_("The address of these settings (not the weights):"))
        st.code(address, language=None, wrap_lines=True)
        st.image(qr_png(address), caption=_("Scan to open the same settings"), width=200)
