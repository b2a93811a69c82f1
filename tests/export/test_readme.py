"""The README's list of every page's parameters is the specs' tables: the same pages, and for each the
names of its controls and export-only settings, in the table's order; its limits are the command
line's."""
import re
from pathlib import Path

from nnlab_export.__main__ import IMAGE, MAX_PARAMETERS, PROGRESS_SECONDS
from nnlab_export.budget import MAX_UPDATES
from nnlab_export.catalog import PAGES, export_controls
from nnlab_export.render import MAX_SIDE

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()
LINE = re.compile(r"^  - `(\w+)`: `([^`]*)`", re.M)


def test_readme_lists_every_page_with_exactly_its_parameters():
    listed = {page: [token.split("=", 1)[0] for token in names.split()]
              for page, names in LINE.findall(README)}
    assert list(listed) == list(PAGES)
    for page, names in listed.items():
        assert names == export_controls(PAGES[page]).names(), page


def test_readme_states_the_exports_limits_as_the_command_line_has_them():
    section = README[README.index("## Exports for slides"):README.index("\n## ", README.index("## Exports"))]
    limits = " ".join(section[section.index("Limits"):].split())
    for control in IMAGE:
        assert f"`{control.name}` " in limits
    assert (f"from {IMAGE['--width'].low:g} to {MAX_SIDE} layout pixels, `--scale` from "
            f"{IMAGE['--scale'].low:g} to {IMAGE['--scale'].high:g}") in limits
    assert f"a PNG of at most {MAX_SIDE} pixels a side" in limits
    assert f"at most {MAX_UPDATES:,} updates" in limits
    assert f"of 1, at most {MAX_UPDATES // 1800} epochs" in limits
    assert f"every {PROGRESS_SECONDS:g} seconds" in limits and f"at most {MAX_PARAMETERS} query" in limits
