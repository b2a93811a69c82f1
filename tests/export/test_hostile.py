"""Command-line arguments and link queries are hostile input too: whatever they hold, python -m
nnlab_export ends with status 0 (a line for each file written) or 2 (one line on stderr), never a
stack trace. Images are drawn blank (conftest's drawn_image), the training budget is cut to BUDGET
updates and the NumPy page's plain programs are run for one seed only, so an example takes a
fraction of a second."""
import contextlib
import functools
import io
import tempfile
from pathlib import Path
from unittest import mock
from urllib.parse import urlencode

from hypothesis import given, settings
from hypothesis import strategies as st

from nnlab_export.__main__ import IMAGE, main
from nnlab_export.catalog import PAGES, export_controls
from specs import app, numpy_net
from specs.controls import Choice, Choices, Controls, Flag, Number, as_text

BUDGET = 3000  # updates: the Playground's default of 50 epochs is within it, its highest epochs not
HOSTILE = st.sampled_from([
    "", " ", "0", "-0", "1", "-1", "3", "5", "10", "0.1", "8000", "8001", "10000", "1e-999", "1e999",
    "nan", "inf", "-inf", "1_000", "0x10", "\u0661\u0660", "\u00bd", "none", "yes", "a,b", ",", ",,",
    "relu,tanh", "cat:1,car:2", "1,2,3,4,5,6,7", "\n", "\x00", "\x1b[2J", "\udcff", "%", "&", "=", "?",
    "%0A", "<b>x</b>", "$(id)", "-", "--", "--page", "-h"])
TEXT = st.one_of(HOSTILE, st.text(max_size=20), st.integers().map(str), st.floats().map(repr))
OUT = st.sampled_from(["", "new", "a/b/c", "a_file", "a_file/below", "twice/../new", "nul\x00", "\udcff",
                       "\n", "x" * 300])


def offered(control, defaults):
    """Link texts that `control` takes: the ends of its range, its options, its default."""
    texts = [] if control.default_for(defaults) is None else [control.text(control.default_for(defaults))]
    if isinstance(control, Number):
        texts += [as_text(control.low), as_text(control.high)]
    elif isinstance(control, Choices):
        options = control.options_for(defaults)
        texts += [as_text(options[:control.count or 1]), as_text(options[-(control.count or 1):])]
    elif isinstance(control, Choice):
        texts += [as_text(option) for option in control.options_for(defaults)]
    elif isinstance(control, Flag):
        texts += ["0", "1"]
    return texts


def queries(page):
    """A query of some of the page's parameters, each with a value it takes (half the examples), of
    any names and values, or any text."""
    controls = Controls(*export_controls(PAGES[page]), *app.CONTROLS)
    defaults = controls.defaults()
    names = st.sampled_from(controls.names())
    taken = st.lists(names, unique=True, max_size=5).flatmap(
        lambda chosen: st.fixed_dictionaries({name: st.sampled_from(offered(controls[name], defaults))
                                              for name in chosen}))
    names |= st.text(max_size=8)
    valid = st.sampled_from([text for control in controls for text in offered(control, defaults)])
    return st.one_of(taken, taken, st.dictionaries(names, valid | TEXT, max_size=5)).map(
        lambda params: urlencode(params, errors="surrogatepass")) | st.text(max_size=60)


@st.composite
def argument_lists(draw):
    """--page and some of the other options, with values meant for them (half the examples) or any
    text, and then maybe a stray word, in any order."""
    meant = {"--page": st.sampled_from(sorted(PAGES)), "--format": st.sampled_from(["png", "svg"]),
             "--out": OUT, **{control.name: st.sampled_from(offered(control, {})) for control in IMAGE},
             "--query": st.sampled_from(sorted(PAGES)).flatmap(queries)}
    hostile = draw(st.booleans())
    parts = [[name, draw(value | TEXT if hostile and name != "--out" else value)]
             for name, value in meant.items() if name == "--page" or draw(st.booleans())]
    parts += [[flag] for flag in ("--presentation", "--parameters") if draw(st.integers(0, 4)) == 0]
    parts += [[draw(TEXT)] for _ in range(draw(st.integers(0, 2)) if hostile else 0)]
    return [word for part in draw(st.permutations(parts)) for word in part]


@functools.cache
def seed_0_programs(programs=numpy_net.programs):
    return programs(0)


def run(argv, drawn_image):
    """(status, stdout, stderr, the image files written) of main(argv), run in a new folder
    holding a file `a_file` (every --out is in it); a stack trace fails the test."""
    with (tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder),
          mock.patch("nnlab_export.__main__.render", drawn_image),
          mock.patch("nnlab_export.budget.MAX_UPDATES", BUDGET),
          mock.patch("specs.numpy_net.programs", lambda seed: seed_0_programs()),
          contextlib.redirect_stdout(io.StringIO()) as out, contextlib.redirect_stderr(io.StringIO()) as err):
        Path("a_file").write_text("kept")
        try:
            status = main(argv)
        except SystemExit as stop:
            status = stop.code
        written = [path for path in Path(folder).rglob("*") if path.suffix in (".png", ".svg")]
    return status, out.getvalue(), err.getvalue(), written


def check(argv, status, out, err, written):
    assert status in (0, 2), (argv, status, err)
    if status == 2:
        assert err.startswith("python -m nnlab_export: error: ") and len(err.splitlines()) == 1, (argv, err)
    elif not ({"--parameters", "--help", "-h"} & set(argv)):
        lines = out.splitlines()  # one a file, non-printable characters escaped
        assert len(lines) == len(written) > 0 and all(map(str.isprintable, lines)), (argv, out, err)
        assert all(line.startswith("training: ") for line in err.splitlines()), (argv, err)


@settings(max_examples=50, deadline=None, database=None)
@given(argv=argument_lists())
def test_any_arguments_end_in_status_0_or_2_and_never_a_stack_trace(argv, drawn_image):
    check(argv, *run(argv, drawn_image))


@settings(max_examples=60, deadline=None, database=None)
@given(page_query=st.sampled_from(sorted(PAGES)).flatmap(lambda page: st.tuples(st.just(page),
                                                                                 queries(page))))
def test_any_query_of_any_page_ends_in_status_0_or_2_and_never_a_stack_trace(page_query, drawn_image):
    page, query = page_query
    argv = ["--page", page, "--query", query, "--width", "100", "--height", "80", "--scale", "1",
            "--out", "images"]
    check(argv, *run(argv, drawn_image))
