"""The live plane's heatmap as a PNG picture: colours, pixels, the same cells."""
import numpy as np
import pytest

from builders import decode_png
from figures.plane import class_colourscale, plane_figure
from figures.style import DIVERGING
from figures.raster import colour_pixels, png_data_uri, rgba
from nncore import EXTENT_2D, Config, Trainer


@pytest.mark.parametrize("colour, expected", [
    ("#f59322", [245, 147, 34, 255]), ("rgb(1, 2, 3)", [1, 2, 3, 255]),
    ("rgb(255,250,0)", [255, 250, 0, 255])])
def test_colours_are_read_in_every_form_the_figures_use(colour, expected):
    assert rgba(colour) == expected


def test_pixels_take_the_stops_colours_and_interpolate_linearly_between_them():
    z = np.array([[-1.0, 0.0, 0.25, 0.5, 1.0, 2.0]])
    pixels = colour_pixels(z, 0.0, 1.0, DIVERGING)
    orange, grey, blue = (np.array(rgba(colour)) for _, colour in DIVERGING)
    np.testing.assert_array_equal(pixels[0, [0, 1]], [orange, orange])  # below zmin: clipped
    np.testing.assert_array_equal(pixels[0, 3], grey)
    np.testing.assert_array_equal(pixels[0, [4, 5]], [blue, blue])
    np.testing.assert_array_equal(pixels[0, 2], np.rint((orange + grey) / 2))


def test_png_holds_exactly_the_pixels_first_row_on_top():
    pixels = np.random.default_rng(0).integers(0, 256, (7, 5, 4), dtype=np.uint8)
    np.testing.assert_array_equal(decode_png(png_data_uri(pixels)), pixels)


@pytest.mark.parametrize("changes, neuron", [
    ({}, None), ({"dataset": "blobs", "n_classes": 3, "output": "softmax_ce"}, None),
    ({"dataset": "plane", "output": "linear_mse"}, None), ({"activation": "relu"}, (1, 2))])
def test_live_plane_draws_the_heatmap_as_a_picture_of_the_same_cells(changes, neuron):
    trainer = Trainer(Config(**changes))
    trainer.step(50)
    heatmap = plane_figure(trainer, 20, neuron=neuron).data[0]
    live = plane_figure(trainer, 20, neuron=neuron, live=True)
    [picture] = live.layout.images
    # the picture's top row is the heatmap's last (x2 = +6) row
    np.testing.assert_array_equal(
        decode_png(picture.source),
        colour_pixels(heatmap.z[::-1], heatmap.zmin, heatmap.zmax, heatmap.colorscale))
    cell = 2 * EXTENT_2D / 19
    assert (picture.x, picture.y) == pytest.approx((-EXTENT_2D - cell / 2, EXTENT_2D + cell / 2))
    assert (picture.sizex, picture.sizey) == pytest.approx((20 * cell, 20 * cell))
    assert (picture.xref, picture.yref, picture.layer) == ("x", "y", "below")
    # the heatmap trace stays, out of sight, for its colour bar; the points are unchanged
    stand_in = live.data[0]
    assert min(stand_in.x) > EXTENT_2D and min(stand_in.y) > EXTENT_2D
    assert (stand_in.zmin, stand_in.zmax, stand_in.showscale) == (
        heatmap.zmin, heatmap.zmax, heatmap.showscale)
    assert stand_in.hoverinfo == "skip"
    assert live.data[1:] == plane_figure(trainer, 20, neuron=neuron).data[1:]


def test_class_colours_reach_the_picture_unblended():
    scale = class_colourscale(3)
    pixels = colour_pixels(np.arange(24), 0, 23, scale)
    np.testing.assert_array_equal(pixels[0], rgba(scale[0][1]))
    np.testing.assert_array_equal(pixels[23], rgba(scale[-1][1]))
