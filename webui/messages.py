"""The one place that shows messages: every alert a page shows goes through `say`, whose template is
the page's own markdown and whose values (anything a user or a link supplied, and numbers) are
escaped, so that they come back as the very text they are, never as a link, an image or formatting."""
import re

import streamlit as st

KINDS = ("error", "warning", "info", "success")
# Every ASCII punctuation character may be backslash-escaped in CommonMark; these are the ones
# Streamlit's markdown gives a meaning to (links, images, emphasis, code, math, :emoji: and colours).
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:^&=\"'])")


def escape_markdown(text):
    """`text` as markdown that renders as exactly that text."""
    return _SPECIAL.sub(r"\\\1", str(text))


def say(kind, template, *values):
    """Show an alert of `kind` (error, warning, info, success): `template` is trusted markdown with {}
    where each of `values` goes, escaped."""
    if kind not in KINDS:
        raise ValueError(f"kind: {kind!r}; allowed: {', '.join(KINDS)}")
    getattr(st, kind)(template.format(*(escape_markdown(value) for value in values)))
