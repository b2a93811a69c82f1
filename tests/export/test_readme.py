"""The README's list of every page's parameters is the specs' tables: the same pages, and for each the
names of its controls and export-only settings, in the table's order."""
import re
from pathlib import Path

from nnlab_export.catalog import PAGES, export_controls

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()
LINE = re.compile(r"^  - `(\w+)`: `([^`]*)`", re.M)


def test_readme_lists_every_page_with_exactly_its_parameters():
    listed = {page: [token.split("=", 1)[0] for token in names.split()]
              for page, names in LINE.findall(README)}
    assert list(listed) == list(PAGES)
    for page, names in listed.items():
        assert names == export_controls(PAGES[page]).names(), page
