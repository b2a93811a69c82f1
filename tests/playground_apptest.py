"""AppTest helpers shared by the Playground's page and fault tests.

run_every never fires under AppTest; every run of the script runs the live fragment once, which
trains one tick while playing, so `at.run()` is one tick.
"""
from pathlib import Path

from streamlit.testing.v1 import AppTest

PAGE = str(Path(__file__).resolve().parent.parent / "views" / "playground.py")


def load(params=None):
    """The Playground opened with link parameters `params`, run once without an exception."""
    at = AppTest.from_file(PAGE, default_timeout=30)
    if params:
        at.query_params.update(params)
    at.run()
    assert not at.exception, at.exception
    return at


def play(at, steps_per_tick, ticks):
    """Press Play and let `ticks` more ticks of `steps_per_tick` updates run."""
    at.select_slider(key="pg_steps_per_tick").set_value(steps_per_tick).run()
    at.button(key="pg_play").click().run()
    for _ in range(ticks):
        at.run()
    return at
