"""A heatmap as a PNG picture, for a chart that redraws many times a second: Plotly redraws a
changed heatmap trace with its whole chart (every trace, both axes), but a changed layout image alone
(`layout.images[k].source`). Colours follow Plotly's rule for a heatmap: linear RGB(A) interpolation
along the colour scale between zmin and zmax.
"""
import base64
import re
import struct
import zlib

import numpy as np

_COLOUR = re.compile(r"rgba?\(([^)]*)\)")


def rgba(colour):
    """'#rrggbb', 'rgb(r,g,b)' or 'rgba(r,g,b,a)' as [r, g, b, a] with a from 0 to 255."""
    if colour.startswith("#"):
        return [int(colour[i:i + 2], 16) for i in (1, 3, 5)] + [255]
    parts = [float(part) for part in _COLOUR.fullmatch(colour.replace(" ", "")).group(1).split(",")]
    return parts[:3] + [255 * parts[3] if len(parts) == 4 else 255]


def colour_pixels(z, zmin, zmax, colourscale):
    """uint8 RGBA pixels (*z.shape, 4) of the values z on `colourscale` [[position, colour], ...]."""
    positions = np.array([position for position, _ in colourscale], dtype=float)
    colours = np.array([rgba(colour) for _, colour in colourscale], dtype=float)
    fraction = np.clip((np.asarray(z, dtype=float) - zmin) / (zmax - zmin), 0.0, 1.0)
    channels = [np.interp(fraction, positions, colours[:, c]) for c in range(4)]
    return np.rint(np.stack(channels, axis=-1)).astype(np.uint8)


def png_data_uri(pixels):
    """A data: URI of the RGBA image `pixels` (height, width, 4) uint8, first row on top."""
    height, width, _ = pixels.shape
    rows = np.concatenate([np.zeros((height, 1), np.uint8), pixels.reshape(height, -1)], axis=1)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows.tobytes(), 6)) + chunk(b"IEND", b""))
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")
