"""The activations page shows the numbers at z."""
import numpy as np
import pytest

from apptest import open_page

PAGE = "activations"


def test_page_runs_and_shows_the_numbers_at_z():
    at = open_page(PAGE)
    at.slider(key="activations_z").set_value(-2.0).run()
    table = at.dataframe[0].value
    assert table["g(z)"].tolist() == pytest.approx([0.1192, np.tanh(-2.0), 0.0], abs=1e-4)
    assert table["g'(z)"].tolist()[2] == 0.0
    at.multiselect(key="activations_names").set_value(["leaky_relu", "linear"]).run()
    at.select_slider(key="activations_threshold").set_value(0.2).run()
    assert not at.exception
    at.multiselect(key="activations_names").set_value([]).run()
    assert not at.exception and at.info
