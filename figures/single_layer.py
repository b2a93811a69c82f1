"""Single-layer (linear) multiclass classifiers: softmax bars, winner-take-all regions with softmax
confidence, weight vectors as arrows, the weight histogram and the two terms of the loss."""
import numpy as np
import plotly.graph_objects as go

from lessons.language import _
from nncore import EXTENT_2D

from .plane import CONFIDENCE_LEVELS, class_codes, class_colourscale, plane_grid
from .style import LEGEND_BELOW, arrow, class_colour, class_points, plane_axes, plotly_text


def softmax_bars(calculation, class_names):
    """Probabilities p_j (bars) next to the winner-take-all one-hot output, per class."""
    names = [plotly_text(name) for name in class_names]
    return go.Figure([
        go.Bar(x=names, y=calculation.probabilities, name="softmax p",
               text=[f"{p:.2f}" for p in calculation.probabilities], textposition="outside",
               marker_color=[class_colour(k) for k in range(len(names))]),
        go.Bar(x=names, y=calculation.winner_take_all, name=_("winner-take-all (one-hot)"),
               marker=dict(color="rgba(0,0,0,0)", line=dict(color="black", width=2))),
    ], layout=dict(barmode="overlay", yaxis=dict(range=[0, 1.15], title=dict(text=_("output"))),
                   title=dict(text=_("Softmax probabilities and the WTA one-hot output")),
                   plot_bgcolor="white", legend=LEGEND_BELOW, height=330))


def class_regions(trainer, grid=90):
    """The plane coloured by the winning class (argmax of the scores), paler where the softmax
    confidence max_j p_j is low (the playground's colour code); the data on top; one arrow per
    class for its weights on (x1, x2)."""
    axis, plane = plane_grid(grid)
    scores = trainer.scores(trainer.input_features(plane))  # (grid², K)
    n_classes = scores.shape[1]
    codes = class_codes(scores, scores.argmax(axis=1)).reshape(grid, grid)
    data = trainer.dataset
    regions = go.Heatmap(x=axis, y=axis, z=codes, zmin=0, zmax=n_classes * CONFIDENCE_LEVELS - 1,
                         colorscale=class_colourscale(n_classes), showscale=False, name=_("regions"),
                         hoverinfo="skip")
    return go.Figure([regions, *class_points(data.X_train, data.y_train, _("class"), size=6)], layout=dict(
        plane_axes((-EXTENT_2D, EXTENT_2D)), annotations=weight_arrows(trainer), uirevision="regions",
        title=dict(text=_("Regions: winner-take-all class; colour strength: softmax confidence")),
        legend=LEGEND_BELOW))


def weight_arrows(trainer, extent=EXTENT_2D):
    """Arrows for the weight vectors (w_x1,k, w_x2,k) of every class, all scaled by one factor."""
    names = list(trainer.feature_names)
    if "x1" not in names or "x2" not in names:
        return []
    W = trainer.weights[0][[names.index("x1"), names.index("x2")]]  # (2, K)
    longest = float(np.linalg.norm(W, axis=0).max())
    scale = 0.6 * extent / longest if longest > 0 else 1.0
    return [drawn for k in range(W.shape[1])
            for drawn in arrow((0, 0), W[:, k] * scale, class_colour(k),
                               f"w{k}")] + [dict(
        x=0.01, y=0.99, xref="paper", yref="paper", showarrow=False, xanchor="left",
        text=_("weight arrows ×{scale:.2g}").format(scale=scale), bgcolor="rgba(255,255,255,0.7)")]


def weight_histogram(weights, bins=24):
    """Histogram of all weights (biases excluded): non-zero ones in grey, exact zeros as a red bar."""
    values = np.concatenate([W.ravel() for W in weights])
    zeros = int((values == 0.0).sum())
    nonzero = values[values != 0.0]
    reach = max(float(np.abs(values).max()), 1e-3)
    edges = np.linspace(-reach, reach, bins + 1)
    counts = np.histogram(nonzero, edges)[0]
    return go.Figure([
        go.Bar(x=(edges[:-1] + edges[1:]) / 2, y=counts, width=edges[1] - edges[0],
               name=_("non-zero weights"), marker_color="#888"),
        go.Bar(x=[0.0], y=[zeros], width=(edges[1] - edges[0]) / 3, name=_("exactly 0"),
               marker_color="#d62728"),
    ], layout=dict(title=dict(text=_("Weights: {zeros} of {total} exactly 0").format(zeros=zeros, total=len(values))), barmode="overlay",
                   xaxis=dict(title=dict(text=_("weight value"))), yaxis=dict(title=dict(text=_("count"))),
                   plot_bgcolor="white", legend=LEGEND_BELOW, height=330,
                   uirevision="weights"))


def loss_terms_chart(trainer):
    """The data term 1/N Σ L_i, the penalty λR(W) and their sum against the training step."""
    history = trainer.history
    steps = history.column("step")
    data_loss, penalty = history.column("train_loss"), history.column("penalty")
    return go.Figure([
        go.Scatter(x=steps, y=data_loss + penalty, name=_("L(W) total"), line=dict(color="black")),
        go.Scatter(x=steps, y=data_loss, name=_("1/N Σ Lᵢ (data)"), line=dict(color="#1f77b4")),
        go.Scatter(x=steps, y=penalty, name=_("λR(W) (penalty)"), line=dict(color="#d62728")),
    ], layout=dict(title=dict(text=_("L(W) = 1/N Σ Lᵢ + λR(W) during training")),
                   xaxis=dict(title=dict(text=_("step"))), yaxis=dict(title=dict(text=_("loss"))),
                   plot_bgcolor="white", height=330, legend=LEGEND_BELOW,
                   uirevision="loss"))


def classifier_figures(trainer):
    """The trained classifier's charts by the names the page gives them: {"regions", "weights",
    "loss terms"}."""
    return {"regions": class_regions(trainer), "weights": weight_histogram(trainer.weights),
            "loss terms": loss_terms_chart(trainer)}
