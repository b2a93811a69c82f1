"""The palettes (figures/style.py): the colour-blind-safe one's diverging map is ordered in lightness
(it reads in grey), and every figure built in a palette takes its colours from it."""
import re

import numpy as np
import pytest
from plotly.colors import sample_colorscale, unlabel_rgb

from figures.network import network_figure
from figures.plane import plane_figure
from figures.raster import colour_pixels
from figures.single_layer import softmax_bars
from figures.style import OKABE_ITO, PALETTES, class_points, palette, palette_in_use, shaded
from lessons.single_layer import softmax_calculation
from nncore import Config, Trainer


def luminance(rgb):
    """Relative luminance (WCAG) of an sRGB colour (r, g, b) in 0..255: its grey."""
    channels = np.asarray(rgb, float) / 255
    linear = np.where(channels <= 0.04045, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)
    return linear @ [0.2126, 0.7152, 0.0722]


def greys(colourscale, samples=41):
    """Luminance of `colourscale` at evenly spaced points, as Plotly and the live pictures draw it."""
    positions = np.linspace(0, 1, samples)
    plotly = [luminance(unlabel_rgb(colour)) for colour in sample_colorscale(colourscale, positions)]
    pictures = luminance(colour_pixels(positions, 0.0, 1.0, colourscale)[:, :3])
    return np.array(plotly), pictures


def test_colour_blind_diverging_map_falls_in_lightness_from_negative_to_positive():
    for drawn in greys(OKABE_ITO.diverging):
        assert (np.diff(drawn) < 0).all(), drawn


def test_playground_diverging_map_does_not_read_in_grey():
    """Why the option exists: orange and blue around a near-white middle are no order in grey."""
    plotly, _ = greys(PALETTES["playground"].diverging)
    assert not (np.diff(plotly) < 0).all() and not (np.diff(plotly) > 0).all()


def test_colour_blind_palette_ends_are_its_sign_and_first_class_colours():
    assert OKABE_ITO.diverging[0][1] == OKABE_ITO.negative == OKABE_ITO.classes[0]
    assert OKABE_ITO.diverging[-1][1] == OKABE_ITO.positive == OKABE_ITO.classes[1]
    assert len(set(OKABE_ITO.classes)) == len(OKABE_ITO.classes) == 8


def colours_of(figure):
    """Every colour string anywhere in the figure's JSON, lower case."""
    return {match.lower() for match in re.findall(r"#[0-9a-fA-F]{6}|rgb\([0-9, ]+\)", figure.to_json())}


@pytest.mark.parametrize("name", list(PALETTES))
def test_figures_built_in_a_palette_take_its_colours_and_no_other_palettes(name):
    other = next(p for n, p in PALETTES.items() if n != name)
    trainer = Trainer(Config(dataset="blobs", n_classes=3, output="softmax_ce", hidden_layers=(3,)))
    binary = Trainer(Config(dataset="xor", hidden_layers=(2,)))
    with palette_in_use(name) as chosen:
        assert palette() is chosen is PALETTES[name]
        plane = plane_figure(binary, 10, show_test=True)
        classes = plane_figure(trainer, 10)
        network = network_figure(binary)
        points = class_points(trainer.dataset.X_train, trainer.dataset.y_train)
        bars = softmax_bars(softmax_calculation(np.array([1.0, 2.0, 0.5]), 0), ["a", "b", "c"])
    assert plane.data[0].colorscale == tuple(tuple(stop) for stop in chosen.diverging)
    assert [trace.marker.color for trace in points] == [shaded(c) for c in chosen.classes[:3]]
    assert list(bars.data[0].marker.color) == chosen.classes[:3]
    links = {trace.name: trace.fillcolor for trace in network.data if (trace.name or "").startswith("links")}
    assert links == {"links w ≥ 0": chosen.positive, "links w < 0": chosen.negative}
    drawn = set().union(*(colours_of(fig) for fig in (plane, classes, network)))
    assert shaded(chosen.classes[2]) in drawn
    assert not {other.negative, other.positive, shaded(other.negative), shaded(other.positive)} & drawn
    assert palette() is PALETTES["playground"]  # outside the block, the default again


def test_every_palette_names_each_of_its_class_colours():
    """The drawing buttons say a class by its colour's name: one name a colour, none twice."""
    for scheme in PALETTES.values():
        assert len(scheme.class_names) == len(scheme.classes) == len(set(scheme.class_names))
    assert PALETTES["okabe_ito"].class_names[:2] == PALETTES["playground"].class_names[:2] == (
        "orange", "blue")
