"""Every part of Streamlit that nnlab uses but Streamlit does not document, in one place: a new
Streamlit version may move or change any of them without notice. Written for the version pinned in
requirements.txt; tests/pages/test_streamlit_private.py checks each one against the installed
Streamlit and names both versions when one is missing or has changed shape.
"""
import asyncio
import time
from pathlib import Path

import streamlit
from streamlit import runtime
from streamlit.logger import get_logger  # noqa: F401  (webui/server_memory.py logs in Streamlit's format)
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx
from streamlit.source_util import page_icon_and_name

# Streamlit's frontend build, served at the app's root under static/js/.
STATIC_JS = Path(streamlit.__file__).parent / "static" / "static" / "js"


def plotly_js_module():
    """File name (in STATIC_JS) of the module in which Streamlit ships plotly.js to the browser (it
    sets window.Plotly when imported), or None if this Streamlit has no such module."""
    modules = sorted(STATIC_JS.glob("PlotlyChart.*.js"))
    return modules[0].name if modules else None


def in_script_run():
    """Whether this thread runs a session's script (st.session_state and st.context are its own)."""
    return get_script_run_ctx(suppress_warning=True) is not None


def running_server():
    """The Streamlit server (its Runtime) of this process, or None: no server, or AppTest's mock."""
    if runtime.exists() and type(runtime.get_instance()) is runtime.Runtime:
        return runtime.get_instance()
    return None


def shut_down_expired_sessions(server, timeout):
    """Shut down the closed sessions that `server` still keeps although their time to reconnect
    (server.disconnectedSessionTTL) has passed; returns how many. Waits at most `timeout` seconds for
    the server's event loop, the only thread that may touch its session storage (TimeoutError);
    RuntimeError once that loop is closed."""
    async def on_loop():
        expired = server._session_mgr._session_storage._cache.expire()
        for _, session_info in expired:
            session_info.session.shutdown()
        return len(expired)

    loop = server._get_async_objs().eventloop
    return asyncio.run_coroutine_threadsafe(on_loop(), loop).result(timeout=timeout)


def wait_until_sent(timeout, session_id=None, poll=0.01):
    """Wait, at most `timeout` seconds, until the messages this session's run has made so far have left
    its queue for the browser (the server's event loop sends them). A fragment run that starts while
    the last run's messages still wait there clears them: under load, when a session's next rerun
    is already due as a run ends, nearly every update was lost that way. `session_id`: that session,
    else the running script's; without a server (AppTest) it returns at once."""
    server, context = running_server(), get_script_run_ctx(suppress_warning=True)
    session_id = session_id or (context and context.session_id)
    info = server and session_id and server._session_mgr.get_active_session_info(session_id)
    if not info:
        return
    queue, deadline = info.session._browser_queue, time.monotonic() + timeout
    while not queue.is_empty() and time.monotonic() < deadline:
        time.sleep(poll)


def page_url_path(script):
    """The URL path that st.Page gives the page script at `script` (e.g. 'playground')."""
    return page_icon_and_name(Path(script))[1]
