"""Serve nnlab with `streamlit run app.py` on a free localhost port and drive Debian's Chromium through
Playwright. Shared by the browser tests (tests/browser) and the browser benchmarks (bench/).
"""
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = os.environ.get("NNLAB_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
HOW_TO_ENABLE = ("browser tests need Debian's Chromium and Playwright: `apt-get install -y chromium` and "
                 "`pip install -r requirements-test.txt`")

# Selectors of Streamlit 1.67's frontend (see DESIGN.md).
CONNECTED = '[data-testid="stApp"][data-test-connection-state="CONNECTED"]'
NOT_RUNNING = '[data-test-script-state="notRunning"]'
EXCEPTION = '[data-testid="stException"]'
PLOTLY_CHART = '[data-testid="stPlotlyChart"] .main-svg'  # st.plotly_chart, drawn
LIVE_CHART = ".nnlab-live-chart .main-svg"  # webui/live_chart.py's, drawn
RENDERED_CHART = f"{PLOTLY_CHART}, {LIVE_CHART}"  # either kind
# The Playground's elements, by the keys views/playground.py gives them (Streamlit: class st-key-<key>).
# :visible: a button with a keyboard shortcut comes with a second, zero-width copy of itself
PLAY, PAUSE, RESET = (f".st-key-playground_{name} button:visible" for name in ("play", "pause", "reset"))
PLANE_CHART = ".st-key-playground-output"  # live_chart(..., "playground", "output"): the large view


def missing_browser():
    """Why the browser suite cannot run here, or None when Chromium and Playwright are both present."""
    if not (os.access(CHROMIUM, os.X_OK) or shutil.which(CHROMIUM)):
        return f"no Chromium at {CHROMIUM}; {HOW_TO_ENABLE}"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return f"Playwright is not installed; {HOW_TO_ENABLE}"
    return None


def app_pages():
    """(url path, title) of every page of the app (specs/pages.py), the path as st.Page names it."""
    from specs.pages import PAGES
    from webui.streamlit_private import page_url_path

    return [(page_url_path(f"views/{stem}.py"), spec.TITLE) for stem, spec in PAGES.items()]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(log_path=None, timeout=60.0, options=()):
    """Run `streamlit run app.py [options]` on a free port until the block ends; yields
    (base_url, process)."""
    port = free_port()
    log = open(log_path, "w") if log_path else subprocess.DEVNULL
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
               "--server.port", str(port), "--server.address", "127.0.0.1",
               "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false", *options]
    env = {**os.environ, "MALLOC_ARENA_MAX": os.environ.get("MALLOC_ARENA_MAX", "2")}  # as deploy/venv.sh
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base_url, process, timeout)
        yield base_url, process
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log_path:
            log.close()


def wait_healthy(base_url, process, timeout):
    """Poll /_stcore/health until it answers `ok`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {process.returncode} before serving")
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as reply:
                if reply.read().decode().strip() == "ok":
                    return
        time.sleep(0.2)
    raise TimeoutError(f"{base_url} did not become healthy within {timeout:.0f} s")


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def wait_ready(page, timeout_ms=30_000):
    """Wait until the page is connected to the server and its script run has finished."""
    page.wait_for_selector(CONNECTED, timeout=timeout_ms)
    page.wait_for_selector(NOT_RUNNING, timeout=timeout_ms)


def rss_bytes(pid):
    """Resident memory of a process, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise LookupError(f"no VmRSS for pid {pid}")


def full_page_screenshot(page, name):
    """Save the whole scrolled page (Streamlit scrolls inside its main block, so grow the viewport to
    the content's height first); returns the file path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    viewport = page.viewport_size
    height = page.evaluate("() => Math.max(...[...document.querySelectorAll("
                           "'[data-testid=stMain], [data-testid=stSidebarContent]')]"
                           ".map(e => e.scrollHeight), 0)")
    page.set_viewport_size({"width": viewport["width"], "height": min(max(height, viewport["height"]), 8000)})
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(viewport)
    return path


def metric(page, label):
    """Text of the st.metric labelled `label` (e.g. "Epoch")."""
    return page.locator(f'[data-testid="stMetric"]:has-text("{label}") '
                        f'[data-testid="stMetricValue"]').inner_text()


def slider_value(page, key):
    """The value shown on the thumb of the slider with `key`. Streamlit loads its Slider component
    lazily: until that arrives the widget's box is empty, so this waits for the thumb, not the box."""
    return page.locator(f'{keyed(key)} [data-testid="stSliderThumbValue"]').inner_text()


def open_sidebar(page):
    """Open the sidebar (the app starts with it collapsed) and wait until it shows."""
    expand = page.locator('[data-testid="stExpandSidebarButton"]')
    if expand.is_visible():
        expand.click()
    page.locator('[data-testid="stSidebarContent"]').wait_for()


def keyed(key):
    """CSS selector of the element Streamlit drew for the element with `key`: its st-key-<key> class,
    in which Streamlit replaces every character but letters, digits, _ and - by -."""
    return ".st-key-" + re.sub(r"[^a-zA-Z0-9_-]", "-", key.strip())


def wait_for_metric(page, label, condition, timeout_ms=30_000):
    """Poll until condition(text of metric `label`) holds; returns the text."""
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        text = metric(page, label)
        if condition(text):
            return text
        if time.monotonic() > deadline:
            raise AssertionError(f"metric {label!r} stayed at {text!r} for {timeout_ms / 1000:.0f} s")
        page.wait_for_timeout(200)


# Counts what a student sees change: the text of the metric `label`, and the drawings of the Plotly
# chart inside `chartSelector`: a new chart element (a remount) or a Plotly.react on it (live_chart
# calls it only with new data). A MutationObserver and Plotly's own event, not a timer, so tabs that
# are not in front are counted too; `blankMs` is the time no drawing of the chart was on the page.
_COUNTER_JS = """([label, chartSelector]) => {
  const stats = {metricChanges: 0, figureChanges: 0, blankMs: 0, last: null, values: [],
                 start: performance.now(), end: null};
  let blankSince = null, counting = false;
  const charts = new WeakSet();
  const metric = () => [...document.querySelectorAll('[data-testid="stMetric"]')]
      .find(m => m.querySelector('[data-testid="stMetricLabel"]')?.innerText.trim() === label);
  const check = () => {
    const value = metric()?.querySelector('[data-testid="stMetricValue"]')?.innerText;
    if (value !== undefined && value !== stats.last) {
      stats.metricChanges++; stats.last = value; stats.values.push(value);
    }
    // While a chart remounts, Streamlit keeps the old drawing (data-stale) beside the new element.
    const now = performance.now();
    if (!document.querySelector(chartSelector + ' .main-svg')) { blankSince ??= now; return; }
    if (blankSince !== null) { stats.blankMs += now - blankSince; blankSince = null; }
    const plot = document.querySelector(chartSelector + ':not([data-stale="true"]) .js-plotly-plot');
    if (plot?.querySelector('.main-svg') && !charts.has(plot)) {
      charts.add(plot);
      if (counting) stats.figureChanges++;
      plot.on('plotly_react', () => { if (counting) stats.figureChanges++; });
    }
  };
  check();
  stats.metricChanges = 0; stats.values = []; counting = true;
  const observer = new MutationObserver(check);
  observer.observe(document.body, {subtree: true, childList: true, characterData: true});
  window.__nnlabCounter = {stats, stop: () => {
    observer.disconnect(); counting = false; stats.end = performance.now();
    if (blankSince !== null) stats.blankMs += stats.end - blankSince;
  }};
}"""


def start_update_counter(page, metric_label, chart_selector):
    page.evaluate(_COUNTER_JS, [metric_label, chart_selector])


def stop_update_counter(page):
    """{metric_changes, figure_changes, seconds, blank_share, last}: what changed since the start."""
    stats = page.evaluate("() => { window.__nnlabCounter.stop(); return window.__nnlabCounter.stats; }")
    return {"metric_changes": stats["metricChanges"], "figure_changes": stats["figureChanges"],
            "seconds": (stats["end"] - stats["start"]) / 1000, "last": stats["last"],
            "values": stats["values"], "blank_share": stats["blankMs"] / (stats["end"] - stats["start"])}


def cpu_seconds(pid):
    """User + system CPU time a process has used, from /proc (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def browser_cpu_seconds():
    """CPU time used by every Chromium process this Python process started (through Playwright's
    driver): the browser's whole cost, all its threads, whatever else runs on the machine."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:  # ended meanwhile
                continue

    def descends(pid):
        while pid > 1:
            pid = parents.get(pid, 0)
            if pid == os.getpid():
                return True
        return False

    total = 0.0
    for pid in parents:
        try:
            if descends(pid) and b"chromium" in Path(f"/proc/{pid}/cmdline").read_bytes():
                total += cpu_seconds(pid)
        except OSError:
            continue
    return total


class MainThreadClock:
    """Seconds the page's renderer main thread spent on tasks (Chrome DevTools Performance metrics):
    near the wall time means the browser, not the server, limits the update rate."""

    def __init__(self, page):
        self.session = page.context.new_cdp_session(page)
        self.session.send("Performance.enable")

    def busy_seconds(self):
        metrics = self.session.send("Performance.getMetrics")["metrics"]
        return next(m["value"] for m in metrics if m["name"] == "TaskDuration")


# A class behind nginx (run-class.sh, deploy/nginx.conf): tests/browser/test_browser_proxy.py.
HOW_TO_ENABLE_PROXY = "the proxy test needs Debian's nginx: `apt-get install -y nginx`"


def missing_nginx():
    """Why run-class.sh cannot run nginx here, or None when it can."""
    if shutil.which("nginx", path=f"{os.environ.get('PATH', '')}:/usr/sbin:/sbin"):
        return None
    return f"no nginx on PATH or in /usr/sbin; {HOW_TO_ENABLE_PROXY}"


def free_port_run(count):
    """The first of `count` consecutive free localhost ports (run-class.sh numbers its apps so)."""
    for _ in range(100):
        first = free_port()
        try:
            with contextlib.ExitStack() as held:
                for port in range(first, first + count):
                    sock = held.enter_context(socket.socket())
                    sock.bind(("127.0.0.1", port))
            return first
        except OSError:
            continue
    raise RuntimeError(f"found no {count} consecutive free ports")


@contextlib.contextmanager
def class_server(processes, run_dir, timeout=90.0):
    """Run `./run-class.sh processes port` (apps and nginx on free ports, its files in run_dir) until
    the block ends; yields (nginx port, app ports). Then stops it with SIGTERM, as Ctrl-C does, and
    fails if it left a process of its own running."""
    port, first_app_port = free_port(), free_port_run(processes)
    env = {**os.environ, "NNLAB_VENV": sys.prefix, "NNLAB_CLASS_DIR": str(run_dir),
           "NNLAB_BACKEND_PORT": str(first_app_port)}  # the venv running the tests: nothing to install
    Path(run_dir).mkdir(parents=True, exist_ok=True)
    with open(Path(run_dir) / "run-class.out", "w") as log:
        process = subprocess.Popen(["bash", str(ROOT / "run-class.sh"), str(processes), str(port)],
                                   cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            try:
                wait_healthy(f"http://127.0.0.1:{port}", process, timeout)
            except RuntimeError:
                raise RuntimeError("run-class.sh stopped: "
                                   + (Path(run_dir) / "run-class.out").read_text()) from None
            yield port, list(range(first_app_port, first_app_port + processes))
        finally:
            process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(30)
            left_running = _group_alive(process.pid)
            if left_running:
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    if left_running:
        raise AssertionError("run-class.sh did not stop all its processes on SIGTERM")


def _group_alive(group_id):
    try:
        os.killpg(group_id, 0)
    except ProcessLookupError:
        return False
    return True
