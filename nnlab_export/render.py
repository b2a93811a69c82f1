"""Plotly figures to PNG/SVG bytes with kaleido 1.x, drawn by Debian's Chromium without opening a window.

One kaleido server per process (`kaleido.start_sync_server`): the first image starts Chromium, every
further one reuses it.
"""
import os
import shutil
import struct

import kaleido

FORMATS = ("png", "svg")
DEBIAN_CHROMIUM = "/usr/bin/chromium"


def missing_chromium():
    """Why kaleido has no browser to draw with here, or None when it has one."""
    if "BROWSER_PATH" in os.environ or os.access(DEBIAN_CHROMIUM, os.X_OK) or shutil.which("chromium"):
        return None
    return ("image export needs Chromium: `apt-get install -y chromium` "
            "or set BROWSER_PATH to a Chrome/Chromium executable")


def _start_kaleido():
    # kaleido's browser lookup honours BROWSER_PATH before PATH; prefer Debian's Chromium when present.
    if "BROWSER_PATH" not in os.environ and os.access(DEBIAN_CHROMIUM, os.X_OK):
        os.environ["BROWSER_PATH"] = DEBIAN_CHROMIUM
    problem = missing_chromium()
    if problem:
        raise RuntimeError(problem)
    kaleido.start_sync_server(silence_warnings=True)


def render(fig, image_format, width, height, scale=1.0):
    """Image bytes of `fig` at `width` x `height` layout pixels: a PNG of (width*scale, height*scale)
    pixels, or an SVG of width x height (vector graphics need no scale)."""
    if image_format not in FORMATS:
        raise ValueError(f"format: {image_format!r}; allowed: {', '.join(FORMATS)}")
    _start_kaleido()
    return kaleido.calc_fig_sync(fig, opts={"format": image_format, "width": width, "height": height,
                                            "scale": scale if image_format == "png" else 1})


def png_size(data):
    """(width, height) in pixels from a PNG's IHDR header."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])
