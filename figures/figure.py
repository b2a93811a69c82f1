"""`figure(traces, layout)`: a go.Figure of traces that Plotly checked when they were built, without
checking them a second time. go.Figure rebuilds every trace it is given from its properties and checks
them again, and so the layout; on a live tick that second check was the largest part of the server's
work (a plane's points, one symbol per point, checked point by point). The layout is checked once here,
and the figure checks what is set on it afterwards (update_layout, add_trace) as any figure does."""
import plotly.graph_objects as go
from plotly.basedatatypes import BaseTraceType


def figure(traces=(), layout=None):
    traces = list(traces)
    unchecked = [trace for trace in traces if not isinstance(trace, BaseTraceType)]
    if unchecked:
        raise TypeError(f"traces: {len(unchecked)} not built as go objects (a dict is not checked)")
    built = go.Figure(traces, layout if isinstance(layout, go.Layout) else go.Layout(layout),
                      _validate=False)
    # Plotly's own switch (plotly/basedatatypes.py): back on, so that later changes are checked
    for part in (built, built.layout, *built.data):
        part._validate = True
    return built
