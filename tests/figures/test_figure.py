"""figures/figure.py: a figure of traces checked once is the figure go.Figure builds, and what is set
on it later is checked as on any figure."""
import json

import plotly.graph_objects as go
import plotly.io
import pytest

from figures.figure import figure


def drawn(fig):
    """The figure as sent to the browser, without the random trace ids."""
    sent = json.loads(plotly.io.to_json(fig, validate=False))
    for trace in sent["data"]:
        trace.pop("uid", None)
    return sent


def traces():
    return [go.Heatmap(z=[[0, 1], [1, 0]], colorscale="RdBu"),
            go.Scattergl(x=[0, 1, 2], y=[2, 1, 0], mode="markers", name="points",
                         marker=dict(symbol=["circle", "diamond", "circle"], size=7, color=[0, 1, 0]))]


def test_the_figure_is_the_one_go_figure_builds():
    layout = dict(title=dict(text="Output"), height=460, xaxis=dict(range=[-6, 6], title=dict(text="x₁")))
    assert drawn(figure(traces(), layout)) == drawn(go.Figure(traces(), layout=layout))
    assert drawn(figure(traces(), layout))["data"][1]["marker"]["symbol"] == ["circle", "diamond", "circle"]


def test_the_layout_and_what_is_set_later_are_checked():
    with pytest.raises(ValueError, match="nonsense"):
        figure(traces(), dict(nonsense=1))
    built = figure(traces(), dict(height=300))
    with pytest.raises(ValueError, match="nonsense"):
        built.update_layout(nonsense=1)
    with pytest.raises(ValueError, match="size"):
        built.data[1].update(marker=dict(size="big"))
    with pytest.raises(ValueError):
        built.add_trace(dict(type="scatter", nonsense=1))


def test_a_trace_given_as_a_dict_is_refused_for_it_would_not_be_checked():
    with pytest.raises(TypeError, match="traces: 1 not built"):
        figure([dict(type="scatter", x=[1])])


def test_the_traces_given_are_not_changed_by_the_figure():
    given = traces()
    built = figure(given)
    built.data[1].marker.size = 20
    assert given[1].marker.size == 7
