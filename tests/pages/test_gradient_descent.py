"""The gradient-descent page runs every surface and says when it diverges."""
import base64
import json

import numpy as np

from apptest import open_page, shown
from lessons.gradient_descent import SURFACES, preset_race_winners, race_standings
from page_charts import assert_export_draws_the_page, camera_file_names, file_names
from specs import gradient_descent as spec

PAGE = "gradient_descent"


def _numbers(spec):
    """Every numeric array in a Plotly JSON spec (plain lists and base64 typed arrays)."""
    if isinstance(spec, dict):
        if "bdata" in spec:
            yield np.frombuffer(base64.b64decode(spec["bdata"]), dtype=spec["dtype"])
        else:
            for value in spec.values():
                yield from _numbers(value)
    elif isinstance(spec, list):
        if spec and all(isinstance(v, (int, float)) or v is None for v in spec):
            yield np.array([np.nan if v is None else v for v in spec], float)
        else:
            for value in spec:
                yield from _numbers(value)


def test_page_runs_every_surface_and_says_when_it_diverges():
    at = open_page(PAGE)
    assert camera_file_names(at) == file_names("gradient_descent")
    assert_export_draws_the_page(at, "gradient_descent")
    assert any("Diverged" in shown(e) and "2/L_max" in shown(e) for e in at.error)
    for chart in at.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        drawn = list(_numbers(spec["data"])) + list(_numbers(spec.get("frames", [])))
        assert drawn and all(np.isfinite(values).all() for values in drawn)
    at.checkbox(key="gradient_descent_gradient_epsilon_on").check().run()
    assert any("||∇L|| ≤ ε" in shown(s) for s in at.success)
    for name in SURFACES:
        at.selectbox(key="gradient_descent_surface").set_value(name).run()
        assert not at.exception
    spec = json.loads(at.get("plotly_chart")[-1].proto.spec)
    assert len(spec["frames"]) == 151


def test_the_race_is_explained_with_the_numbers_of_its_own_paths():
    at = open_page(PAGE, {"surface": "saddle", "race_steps": "100"})
    surface = SURFACES["saddle"]
    standings = race_standings(surface, spec.runs(spec.CONTROLS.read(
        {"surface": "saddle", "race_steps": "100"})[0]).race)
    text = next(m.value for m in at.markdown if m.value.startswith("**How this race went**"))
    first = standings[0]
    assert f"{first.label} arrived first, at step {first.arrival}" in text
    for standing in standings[1:]:
        assert (f"{standing.label} at step {standing.arrival}" in text if standing.arrival is not None
                else f"{standing.label} (L − L* = {standing.final_gap:.2g} at the end)" in text)
    reasons = next(m.value for m in at.markdown if m.value.startswith("**Why:**"))
    for name, winner in preset_race_winners(100).items():
        assert f"{SURFACES[name].label}: {winner.label}" in reasons
    page_text = " ".join(m.value for m in at.markdown)
    assert "**Play race**" in page_text and "▶" not in page_text
