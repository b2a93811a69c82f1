"""A class opening the Playground at once: N real browser sessions (tabs of one headless Chromium, each
its own Streamlit session with its own configuration) load the page together, all press Play, and
train for 30 s. For each N this prints page load time p50/p95, visible updates per second per session,
the server's memory (RSS) and CPU, whether every session kept its own configuration and epoch count,
and the memory after all sessions closed.

    python bench/classroom.py [N ...] [--seconds 30] [--settle 60]

Each N gets a fresh server; its starting memory is taken after one warm-up visit (imports done).
The browsers run on the same machine as the server: on 2 cores they compete with it for CPU.
"""
import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "browser")]

import harness  # noqa: E402
from nncore import DATASETS  # noqa: E402

CLASS_DATASETS = ("circle", "xor", "gaussians", "spiral", "moons", "linear")
RATES = ("0.01", "0.03", "0.1", "0.3")
MB = 1 << 20
# Records when the decision-boundary chart first shows a drawing, in ms since navigation start.
LOADED_AT_JS = """new MutationObserver((_, observer) => {
  if (document.querySelector('%s .main-svg')) {
    window.__nnlabLoadedAt = performance.now(); observer.disconnect();
  }
}).observe(document, {subtree: true, childList: true});""" % harness.PLANE_CHART


def session_config(i):
    """Session i's own configuration: (query, dataset, learning rate)."""
    dataset, rate = CLASS_DATASETS[i % len(CLASS_DATASETS)], RATES[(i // 6) % len(RATES)]
    return f"?dataset={dataset}&learning_rate={rate}&seed={i}", dataset, rate


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def own_state_problem(page, dataset, rate, epochs_seen):
    """'' when the tab still shows its own dataset and learning rate and its epoch never went
    backwards; otherwise what differs."""
    shown_dataset = page.locator(f"{harness.keyed('playground_dataset')} input").input_value()
    shown_rate = harness.slider_value(page, "playground_learning_rate")
    epochs = [int(value) for value in epochs_seen]
    problems = [f"dataset {shown_dataset!r}" * (shown_dataset != DATASETS[dataset].label),
                f"learning rate {shown_rate}" * (shown_rate != rate),
                "epoch went backwards" * (epochs != sorted(epochs))]
    return ", ".join(problem for problem in problems if problem)


def warm_up(browser, base_url):
    """One student first: load the Playground and play a few seconds, so that what the server loads
    once (imports, the code paths of live training) is not counted as the class's memory."""
    page = browser.new_page()
    page.goto(f"{base_url}/playground")
    harness.wait_ready(page)
    page.wait_for_selector(f"{harness.PLANE_CHART} .main-svg")
    page.click(harness.PLAY)
    page.wait_for_timeout(3000)
    page.click(harness.PAUSE)
    page.close()


def run_class(browser, base_url, pid, n, seconds, settle):
    """n sessions load together, play for `seconds`, close; returns the numbers measured."""
    warm_up(browser, base_url)
    time.sleep(2)
    rss_start = harness.rss_bytes(pid)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.add_init_script(LOADED_AT_JS)
    pages = [context.new_page() for _ in range(n)]
    configs = [session_config(i) for i in range(n)]
    for page, (query, _, _) in zip(pages, configs):  # the whole class opens the link at once
        page.goto(f"{base_url}/playground{query}", wait_until="commit")
    for page in pages:
        page.wait_for_function("() => window.__nnlabLoadedAt !== undefined", timeout=180_000)
        harness.wait_ready(page, timeout_ms=180_000)
    load_seconds = [page.evaluate("window.__nnlabLoadedAt") / 1000 for page in pages]
    for page in pages:
        harness.start_update_counter(page, "Epoch", harness.PLANE_CHART)
    cpu_start, rss_peak = harness.cpu_seconds(pid), 0
    for page in pages:
        page.click(harness.PLAY)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pages[0].wait_for_timeout(1000)
        rss_peak = max(rss_peak, harness.rss_bytes(pid))
    counts = [harness.stop_update_counter(page) for page in pages]
    cpu_share = (harness.cpu_seconds(pid) - cpu_start) / seconds
    problems = [own_state_problem(page, dataset, rate, c["values"])
                for page, (_, dataset, rate), c in zip(pages, configs, counts)]
    for i, problem in enumerate(problems):
        if problem:
            print(f"N={n}, session {i} ({configs[i][0]}): {problem}", file=sys.stderr)
    context.close()
    closed_at = time.monotonic()
    time.sleep(settle)
    rss_after = harness.rss_bytes(pid)
    settled = time.monotonic() - closed_at
    rate = [min(c["metric_changes"], c["figure_changes"]) / c["seconds"] for c in counts]
    return {"n": n, "load_p50": percentile(load_seconds, 0.5), "load_p95": percentile(load_seconds, 0.95),
            "updates_mean": statistics.mean(rate), "updates_min": min(rate),
            "blank": statistics.mean(c["blank_share"] for c in counts),
            "rss_start": rss_start / MB, "rss_peak": rss_peak / MB,
            "rss_per_session": (rss_peak - rss_start) / MB / n, "rss_after": rss_after / MB,
            "settled": settled, "cpu": cpu_share, "own_state": not any(problems)}


def main():
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[5, 10, 20])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--settle", type=float, default=60.0,
                        help="seconds after the sessions close before memory is read again")
    arguments = parser.parse_args()
    problem = harness.missing_browser()
    if problem:
        sys.exit(problem)
    rows = []
    with sync_playwright() as playwright:
        browser = harness.launch_chromium(playwright)
        for n in arguments.sizes:
            with harness.streamlit_server() as (base_url, server):
                rows.append(run_class(browser, base_url, server.pid, n, arguments.seconds,
                                      arguments.settle))
            print(f"N={n} done", file=sys.stderr, flush=True)
        browser.close()
    print(f"Playground, N sessions playing together for {arguments.seconds:g} s; memory "
          f"{arguments.settle:g} s after they closed")
    print(f"{'N':>3}{'load p50':>10}{'load p95':>10}{'updates/s':>11}{'min':>6}{'blank':>7}"
          f"{'server CPU':>12}{'RSS start':>11}{'peak':>7}{'/session':>10}{'after':>7}{'back':>7}"
          f"{'own state':>11}")
    for r in rows:
        back = r["rss_after"] / r["rss_start"] - 1
        print(f"{r['n']:>3}{r['load_p50']:>9.1f}s{r['load_p95']:>9.1f}s{r['updates_mean']:>11.1f}"
              f"{r['updates_min']:>6.1f}{r['blank']:>7.1%}{r['cpu']:>12.0%}{r['rss_start']:>9.0f}MB"
              f"{r['rss_peak']:>5.0f}MB{r['rss_per_session']:>8.1f}MB{r['rss_after']:>5.0f}MB"
              f"{back:>+7.0%}{'yes' if r['own_state'] else 'NO':>11}")
    below = [r["n"] for r in rows if r["updates_mean"] < 2]
    print(f"updates fall below 2/s per session at N = {below[0]}" if below
          else "updates stayed at >= 2/s per session for every N measured")


if __name__ == "__main__":
    main()
