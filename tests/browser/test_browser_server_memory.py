"""Closed tabs give their memory back (webui/server_memory.py): once a closed tab's time to reconnect
has passed, its session is shut down and the server says so in its log, while a tab still open trains
on; the thread starts once, however many sessions ran the app, and the server runs with malloc's
arenas capped as deploy/venv.sh caps them. The server here has its own log and a 2 s reconnect time,
not config.toml's 30 s."""
import re
import time

import pytest

import harness
from harness import PLAY

RECONNECT_SECONDS = 2
STARTED = re.compile(r"closed sessions are released at most \d+ s after their time to reconnect; "
                     r"MALLOC_ARENA_MAX=2")
RELEASED = re.compile(r"released (\d+) closed session\(s\): memory (\d+) -> (\d+) MB")


@pytest.fixture
def short_lived_server(chromium, tmp_path):
    log_path = tmp_path / "server.log"
    with harness.streamlit_server(log_path, options=("--server.disconnectedSessionTTL",
                                                     str(RECONNECT_SECONDS))) as (base_url, _):
        yield base_url, log_path


def open_and_play(context, url):
    tab = context.new_page()
    tab.goto(url)
    harness.wait_ready(tab)
    tab.click(PLAY)
    harness.wait_for_metric(tab, "Epoch", lambda text: int(text) >= 1)
    return tab


def test_closed_tabs_are_released_and_an_open_tab_trains_on(chromium, short_lived_server):
    base_url, log_path = short_lived_server
    staying = chromium.new_context()
    leaving = chromium.new_context()
    try:
        student = open_and_play(staying, f"{base_url}/playground?dataset=xor")
        for dataset in ("circle", "spiral", "moons"):
            open_and_play(leaving, f"{base_url}/playground?dataset={dataset}")
        leaving.close()
        deadline = time.monotonic() + 60
        while not (released := RELEASED.findall(log_path.read_text())) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert released, f"no release in the server log within 60 s:\n{log_path.read_text()}"
        assert [int(count) for count, _, _ in released] == [3]
        _, before, after = released[0]
        assert int(after) <= int(before) + 1
        assert len(STARTED.findall(log_path.read_text())) == 1
        epoch = int(harness.metric(student, "Epoch"))
        harness.wait_for_metric(student, "Epoch", lambda text: int(text) > epoch)
        assert not student.locator(harness.EXCEPTION).count()
    finally:
        staying.close()
