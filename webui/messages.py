"""The one place that shows messages: every alert a page shows goes through `say`, whose template is
the page's own markdown and whose values (anything a user or a link supplied, and numbers) are put in
as `literal` text, so that they come back as the very text they are, never as a link, an image or
formatting."""
import re

import streamlit as st

KINDS = ("error", "warning", "info", "success")


def literal(text):
    """`text` as markdown that shows exactly that text: a code span, inside which Streamlit's markdown
    makes no link (not even of a bare URL: escaping cannot stop that), image, emphasis, math or colour.
    A code span shows a line break as a space."""
    text = str(text).replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    if not text:
        return ""
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    padded = text.startswith("`") or text.endswith("`") or (
        text.startswith(" ") and text.endswith(" ") and text.strip())
    return f"{fence} {text} {fence}" if padded else f"{fence}{text}{fence}"


def say(kind, template, *values):
    """Show an alert of `kind` (error, warning, info, success): `template` is the page's own markdown,
    with {} where each of `values` goes, as literal text (without values it is shown as it is)."""
    if kind not in KINDS:
        raise ValueError(f"kind: {kind!r}; allowed: {', '.join(KINDS)}")
    getattr(st, kind)(template.format(*(literal(value) for value in values)) if values else template)
