"""The home page runs and links every page declared in app.py; under AppTest, which serves nothing,
app.py starts no thread to release closed sessions (webui/server_memory.py)."""
import ast
import threading
from pathlib import Path

from streamlit.testing.v1 import AppTest

from webui.server_memory import THREAD_NAME

ROOT = Path(__file__).resolve().parent.parent


def declared_pages():
    tree = ast.parse((ROOT / "app.py").read_text())
    return next(ast.literal_eval(node.value) for node in tree.body
                if isinstance(node, ast.Assign) and node.targets[0].id == "PAGES")


def test_home_page_runs_and_links_every_page():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
    assert not at.exception
    assert "nnlab" in at.title[0].value
    pages = declared_pages()
    assert all((ROOT / path).exists() for path, *_ in pages)
    assert len(at.get("page_link")) == len(pages)
    assert THREAD_NAME not in [thread.name for thread in threading.enumerate()]
