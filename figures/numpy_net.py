"""The lecture's NumPy program: loss per iteration (log scale) for each implementation run, and
the time each took per iteration."""
import plotly.graph_objects as go

from lessons.language import _

from .style import LEGEND_BELOW, chart_title

COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728")
DASHES = ("solid", "dash", "dot", "dashdot")  # identical curves must stay visible on top of each other


def loss_per_iteration_figure(curves):
    """curves: {name: losses (k,)}; one line each over iterations 0..k-1, log scale."""
    return go.Figure([
        go.Scatter(x=list(range(len(losses))), y=list(losses), mode="lines", name=_(name),
                   line=dict(color=COLOURS[i % len(COLOURS)], width=2 + 2 * (i == 0),
                             dash=DASHES[i % len(DASHES)]))
        for i, (name, losses) in enumerate(curves.items())], layout=dict(
        title=chart_title(_("Loss Σ(ŷ − y)² per iteration")),
        xaxis=dict(title=dict(text=_("iteration t"))),
        yaxis=dict(title=dict(text=_("loss (log scale)")), type="log", exponentformat="power"),
        height=360, margin=dict(l=60, r=10, t=40, b=50), uirevision="numpy loss", legend=LEGEND_BELOW))


def time_per_iteration_figure(milliseconds):
    """milliseconds: {name: ms per iteration}; a horizontal bar each."""
    names = list(milliseconds)
    return go.Figure(go.Bar(x=[milliseconds[n] for n in names], y=[_(n) for n in names], orientation="h",
                            marker_color=[COLOURS[i % len(COLOURS)] for i in range(len(names))],
                            text=[f"{milliseconds[n]:.2f} ms" for n in names], textposition="auto"),
                     layout=dict(title=chart_title(_("Time per iteration")),
                                 xaxis=dict(title=dict(text=_("milliseconds"))),
                                 height=150 + 50 * len(names), margin=dict(l=160, r=10, t=50, b=55),
                                 uirevision="numpy time"))


def comparison_figures(curves, milliseconds):
    """The page's charts by their names: {"loss": loss_per_iteration_figure(curves), "time":
    time_per_iteration_figure(milliseconds)} (lessons/numpy_net.py's comparison gives both)."""
    return {"loss": loss_per_iteration_figure(curves), "time": time_per_iteration_figure(milliseconds)}
