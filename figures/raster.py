"""A heatmap as a PNG picture, for a chart that redraws many times a second: Plotly redraws a
changed heatmap trace with its whole chart (every trace, both axes), but a changed layout image alone
(`layout.images[k].source`). Colours follow Plotly's rule for a heatmap: linear RGB interpolation
along the colour scale between zmin and zmax. plotly.colors reads the colours, Pillow writes the PNG.
"""
import base64
import io

import numpy as np
from PIL import Image
from plotly.colors import convert_colors_to_same_type, unlabel_rgb


def rgba(colour):
    """An opaque colour, '#rrggbb' or 'rgb(r, g, b)', as [r, g, b, 255]."""
    [rgb], _ = convert_colors_to_same_type(colour, colortype="rgb")
    return [*unlabel_rgb(rgb), 255]


def colour_pixels(z, zmin, zmax, colourscale):
    """uint8 RGBA pixels (*z.shape, 4) of the values z on `colourscale` [[position, colour], ...]."""
    positions = np.array([position for position, _ in colourscale], dtype=float)
    colours = np.array([rgba(colour) for _, colour in colourscale], dtype=float)
    fraction = np.clip((np.asarray(z, dtype=float) - zmin) / (zmax - zmin), 0.0, 1.0)
    channels = [np.interp(fraction, positions, colours[:, c]) for c in range(4)]
    return np.rint(np.stack(channels, axis=-1)).astype(np.uint8)


def png_data_uri(pixels):
    """A data: URI of the RGBA image `pixels` (height, width, 4) uint8, first row on top."""
    png = io.BytesIO()
    # zlib's fastest level: the picture is encoded on every tick, and a few hundred bytes do not matter
    Image.fromarray(pixels).save(png, format="PNG", compress_level=1)
    return "data:image/png;base64," + base64.b64encode(png.getvalue()).decode("ascii")
