"""Universal approximation pictures: a 1D fit as the stacked sum of its hidden units'
contributions, and two steep sigmoids making a bump, bumps adding up to a curve."""
import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from lessons.language import _
from lessons.universal_approximation import bump, bump_network, hidden_contributions
from nncore import ACTIVATIONS

from .style import LEGEND_BELOW, LINE_GRID, subplots

TARGET, FIT, DATA = "#2ca02c", "#d62728", "#555"
PALETTE = ("#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f")


def contributions_figure(x, weights, biases, activation, X_train, y_train, target=None,
                         stacked=True):
    """Top: data, target (values on x, or None) and fit. Bottom: each hidden unit's contribution
    v_j g(w_j x + b_j) on the grid x (n,); stacked, the band between partial sums j-1 and j is unit
    j's share and the top line (output bias + all contributions) is the fit itself."""
    C, output_bias = hidden_contributions(x[:, None], weights, biases, activation)
    fit = C.sum(axis=1) + output_bias
    layout, ((x1, y1), (x2, y2)) = subplots(rows=[1, 1], titles=(
        _("Target and fit"), _("Hidden units' contributions vⱼ g(wⱼx + bⱼ), stacked") if stacked
        else _("Hidden units' contributions vⱼ g(wⱼx + bⱼ)")))
    traces = [go.Scatter(x=X_train[:, 0], y=y_train, mode="markers", name=_("training points"),
                         marker=dict(color=DATA, size=5, opacity=0.6), xaxis=x1, yaxis=y1)]
    if target is not None:
        traces.append(go.Scatter(x=x, y=target, mode="lines", name=_("target"), xaxis=x1, yaxis=y1,
                                 line=dict(color=TARGET, width=2, dash="dot")))
    traces.append(go.Scatter(x=x, y=fit, mode="lines", name=_("network's fit"), xaxis=x1, yaxis=y1,
                             line=dict(color=FIT, width=3)))
    partial = output_bias + np.cumsum(C, axis=1)  # (n, H): bias + first j contributions
    if stacked:
        traces.append(go.Scatter(x=x, y=np.full_like(x, output_bias), mode="lines", xaxis=x2, yaxis=y2,
                                 name=_("output bias {bias:.2f}").format(bias=output_bias), line=dict(color="#999", width=1)))
    for j in range(C.shape[1]):
        traces.append(go.Scatter(
            x=x, y=partial[:, j] if stacked else C[:, j], mode="lines", name=_("unit {number}").format(number=j + 1),
            line=dict(color=PALETTE[j % len(PALETTE)], width=1), fill="tonexty" if stacked else None,
            showlegend=C.shape[1] <= 12, xaxis=x2, yaxis=y2))
    if stacked:
        traces.append(go.Scatter(x=x, y=fit, mode="lines", name=_("sum = fit"), xaxis=x2, yaxis=y2,
                                 line=dict(color=FIT, width=3, dash="dash")))
    layout[f"xaxis{x2[1:]}"]["title"] = dict(text="x")
    return go.Figure(traces, layout=dict(layout, height=620, margin=dict(l=55, r=10, t=40, b=45),
                                         uirevision="fit", legend=LEGEND_BELOW))


def bump_figure(x, f, weights, biases, steepness):
    """Left: σ(k(x − a)) and σ(k(x − b)) for the middle bump and their difference, a bump.
    Right: the target f, every bump (pairs of hidden units of `weights`), and their sum."""
    C, output_bias = hidden_contributions(x[:, None], weights, biases, "sigmoid")
    bumps = C[:, 0::2] + C[:, 1::2]  # (n, n_bumps): rising and falling unit of each bump
    middle = bumps.shape[1] // 2  # the bump shown on its own, away from the interval's ends
    left, right = -biases[0][2 * middle:2 * middle + 2] / steepness  # σ(kx − ka): a = −bias / k
    sigmoid = ACTIVATIONS["sigmoid"].value
    figure = make_subplots(rows=1, cols=2, subplot_titles=(
        _("Two steep sigmoids make a bump"),
        _("{count} bumps add up to the curve").format(count=bumps.shape[1])))
    for y, name, style in ((sigmoid(steepness * (x - left)), f"σ(k(x − {left:.2f}))", "dot"),
                           (sigmoid(steepness * (x - right)), f"σ(k(x − {right:.2f}))", "dash"),
                           (bump(x, left, right, 1.0, steepness), _("difference: a bump"), "solid")):
        figure.add_trace(go.Scatter(x=x, y=y, mode="lines", name=name,
                                    line=dict(dash=style, width=2)), 1, 1)
    figure.add_trace(go.Scatter(x=x, y=f(x), mode="lines", name=_("target"),
                                line=dict(color=TARGET, width=2, dash="dot")), 1, 2)
    for i in range(bumps.shape[1]):
        figure.add_trace(go.Scatter(x=x, y=bumps[:, i], mode="lines", showlegend=False,
                                    line=dict(color=PALETTE[i % len(PALETTE)], width=1),
                                    fill="tozeroy", opacity=0.4, name=_("bump {number}").format(number=i + 1)), 1, 2)
    figure.add_trace(go.Scatter(x=x, y=bumps.sum(axis=1) + output_bias, mode="lines",
                                name=_("sum of bumps"), line=dict(color=FIT, width=3)), 1, 2)
    figure.update_layout(height=400, margin=dict(l=55, r=10, t=60, b=45), uirevision="bumps",
                         legend=LEGEND_BELOW)
    return figure


def trained_fit_figure(trainer, target_function, stacked=True):
    """contributions_figure of a 1D Trainer on LINE_GRID, with its training points and the target curve
    `target_function` (x (n,) -> (n,))."""
    data = trainer.dataset
    return contributions_figure(LINE_GRID, trainer.weights, trainer.biases, trainer.activation,
                                data.X_train, data.y_train, target_function(LINE_GRID), stacked)


def bumps_figure(target_function, n_bumps, steepness):
    """bump_figure of the hand-built network of n_bumps bumps of steepness k following the target."""
    weights, biases = bump_network(target_function, n_bumps, steepness)
    return bump_figure(LINE_GRID, target_function, weights, biases, steepness)
