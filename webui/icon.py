"""nnlab's browser-tab icon, drawn here: for a Material icon Streamlit would fetch the picture from
Google's servers, which a classroom network may not reach (and a student's browser should not ask)."""
from PIL import Image, ImageDraw

from figures.style import NEGATIVE, POSITIVE


def app_icon(size=64):
    """A neuron: three orange inputs joined to a blue disc."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    centre, radius = (0.68 * size, size / 2), 0.24 * size
    for y in (0.2, 0.5, 0.8):
        start = (0.14 * size, y * size)
        draw.line([start, centre], fill=NEGATIVE, width=max(2, size // 16))
        draw.ellipse([start[0] - size / 12, start[1] - size / 12, start[0] + size / 12,
                      start[1] + size / 12], fill=NEGATIVE)
    draw.ellipse([centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius],
                 fill=POSITIVE)
    return image
