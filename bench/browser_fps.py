"""Smoothness of the Playground as a browser shows it: headless Chromium presses Play and counts the
distinct updates of the epoch counter and of the decision-boundary figure over 10 seconds, at the
default settings and at the largest network (6 hidden layers of 8). Target: >= 8 updates/s at default.

    python bench/browser_fps.py [seconds]

Next to each row: how busy the page's main thread was (Chrome's TaskDuration over the window: near
100 % means the browser limits the rate), the CPU time per visible update of all the browser's
processes and of the server process (from /proc, same window: unlike the rates, these hardly change
when other work shares the machine), and the server-side tick (training steps + the figures a tick
rebuilds, serialised) timed in-process in the same run by bench/playground_tick.py.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "browser"), str(ROOT / "bench")]

import playground_tick  # noqa: E402

import harness  # noqa: E402
from nncore import Config  # noqa: E402

SETTINGS = {"default": ("", Config()),
            "6 layers of 8": ("?hidden_layers=8,8,8,8,8,8", Config(hidden_layers=(8,) * 6))}
TARGET_PER_SECOND = 8


def watch_training(browser, base_url, server_pid, query, seconds):
    """Press Play on /playground<query> and count updates for `seconds`; returns the counts."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(f"{base_url}/playground{query}")
    harness.wait_ready(page)
    page.wait_for_selector(f"{harness.PLANE_CHART} .main-svg")
    clock = harness.MainThreadClock(page)
    harness.start_update_counter(page, "Epoch", harness.PLANE_CHART)
    cpu_before, busy_before = harness.cpu_seconds(server_pid), clock.busy_seconds()
    browser_before = harness.browser_cpu_seconds()
    page.click(harness.PLAY)
    page.wait_for_timeout(seconds * 1000)
    counts = harness.stop_update_counter(page)
    counts["server_cpu"] = harness.cpu_seconds(server_pid) - cpu_before
    counts["browser_busy"] = (clock.busy_seconds() - busy_before) / counts["seconds"]
    counts["browser_cpu"] = harness.browser_cpu_seconds() - browser_before
    page.click(harness.PAUSE)
    page.close()
    return counts


def main():
    from playwright.sync_api import sync_playwright

    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    problem = harness.missing_browser()
    if problem:
        sys.exit(problem)
    rows = []
    with harness.streamlit_server() as (base_url, server), sync_playwright() as playwright:
        browser = harness.launch_chromium(playwright)
        for name, (query, config) in SETTINGS.items():
            counts = watch_training(browser, base_url, server.pid, query, seconds)
            tick_ms, steps_ms = playground_tick.measure(config, repeats=20)
            rows.append((name, counts, tick_ms, steps_ms))
        browser.close()
    print(f"Playground in headless Chromium, Play for {seconds:g} s "
          f"({playground_tick.STEPS_PER_TICK} steps per tick, a tick every 0.1 s)")
    print(f"{'settings':<15}{'epoch/s':>9}{'figure/s':>10}{'blank':>7}{'browser busy':>14}"
          f"{'CPU ms/update: browser':>24}{'server':>8}{'tick ms':>9}{'steps ms':>10}")
    for name, c, tick_ms, steps_ms in rows:
        updates = max(c["figure_changes"], 1)
        print(f"{name:<15}{c['metric_changes'] / c['seconds']:>9.1f}"
              f"{c['figure_changes'] / c['seconds']:>10.1f}{c['blank_share']:>7.1%}"
              f"{c['browser_busy']:>14.0%}{1000 * c['browser_cpu'] / updates:>24.1f}"
              f"{1000 * c['server_cpu'] / updates:>8.1f}{tick_ms:>9.1f}{steps_ms:>10.1f}")
    default = rows[0][1]
    rate = min(default["metric_changes"], default["figure_changes"]) / default["seconds"]
    print(f"default: {rate:.1f} visible updates/s, target >= {TARGET_PER_SECOND}: "
          f"{'met' if rate >= TARGET_PER_SECOND else 'NOT met'}")


if __name__ == "__main__":
    main()
