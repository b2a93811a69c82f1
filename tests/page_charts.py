"""The charts each page shows, for the page tests and the export tests: the names a page gives its
charts, in page order (the camera button saves nnlab_<page>_<name>, and so must
`python -m nnlab_export`), and checks of an AppTest run against them and against the export. A chart
is an st.plotly_chart or a live chart (webui/live_chart.py, a custom component to AppTest)."""
import json

from figures.presentation import export_filename
from nnlab_export.catalog import PAGES, export_figures
from webui.live_chart import figure_payload

CHART_NAMES = {page: list(spec.CHARTS) for page, spec in PAGES.items()}


def file_names(page):
    return [export_filename(page, name) for name in CHART_NAMES[page]]


def charts(at):
    """(figure dict, Plotly config) of every chart of an AppTest run, in page order."""
    drawn = []
    for node in at:
        if node.type == "plotly_chart":
            drawn.append((json.loads(node.proto.spec), json.loads(node.proto.config)))
        elif node.type == "bidi_component":
            figure, config, _ = figure_payload(node)
            drawn.append((figure, config))
    return drawn


def camera_file_names(at):
    """The file names the camera buttons of an AppTest run's charts save under, in page order."""
    return [config["toImageButtonOptions"]["filename"] for _, config in charts(at)]


def assert_export_draws_the_page(at, page, query=None, names=None):
    """The export of `page` for `query` draws exactly the charts (all, or those named in `names`)
    the AppTest run shows."""
    shown = dict(zip(CHART_NAMES[page], (figure for figure, _ in charts(at))))
    for name, figure in export_figures(page, query or {}):
        if names is None or name in names:
            assert shown[name] == json.loads(figure.to_json()), name
