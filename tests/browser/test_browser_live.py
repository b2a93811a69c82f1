"""Every page that trains live, as a student sees it while training plays: after Play, the page is
sampled every ~100 ms for 5 s, and every chart it showed before Play must be on the page and drawn in
every sample (st.plotly_chart remounts a chart whose data change, which showed as blank charts;
webui/live_chart.py updates them in place)."""

import pytest

import harness
from specs.pages import PAGES

LIVE_PAGES = sorted(path.stem for path in (harness.ROOT / "views").glob("*.py")
                    if "LiveTraining(" in path.read_text())
SECONDS, EVERY_MS = 5, 100
# What each sample sees: for every chart element, whether it holds a drawn Plotly chart of some size.
SAMPLE_JS = """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"], .nnlab-live-chart')]
  .map(chart => {
    const box = chart.getBoundingClientRect();
    const drawn = chart.querySelector('.main-svg');
    return drawn !== null && box.width > 50 && box.height > 50;
  })"""


def test_every_page_that_trains_live_is_covered():
    assert {"playground", "single_layer", "universal_approximation", "hidden_codes", "overfitting",
            "numpy_net"} <= set(LIVE_PAGES)


@pytest.mark.parametrize("page_name", LIVE_PAGES)
def test_no_chart_is_blank_or_missing_while_training_plays(page, screenshot, page_name):
    page.goto(f"/{page_name}")
    harness.wait_ready(page)
    charts = len(PAGES[page_name].CHARTS)
    page.wait_for_function(f"() => ({SAMPLE_JS})().filter(Boolean).length === {charts}")
    page.click(f"{harness.keyed(f'{page_name}_play')} button")
    page.wait_for_selector(f"{harness.keyed(f'{page_name}_pause')} button")
    pause = f"{harness.keyed(f'{page_name}_pause')} button"
    samples = []
    for _ in range(SECONDS * 1000 // EVERY_MS):
        # [charts] while Pause is there: a run that has reached its end and reruns the page is over
        sample = page.evaluate(f"() => document.querySelector({pause!r}) ? ({SAMPLE_JS})() : null")
        if sample is None:
            break
        samples.append(sample)
        page.wait_for_timeout(EVERY_MS)
    path = screenshot(page, f"live_{page_name}")
    assert len(samples) >= 10, f"{page_name}: training stopped after {len(samples)} samples"
    bad = [i for i, sample in enumerate(samples) if sum(sample) != charts]
    assert not bad, (f"{page_name}: {len(bad)} of {len(samples)} samples had a blank or missing chart "
                     f"(of {charts}); first at {bad[0] * EVERY_MS} ms: {samples[bad[0]]}; see {path}")
    assert page.locator(harness.EXCEPTION).count() == 0
