"""The language the app speaks, English or Simplified Chinese: `_(message)` is `message` in it, from the
gettext catalog locale/<language>/LC_MESSAGES/nnlab.po (read with Babel once per process; a message
not translated there stays English). `N_(message)` marks a message for Babel's extraction where it is
defined (a table, a lab) and `_` translates it where it is shown.

Which language: inside `with speaking(language):` that one (the export, the tests); otherwise the one
of the session on screen, as told by the function `follow` installed (webui/language.py), else English.
A context variable rather than an argument keeps figure builders pure functions of their data without
a `language` parameter on each of them; a function rather than a value set per run, because Streamlit
runs a fragment's rerun in a thread of its own where a run's context variable would be unset.
"""
import contextvars
from contextlib import contextmanager
from functools import cache
from pathlib import Path

LANGUAGES = {"en": "English", "zh": "中文"}
DEFAULT = "en"  # the language of the messages themselves
LOCALE = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "nnlab"

_spoken = contextvars.ContextVar("language")
_session = [None]  # the function giving the session's language (webui/language.py installs it)


def catalog_path(language):
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(language):
    """{message: translation} of `language`'s catalog, without untranslated and fuzzy entries."""
    if language == DEFAULT:
        return {}
    from babel.messages.pofile import read_po  # here: importing Babel takes ~0.1 s, English needs none

    with open(catalog_path(language), "rb") as po:
        return {message.id: message.string for message in read_po(po)
                if message.id and message.string and not message.fuzzy}


def language():
    spoken = _spoken.get(None)
    if spoken is None and _session[0] is not None:
        spoken = _session[0]()
    return spoken if spoken in LANGUAGES else DEFAULT


def _(message):
    return translations(language()).get(message, message)


def N_(message):
    return message


@contextmanager
def speaking(language):
    """Messages in `language` (one of LANGUAGES) inside the block."""
    if language not in LANGUAGES:
        raise ValueError(f"lang: {language!r}; allowed: {', '.join(LANGUAGES)}")
    token = _spoken.set(language)
    try:
        yield
    finally:
        _spoken.reset(token)


def follow(session_language):
    """Outside `speaking`, messages follow `session_language()` (None: the default)."""
    _session[0] = session_language
