"""Gives memory freed by closed sessions back to the system. A closed session's objects are freed
by Python, but glibc keeps the freed pages in its heaps (one per thread that allocated: Streamlit
runs each session's script in its own thread), so the server's memory stayed at its peak after a
class left. A daemon thread collects cycles (the app turns off Streamlit's collection after every
run, see .streamlit/config.toml) and trims the heaps every TRIM_EVERY_SECONDS.
"""
import ctypes
import ctypes.util
import gc
import threading
import time

TRIM_EVERY_SECONDS = 20


def _malloc_trim():
    """glibc's malloc_trim, or None where the C library has none (macOS, musl)."""
    name = ctypes.util.find_library("c")
    try:
        return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    except OSError:
        return None


def _housekeeping(trim):
    while True:
        time.sleep(TRIM_EVERY_SECONDS)
        gc.collect()
        trim(0)


def start_housekeeping():
    """Start the thread, once per process (later calls do nothing)."""
    trim = _malloc_trim()
    if trim is None or any(t.name == "nnlab-memory" for t in threading.enumerate()):
        return
    threading.Thread(target=_housekeeping, args=(trim,), name="nnlab-memory", daemon=True).start()
