"""Shareable links for the lecture pages: the address bar holds a page's settings, under the names
`python -m nnlab_export` reads, by the page's parser in webui/lecture_params.py.

A page calls `open_link` before it draws its widgets and `write_link` once they hold this run's values:
- on the session's first run of the page, the link's settings go into the widgets' session-state keys
  (a bad or unknown parameter is named in a warning; the page uses its default for it and keeps the
  good ones);
- on every run, the address bar is rewritten with the settings that differ from their defaults, so
  copying it shares the page. Parameters the page does not own (`presentation`, anything unknown)
  are left as they are.
"""
import streamlit as st

from .plot import PRESENTATION
from .query import link_params, parameter_names, read_leniently

APP_PARAMETERS = (PRESENTATION,)  # read by the whole app (webui/plot.py), not by a page


def _opened_key(page):
    return f"{page}_link_opened"


def open_link(page, parse, widgets=None):
    """The settings the session's first run of `page` read from st.query_params ({name: value}, kept
    for the session); on that run they are put into the widgets: `widgets` maps a parameter to its
    widget's session-state key (None: every parameter's widget key is f"{page}_{name}"), or is a
    function settings -> {session-state key: value} where the page's widgets hold them otherwise.
    Shows a warning for each bad parameter (on every run, like the Playground's)."""
    key = _opened_key(page)
    if key not in st.session_state:
        params = {name: text for name, text in st.query_params.to_dict().items()
                  if name not in APP_PARAMETERS}
        settings, notes = read_leniently(parse, params)
        widgets = widgets or {name: f"{page}_{name}" for name in settings}
        st.session_state.update(widgets(settings) if callable(widgets) else
                                {widgets[name]: value for name, value in settings.items()
                                 if name in widgets and value is not None})
        st.session_state[key] = settings, notes
    settings, notes = st.session_state[key]
    for note in notes:
        st.warning(f"Link parameter {note}")
    return settings


def write_link(parse, settings):
    """Make the page's parameters in st.query_params the non-default ones of `settings` (the values
    this run drew, {name: value}; None: not in use), touching no other parameter and no value that is
    already right."""
    link = link_params(parse, settings)
    for name in parameter_names(parse):
        if name in link:
            if st.query_params.get(name) != link[name]:
                st.query_params[name] = link[name]
        elif name in st.query_params:
            del st.query_params[name]
