"""Running the pages under AppTest, shared by the page and export tests.

run_every never fires under AppTest: a run of a page runs its live fragment once, which trains one
tick while playing, so on a page that trains `at.run()` is one tick.
"""
import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

VIEWS = Path(__file__).resolve().parent.parent / "views"


def open_page(page, params=None, timeout=60):
    """views/<page>.py opened with link parameters `params`, run once without an exception."""
    at = AppTest.from_file(str(VIEWS / f"{page}.py"), default_timeout=timeout)
    if params:
        at.query_params.update(params)
    at.run()
    assert not at.exception, at.exception
    return at


def click(at, label, index=0):
    """Click the `index`-th button labelled `label` and run; no exception."""
    [b for b in at.button if b.label == label][index].click()
    rerun_ok(at)


def rerun_ok(at):
    at.run()
    assert not at.exception, at.exception


def plotly_figures(at):
    """The figures of the page's charts (st.plotly_chart and live charts), as dicts, in page order."""
    from page_charts import charts

    return [figure for figure, _ in charts(at)]


def play(at, steps_per_tick, ticks):
    """On the Playground: press Play and let `ticks` more ticks of `steps_per_tick` updates run."""
    at.select_slider(key="playground_steps_per_tick").set_value(steps_per_tick).run()
    at.button(key="playground_play").click().run()
    for _ in range(ticks):
        at.run()
    return at


def shown(alert):
    """The text an alert (st.error, st.warning, ...) shows: its markdown without the code spans in
    which webui/messages.py puts what users supplied."""
    return re.sub(r"(`+) ?(.*?) ?\1", r"\2", alert.value)
