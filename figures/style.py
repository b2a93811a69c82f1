"""Shared look of the lecture figures: arrows, a square 2D plane, data points in the playground's
class colours, the x of 1D curves."""
import numpy as np
import plotly.graph_objects as go

from nncore import EXTENT_1D

from .plane import CLASS_COLOURS

LINE_GRID = np.linspace(-EXTENT_1D, EXTENT_1D, 241)  # where the 1D pages draw their curves


def arrow(tail, tip, color, text="", width=3):
    """Plotly annotations drawing an arrow from tail (x, y) to tip (x, y) in data coordinates, with
    its label just beyond the tip (Plotly would put an arrow's own text at the tail)."""
    drawn = [dict(x=float(tip[0]), y=float(tip[1]), ax=float(tail[0]), ay=float(tail[1]),
                  xref="x", yref="y", axref="x", ayref="y", showarrow=True, arrowhead=3,
                  arrowsize=1.2, arrowwidth=width, arrowcolor=color, text="")]
    if text:
        drawn.append(dict(x=float(tip[0]), y=float(tip[1]), xref="x", yref="y", showarrow=False,
                          text=f"<b>{text}</b>", font=dict(color=color, size=16),
                          xshift=12 if tip[0] >= tail[0] else -12,
                          yshift=10 if tip[1] >= tail[1] else -10))
    return drawn


def square_plane(fig, extent, title_x="x₁", title_y="x₂"):
    """Fix both axes to [extent[0], extent[1]] with equal scale, for pictures of the input plane."""
    low, high = extent
    fig.update_xaxes(range=[low, high], title=title_x, zeroline=True, zerolinecolor="#bbb",
                     constrain="domain")
    fig.update_yaxes(range=[low, high], title=title_y, zeroline=True, zerolinecolor="#bbb",
                     scaleanchor="x", scaleratio=1, constrain="domain")
    fig.update_layout(plot_bgcolor="white", margin=dict(l=50, r=20, t=50, b=50))
    return fig


def class_points(X, y, name_prefix="class", size=7):
    """One scatter trace per class of points X (n, 2) with labels y (n,)."""
    return [go.Scatter(x=X[y == k, 0], y=X[y == k, 1], mode="markers", name=f"{name_prefix} {k}",
                       marker=dict(color=CLASS_COLOURS[k % len(CLASS_COLOURS)], size=size,
                                   line=dict(color="white", width=1)))
            for k in sorted(set(int(v) for v in y))]
