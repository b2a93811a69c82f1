"""A class on the Playground without browsers: N protocol-level clients (bench/streamlit_client.py:
each speaks Streamlit's websocket protocol as a browser tab does and renders nothing) open their own
Playground link together, press Play and train for 30 s, against one app process and against
run-class.sh with 2 processes behind nginx. For each number of processes P and of clients N it prints:
- how the class split over the processes (nginx's cookie hash) and how many clients were playing at
  the end (the run that Play started had reached them);
- visible updates (new Epoch values) per second per client, p5 and p50, and the p50 of the new
  drawings of the chart redrawn most often (the decision boundary);
- behind: the share of the fragment's runs that ended with the next one already asked for (the
  server is behind the browser's timer). Such a run's updates arrive all the same: a tick waits
  until they have been sent (webui/streamlit_private.wait_until_sent), because Streamlit clears a
  run's unsent deltas when the next run of the same fragment starts;
- the app processes' CPU (summed over their pids, from /proc: the clients' own CPU is not in it), in
  all and per update;
- their memory (RSS) at the start, at its peak, per session and 60 s after the clients left;
- whether every client kept its own dataset and saw its epoch only increase;
- the clients' own CPU and the load average (before the run: others' work; at the end of play: with
  ours); then, per P, the N at which p5 falls below 2 updates/s.

    python bench/classroom_load.py [--processes 1 2] [--clients 10 20 40 80] [--seconds 30] [--settle 60]
    python bench/classroom_load.py --check-tab [--seconds 20]
    python bench/classroom_load.py --profile [--seconds 20]

--check-tab: one client, then one headless Chromium tab (harness's update counter), each alone on
the same server for the same time; prints both counts, the reruns each sent and what the tab's own
websocket carried. --profile: py-spy (`pip install py-spy`) samples the server while one client
plays; prints where its CPU goes per update, nnlab's work against Streamlit's.

Each (P, N) gets a fresh server; its starting memory is read after one warm-up client per process has
played (imports done). Behind nginx a client gets its routing cookie as a browser does (from the
page's reply), so the class splits over the processes as nginx's hash decides.
"""
import argparse
import asyncio
import collections
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "browser"), str(ROOT / "bench")]

import classroom  # noqa: E402
import harness  # noqa: E402
from nncore import DATASETS  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402
from streamlit_client import MessageCache, StreamlitSession  # noqa: E402

MB = 1 << 20
PLAYGROUND = "/playground"
CHARTS = ("bidi_component", "plotly_chart")  # element kinds that draw a chart (webui/live_chart: the first)
LOAD_TIMEOUT = 300.0  # seconds for a whole class's first runs
TARGET_PER_SECOND = 2


class Student:
    """One client on its own Playground link; records when the Epoch metric showed a new value and
    when each chart got a new drawing."""

    def __init__(self, base_url, i):
        self.query, self.dataset, _ = classroom.session_config(i)
        self.epochs = []  # (time.monotonic(), value shown)
        self.charts = collections.defaultdict(list)  # delta path -> times of new drawings there
        self.drawings = {}  # delta path -> hash of the chart element last drawn there
        self.epoch_fragments = set()  # the fragments that drew the Epoch metric
        self.exceptions = []
        self.session = StreamlitSession(base_url, PLAYGROUND + self.query, self.saw)

    def saw(self, element, fragment_id, path):
        kind = element.WhichOneof("type")
        if kind in CHARTS:
            drawing = hash(element.SerializeToString())
            if self.drawings.get(path) != drawing:
                self.drawings[path] = drawing
                self.charts[path].append(time.monotonic())
        elif kind == "metric" and element.metric.label == "Epoch":
            self.epoch_fragments.add(fragment_id)
            if not self.epochs or self.epochs[-1][1] != element.metric.body:
                self.epochs.append((time.monotonic(), element.metric.body))
        elif kind == "exception":
            self.exceptions.append(element.exception.message)

    def updates(self, start, end):
        return sum(start <= at < end for at, _ in self.epochs)

    def chart_updates(self, start, end):
        """New drawings of the chart redrawn most often (the decision boundary on the Playground)."""
        return max((sum(start <= at < end for at in times) for times in self.charts.values()), default=0)

    def playing(self):
        """Whether the run that Play started has reached the client (its auto_rerun started the
        timer)."""
        return bool(self.session.timers)

    def problem(self):
        """'' when the client still shows its own dataset, its epoch only increased and, once
        playing, came from the fragment the timer reruns; otherwise what differs."""
        try:
            shown = self.session.widget("selectbox", "Dataset")[1].string_value
        except LookupError as error:
            shown = str(error)
        epochs = [int(value) for _, value in self.epochs]
        problems = [f"dataset {shown!r}" * (shown != DATASETS[self.dataset].label),
                    "epoch did not only increase" * any(a >= b for a, b in zip(epochs, epochs[1:])),
                    "Epoch drawn outside the timer's fragment" * (
                        self.playing() and not self.epoch_fragments <= set(self.session.timers)),
                    self.session.problem or "", *self.exceptions]
        return ", ".join(problem for problem in problems if problem)


async def load(student):
    """Open the student's link and wait for its first run to finish."""
    await student.session.open()
    await student.session.wait_for_full_run(1, LOAD_TIMEOUT)


async def warm_up(app_url):
    """One student first, so that what a process loads once (imports, the code paths of live
    training) is not counted as the class's memory."""
    student = Student(app_url, 0)
    await load(student)
    await student.session.press("Play")
    await asyncio.sleep(3)
    await student.session.press("Pause")
    await student.session.wait_for_full_run(3, LOAD_TIMEOUT)
    await student.session.close()


def app_pid(port):
    """The pid of the streamlit process that run-class.sh started on `port`."""
    wanted = ["--server.port", str(port)]
    for entry in Path("/proc").iterdir():
        try:
            arguments = (entry / "cmdline").read_bytes().decode().split("\0")
        except OSError:  # not a process, or ended meanwhile
            continue
        if "streamlit" in arguments and any(arguments[i:i + 2] == wanted for i in range(len(arguments))):
            return int(entry.name)
    raise LookupError(f"no streamlit process serves port {port}")


async def run_class(class_url, app_urls, pids, n, seconds, settle):
    """n clients load together, play for `seconds`, leave; returns the numbers measured."""
    load_before = os.getloadavg()[0]
    for app_url in app_urls:
        await warm_up(app_url)
    await asyncio.sleep(2)
    rss_start = sum(map(harness.rss_bytes, pids))
    students = [Student(class_url, i) for i in range(n)]
    failures = [""] * n  # a client that fails is reported, the class goes on
    await each(students, load, "did not load", failures)
    cpu_start, own_start = sum(map(harness.cpu_seconds, pids)), time.process_time()
    start = time.monotonic()
    await each(students, lambda student: student.session.press("Play"), "did not press Play", failures)
    rss_peak = 0
    while time.monotonic() < start + seconds:
        await asyncio.sleep(1)
        rss_peak = max(rss_peak, sum(map(harness.rss_bytes, pids)))
    end = time.monotonic()
    server_cpu = sum(map(harness.cpu_seconds, pids)) - cpu_start
    own_cpu, load_during = time.process_time() - own_start, os.getloadavg()[0]
    updates = [student.updates(start, end) for student in students]
    rates = [count / (end - start) for count in updates]
    charts = [student.chart_updates(start, end) / (end - start) for student in students]
    playing = sum(student.playing() for student in students)
    problems = [failure or student.problem() for student, failure in zip(students, failures)]
    for i, problem in enumerate(problems):
        if problem:
            print(f"N={n}, client {i} ({students[i].query}): {problem}", file=sys.stderr)
    split = collections.Counter(student.session.headers.get("X-nnlab-backend", "-") for student in students)
    await asyncio.gather(*(student.session.close() for student in students))
    await asyncio.sleep(settle)
    rss_after = sum(map(harness.rss_bytes, pids))
    fragment_runs = sum((student.session.fragment_runs for student in students), collections.Counter())
    return {"n": n, "split": "+".join(str(count) for _, count in sorted(split.items())),
            "p5": classroom.percentile(rates, 0.05), "p50": classroom.percentile(rates, 0.5),
            "charts_p50": classroom.percentile(charts, 0.5),
            "cpu": server_cpu / (end - start),
            "ms_per_update": 1000 * server_cpu / sum(updates) if sum(updates) else None,
            "rss_start": rss_start / MB, "rss_peak": rss_peak / MB,
            "rss_per_session": (rss_peak - rss_start) / MB / n, "rss_after": rss_after / MB,
            "playing": playing,
            "cut": fragment_runs[ForwardMsg.FINISHED_EARLY_FOR_RERUN] / fragment_runs.total()
            if fragment_runs else None,
            "own_state": not any(problems),
            "own_cpu": own_cpu / (end - start), "load_before": load_before, "load_during": load_during}


async def each(students, step, what, failures):
    """step(student) for every student that has not failed yet, all at once; records failures."""
    pending = [i for i, failure in enumerate(failures) if not failure]
    results = await asyncio.gather(*(step(students[i]) for i in pending), return_exceptions=True)
    for i, result in zip(pending, results):
        if isinstance(result, BaseException):
            failures[i] = f"{what}: {type(result).__name__} {result}"


def measure(processes, n, seconds, settle):
    """run_class against a fresh server of `processes` app processes (1: streamlit run, more:
    run-class.sh behind nginx)."""
    if processes == 1:
        with harness.streamlit_server() as (base_url, server):
            return asyncio.run(run_class(base_url, [base_url], [server.pid], n, seconds, settle))
    with tempfile.TemporaryDirectory(prefix="nnlab-class-") as run_dir:
        with harness.class_server(processes, run_dir) as (port, app_ports):
            app_urls = [f"http://127.0.0.1:{app_port}" for app_port in app_ports]
            return asyncio.run(run_class(f"http://127.0.0.1:{port}", app_urls,
                                         [app_pid(app_port) for app_port in app_ports], n, seconds,
                                         settle))


def print_table(rows, seconds, settle):
    print(f"Playground, N protocol clients (no rendering) playing together for {seconds:g} s; memory "
          f"{settle:g} s after they left; load average (1 min) before the run / at the end of play")
    print(f"{'P':>2}{'N':>4}{'split':>8}{'playing':>9}{'updates/s p5':>14}{'p50':>6}{'chart/s p50':>13}"
          f"{'behind':>10}"
          f"{'server CPU':>12}{'ms/update':>11}{'RSS start':>11}{'peak':>7}{'/session':>10}{'after':>7}"
          f"{'back':>7}{'own state':>11}{'clients CPU':>13}{'load':>11}")
    for r in rows:
        back = r["rss_after"] / r["rss_start"] - 1
        cut = "-" if r["cut"] is None else f"{r['cut']:.0%}"
        per_update = "-" if r["ms_per_update"] is None else f"{r['ms_per_update']:.1f}"
        print(f"{r['processes']:>2}{r['n']:>4}{r['split']:>8}{r['playing']:>9}{r['p5']:>14.1f}"
              f"{r['p50']:>6.1f}{r['charts_p50']:>13.1f}{cut:>10}{r['cpu']:>12.0%}{per_update:>11}"
              f"{r['rss_start']:>9.0f}MB"
              f"{r['rss_peak']:>5.0f}MB{r['rss_per_session']:>8.1f}MB{r['rss_after']:>5.0f}MB"
              f"{back:>+7.0%}{'yes' if r['own_state'] else 'NO':>11}{r['own_cpu']:>13.0%}"
              f"{r['load_before']:>6.1f}/{r['load_during']:<4.1f}")
    for processes in sorted({r["processes"] for r in rows}):
        below = [r["n"] for r in rows if r["processes"] == processes and r["p5"] < TARGET_PER_SECOND]
        print(f"P={processes}: p5 falls below {TARGET_PER_SECOND} updates/s at N = {below[0]}" if below
              else f"P={processes}: p5 stayed at >= {TARGET_PER_SECOND} updates/s for every N measured")


async def played(student, seconds, pid):
    """Press Play on a loaded client and count for `seconds`: updates, reruns sent, server CPU."""
    cpu_start, sent_start, start = harness.cpu_seconds(pid), student.session.reruns_sent, time.monotonic()
    await student.session.press("Play")
    await asyncio.sleep(seconds)
    return {"updates": student.updates(start, start + seconds), "problem": student.problem(),
            "charts": student.chart_updates(start, start + seconds),
            "reruns": student.session.reruns_sent - sent_start,
            "cpu": harness.cpu_seconds(pid) - cpu_start}


async def client_alone(student, seconds, pid):
    await load(student)
    measured = await played(student, seconds, pid)
    await student.session.close()
    return measured


class TabSocket:
    """What a Chromium tab's websocket carries while it plays, counted as a client counts it."""

    def __init__(self, base_url):
        self.view = Student(base_url, 1)  # its own session stays unopened: it only counts
        self.cache = MessageCache()
        self.sent = []  # times of the frames the tab sent (its reruns)

    def attach(self, socket):
        socket.on("framesent", lambda payload: self.sent.append(time.monotonic()))
        socket.on("framereceived", self.received)

    def received(self, payload):
        msg = self.cache.resolve(ForwardMsg.FromString(payload), payload)
        if msg.WhichOneof("type") == "delta" and msg.delta.WhichOneof("type") == "new_element":
            self.view.saw(msg.delta.new_element, msg.delta.fragment_id, tuple(msg.metadata.delta_path))


def tab_plays(playwright, base_url, query, seconds, pid):
    """One Chromium tab plays for `seconds`: what it showed (harness's update counter), what its
    websocket carried, how busy its main thread was and the server's CPU."""
    browser = harness.launch_chromium(playwright)
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    socket = TabSocket(base_url)
    page.on("websocket", socket.attach)
    page.goto(base_url + PLAYGROUND + query)
    harness.wait_ready(page)
    harness.wait_for_metric(page, "Epoch", lambda text: text == "0")
    clock = harness.MainThreadClock(page)
    harness.start_update_counter(page, "Epoch", harness.PLANE_CHART)
    cpu_start, busy_start, start = harness.cpu_seconds(pid), clock.busy_seconds(), time.monotonic()
    page.get_by_role("button", name="Play").click()
    page.wait_for_timeout(seconds * 1000)
    shown = harness.stop_update_counter(page)
    end = time.monotonic()
    measured = {"shown": shown, "received": socket.view.updates(start, end),
                "reruns": sum(start <= at < end for at in socket.sent),
                "busy": (clock.busy_seconds() - busy_start) / shown["seconds"],
                "cpu": harness.cpu_seconds(pid) - cpu_start}
    browser.close()
    return measured


def check_tab(seconds):
    """One client, then one Chromium tab, each alone on the same server for `seconds`."""
    from playwright.sync_api import sync_playwright

    problem = harness.missing_browser()
    if problem:
        sys.exit(problem)
    with harness.streamlit_server() as (base_url, server):
        asyncio.run(warm_up(base_url))
        student, loads = Student(base_url, 1), [os.getloadavg()[0]]
        client = asyncio.run(client_alone(student, seconds, server.pid))
        loads.append(os.getloadavg()[0])
        with sync_playwright() as playwright:  # after asyncio.run: Playwright's loop would be running
            tab = tab_plays(playwright, base_url, student.query, seconds, server.pid)
        loads.append(os.getloadavg()[0])
    shown = tab["shown"]["metric_changes"]
    print(f"Playground {student.query}, each alone on one server for {seconds:g} s; load average "
          f"{' -> '.join(f'{load:.1f}' for load in loads)}")
    print(f"client: {client['updates']} updates ({client['updates'] / seconds:.1f}/s; decision boundary "
          f"{client['charts']}), "
          f"{client['reruns']} reruns sent, server {1000 * client['cpu'] / max(client['updates'], 1):.1f} "
          f"ms CPU/update, own state {client['problem'] or 'kept'}")
    print(f"tab:    {shown} updates shown ({shown / tab['shown']['seconds']:.1f}/s; decision boundary "
          f"{tab['shown']['figure_changes']}), {tab['received']} received over its websocket, "
          f"{tab['reruns']} reruns sent, main thread {tab['busy']:.0%} busy, server "
          f"{1000 * tab['cpu'] / max(shown, 1):.1f} ms CPU/update shown")
    ratio = client["updates"] / max(shown, 1)
    # The tab sends fewer reruns when rendering keeps its main thread busy: per rerun, the server's
    # answers are compared without the browser's pace.
    per_rerun = (client["updates"] / max(client["reruns"], 1)) / (shown / max(tab["reruns"], 1) or 1)
    print(f"client/tab updates: {ratio:.2f}, within 10 %: {'yes' if abs(ratio - 1) <= 0.1 else 'NO'}; "
          f"per rerun sent: {per_rerun:.2f}")


# Where a sampled stack spends its time: the innermost frame whose file matches a rule decides, so
# NumPy under nncore counts as training and protobuf under Streamlit's elements as serialisation.
# The project's rules skip installed packages (the .venv may sit inside the project's folder).
STACK_RULES = [("plotly/io/", "Plotly: figure to JSON"),
               ("/json/", "Plotly: figure to JSON"),
               ("_plotly_utils/utils.py", "Plotly: figure to JSON"),
               ("_plotly_utils/", "Plotly: figure objects (validation)"),
               ("plotly/", "Plotly: figure objects (validation)"),
               ("narwhals/", "Plotly: figure objects (validation)"),
               (f"{ROOT}/nncore/", "nnlab: training (nncore)"),
               (f"{ROOT}/figures/", "nnlab: figure builders (figures/)"),
               (f"{ROOT}/webui/live_chart.py", "nnlab: live chart (webui/live_chart.py)"),
               (f"{ROOT}/", "nnlab: page code (views/, specs/, webui/, lessons/)"),
               ("streamlit/runtime/forward_msg_cache.py", "Streamlit: hash + serialise messages"),
               ("streamlit/runtime/runtime_util.py", "Streamlit: hash + serialise messages"),
               ("google/protobuf", "Streamlit: hash + serialise messages"),
               ("streamlit/web/", "Streamlit: server loop, websocket"),
               ("uvicorn/", "Streamlit: server loop, websocket"),
               ("starlette/", "Streamlit: server loop, websocket"),
               ("websockets/", "Streamlit: server loop, websocket"),
               ("asyncio/", "Streamlit: server loop, websocket"),
               ("streamlit/runtime/state/", "Streamlit: session state, widgets"),
               ("streamlit/elements/", "Streamlit: st.* elements (deltas)"),
               ("streamlit/delta_generator", "Streamlit: st.* elements (deltas)"),
               ("streamlit/components/", "Streamlit: st.* elements (deltas)"),
               ("streamlit/runtime/scriptrunner", "Streamlit: script runner, fragment"),
               ("streamlit/runtime/fragment.py", "Streamlit: script runner, fragment"),
               ("streamlit/runtime/app_session.py", "Streamlit: session, message queue"),
               ("streamlit/runtime/forward_msg_queue.py", "Streamlit: session, message queue"),
               ("streamlit/", "Streamlit: other")]
FRAME = re.compile(r"(?P<function>.*) \((?P<file>.*):\d+\)$")


def stack_category(files):
    for file in reversed(files):
        installed = "/site-packages/" in file
        for rule, category in STACK_RULES:
            if rule in file and not (installed and rule.startswith(f"{ROOT}/")):
                return category
    return "other (threading, interpreter)"


def profile(seconds):
    """py-spy samples the server for `seconds` while one client plays; prints CPU ms per update by
    category, the functions with the most own time and nnlab's functions with the most time inside."""
    py_spy = Path(sys.executable).with_name("py-spy")
    if not py_spy.exists():
        sys.exit(f"no {py_spy}: `pip install py-spy` (for measuring only; not a requirement)")
    rate = 200
    with harness.streamlit_server() as (base_url, server), tempfile.TemporaryDirectory() as folder:
        asyncio.run(warm_up(base_url))
        student, samples_file = Student(base_url, 1), Path(folder) / "stacks.txt"

        async def sampled_play():
            await load(student)
            sampler = await asyncio.create_subprocess_exec(
                py_spy, "record", "--pid", str(server.pid), "--duration", str(round(seconds)),
                "--rate", str(rate), "--format", "raw", "--full-filenames", "--gil", "--nonblocking",
                "--output", str(samples_file), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            measured = await played(student, seconds, server.pid)
            await sampler.wait()
            await student.session.close()
            return measured

        load_start = os.getloadavg()[0]
        measured = asyncio.run(sampled_play())
        stacks = [line.rsplit(" ", 1) for line in samples_file.read_text().splitlines() if line]
    updates = measured["updates"]
    by_category, by_function, within = collections.Counter(), collections.Counter(), collections.Counter()
    for stack, count in stacks:
        frames = [FRAME.match(frame) for frame in stack.split(";")]
        frames = [frame for frame in frames if frame]
        by_category[stack_category([frame["file"] for frame in frames])] += int(count)
        leaf = frames[-1] if frames else None
        by_function[f"{leaf['function']} ({short(leaf['file'])})" if leaf else "?"] += int(count)
        for own in {f"{frame['function']} ({short(frame['file'])})" for frame in frames
                    if frame["file"].startswith(f"{ROOT}/") and "/site-packages/" not in frame["file"]}:
            within[own] += int(count)
    per_update = 1000 / rate / max(updates, 1)  # ms per sample, per update
    total = sum(by_category.values())
    print(f"Server profile while one client plays: {updates} updates in {seconds:g} s, "
          f"{1000 * measured['cpu'] / max(updates, 1):.1f} ms CPU/update (/proc), "
          f"{total * per_update:.1f} ms/update sampled ({rate}/s, the thread holding the GIL); "
          f"load average {load_start:.1f} -> {os.getloadavg()[0]:.1f}")
    for category, count in sorted(by_category.items()):
        print(f"  {category:<48}{count * per_update:>7.1f} ms{count / total:>6.0%}")
    print("Functions with the most own time:")
    for function, count in by_function.most_common(20):
        print(f"  {count * per_update:>6.2f} ms{count / total:>6.1%}  {function}")
    print("nnlab's functions by the time spent in them and in what they call:")
    for function, count in within.most_common(25):
        print(f"  {count * per_update:>6.2f} ms{count / total:>6.1%}  {function}")


def short(file):
    """A frame's file relative to the project or to site-packages."""
    return re.sub(r".*/site-packages/|^" + re.escape(f"{ROOT}/"), "", file)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--processes", nargs="+", type=int, default=[1, 2])
    parser.add_argument("--clients", nargs="+", type=int, default=[10, 20, 40, 80])
    parser.add_argument("--seconds", type=float, default=None, help="play time (30; 20 for the checks)")
    parser.add_argument("--settle", type=float, default=60.0,
                        help="seconds after the clients leave before memory is read again")
    parser.add_argument("--check-tab", action="store_true", help="one client against one Chromium tab")
    parser.add_argument("--profile", action="store_true", help="py-spy on the server, one client")
    arguments = parser.parse_args()
    if arguments.check_tab or arguments.profile:
        (check_tab if arguments.check_tab else profile)(arguments.seconds or 20.0)
        return
    seconds = arguments.seconds or 30.0
    if max(arguments.processes) > 1 and harness.missing_nginx():
        sys.exit(harness.missing_nginx())
    rows = []
    for processes in arguments.processes:
        for n in arguments.clients:
            rows.append({"processes": processes, **measure(processes, n, seconds, arguments.settle)})
            print(f"P={processes} N={n} done", file=sys.stderr, flush=True)
    print_table(rows, seconds, arguments.settle)


if __name__ == "__main__":
    main()
