"""Gives the memory of closed browser tabs back, so that a server which has just taught a class returns
to about its size before the class (bench/classroom.py measures it; the README has the numbers).

Four things would otherwise hold on to it:
- Streamlit keeps a closed tab's session for `server.disconnectedSessionTTL` seconds, so that a tab
  which reconnects keeps its training; but it drops an expired session only when another tab closes
  later, never on its own, and without shutting it down (its uploads stay too).
- The app turns off Streamlit's garbage collection after every script run (`runner.postScriptGC` in
  .streamlit/config.toml: it cost most of a live-training tick), so a session's reference cycles wait
  for Python's own thresholds, which an idle server does not reach.
- glibc keeps freed memory in its arenas until asked to trim them.
- glibc gives each concurrent thread its own arena, up to 8 per core; the sessions' script threads
  would spread a class over 16 arenas, each keeping some memory. Under the GIL one thread runs Python
  at a time, so two arenas cost no speed.

So once per server process this caps the arenas, and one thread looks every PERIOD_SECONDS: it shuts
down the sessions whose time to reconnect has passed and, when there were some, collects garbage and
trims malloc. It reaches into Streamlit's runtime (private names, checked by
tests/browser/test_browser_server_memory.py).
"""
import asyncio
import ctypes
import gc
import threading
import time
from pathlib import Path

from streamlit import runtime
from streamlit.logger import get_logger

PERIOD_SECONDS = 10.0
MALLOC_ARENAS = 2
THREAD_NAME = "nnlab-closed-sessions"
LOG = get_logger(__name__)
_M_ARENA_MAX = -8  # mallopt's parameter number, from glibc's malloc.h
_start_lock = threading.Lock()


def look_after_server_memory():
    """Cap malloc's arenas and start the thread that releases closed sessions, once per server
    process (nothing under AppTest: its Runtime is a mock, not a server)."""
    if not runtime.exists() or type(runtime.get_instance()) is not runtime.Runtime:
        return
    with _start_lock:
        if any(thread.name == THREAD_NAME for thread in threading.enumerate()):
            return
        glibc = _glibc()
        capped = glibc is not None and glibc.mallopt(_M_ARENA_MAX, MALLOC_ARENAS) == 1
        threading.Thread(target=_release_closed_sessions, args=(runtime.get_instance(), glibc),
                         name=THREAD_NAME, daemon=True).start()
    LOG.info("closed sessions are released at most %.0f s after their time to reconnect; malloc "
             "arenas %s", PERIOD_SECONDS, f"capped at {MALLOC_ARENAS}" if capped else "not capped (no glibc)")


def _release_closed_sessions(server, glibc):
    while True:
        time.sleep(PERIOD_SECONDS)
        try:
            closed = _shut_down_expired(server)
        except RuntimeError:  # the server is stopping: its event loop is closed
            return
        except TimeoutError:  # the event loop was too busy this time
            continue
        if closed:
            before = _rss_mb()
            gc.collect()
            if glibc is not None:
                glibc.malloc_trim(0)
            LOG.info("released %d closed session(s): memory %.0f -> %.0f MB", closed, before, _rss_mb())


def _shut_down_expired(server):
    """Shut down the stored sessions whose time to reconnect has passed; returns how many. Streamlit's
    session storage may only be touched on the server's event loop."""
    async def on_loop():
        expired = server._session_mgr._session_storage._cache.expire()
        for _, session_info in expired:
            session_info.session.shutdown()
        return len(expired)

    loop = server._get_async_objs().eventloop
    return asyncio.run_coroutine_threadsafe(on_loop(), loop).result(timeout=60)


def _glibc():
    """The C library if it is glibc (it has mallopt and malloc_trim), else None."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


def _rss_mb():
    status = Path("/proc/self/status")
    if not status.exists():
        return float("nan")
    fields = dict(line.split(":", 1) for line in status.read_text().splitlines())
    return int(fields["VmRSS"].split()[0]) / 1024
