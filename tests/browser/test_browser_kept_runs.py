"""Compare runs in a real browser: kept runs drawn dashed in the loss chart, named in its legend, the
same trace objects while the next run plays (live_chart.js redraws the live curves alone), and their
panel with the framed picture, what differs, and Forget."""
import harness
from harness import PAUSE, PLAY

LOSS_PLOT = f"{harness.keyed('playground-loss')} .js-plotly-plot"


def click(page, key):
    page.locator(f"{harness.keyed(key)} button").locator("visible=true").first.click()
    harness.wait_ready(page)


def choose(page, key, option):
    page.click(f"{harness.keyed(key)} input[role=combobox]")
    page.get_by_role("option", name=option, exact=True).click()
    harness.wait_ready(page)


def loss_traces(page):
    """(name, dash) of every trace the loss chart draws, once it draws `count` of them."""
    return page.evaluate(f"""() => document.querySelector({LOSS_PLOT!r}).data
                             .map(trace => [trace.name, trace.line.dash || null])""")


def wait_for_traces(page, count):
    page.wait_for_function(f"() => (document.querySelector({LOSS_PLOT!r})?.data || []).length === {count}")


def test_kept_runs_are_drawn_beside_the_next_run_and_listed_with_what_differs(page, screenshot):
    page.goto("/playground?dataset=xor")
    harness.wait_ready(page)
    page.wait_for_selector(f"{LOSS_PLOT} .main-svg")
    for _ in range(3):
        click(page, "playground_step")
    click(page, "playground_keep_run")
    choose(page, "playground_activation", "ReLU")
    for _ in range(2):
        click(page, "playground_step")
    click(page, "playground_keep_run")
    wait_for_traces(page, 6)
    assert loss_traces(page) == [["training loss", None], ["test loss", None], ["run 1", "dash"],
                                 ["run 1", "dot"], ["run 2", "dash"], ["run 2", "dot"]]
    legend = page.locator(f"{LOSS_PLOT} .legendtext").all_text_contents()
    assert legend == ["training loss", "test loss", "run 1", "run 2"]
    first = page.locator(harness.keyed("playground_kept_run_1"))
    assert "Hidden activation: Tanh → ReLU" in first.inner_text()
    assert "Same settings as now." in page.locator(harness.keyed("playground_kept_run_2")).inner_text()
    assert first.locator("img").evaluate("image => image.complete && image.naturalWidth") == 44

    # The next run plays: the kept curves stay the very same trace objects, drawn once.
    page.evaluate(f"() => {{ window.keptTrace = document.querySelector({LOSS_PLOT!r}).data[2]; }}")
    page.click(PLAY)
    harness.wait_for_metric(page, "Epoch", lambda text: int(text) >= 12)
    assert page.evaluate(f"() => document.querySelector({LOSS_PLOT!r}).data[2] === window.keptTrace")
    screenshot(page, "playground_kept_runs_playing")
    page.click(PAUSE)
    page.wait_for_selector(PLAY)
    harness.wait_ready(page)
    click(page, "playground_forget_run_1")
    wait_for_traces(page, 4)
    assert [name for name, _ in loss_traces(page)][2:] == ["run 2", "run 2"]
    assert page.locator(harness.EXCEPTION).count() == 0
