"""Command line of nnlab_export; see `python -m nnlab_export --help`. Bad input ends with a one-line
message and exit status 2, never a stack trace."""
import argparse
import sys
from pathlib import Path
from urllib.parse import parse_qsl

from figures.presentation import export_filename, presentation_style
from figures.style import PALETTES, palette_in_use
from specs import app

from .catalog import PAGES, export_controls, export_figures
from .render import FORMATS, render


def parse_arguments(argv):
    parser = argparse.ArgumentParser(prog="python -m nnlab_export", description=__doc__)
    parser.add_argument("--page", required=True, choices=sorted(PAGES))
    parser.add_argument("--query", default="", help="the shareable link's query, e.g. "
                        "'dataset=xor&hidden_layers=4' (a full URL works too)")
    parser.add_argument("--format", default="png", choices=FORMATS)
    parser.add_argument("--out", default="exports", type=Path, help="folder for the image files")
    parser.add_argument("--width", default=800, type=int, help="layout width in pixels")
    parser.add_argument("--height", default=600, type=int, help="layout height in pixels")
    parser.add_argument("--scale", default=3.0, type=float, help="PNG pixels per layout pixel")
    parser.add_argument("--presentation", action="store_true",
                        help="projector style: large type, thick lines, white background")
    parser.add_argument("--palette", choices=sorted(PALETTES), default=None,
                        help="colours of classes and signs (okabe_ito: colour-blind safe; "
                             "default: the link's palette=, else playground)")
    parser.add_argument("--parameters", action="store_true",
                        help="list the page's parameters, what each allows and its default, and stop")
    arguments = parser.parse_args(argv)
    for name in ("width", "height"):
        if not 10 <= getattr(arguments, name) <= 10_000:
            parser.error(f"--{name}: {getattr(arguments, name)} must be from 10 to 10000")
    if not 0.1 <= arguments.scale <= 10:
        parser.error(f"--scale: {arguments.scale:g} must be from 0.1 to 10")
    return parser, arguments


def export(page, query, image_format, out, width, height, scale, presentation=False, palette=None):
    """Write every figure of `page` for `query` to `out`, in `palette` (a key of PALETTES; None: the
    query's palette=, else the app's default); returns the paths written.
    ValueError (naming the parameter) if the query is not a configuration of that page."""
    params = dict(parse_qsl(query.split("?", 1)[-1], keep_blank_values=True))
    # The app's own ?presentation=1 and ?palette=okabe_ito (webui/plot.py) may come along in a link.
    presentation = presentation or params.pop("presentation", "").lower() in ("1", "true")
    palette_control = app.CONTROLS["palette"]
    in_link = params.pop("palette", None)
    palette = palette or (palette_control.default if in_link is None else palette_control.parse(in_link, {}))
    with palette_in_use(palette):
        figures = export_figures(page, params)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, fig in figures:
        path = out / f"{export_filename(page, name)}.{image_format}"
        fig = presentation_style(fig) if presentation else fig
        path.write_bytes(render(fig, image_format, width, height, scale))
        paths.append(path)
    return paths


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
        return
    try:
        paths = export(a.page, a.query, a.format, a.out, a.width, a.height, a.scale, a.presentation,
                       a.palette)
    except ValueError as error:
        parser.error(str(error))
    for path in paths:
        print(path)


if __name__ == "__main__":
    sys.exit(main())
