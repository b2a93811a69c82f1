"""The charts each page shows, for the page tests and the export tests: the names a page gives its
charts, in page order (the camera button saves nnlab_<page>_<name>, and so must
`python -m nnlab_export`), and checks of an AppTest run against them and against the export."""
import json

from figures.presentation import export_filename
from nnlab_export.catalog import PAGES

CHART_NAMES = {
    "playground": ["output", "network", "loss", "accuracy"],
    "neuron": ["angle test", "output over the plane"],
    "activations": ["functions and derivatives"],
    "single_layer": ["softmax", "regions", "weights", "loss terms"],
    "gradient_descent": ["gd sgd minibatch", "learning rates", "optimizer race"],
    "capacity": ["single neuron", "hidden layer", "hidden space", "nonlinear hidden units",
                 "linear hidden units"],
    "universal_approximation": ["fit and contributions", "bumps"],
    "hidden_codes": ["table heatmap", "code cube", "loss"],
    "backprop": ["neuron graph", "network graph"],
    "numpy_net": ["loss", "time"],
    "overfitting": ["fit", "loss curves", "capacity sweep"],
}


def file_names(page):
    return [export_filename(page, name) for name in CHART_NAMES[page]]


def camera_file_names(at):
    """The file names the camera buttons of an AppTest run's charts save under, in page order."""
    return [json.loads(chart.proto.config)["toImageButtonOptions"]["filename"]
            for chart in at.get("plotly_chart")]


def assert_export_draws_the_page(at, page, query=None, charts=None):
    """The export of `page` for `query` draws exactly the charts (all, or those named in `charts`)
    the AppTest run shows."""
    shown = dict(zip(CHART_NAMES[page], at.get("plotly_chart")))
    for name, figure in PAGES[page](query or {}):
        if charts is None or name in charts:
            assert json.loads(shown[name].proto.spec) == json.loads(figure.to_json()), name
