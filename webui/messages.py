"""The one place that shows messages: every alert a page shows goes through `say`, whose template is
the page's own markdown and whose values (anything a user or a link supplied, and numbers) are put in
as `literal` text, so that they come back as the very text they are, never as a link, an image or
formatting. `say_words` shows Words (specs/controls.py: a link parameter's problem) in the session's
language, with their values as those literal texts."""
import re
from string import Formatter

import streamlit as st

from lessons.language import _
from specs.controls import Words

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


def said(words):
    """(template, values) that `say` shows `words` with: Words in the language spoken, their
    translated template's placeholders in its order, each Words value said the same way and any
    other (plain text, as a link gave it) a value of its own."""
    if not isinstance(words, Words):
        return "{}", [words]
    parts, values = [], []
    for text, field, _spec, _conversion in Formatter().parse(_(words.template)):
        parts.append(text.replace("{", "{{").replace("}", "}}"))
        if field is not None:
            template, more = said(words.values[field])
            parts.append(template)
            values += more
    return "".join(parts), values


def say_words(kind, words):
    """Show Words (or plain text, shown as literal text) as an alert of `kind`."""
    template, values = said(words)
    say(kind, template, *values)
