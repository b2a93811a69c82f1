"""Smoothness of every page that trains live, as a browser shows it: headless Chromium opens the page at
its default settings (and the Playground with its largest network, 6 hidden layers of 8), presses Play
and counts for 10 seconds the visible updates: Plotly's redraws of the page's first live chart and, on
the Playground, the changes of its Epoch counter too (an update is both). Target: >= 8 updates/s on
every page at its defaults. The row "playground drawing" clicks a point onto the plane every
CLICK_SECONDS while it plays (webui/drawing.py: each click is a full rerun), beside the "playground"
row at the same settings measured in the same run.

    python bench/browser_fps.py [seconds] [page]   (page: only the rows of that page)

Next to each row: how busy the page's main thread was (Chrome's TaskDuration over the window: near
100 % means the browser limits the rate), the CPU time per visible update of all the browser's
processes and of the server process (from /proc, same window: unlike the rates, these hardly change
when other work shares the machine), and for the Playground the server-side tick (training steps +
the figures a tick rebuilds, serialised) timed in-process in the same run by bench/playground_tick.py.
"""
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "browser"), str(ROOT / "bench")]

import playground_tick  # noqa: E402
from test_browser_drawing import plane_click  # noqa: E402
from test_browser_live import LIVE_PAGES  # noqa: E402

import harness  # noqa: E402
from nncore import Config  # noqa: E402
from specs.pages import PAGES  # noqa: E402

TARGET_PER_SECOND = 8
CLICK_SECONDS = 0.5  # the drawing row: two points a second, about as fast as a student clicks
# (row, page, query, Config whose server-side tick bench/playground_tick.py times, or None, clicking)
CASES = [("playground", "playground", "", Config(), False),
         ("playground drawing", "playground", "", Config(), True),
         ("playground 6x8", "playground", "?hidden_layers=8,8,8,8,8,8", Config(hidden_layers=(8,) * 6),
          False),
         *((page, page, "", None, False) for page in LIVE_PAGES if page != "playground")]


def first_live_chart(page):
    """The selector of the page's first live chart (webui.live_chart's key: page-chart)."""
    spec = PAGES[page]
    name = getattr(spec, "LIVE_CHARTS", spec.CHARTS)[0]
    return harness.keyed(f"{page}-{name}")


def click_points(page, seconds):
    """Click a point onto the plane every CLICK_SECONDS for `seconds`, along a circle of radius 4."""
    for k in range(int(seconds / CLICK_SECONDS)):
        angle = 2.4 * k  # radians: successive points spread around the circle
        plane_click(page, 4 * math.cos(angle), 4 * math.sin(angle))
        page.wait_for_timeout(CLICK_SECONDS * 1000)


def watch_training(browser, base_url, server_pid, page_name, query, seconds, clicking=False):
    """Press Play on /<page><query> and count updates for `seconds` (`clicking`: clicking points
    onto the plane meanwhile); returns the counts."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(f"{base_url}/{page_name}{query}")
    harness.wait_ready(page)
    chart = first_live_chart(page_name)
    page.wait_for_selector(f"{chart} .main-svg")
    clock = harness.MainThreadClock(page)
    harness.start_update_counter(page, "Epoch" if page_name == "playground" else None, chart)
    cpu_before, busy_before = harness.cpu_seconds(server_pid), clock.busy_seconds()
    browser_before = harness.browser_cpu_seconds()
    page.click(f"{harness.keyed(f'{page_name}_play')} button")
    if clicking:
        click_points(page, seconds)
    else:
        page.wait_for_timeout(seconds * 1000)
    counts = harness.stop_update_counter(page)
    counts["server_cpu"] = harness.cpu_seconds(server_pid) - cpu_before
    counts["browser_busy"] = (clock.busy_seconds() - busy_before) / counts["seconds"]
    counts["browser_cpu"] = harness.browser_cpu_seconds() - browser_before
    page.close()
    return counts


def visible_rate(page_name, counts):
    updates = counts["figure_changes"]
    if page_name == "playground":
        updates = min(updates, counts["metric_changes"])
    return updates / counts["seconds"]


def main():
    from playwright.sync_api import sync_playwright

    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    only = sys.argv[2] if len(sys.argv) > 2 else None
    problem = harness.missing_browser()
    if problem:
        sys.exit(problem)
    rows = []
    with harness.streamlit_server() as (base_url, server), sync_playwright() as playwright:
        browser = harness.launch_chromium(playwright)
        for row, page_name, query, config, clicking in CASES:
            if only and page_name != only:
                continue
            counts = watch_training(browser, base_url, server.pid, page_name, query, seconds, clicking)
            tick = playground_tick.measure(config, repeats=20) if config else None
            rows.append((row, page_name, counts, tick))
        browser.close()
    print(f"Every live page in headless Chromium at its defaults, Play for {seconds:g} s "
          f"(a tick every 0.1 s: 10 updates/s is the ceiling)")
    print(f"{'page':<25}{'updates/s':>10}{'blank':>7}{'browser busy':>14}"
          f"{'CPU ms/update: browser':>24}{'server':>8}{'tick ms':>9}{'steps ms':>10}")
    below = []
    for row, page_name, c, tick in rows:
        rate, updates = visible_rate(page_name, c), max(c["figure_changes"], 1)
        tick_ms, steps_ms = tick or (float("nan"), float("nan"))
        print(f"{row:<25}{rate:>10.1f}{c['blank_share']:>7.1%}{c['browser_busy']:>14.0%}"
              f"{1000 * c['browser_cpu'] / updates:>24.1f}{1000 * c['server_cpu'] / updates:>8.1f}"
              f"{tick_ms:>9.1f}{steps_ms:>10.1f}")
        if rate < TARGET_PER_SECOND and "6x8" not in row:
            below.append(row)
    rates = {row: visible_rate(page_name, c) for row, page_name, c, _ in rows}
    if {"playground", "playground drawing"} <= set(rates):
        print(f"drawing ({1 / CLICK_SECONDS:g} clicks/s) / not drawing, same run: "
              f"{rates['playground drawing'] / rates['playground']:.2f}")
    print(f"target >= {TARGET_PER_SECOND} visible updates/s at the defaults: "
          + (f"NOT met on {', '.join(below)}" if below else "met on every page"))


if __name__ == "__main__":
    main()
