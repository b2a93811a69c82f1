"""Activation functions g(z) with their derivatives g'(z), and where the gradient vanishes."""
import numpy as np
import plotly.graph_objects as go

from lessons.activations import activation_curves, small_gradient_intervals
from nncore.activations import ACTIVATIONS

COLORS = {"sigmoid": "#1f77b4", "tanh": "#ff7f0e", "relu": "#2ca02c", "leaky_relu": "#9467bd",
          "linear": "#7f7f7f"}


def activation_figure(names, z_marker=None, threshold=0.05, z_range=6.0, n=601):
    """g (solid) and g' (dashed) of the chosen activations on [-z_range, z_range]; shaded bands where
    |g'(z)| < threshold for each activation; markers at z_marker if given."""
    z = np.linspace(-z_range, z_range, n)
    fig = go.Figure()
    n_chosen = max(len(names), 1)
    for index, name in enumerate(names):
        color, label = COLORS[name], ACTIVATIONS[name].label
        h, slope = activation_curves(name, z)
        # One thin band per activation at the bottom of the plot, so overlapping bands stay readable.
        band = (index / n_chosen, (index + 1) / n_chosen)
        for low, high in small_gradient_intervals(name, threshold, -z_range, z_range):
            fig.add_shape(type="rect", x0=low, x1=high, xref="x", yref="paper",
                          y0=0.0 + 0.08 * band[0], y1=0.0 + 0.08 * band[1], fillcolor=color,
                          opacity=0.5, line_width=0, name=f"{name} |g'| < {threshold:g}")
            fig.add_vrect(x0=low, x1=high, fillcolor=color, opacity=0.06, line_width=0)
        fig.add_trace(go.Scatter(x=z, y=h, mode="lines", name=f"{label}: g(z)",
                                 line=dict(color=color, width=3)))
        fig.add_trace(go.Scatter(x=z, y=slope, mode="lines", name=f"{label}: g'(z)",
                                 line=dict(color=color, width=2, dash="dash")))
        if z_marker is not None:
            value, derivative = activation_curves(name, np.array([float(z_marker)]))
            fig.add_trace(go.Scatter(x=[z_marker, z_marker], y=[value[0], derivative[0]],
                                     mode="markers", showlegend=False, name=f"{label} at z",
                                     marker=dict(color=color, size=11, symbol=["circle", "diamond"])))
    if z_marker is not None:
        fig.add_vline(x=float(z_marker), line_dash="dot", line_color="black")
    fig.update_layout(title=f"Solid: g(z); dashed: g'(z); shaded: |g'(z)| < {threshold:g} "
                            f"(vanishing gradient)",
                      xaxis_title="z", yaxis=dict(range=[-1.5, 2.0], title="g(z), g'(z)"),
                      plot_bgcolor="white", legend=dict(orientation="h", y=-0.2),
                      uirevision="activations")
    fig.update_xaxes(zeroline=True, zerolinecolor="#bbb", range=[-z_range, z_range])
    fig.update_yaxes(zeroline=True, zerolinecolor="#bbb")
    return fig
