"""st.plotly_chart against webui.live_chart in a real browser, side by side in the same run.

    python bench/live_chart_fps.py [seconds]

Starts `streamlit run bench/live_chart_demo.py` on a free port and opens it in headless Chromium. For
`seconds` (10 by default) it prints, per chart: the ticks drawn per second (each figure's title names
its tick; counted on every DOM change), the painted frames (sampled on every animation frame, ~16 ms
apart) without the heatmap, and the share of time the page held no heatmap for the chart (an upper
bound: the browser paints only between scripts). Then it drag-zooms both charts and reports whether
the zoom survives the next ticks.
"""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "browser"))

import harness  # noqa: E402

SIDES = {"st.plotly_chart": harness.keyed("plotly_chart_side"),
         "live_chart": harness.keyed("live_chart_side")}

# Runs in the page for `seconds`, per chart: a MutationObserver counts the ticks drawn (title text
# changes while the heatmap is in the page) and the time the page holds no heatmap; on every animation
# frame (just before the browser paints, ~16 ms apart when it keeps up) it checks whether the frame
# about to be painted has the heatmap: a blank frame when not.
WATCHER = """([sides, seconds]) => new Promise((resolve) => {
  const charts = Object.fromEntries(Object.keys(sides).map((name) => [name,
      {updates: 0, frames: 0, blankFrames: 0, blankMs: 0, title: null, blankSince: null}]));
  const drawn = (selector) => {
    const side = document.querySelector(selector);
    const title = side && side.querySelector(".gtitle");
    return side && side.querySelector(".main-svg .hm image") && title ? title.textContent : null;
  };
  const observe = () => {
    const now = performance.now();
    for (const [name, selector] of Object.entries(sides)) {
      const chart = charts[name], title = drawn(selector);
      if (title === null) { chart.blankSince ??= now; continue; }
      if (chart.blankSince !== null) { chart.blankMs += now - chart.blankSince; chart.blankSince = null; }
      if (title !== chart.title) { chart.updates++; chart.title = title; }
    }
  };
  observe();
  for (const chart of Object.values(charts)) chart.updates = 0;
  const observer = new MutationObserver(observe);
  observer.observe(document.body, {subtree: true, childList: true, characterData: true});
  const start = performance.now();
  function frame() {
    for (const [name, selector] of Object.entries(sides)) {
      charts[name].frames++;
      if (drawn(selector) === null) charts[name].blankFrames++;
    }
    if (performance.now() < start + 1000 * seconds) { requestAnimationFrame(frame); return; }
    observer.disconnect();
    observe();
    resolve({seconds: (performance.now() - start) / 1000, charts});
  }
  requestAnimationFrame(frame);
})"""

# Runs in the page: the x range each chart shows now.
X_RANGES = """(sides) => Object.fromEntries(Object.entries(sides).map(([name, selector]) => {
  const plot = document.querySelector(selector + " .js-plotly-plot");
  return [name, plot && plot._fullLayout ? plot._fullLayout.xaxis.range.map(Number) : null];
}))"""


def drag_zoom(page, selector):
    """Drag a box over the middle of a chart's plot area, as a user zooming in."""
    box = None
    while box is None:  # a remounting chart can vanish between finding it and measuring it
        box = page.locator(f"{selector} .nsewdrag").first.bounding_box()
    start_x, start_y = box["x"] + 0.3 * box["width"], box["y"] + 0.3 * box["height"]
    page.mouse.move(start_x, start_y)
    page.wait_for_timeout(100)
    page.mouse.down()
    for step in range(1, 11):  # at a hand's pace: Plotly needs the moves to see a drag
        page.mouse.move(start_x + 0.03 * step * box["width"], start_y + 0.03 * step * box["height"])
        page.wait_for_timeout(30)
    page.mouse.up()
    page.wait_for_timeout(300)


def main():
    from playwright.sync_api import sync_playwright

    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    problem = harness.missing_browser()
    if problem:
        sys.exit(problem)
    port = harness.free_port()
    base_url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "bench/live_chart_demo.py", "--server.headless",
         "true", "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        harness.wait_healthy(base_url, server, timeout=60)
        with sync_playwright() as playwright:
            browser = harness.launch_chromium(playwright)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(base_url)
            page.wait_for_selector(harness.CONNECTED)
            for selector in SIDES.values():
                page.wait_for_selector(f"{selector} .main-svg .hm image", timeout=60_000)
            page.wait_for_timeout(2000)  # settle: Plotly loaded, ticks flowing
            watched = page.evaluate(WATCHER, [SIDES, seconds])
            duration, charts = watched["seconds"], watched["charts"]
            frames = charts["live_chart"]["frames"]
            print(f"{duration:.1f} s of a 100x100 uint8 heatmap, fragment run_every=0.1 s, both charts "
                  f"in the same fragment; {frames / duration:.0f} painted frames/s")
            print(f"{'chart':<18}{'updates/s':>10}{'blank frames':>16}{'blank %':>9}"
                  f"{'no heatmap in DOM':>19}")
            for name, chart in charts.items():
                print(f"{name:<18}{chart['updates'] / duration:>10.1f}"
                      f"{chart['blankFrames']:>9} / {chart['frames']:<4}"
                      f"{chart['blankFrames'] / chart['frames']:>9.1%}"
                      f"{chart['blankMs'] / 1000 / duration:>19.1%}")
            full = page.evaluate(X_RANGES, SIDES)
            zoomed = {}
            for name, selector in SIDES.items():
                drag_zoom(page, selector)
                zoomed[name] = page.evaluate(X_RANGES, SIDES)[name]
            page.wait_for_timeout(1500)  # ~10 ticks later
            later = page.evaluate(X_RANGES, SIDES)
            for name in SIDES:
                if zoomed[name] == full[name]:
                    verdict = "the drag did not zoom (the chart was replaced under the mouse)"
                else:
                    verdict = "kept" if later[name] == zoomed[name] else "lost"
                print(f"zoom {name:<16} x range {full[name]} -> after drag {zoomed[name]} -> "
                      f"1.5 s later {later[name]}: {verdict}")
            page.screenshot(path=str(harness.SCREENSHOTS / "live_chart_demo.png"))
            print(f"exception boxes on the page: {page.locator(harness.EXCEPTION).count()}")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
