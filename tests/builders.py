"""What several tests build the same way: a trained linear classifier, a changing demo figure, a
figure's trace by name, and the pixels of a PNG data URI."""
import base64
import io

import numpy as np
import plotly.graph_objects as go
from PIL import Image

from lessons.single_layer import linear_classifier_config
from nncore import Trainer


def linear_classifier(regularization, rate=0.03, steps=800):
    """The single-layer page's classifier on 4 blobs with every input feature, trained `steps` updates."""
    trainer = Trainer(linear_classifier_config(4, 0.1, "softmax_ce", 0.03, regularization, rate,
                                               extra_features=True))
    trainer.step(steps)
    return trainer


def trace(figure, name):
    """The trace of `figure` called `name`."""
    return next(t for t in figure.data if t.name == name)


def demo_figure(tick):
    """A 100x100 uint8 heatmap whose values and title depend on `tick`."""
    rows, columns = np.mgrid[0:100, 0:100]
    fig = go.Figure(go.Heatmap(z=((rows + columns + 8 * tick) % 256).astype(np.uint8)))
    return fig.update_layout(title=f"tick {tick}", uirevision="demo")


def decode_png(uri):
    """(height, width, 4) uint8 pixels of an RGBA PNG data URI, as Pillow decodes them."""
    prefix = "data:image/png;base64,"
    assert uri.startswith(prefix)
    image = Image.open(io.BytesIO(base64.b64decode(uri[len(prefix):])))
    assert (image.format, image.mode) == ("PNG", "RGBA")
    return np.asarray(image)
