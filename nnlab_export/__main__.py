"""Command line of nnlab_export; see `python -m nnlab_export --help`. Every argument is read by a
table of controls (specs/controls.py), as the query's parameters are: bad input ends with one line
on stderr and exit status 2, an image that did not come out whole with one line and status 1, never
a stack trace."""
import argparse
import math
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qsl

from figures.presentation import export_filename, presentation_style
from figures.style import PALETTES, palette_in_use
from lessons.language import LANGUAGES, speaking
from specs.controls import Controls, Number, ParameterError

from .budget import MAX_UPDATES, counting_updates
from .catalog import PAGES, export_controls, export_settings, figures_for
from .render import FORMATS, MAX_SIDE, RenderFailed, image_problem, pixel_size, render

MAX_PARAMETERS = 100  # in a query: well above the settings of the largest page (the Playground)
PROGRESS_SECONDS = 2.0  # a training shorter than this says nothing
IMAGE = Controls(
    Number("--width", "layout width in pixels", 800, low=10, high=MAX_SIDE, whole=True),
    Number("--height", "layout height in pixels", 600, low=10, high=MAX_SIDE, whole=True),
    Number("--scale", "PNG pixels per layout pixel", 3, low=0.1, high=10),
)
LIMITS = (f"Limits: a PNG has at most {MAX_SIDE} pixels a side (--width or --height times --scale). "
          f"A page that trains runs at most {MAX_UPDATES:,} updates (epochs times the updates of an "
          f"epoch) and says on stderr how far it is while it trains. A query has at most "
          f"{MAX_PARAMETERS} parameters, each checked against the page's table (--parameters). Exit "
          "status: 0 when every image was written and read back whole, 2 for bad input, 1 for an "
          "image that did not come out whole (it is deleted).")


class ExportFailed(RuntimeError):
    """An image that was not written whole."""


class OneLineParser(argparse.ArgumentParser):
    def error(self, message):
        self.exit(2, f"{self.prog}: error: {printable(message)}\n")


def printable(text):
    """`text` on one line: a hostile parameter name may hold a newline or a terminal's escape."""
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def parse_arguments(argv):
    parser = OneLineParser(prog="python -m nnlab_export", description=__doc__, epilog=LIMITS)
    parser.add_argument("--page", required=True, choices=sorted(PAGES))
    parser.add_argument("--query", default="", help="the shareable link's query, e.g. "
                        "'dataset=xor&hidden_layers=4' (a full URL works too)")
    parser.add_argument("--format", default="png", choices=FORMATS)
    parser.add_argument("--out", default="exports", type=Path, help="folder for the image files")
    for control in IMAGE:
        parser.add_argument(control.name, help=f"{control.label}: {control.allowed()} "
                                               f"(default {control.text(control.default)})")
    parser.add_argument("--presentation", action="store_true",
                        help="projector style: large type, thick lines, white background "
                             "(as the query's presentation=1)")
    parser.add_argument("--palette", choices=sorted(PALETTES), default=None,
                        help="colours of classes and signs (okabe_ito: colour-blind safe; "
                             "default: the link's palette=, else playground)")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), default=None,
                        help="language of the charts' words (default: the link's lang=, else en)")
    parser.add_argument("--parameters", action="store_true",
                        help="list the page's parameters, what each allows and its default, and stop")
    arguments = parser.parse_args(argv)
    given = {control.name: getattr(arguments, control.name[2:]) for control in IMAGE}
    try:
        image, _ = IMAGE.read({name: text for name, text in given.items() if text is not None},
                              strict=True)
        check_pixels(arguments.format, image)
    except ParameterError as error:
        parser.error(str(error))
    vars(arguments).update({name[2:]: value for name, value in image.items()})
    return parser, arguments


def check_pixels(image_format, image):
    """ParameterError naming --scale if the PNG would have more than MAX_SIDE pixels a side."""
    width, height = pixel_size(image_format, image["--width"], image["--height"], image["--scale"])
    if max(width, height) > MAX_SIDE:
        longest = max(image["--width"], image["--height"])
        raise ParameterError("--scale", f"{image['--scale']:g} makes a PNG of {width} x {height} pixels; "
                                        f"at most {MAX_SIDE} a side: here --scale from 0.1 to "
                                        f"{math.floor(100 * MAX_SIDE / longest) / 100:g}")


def link_parameters(query):
    """{name: text} of a query or a whole link; ParameterError past MAX_PARAMETERS."""
    try:
        return dict(parse_qsl(query.split("?", 1)[-1], keep_blank_values=True,
                              max_num_fields=MAX_PARAMETERS))
    except ValueError:
        raise ParameterError("--query", f"more than {MAX_PARAMETERS} parameters") from None


def make_folder(out):
    """`out` as a folder that takes files (made if missing); ParameterError naming --out if not."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=out).close()
    except (OSError, ValueError) as error:  # ValueError: a NUL in the path
        problem = ("a file, not a folder" if isinstance(error, FileExistsError)
                   else getattr(error, "strerror", None) or error)
        raise ParameterError("--out", f"{str(out)!r}: {problem}; give a folder to write "
                                      "the images in") from None


def export(page, query, image_format, out, width, height, scale, presentation=False, report=None,
           palette=None, lang=None):
    """Write every figure of `page` for `query` to `out` and read each back; returns the paths.
    `palette` (a key of PALETTES) and `lang` (of LANGUAGES) override the query's palette= and lang=.
    ParameterError naming the parameter if the query is not a configuration of that page or `out`
    takes no files; ExportFailed for an image that did not come out whole (it is deleted).
    `report(updates done, updates planned or None)` is called as the page's training goes on."""
    settings, updates = export_settings(page, link_parameters(query))
    make_folder(out)
    with (counting_updates(lambda done: report and report(done, updates)),
          palette_in_use(palette or settings["palette"]), speaking(lang or settings["lang"])):
        figures = figures_for(page, settings)
    size = pixel_size(image_format, width, height, scale)
    paths = []
    for name, fig in figures:
        path = out / f"{export_filename(page, name)}.{image_format}"
        fig = presentation_style(fig) if presentation or settings["presentation"] else fig
        try:
            path.write_bytes(render(fig, image_format, width, height, scale))
            problem = image_problem(path.read_bytes(), image_format, size)
        except (OSError, RenderFailed) as error:
            problem = getattr(error, "strerror", None) or str(error)
        if problem:
            if path.is_file():
                path.unlink()
            raise ExportFailed(f"{path}: {problem}; not written")
        paths.append(path)
    return paths


def progress_on_stderr(every=PROGRESS_SECONDS, clock=time.monotonic):
    """A report(done, planned) for export that prints a line at most every `every` seconds, the
    first after `every` seconds: a short training says nothing."""
    due = clock() + every

    def report(done, planned):
        nonlocal due
        now = clock()
        if now >= due:
            due = now + every
            share = f" of {planned:,} ({done / planned:.0%})" if planned else ""
            print(f"training: {done:,} updates{share}", file=sys.stderr, flush=True)
    return report


def parameter_lines(page):
    """One line per parameter of `page`: its name, what it allows and its default."""
    controls = export_controls(PAGES[page])
    defaults = controls.defaults()
    return [f"{control.name}: {control.allowed(defaults)}"
            + ("" if defaults[control.name] is None else
               f" (default {control.text(defaults[control.name]) or 'none'})")
            for control in controls]


def main(argv=None):
    parser, a = parse_arguments(argv)
    if a.parameters:
        print("\n".join(parameter_lines(a.page)))
        return 0
    try:
        paths = export(a.page, a.query, a.format, a.out, a.width, a.height, a.scale, a.presentation,
                       progress_on_stderr(), a.palette, a.lang)
    except ValueError as error:
        parser.error(str(error))
    except ExportFailed as error:
        parser.exit(1, f"{parser.prog}: {printable(str(error))}\n")
    for path in paths:
        print(printable(str(path)))  # one line each, as `ls` shows a name with a newline
    return 0


if __name__ == "__main__":
    sys.exit(main())
