"""A class served by several app processes behind nginx: run-class.sh starts two apps and nginx from
deploy/nginx.conf, and Chromium checks what Streamlit needs of a proxy. Every request of a browser,
the websocket (/_stcore/stream) and uploads included, reaches the process its nnlab_backend cookie
names, from a first visit on and across a reload; two students with different cookies reach different
processes and both train live through the proxy. nginx's access log says where each request went.

Without nginx the test skips and says how to install it; with CI=true it fails instead.
"""
import random
import re
import shutil
import time
import types
import urllib.request

import pytest
from system_packages import require

import harness
from harness import PLAY

# Chromium resolves every *.localhost name to 127.0.0.1. Streamlit accepts a websocket whose Origin is
# its Host header (or names localhost or the machine itself); this name is neither, so the page
# connects only if nginx passes on the browser's Host header with its port.
HOST = "nnlab.localhost"
COOKIE = "nnlab_backend"
RUN_DIR = harness.SCREENSHOTS.parent / "proxy"  # run-class.sh's files: nginx.conf, logs/, app logs
LOG_LINE = re.compile(r'\S+ (?P<status>\d+) "(?P<method>\S+) (?P<uri>[^"]*)" cookie=(?P<cookie>\S+) '
                      r'key=(?P<key>\S+) upstream=(?P<upstream>\S+)')
CSV_INPUT = f'{harness.keyed("playground_csv_file")} input[type="file"]'


@pytest.fixture(scope="module")
def served(chromium):
    """The class: `url` for the browser, `direct` for urllib, `backends` as nginx names them."""
    require(harness.missing_nginx())
    shutil.rmtree(RUN_DIR, ignore_errors=True)
    with harness.class_server(2, RUN_DIR) as (port, app_ports):
        yield types.SimpleNamespace(url=f"http://{HOST}:{port}", direct=f"http://127.0.0.1:{port}",
                                    backends=[f"127.0.0.1:{app_port}" for app_port in app_ports])
    for stopped in (port, *app_ports):  # run-class.sh stopped everything it started
        with pytest.raises(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{stopped}/", timeout=2)


def get(url, key=None):
    """The reply's headers to a GET, with `key` as the backend cookie."""
    request = urllib.request.Request(url, headers={"Cookie": f"{COOKIE}={key}"} if key else {})
    with urllib.request.urlopen(request, timeout=10) as reply:
        return reply.headers


def key_for_each_backend(served):
    """{backend: a cookie value that nginx's hash sends there}, found by asking."""
    keys = {}
    for number in range(100):
        key = f"student-{number}"
        keys.setdefault(get(f"{served.direct}/_stcore/health", key)["X-nnlab-backend"], key)
        if len(keys) == len(served.backends):
            return keys
    raise AssertionError(f"100 keys reached only {sorted(keys)}")


def logged():
    """nginx's access log, a dict per request (a websocket is logged when it closes)."""
    lines = (RUN_DIR / "logs" / "access.log").read_text().splitlines()
    return [match.groupdict() for match in map(LOG_LINE.match, lines) if match]


def wait_logged(predicate, count, timeout=10.0):
    """The logged requests that satisfy `predicate`, once there are `count` of them."""
    deadline = time.monotonic() + timeout
    while len(found := [entry for entry in logged() if predicate(entry)]) < count:
        assert time.monotonic() < deadline, f"{len(found)} of {count} requests in the log: {found}"
        time.sleep(0.2)
    return found


def student(chromium, served, key=None):
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, base_url=served.url)
    context.set_default_timeout(30_000)
    if key:
        context.add_cookies([{"name": COOKIE, "value": key, "url": served.url}])
    return context, context.new_page()


def test_a_new_visitor_gets_a_key_that_keeps_every_request_on_one_backend(served):
    first = get(f"{served.direct}/playground")
    set_cookie = next(value for value in first.get_all("Set-Cookie") if value.startswith(COOKIE))
    key = re.match(rf"{COOKIE}=([0-9a-f]{{32}}); Path=/;.* HttpOnly; SameSite=Lax$", set_cookie)[1]
    backend = first["X-nnlab-backend"]
    assert backend in served.backends
    for path in 5 * ("/playground", "/_stcore/health", "/_stcore/host-config", "/favicon.png"):
        assert get(served.direct + path, key)["X-nnlab-backend"] == backend, path  # never by chance


def test_two_students_on_different_backends_both_train_live(served, chromium):
    keys = key_for_each_backend(served)
    students = []
    try:
        for backend, key in keys.items():
            context, page = student(chromium, served, key)
            students.append((context, page))
            assert page.goto("/playground?dataset=xor").headers["x-nnlab-backend"] == backend
        for _, page in students:
            harness.wait_ready(page)
            page.wait_for_selector(harness.RENDERED_CHART)
            page.click(PLAY)
        for _, page in students:  # the epoch comes over each page's websocket, through nginx
            harness.wait_for_metric(page, "Epoch", lambda text: int(text) >= 3)
            assert page.locator(harness.EXCEPTION).count() == 0
    finally:
        for context, _ in students:
            context.close()
    for backend, key in keys.items():
        streams = wait_logged(lambda entry: entry["uri"] == "/_stcore/stream" and entry["cookie"] == key,
                              1)
        assert {(entry["status"], entry["upstream"]) for entry in streams} == {("101", backend)}


def test_a_first_visit_its_upload_and_its_reload_stay_on_the_backend_of_its_cookie(served, chromium):
    before = len(logged())
    context, page = student(chromium, served)
    try:
        backend = page.goto("/playground?seed=11").headers["x-nnlab-backend"]
        harness.wait_ready(page)
        key = next(cookie["value"] for cookie in context.cookies() if cookie["name"] == COOKIE)
        assert page.reload().headers["x-nnlab-backend"] == backend
        harness.wait_ready(page)
        # An upload goes to the session's process by HTTP (its id in the path, the XSRF cookie
        # checked there); at 2.4 MB it is over nginx's default body limit of 1 MB.
        page.set_input_files(CSV_INPUT, files=[{"name": "class.csv", "mimeType": "text/csv",
                                                "buffer": padded_csv(rows=4000)}])
        page.get_by_text("Using uploaded data").wait_for()
        assert page.locator(harness.EXCEPTION).count() == 0
    finally:
        context.close()
    wait_logged(lambda entry: entry["uri"] == "/_stcore/stream" and entry["cookie"] == key, 2)
    visit = logged()[before:]
    assert visit[0]["uri"] == "/playground?seed=11" and visit[0]["cookie"] == "-"
    assert (visit[0]["key"], visit[0]["upstream"]) == (key, backend)  # the reply's cookie routes here
    # Only the page and perhaps static files can come before the browser holds the cookie; everything
    # of the session (websocket, health, host-config, upload) must carry it.
    without_cookie = [entry["uri"] for entry in visit if entry["cookie"] == "-"]
    assert not [uri for uri in without_cookie if uri.startswith("/_stcore/")], without_cookie
    session = [entry for entry in visit if entry["cookie"] == key]
    assert {entry["upstream"] for entry in session} == {backend}
    assert [entry["status"] for entry in session if entry["uri"] == "/_stcore/stream"] == ["101", "101"]
    assert [entry["status"] for entry in session if entry["method"] == "PUT"] == ["204"]


def padded_csv(rows):
    """Two-class data whose numbers carry 300 decimals, so that a few thousand rows make megabytes."""
    generator = random.Random(11)
    lines = ["x1,x2,label"]
    for _ in range(rows):
        x1, x2 = generator.uniform(-1, 1), generator.uniform(-1, 1)
        lines.append(f"{x1:.300f},{x2:.300f},{int(x1 * x2 > 0)}")
    return ("\n".join(lines) + "\n").encode()
