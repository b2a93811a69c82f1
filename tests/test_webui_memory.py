"""The server's memory housekeeping (webui/memory.py): one thread per process, glibc's trim found."""
import sys
import threading

import pytest

import webui  # noqa: F401  (starts the housekeeping, as every page does)
from webui import memory


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim is Linux's")
def test_one_housekeeping_thread_per_process_however_often_started():
    assert memory._malloc_trim() is not None
    memory.start_housekeeping()
    memory.start_housekeeping()
    threads = [t for t in threading.enumerate() if t.name == "nnlab-memory"]
    assert len(threads) == 1 and threads[0].daemon and threads[0].is_alive()
