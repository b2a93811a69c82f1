"""Every setting at every end of what its control offers works: each number at its low and high end,
each option of a choice, each flag both ways, drawn by the page's own spec (what the page and the
export call), with no infinite number drawn and no "nan" or "inf" written in any figure (a NaN in a
trace's coordinates is Plotly's gap between two lines, not a number shown)."""
import base64
import math
import re

import numpy as np
import pytest

from nnlab_export.catalog import PAGES, export_figures
from specs.controls import Choice, Choices, Flag, Number, OptionalNumber, as_text

# Export-only settings that keep each case short: the page's own starting point, trained a little.
QUICK = {"playground": {"epochs": "1"}, "single_layer": {"epochs": "1"},
         "universal_approximation": {"epochs": "2"}, "hidden_codes": {"epochs": "2"},
         "numpy_net": {"iterations": "2"}, "overfitting": {"epochs": "500"}}


def extremes(control):
    """Link texts at the ends of what `control` offers."""
    if isinstance(control, (Number, OptionalNumber)):
        return [as_text(control.low), as_text(control.high)]
    if isinstance(control, Choices):
        options = control.options_for({})
        count = control.count or 1
        return [as_text(options[:count]), as_text(options[-count:])]
    if isinstance(control, Choice) and not callable(control.options):
        return [as_text(option) for option in control.options]
    if isinstance(control, Flag):
        return ["0", "1"]
    return []


CASES = [(page, control.name, text) for page, spec in PAGES.items() for control in spec.CONTROLS
         for text in extremes(control)
         if not (page == "overfitting" and control.name == "epochs" and text != "500")]


NOT_A_NUMBER = re.compile(r"\b(nan|inf|infinity)\b", re.IGNORECASE)


def leaves(value):
    """Every number and string in a figure's JSON-able structure."""
    if isinstance(value, dict) and isinstance(value.get("bdata"), str):  # a typed array, base64
        yield from np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"]).tolist()
    elif isinstance(value, dict):
        for item in value.values():
            yield from leaves(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from leaves(item)
    elif isinstance(value, np.ndarray):
        yield from value.ravel().tolist()
    elif isinstance(value, (int, float, str)) and not isinstance(value, bool):
        yield value


@pytest.mark.parametrize("page, name, text", CASES, ids=[f"{p}-{n}={t}" for p, n, t in CASES])
def test_every_end_of_every_control_draws_finite_figures(page, name, text):
    params = {**QUICK.get(page, {}), name: text}
    figures = export_figures(page, params)
    drawn_names = [figure_name for figure_name, _ in figures]
    assert drawn_names == [chart for chart in PAGES[page].CHARTS if chart in drawn_names]
    # only a regression leaves charts out: accuracy and confusion matrices
    assert set(PAGES[page].CHARTS) - set(drawn_names) <= {"accuracy", "confusion"}
    for figure_name, figure in figures:
        drawn = list(leaves(figure.to_plotly_json()))
        infinite = [v for v in drawn if isinstance(v, float) and math.isinf(v)]
        written = [v for v in drawn if isinstance(v, str) and NOT_A_NUMBER.search(v)]
        assert not infinite and not written, (figure_name, infinite[:3], written[:3])
