"""The home page runs and links every page; the pages are listed in lecture order."""
import ast
import threading
from pathlib import Path

from streamlit.testing.v1 import AppTest

from webui.server_memory import THREAD_NAME

ROOT = Path(__file__).resolve().parents[2]



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


def test_app_lists_the_pages_in_lecture_order():
    text = (ROOT / "app.py").read_text()
    order = ["capacity", "universal_approximation", "hidden_codes", "backprop", "numpy_net",
             "overfitting"]
    positions = [text.index(f'"views/{name}.py"') for name in order]
    assert positions == sorted(positions)
