"""Plotly figures to PNG/SVG bytes with kaleido 1.x, drawn by Debian's Chromium without opening a window,
and the check that bytes are the image asked for.

One kaleido server per process (`kaleido.start_sync_server`): the first image starts Chromium, every
further one reuses it.
"""
import io
import os
import shutil
import struct
import xml.etree.ElementTree as ElementTree

import kaleido
from kaleido.errors import KaleidoError
from PIL import Image

FORMATS = ("png", "svg")
DEBIAN_CHROMIUM = "/usr/bin/chromium"
# Measured: Chromium drew 10000 x 10000 pixels in 2 s and answered 100000 x 100000 with 3 bytes;
# 8000 x 8000 stays under Pillow's decompression-bomb limit (89 million pixels).
MAX_SIDE = 8000
SVG = "{http://www.w3.org/2000/svg}svg"


class RenderFailed(RuntimeError):
    """kaleido drew no image: no browser, or the browser's error."""


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
        raise RenderFailed(problem)
    kaleido.start_sync_server(silence_warnings=True)


def pixel_size(image_format, width, height, scale):
    """(width, height) of the image in pixels: a PNG's are the layout's times `scale`, cut to whole
    pixels as Chromium's canvas cuts them; an SVG's are the layout's (vector graphics need no scale)."""
    if image_format == "png":
        return int(width * scale), int(height * scale)
    return width, height


def render(fig, image_format, width, height, scale=1.0):
    """Image bytes of `fig` at `width` x `height` layout pixels, of pixel_size(...)."""
    if image_format not in FORMATS:
        raise ValueError(f"format: {image_format!r}; allowed: {', '.join(FORMATS)}")
    _start_kaleido()
    try:
        return kaleido.calc_fig_sync(fig, opts={"format": image_format, "width": width, "height": height,
                                                "scale": scale if image_format == "png" else 1})
    except (RuntimeError, KaleidoError) as error:
        raise RenderFailed(f"kaleido: {error}") from error


def image_problem(data, image_format, size):
    """Why `data` is not a whole image of `image_format` and `size` (width, height) pixels, or None:
    Pillow reads a PNG to its end (every chunk's checksum), an SVG must be XML with that size."""
    try:
        if image_format == "png":
            with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
                image.verify()
                found = image.size
        else:
            root = ElementTree.fromstring(data)
            if root.tag != SVG:
                return f"not an SVG but <{root.tag}>"
            found = tuple(int(float(root.get(side, "nan"))) for side in ("width", "height"))
    except (OSError, SyntaxError, ValueError) as error:  # Pillow's broken PNG is a SyntaxError
        return f"not a whole {image_format.upper()} ({len(data)} bytes: {error})"
    if found != tuple(size):
        return f"{found[0]} x {found[1]} pixels, not {size[0]} x {size[1]}"
    return None


def png_size(data):
    """(width, height) in pixels from a PNG's IHDR header."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])
