"""kaleido draws the exported images with Chromium: the tests that render ask for `chromium_for_export`
(skipped without Chromium, failed under CI=true); the others run anyway, and those about the command
line rather than the picture draw with `drawn_image` instead (a blank image of the size asked, as
Pillow writes it), which is quick."""
import io

import pytest
from PIL import Image
from system_packages import require

from nnlab_export.render import missing_chromium, pixel_size


@pytest.fixture(scope="session")
def chromium_for_export():
    require(missing_chromium())


def blank_image(fig, image_format, width, height, scale=1.0):
    """What render(...) returns, blank: a PNG of pixel_size(...) or an empty SVG of the layout size."""
    if image_format == "svg":
        return f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"/>'.encode()
    data = io.BytesIO()
    Image.new("RGB", pixel_size("png", width, height, scale), "white").save(data, "PNG")
    return data.getvalue()


@pytest.fixture(scope="session")
def drawn_image():
    """blank_image, for `mock.patch("nnlab_export.__main__.render", drawn_image)`."""
    return blank_image
