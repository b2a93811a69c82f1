"""One Streamlit session spoken at the protocol level, as Streamlit 1.67's frontend speaks it, with
nothing rendered: for load tests that must not spend the machine's CPU on browsers.

What the browser does, read from the installed frontend bundle and server and checked against the
frames Chromium sends (bench/classroom_load.py --check-tab compares the update counts):
- HTTP first: the page (behind nginx its reply sets the routing cookie), then /_stcore/health (its
  reply sets the _streamlit_xsrf cookie) and /_stcore/host-config; later requests carry the cookies.
- The websocket /_stcore/stream with subprotocols ["streamlit", <the _streamlit_xsrf cookie>] and
  an Origin header; the server accepts "streamlit" and no compression.
- The first rerun_script carries the link's query string and the page name from the URL path; later
  ones the page's script hash (from navigation: with st.navigation, new_session's is app.py's), the
  query string from page_info_changed, every drawn widget's value (WidgetStates, as the frontend
  encodes them: a selectbox's option text, a select_slider's texts) and the hashes of the messages
  it has cached. So the BackMsgs equal Chromium's but for those hashes and the URL.
- A button press is that rerun with trigger_value for the button's id, sent once.
- auto_rerun (fragment id, interval) starts a timer like setInterval: a rerun of that fragment every
  interval, marked is_auto_rerun, sent whether or not the last run has finished (the server folds a
  pending rerun of the same fragment into one); a full run's new_session stops every timer.
- Cacheable messages (metadata.cacheable, by hash) are kept; ref_hash messages are resolved from
  them; after a run, entries unused for max_cached_message_age runs are dropped (ForwardMessageCache).
"""
import asyncio
import collections
import time
import urllib.request

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ContextInfo
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.NumberInput_pb2 import NumberInput
from streamlit.proto.Slider_pb2 import Slider
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

# What headless Chromium reports as its context (ClientState.context_info), minus the URL.
BROWSER_CONTEXT = {"timezone": "UTC", "timezone_offset": 0, "locale": "en-US", "is_embedded": False,
                   "color_scheme": "light"}
LOAD_TIMEOUT = 120  # seconds for a reply or a websocket handshake from a loaded server
FINISHED_RUN = (ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY)
VALUE_WIDGETS = ("checkbox", "selectbox", "radio", "slider", "number_input", "multiselect",
                 "file_uploader")  # the kinds the Playground draws; a button reports only a press


def widget_state(kind, widget, current):
    """The WidgetState the frontend reports for a widget the server drew: the value the server set
    (set_value), else the one it holds already (`current`), else the widget's default; None for
    other kinds."""
    if kind not in VALUE_WIDGETS:
        return None
    if kind == "file_uploader":
        return WidgetState(id=widget.id, file_uploader_state_value={})
    if not widget.set_value and current is not None:
        return current
    state = WidgetState(id=widget.id)
    if kind == "checkbox":
        state.bool_value = widget.value if widget.set_value else widget.default
    elif kind in ("selectbox", "radio"):
        state.string_value = widget.raw_value if widget.set_value else widget.options[widget.default]
    elif kind == "slider" and widget.type == Slider.SELECT_SLIDER:
        state.string_array_value.SetInParent()
        state.string_array_value.data.extend(
            widget.raw_value if widget.set_value else [widget.options[int(i)] for i in widget.default])
    elif kind == "slider":
        state.double_array_value.SetInParent()
        state.double_array_value.data.extend(widget.value if widget.set_value else widget.default)
    elif kind == "number_input":
        value = widget.value if widget.set_value else widget.default
        if widget.data_type == NumberInput.INT:
            state.int_value = int(value)
        else:
            state.double_value = value
    else:  # multiselect
        state.string_array_value.SetInParent()
        state.string_array_value.data.extend(
            widget.raw_values if widget.set_value else [widget.options[i] for i in widget.default])
    return state


class MessageCache:
    """The frontend's ForwardMessageCache: cacheable messages by hash, with the run count at which
    each was last used."""

    def __init__(self):
        self.entries = {}  # hash -> [encoded message, run count when last used, fragment id]
        self.runs = 0

    def resolve(self, msg, encoded):
        """`msg` itself, or for a ref_hash the cached message it names with the ref's metadata."""
        if msg.WhichOneof("type") == "ref_hash":
            entry = self.entries.get(msg.ref_hash)
            if entry is None:
                raise LookupError(f"ref_hash {msg.ref_hash} is not in the client's cache")
            entry[1] = self.runs
            cached = ForwardMsg.FromString(entry[0])
            cached.metadata.CopyFrom(msg.metadata)
            return cached
        if msg.metadata.cacheable and msg.hash:
            if msg.hash in self.entries:
                self.entries[msg.hash][1] = self.runs
            else:
                self.entries[msg.hash] = [encoded, self.runs, msg.delta.fragment_id or None]
        return msg

    def run_finished(self, max_age, fragment_ids):
        """A run ended: drop what it could have used but has not for more than max_age runs (after
        a fragment run, only that fragment's messages)."""
        self.runs += 1
        for key, (_, used, fragment_id) in list(self.entries.items()):
            if fragment_ids and fragment_id not in fragment_ids:
                continue
            if self.runs - used > max_age:
                del self.entries[key]


class StreamlitSession:
    """A browser tab's session without the tab. `on_element(element, fragment_id, delta_path)` sees
    every element a delta draws (a streamlit.proto Element; its place as a tuple)."""

    def __init__(self, base_url, path_and_query, on_element=lambda element, fragment_id, path: None):
        self.base_url, self.on_element = base_url, on_element
        path, _, self.query_string = path_and_query.partition("?")
        self.page_name = path.strip("/")
        self.context = ContextInfo(url=f"{base_url}/{self.page_name}", **BROWSER_CONTEXT)
        self.page_script_hash = ""
        self.cookies, self.headers = {}, {}
        self.widgets = {}  # widget id -> (element kind, proto, WidgetState or None, fragment id)
        self.drawn_this_run = set()
        self.cache = MessageCache()
        self.max_cached_message_age = 2
        self.new_session_since_rerun = False  # the frontend ages its cache only then
        self.timers = {}  # fragment id -> (interval, task)
        self.full_runs = 0  # full runs finished
        self.fragment_runs = collections.Counter()  # script_finished status -> fragment runs
        self.full_run_done = asyncio.Event()
        self.problem = None  # why the session stopped before close(), if it did
        self.closing = False
        self.reruns_sent = 0
        self.socket = self.reader = None

    async def open(self):
        """Load the page and connect, as a browser does; the first run then starts."""
        self.headers = await asyncio.to_thread(self._get, f"/{self.page_name}?{self.query_string}")
        await asyncio.gather(asyncio.to_thread(self._get, "/_stcore/health"),
                             asyncio.to_thread(self._get, "/_stcore/host-config"))
        self.socket = await connect(
            self.base_url.replace("http", "ws", 1) + "/_stcore/stream", origin=self.base_url,
            subprotocols=["streamlit", self.cookies.get("_streamlit_xsrf", "PLACEHOLDER_AUTH_TOKEN")],
            additional_headers={"Cookie": self._cookie_header()},
            max_size=None, ping_interval=None,  # a browser neither limits frames nor pings
            open_timeout=LOAD_TIMEOUT)
        self.reader = asyncio.create_task(self._read())
        await self._send_rerun()

    def _get(self, path):
        """GET `path` with the session's cookies, keeping any it sets; returns the reply's headers."""
        request = urllib.request.Request(self.base_url + path, headers={"Cookie": self._cookie_header()})
        with urllib.request.urlopen(request, timeout=LOAD_TIMEOUT) as reply:
            reply.read()
            for cookie in reply.headers.get_all("Set-Cookie") or ():
                name, _, value = cookie.split(";", 1)[0].partition("=")
                self.cookies[name.strip()] = value.strip()
            return reply.headers

    def _cookie_header(self):
        return "; ".join(f"{name}={value}" for name, value in self.cookies.items())

    async def wait_for_full_run(self, count, timeout):
        """Until `count` full runs (not fragment runs) have finished."""
        deadline = time.monotonic() + timeout
        while self.full_runs < count:
            if self.problem:
                raise ConnectionError(self.problem)
            self.full_run_done.clear()
            await asyncio.wait_for(self.full_run_done.wait(), max(0.0, deadline - time.monotonic()))

    def widget(self, kind, label):
        """(proto, WidgetState or None, fragment id) of the drawn widget of `kind` labelled `label`."""
        for widget_kind, *found in self.widgets.values():
            if widget_kind == kind and found[0].label == label:
                return found
        raise LookupError(f"no {kind} labelled {label!r} is drawn")

    async def press(self, label):
        """Press the button labelled `label`: one rerun carrying its trigger."""
        button, _, fragment_id = self.widget("button", label)
        await self._send_rerun(fragment_id, trigger=button.id)

    async def close(self):
        self.closing = True
        for _, timer in self.timers.values():
            timer.cancel()
        if self.socket:
            await self.socket.close()
        if self.reader:
            await asyncio.gather(self.reader, return_exceptions=True)

    async def _send_rerun(self, fragment_id="", auto=False, trigger=None):
        msg = BackMsg()
        rerun = msg.rerun_script
        rerun.query_string = self.query_string
        rerun.page_script_hash = self.page_script_hash
        rerun.page_name = "" if self.page_script_hash else self.page_name
        rerun.widget_states.widgets.extend(state for _, _, state, _ in self.widgets.values() if state)
        if trigger:
            rerun.widget_states.widgets.add(id=trigger, trigger_value=True)
        rerun.fragment_id, rerun.is_auto_rerun = fragment_id, auto
        rerun.cached_message_hashes.extend(self.cache.entries)
        rerun.context_info.CopyFrom(self.context)
        self.new_session_since_rerun = False
        self.reruns_sent += 1
        await self.socket.send(msg.SerializeToString())

    async def _read(self):
        try:
            async for encoded in self.socket:
                self._handle(self.cache.resolve(ForwardMsg.FromString(encoded), encoded))
        except Exception as error:  # noqa: BLE001 - whatever ended it is what the bench reports
            self.problem = f"{type(error).__name__}: {error}"
        else:
            if not self.closing:
                self.problem = f"the server closed the websocket ({self.socket.close_code})"
        self.full_run_done.set()

    def _handle(self, msg):
        kind = msg.WhichOneof("type")
        if kind == "new_session":
            self.page_script_hash = msg.new_session.page_script_hash
            self.max_cached_message_age = msg.new_session.config.max_cached_message_age
            self.new_session_since_rerun = True
            self.drawn_this_run = set()
            if not msg.metadata.run.fragment_ids:  # a full run: the page's timers stop
                for _, timer in self.timers.values():
                    timer.cancel()
                self.timers.clear()
        elif kind == "navigation":  # with st.navigation, the page shown (new_session names app.py)
            self.page_script_hash = msg.navigation.page_script_hash
        elif kind == "page_info_changed":
            self.query_string = msg.page_info_changed.query_string
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            self._drawn(msg.delta.new_element, msg.delta.fragment_id, tuple(msg.metadata.delta_path))
        elif kind == "auto_rerun":
            self._start_timer(msg.auto_rerun.fragment_id, msg.auto_rerun.interval)
        elif kind == "stop_auto_rerun":
            for fragment_id in msg.stop_auto_rerun.fragment_ids:
                if fragment_id in self.timers:
                    self.timers.pop(fragment_id)[1].cancel()
        elif kind == "script_finished":
            self._finished(msg.script_finished, list(msg.metadata.run.fragment_ids))

    def _drawn(self, element, fragment_id, path):
        kind = element.WhichOneof("type")
        proto = getattr(element, kind)
        widget_id = getattr(proto, "id", "")
        if widget_id and kind != "bidi_component":  # a component has an id but reports no value here
            kept = self.widgets.get(widget_id)
            self.widgets[widget_id] = (kind, proto, widget_state(kind, proto, kept and kept[2]),
                                       fragment_id)
            self.drawn_this_run.add(widget_id)
        self.on_element(element, fragment_id, path)

    def _finished(self, status, fragment_ids):
        if fragment_ids:  # FINISHED_EARLY_FOR_RERUN here: the next run cleared its unsent deltas
            self.fragment_runs[status] += 1
        if status in FINISHED_RUN:  # what the run could have drawn but did not is gone
            self.widgets = {key: widget for key, widget in self.widgets.items()
                            if key in self.drawn_this_run or fragment_ids and widget[3] not in fragment_ids}
        if status != ForwardMsg.FINISHED_EARLY_FOR_RERUN and self.new_session_since_rerun:
            self.cache.run_finished(self.max_cached_message_age, fragment_ids)
        if status == ForwardMsg.FINISHED_SUCCESSFULLY and not fragment_ids:
            self.full_runs += 1
            self.full_run_done.set()

    def _start_timer(self, fragment_id, interval):
        if fragment_id in self.timers:
            if self.timers[fragment_id][0] == interval:
                return
            self.timers.pop(fragment_id)[1].cancel()
        self.timers[fragment_id] = (interval, asyncio.create_task(self._tick(fragment_id, interval)))

    async def _tick(self, fragment_id, interval):
        """setInterval: a rerun of the fragment every `interval` s; a late one is not made up."""
        loop = asyncio.get_running_loop()
        next_at = loop.time() + interval
        while True:
            await asyncio.sleep(next_at - loop.time())
            try:
                await self._send_rerun(fragment_id, auto=True)
            except ConnectionClosed:  # the reader says why
                return
            next_at = max(next_at + interval, loop.time())
