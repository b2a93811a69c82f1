"""Gives the memory of closed browser tabs back, so that a server which has just taught a class returns
to about its size before the class (bench/classroom.py measures it; the README has the numbers).

Four things would otherwise hold on to it; this module mends the first three:
- Streamlit keeps a closed tab's session for `server.disconnectedSessionTTL` seconds, so that a tab
  which reconnects keeps its training; but it drops an expired session only when another tab closes
  later, never on its own, and without shutting it down (its uploads stay too).
- The app turns off Streamlit's garbage collection after every script run (`runner.postScriptGC` in
  .streamlit/config.toml: it cost most of a live-training tick), so a session's reference cycles wait
  for Python's own thresholds, which an idle server does not reach.
- glibc keeps freed memory in its arenas until asked to trim them.
- glibc gives each concurrent thread its own arena, up to 8 per core, and each keeps some memory.
  Under the GIL one thread runs Python at a time, so more than two arenas buy no speed. The cap must
  be set before the server starts its threads (13 arenas exist by the first script run, so mallopt
  here would come too late): deploy/venv.sh exports MALLOC_ARENA_MAX=2 for run-app.sh and
  run-class.sh, and the browser tests and benches start their servers with it.

So one thread per server process looks every PERIOD_SECONDS: it shuts down the sessions whose time to
reconnect has passed and, when there were some, collects garbage and trims malloc. What it needs of
Streamlit's runtime is private: webui/streamlit_private.py.
"""
import ctypes
import gc
import os
import threading
import time
from pathlib import Path

from webui.streamlit_private import get_logger, running_server, shut_down_expired_sessions

PERIOD_SECONDS = 10.0
THREAD_NAME = "nnlab-closed-sessions"
LOG = get_logger(__name__)
_start_lock = threading.Lock()


def look_after_server_memory():
    """Start the thread that releases closed sessions, once per server process (none under AppTest:
    its Runtime is a mock, not a server)."""
    server = running_server()
    if server is None:
        return
    with _start_lock:
        if any(thread.name == THREAD_NAME for thread in threading.enumerate()):
            return
        threading.Thread(target=_release_closed_sessions, args=(server, _malloc_trim()),
                         name=THREAD_NAME, daemon=True).start()
    LOG.info("closed sessions are released at most %.0f s after their time to reconnect; "
             "MALLOC_ARENA_MAX=%s", PERIOD_SECONDS, os.environ.get("MALLOC_ARENA_MAX", "unset"))


def _release_closed_sessions(server, trim):
    while True:
        time.sleep(PERIOD_SECONDS)
        try:
            closed = shut_down_expired_sessions(server, timeout=60)
        except RuntimeError:  # the server is stopping: its event loop is closed
            return
        except TimeoutError:  # the event loop was too busy this time
            continue
        if closed:
            before = _rss_mb()
            gc.collect()
            trim(0)
            LOG.info("released %d closed session(s): memory %.0f -> %.0f MB", closed, before, _rss_mb())


def _malloc_trim():
    """glibc's malloc_trim (returns free heap pages to the system), or a no-op elsewhere."""
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return lambda pad: 0


def _rss_mb():
    status = Path("/proc/self/status")
    if not status.exists():
        return float("nan")
    fields = dict(line.split(":", 1) for line in status.read_text().splitlines())
    return int(fields["VmRSS"].split()[0]) / 1024
