"""The home page runs and links every page; the pages are listed in lecture order; under AppTest,
which serves nothing, app.py starts no thread to release closed sessions (webui/server_memory.py)."""
import threading
from pathlib import Path

from streamlit.testing.v1 import AppTest

from specs.pages import FIRST, PAGES
from webui.server_memory import THREAD_NAME

ROOT = Path(__file__).resolve().parents[2]


def test_home_page_runs_and_links_every_page():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    assert not at.exception
    assert "nnlab" in at.title[0].value
    assert all((ROOT / "views" / f"{page}.py").exists() for page in PAGES)
    links = at.get("page_link")
    assert len(PAGES) >= 11 and len(links) == 1 + len(PAGES)  # where to start, then every page
    assert links[0].proto.page == FIRST and "Start" in links[0].proto.label
    assert THREAD_NAME not in [thread.name for thread in threading.enumerate()]


def test_app_lists_the_pages_in_lecture_order():
    order = ["capacity", "universal_approximation", "hidden_codes", "backprop", "numpy_net",
             "overfitting"]
    positions = [list(PAGES).index(name) for name in order]
    assert positions == sorted(positions)
