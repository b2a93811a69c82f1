"""The undocumented parts of Streamlit that nnlab uses (webui/streamlit_private.py) are still there and
keep their shape in the installed Streamlit. A failure names the part, the installed Streamlit and
the one nnlab supports (requirements.txt), so an upgrade that changes one fails here, not in class."""
import asyncio
import contextlib
import logging
import re
import threading
import time
from pathlib import Path

import pytest
import streamlit
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime import Runtime, RuntimeConfig, SessionClient
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.runtime.memory_session_storage import MemorySessionStorage
from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
from streamlit.testing.v1 import AppTest

from webui import streamlit_private

ROOT = Path(__file__).resolve().parents[2]
SUPPORTED = re.search(r"^streamlit==(\S+)$", (ROOT / "requirements.txt").read_text(), re.M).group(1)
RECONNECT_SECONDS = 2.0


@contextlib.contextmanager
def private_part(name):
    """Any failure inside the block becomes one message naming the part and both versions."""
    try:
        yield
    except Exception as error:  # an AssertionError too: the part is there but has changed shape
        pytest.fail(f"{name} is missing or has changed in the installed Streamlit "
                    f"{streamlit.__version__}; nnlab supports Streamlit {SUPPORTED} (requirements.txt, "
                    f"webui/streamlit_private.py): {type(error).__name__}: {error}", pytrace=False)


def test_the_supported_version_is_the_one_the_readme_names():
    assert f"Streamlit {SUPPORTED}" in (ROOT / "README.md").read_text()


def test_streamlit_ships_plotly_js_in_a_module_that_sets_window_plotly():
    with private_part("the frontend's static/js/PlotlyChart.*.js (webui/live_chart.js imports it)"):
        module = streamlit_private.plotly_js_module()
        assert module, f"no PlotlyChart.*.js in {streamlit_private.STATIC_JS}"
        assert "window.Plotly=" in (streamlit_private.STATIC_JS / module).read_text(encoding="utf-8")


def test_page_url_paths_are_named_as_st_page_names_them():
    with private_part("streamlit.source_util.page_icon_and_name"):
        assert [streamlit_private.page_url_path(path) for path in
                ("views/playground.py", "views/numpy_net.py")] == ["playground", "numpy_net"]


def test_streamlit_logger_is_a_logger():
    with private_part("streamlit.logger.get_logger"):
        assert isinstance(streamlit_private.get_logger("webui.server_memory"), logging.Logger)


class _Client(SessionClient):
    def write_forward_msg(self, msg):
        pass


@pytest.fixture
def server(tmp_path):
    """A real Streamlit server's Runtime (no HTTP) on an event loop of its own, its closed sessions
    kept RECONNECT_SECONDS for a reconnect; and a function that runs a coroutine on that loop."""
    script = tmp_path / "app.py"
    script.write_text("")
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    def on_loop(coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, loop).result(30)

    served = Runtime(RuntimeConfig(
        script_path=str(script), media_file_storage=MemoryMediaFileStorage("/media"),
        uploaded_file_manager=MemoryUploadedFileManager("/upload"),
        session_storage=MemorySessionStorage(ttl_seconds=RECONNECT_SECONDS)))
    try:
        on_loop(served.start())
        yield served, on_loop
        served.stop()
        on_loop(asyncio.wait_for(served.stopped, 30))
    finally:
        Runtime._instance = None  # the next test may make its own, as AppTest does after a run
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)


def test_closed_sessions_are_shut_down_once_their_time_to_reconnect_has_passed(server):
    served, on_loop = server
    with private_part("streamlit.runtime.get_instance()"):
        assert streamlit_private.running_server() is served

    async def open_and_close_a_tab():
        session_id = served.connect_session(_Client(), user_info={})
        served.disconnect_session(session_id)

    on_loop(open_and_close_a_tab())
    with private_part("Runtime._session_mgr._session_storage._cache.expire(), _get_async_objs()"):
        assert streamlit_private.shut_down_expired_sessions(served, timeout=10) == 0  # may reconnect
        time.sleep(RECONNECT_SECONDS + 0.1)
        assert streamlit_private.shut_down_expired_sessions(served, timeout=10) == 1
        assert streamlit_private.shut_down_expired_sessions(served, timeout=10) == 0


def test_a_run_waits_until_its_messages_have_left_for_the_browser(server):
    served, on_loop = server
    sent = []

    class Recording(SessionClient):
        def write_forward_msg(self, msg):
            sent.append(msg)

    async def open_a_tab_and_queue_a_message():
        session_id = served.connect_session(Recording(), user_info={})
        message = ForwardMsg()
        message.delta.new_element.markdown.body = "an update"
        served._session_mgr.get_active_session_info(session_id).session._enqueue_forward_msg(message)
        return session_id

    with private_part("Runtime._session_mgr.get_active_session_info(id).session._browser_queue"):
        session_id = on_loop(open_a_tab_and_queue_a_message())
        queue = served._session_mgr.get_active_session_info(session_id).session._browser_queue
        streamlit_private.wait_until_sent(10, session_id)
        assert queue.is_empty()
        assert any(m.delta.new_element.markdown.body == "an update" for m in sent)


def test_no_server_without_streamlit_run():
    with private_part("streamlit.runtime.exists()"):
        assert streamlit_private.running_server() is None


def _server_page():
    import streamlit as st

    from webui.streamlit_private import running_server

    st.write(f"server: {running_server()}")


def test_apptest_runs_a_page_without_a_server():
    with private_part("AppTest's stand-in Runtime, not a runtime.Runtime"):
        at = AppTest.from_function(_server_page).run()
        assert not at.exception and at.markdown[0].value == "server: None"


def _script_run_page():
    import threading

    import streamlit as st

    from webui.streamlit_private import in_script_run

    outside = []
    thread = threading.Thread(target=lambda: outside.append(in_script_run()))
    thread.start()
    thread.join()
    st.write(f"in the run: {in_script_run()}; in another thread: {outside[0]}")


def test_a_script_run_is_told_from_a_thread_outside_it():
    with private_part("get_script_run_ctx (streamlit.runtime.scriptrunner_utils.script_run_context)"):
        assert streamlit_private.in_script_run() is False
        at = AppTest.from_function(_script_run_page).run()
        assert not at.exception and at.markdown[0].value == "in the run: True; in another thread: False"
