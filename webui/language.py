"""The language of the session on screen (lessons/language.py translates into it): the sidebar's
choice once made, else the link's `?lang=`, else the browser's language (`st.context.locale`, zh-* is
Chinese), else English. Importing webui installs it for `_`."""
import streamlit as st

from lessons import language

from .streamlit_private import in_script_run

LANG = "lang"  # the app's setting (specs/app.py): session-state key and link parameter


def browser_language():
    locale = (st.context.locale or "").lower()
    return next((code for code in language.LANGUAGES if locale.split("-")[0] == code),
                language.DEFAULT)


def session_language():
    if not in_script_run():  # a test or the export: no session, `speaking` or the default
        return None
    for chosen in (st.session_state.get(LANG), st.query_params.get(LANG)):
        if chosen in language.LANGUAGES:
            return chosen
    return browser_language()
