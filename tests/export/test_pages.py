"""python -m nnlab_export covers every page in app.py's PAGES: images of the requested size under the
names the page's camera buttons use, the page's settings as query parameters, bad ones refused."""
import re

import plotly.graph_objects as go
import pytest

from nnlab_export.__main__ import export
from nnlab_export.catalog import PAGES, export_figures
from nnlab_export.render import png_size, render
from page_charts import file_names

WIDTH, HEIGHT, SCALE = 400, 300, 0.5  # the race's margins need 300 layout pixels; 200 x 150 pixels


QUERIES = {
    "playground": "dataset=xor&epochs=5",
    "single_layer": "scores=a:1,b:2&correct=b&n_classes=4&regularization=l1&epochs=5",
    "gradient_descent": "surface=valley&race_steps=30&step_epsilon=0.001",
    "capacity": "dataset=circle&hidden_units=2&activation=relu",
    "universal_approximation": "target=points&points=-2,0%0A0,1%0A2,0&hidden_units=3&epochs=50",
    "hidden_codes": "epochs=200&optimizer=adam&learning_rate=0.1",
    "backprop": "stage=forward&x=-1",
    "numpy_net": "iterations=20&seed=1",
    "overfitting": "epochs=500&hidden_units=4&noise=0.2",
}


@pytest.fixture(scope="module")
def empty_png_size(chromium_for_export):
    """Bytes of an empty chart of the test size: every page's images must hold more."""
    return len(render(go.Figure(), "png", WIDTH, HEIGHT, SCALE))


def _node_texts(figure):
    return list(figure.data[1].text)  # one label per node: name, value, δ once revealed


@pytest.mark.parametrize("page", PAGES)
def test_every_page_exports_pngs_of_the_requested_size_named_as_in_the_browser(page, tmp_path,
                                                                              empty_png_size):
    paths = export(page, QUERIES.get(page, ""), "png", tmp_path, WIDTH, HEIGHT, SCALE)
    assert [path.name for path in paths] == [f"{name}.png" for name in file_names(page)]
    for path in paths:
        data = path.read_bytes()
        assert png_size(data) == (int(WIDTH * SCALE), int(HEIGHT * SCALE)), path.name
        assert len(data) > empty_png_size, path.name


@pytest.mark.usefixtures("chromium_for_export")
def test_svg_of_the_backward_pass_shows_every_error_signal(tmp_path):
    paths = export("backprop", "", "svg", tmp_path, 400, 300, 3)
    assert [path.name for path in paths] == [f"{name}.svg" for name in file_names("backprop")]
    neuron = paths[0].read_text()
    assert re.search(r'<svg[^>]* width="400" height="300"', neuron)
    assert neuron.count("δ = ") == 8  # x, w, b, t, wx, s, y, L


@pytest.mark.parametrize("stage, deltas", [("forward", 0), ("backward", 8), ("update", 0)])
def test_backprop_stage_chooses_the_pass_shown(stage, deltas):
    neuron = dict(export_figures("backprop", {"stage": stage, "learning_rate": "10"}))["neuron graph"]
    texts = _node_texts(neuron)
    assert sum("δ = " in text for text in texts) == deltas
    w = next(text for text in texts if text.startswith("<b>w</b>"))
    # The update moves w = 0.8 by −η δ_w = 10 × 0.0891; the passes are then to be done again.
    assert "0.8000" in w if stage != "update" else "1.6910" in w
    assert ("0.7109" in " ".join(texts)) == (stage != "update")  # y = σ(s) after a forward pass


@pytest.mark.parametrize("page, query, message", [
    ("single_layer", "noise=0.9", "noise: '0.9' must be a number from 0 to 0.5"),
    ("single_layer", "scores=cat:1", "scores: 'cat:1': Give at least two classes"),
    ("single_layer", "correct=dog", "correct: 'dog' not allowed; choose from cat, car, frog"),
    ("gradient_descent", "surface=moon", "surface: 'moon' not allowed"),
    ("gradient_descent", "rate_big=0", "rate_big: '0' must be a number from 1e-06 to 100"),
    ("capacity", "hidden_units=5", "hidden_units: '5' must be a whole number from 2 to 4"),
    ("capacity", "plotted_units=1,2", "plotted_units: '1,2' not allowed; choose 3 different ones of 1, 2, 3, 4"),
    ("universal_approximation", "target=points&points=0,1%0Anot a point",
     "points: line 2: 'not a point' is not two numbers"),
    ("universal_approximation", "points=0,1%0A1,2", "points: '0,1\\n1,2': only with target=points"),
    ("hidden_codes", "learning_rate=0.5", "learning_rate: '0.5' not allowed; choose from 0.01"),
    ("hidden_codes", "epochs=1e9", "epochs: '1e9' must be a whole number from 0 to 10000"),
    ("backprop", "stage=sideways", "stage: 'sideways' not allowed; choose from forward, backward"),
    ("backprop", "W1_11=inf", "W1_11: 'inf' must be a number from -100 to 100"),
    ("numpy_net", "iterations=501", "iterations: '501' must be a whole number from 0 to 500"),
    ("overfitting", "epochs=3000", "epochs: '3000' not allowed; choose from 500, 1000, 2000, 4000"),
    ("overfitting", "lambda=0.1", "lambda: not a setting of this page"),
])
def test_bad_settings_are_refused_naming_the_parameter(page, query, message, tmp_path):
    with pytest.raises(ValueError) as refused:
        export(page, query, "png", tmp_path, WIDTH, HEIGHT, SCALE)
    assert message in str(refused.value)
    assert not list(tmp_path.iterdir())
