"""The home page runs and links every page; the pages are listed in lecture order; under AppTest,
which serves nothing, app.py starts no thread to release closed sessions (webui/server_memory.py)."""
import threading
from pathlib import Path

from streamlit.testing.v1 import AppTest

from specs.pages import PAGES
from webui.server_memory import THREAD_NAME

ROOT = Path(__file__).resolve().parents[2]


def test_home_page_runs_and_links_every_page():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    assert not at.exception
    assert "nnlab" in at.title[0].value
    assert all((ROOT / "views" / f"{page}.py").exists() for page in PAGES)
    assert len(at.get("page_link")) == len(PAGES) >= 11
    assert THREAD_NAME not in [thread.name for thread in threading.enumerate()]


def test_app_lists_the_pages_in_lecture_order():
    order = ["capacity", "universal_approximation", "hidden_codes", "backprop", "numpy_net",
             "overfitting"]
    positions = [list(PAGES).index(name) for name in order]
    assert positions == sorted(positions)
