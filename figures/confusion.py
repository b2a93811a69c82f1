"""Confusion matrices of a classifier on its training and its test data: how many points of each true
class (rows) the network puts in each class (columns), coloured by the share of the true class."""
import numpy as np
import plotly.graph_objects as go

from lessons.language import _

from .figure import figure
from .style import subplots

COLOURS = [[0.0, "#f7fbff"], [1.0, "#08519c"]]  # share of the row: 0 white .. 1 dark blue


def confusion_counts(true, predicted, n_classes):
    """(n_classes, n_classes) counts of points of true class i (row) predicted as class j (column)."""
    return np.bincount(np.asarray(true) * n_classes + np.asarray(predicted),
                       minlength=n_classes * n_classes).reshape(n_classes, n_classes)


def confusion_figure(trainer, height=260):
    """The training and the test data's confusion matrices side by side (classes numbered from 0, as
    the points' hover says); each cell shows its count, and its colour its share of the row."""
    data, n_classes = trainer.dataset, trainer.dataset.n_classes
    sets = [(_("training data"), data.X_train, data.y_train), (_("test data"), data.X_test, data.y_test)]
    titles = [_("{data} ({count} points)").format(data=name, count=len(X)) for name, X, y in sets]
    layout, axes = subplots(columns=[1, 1], spacing=0.14, titles=titles)
    classes = [str(c) for c in range(n_classes)]
    traces = []
    for (name, X, y), (x_axis, y_axis) in zip(sets, axes):
        counts = confusion_counts(y, trainer.predict_class(X), n_classes) if len(X) else np.zeros(
            (n_classes, n_classes), int)
        shares = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
        traces.append(go.Heatmap(
            x=classes, y=classes, z=shares.astype(np.float32), text=counts, texttemplate="%{text}",
            zmin=0, zmax=1, colorscale=COLOURS, showscale=False, xaxis=x_axis, yaxis=y_axis,
            name=name, hovertemplate=_("{data}<br>true class {true}, predicted {predicted}: {count} "
                                       "points<br>({share} of class {true})").format(
                data=name, true="%{y}", predicted="%{x}", count="%{text}", share="%{z:.0%}")
            + "<extra></extra>"))
        layout[f"xaxis{x_axis[1:]}"].update(title=dict(text=_("predicted class"), standoff=4),
                                             type="category", automargin=False)
        layout[f"yaxis{y_axis[1:]}"].update(title=dict(text=_("true class"), standoff=4),
                                             type="category",
                                             autorange="reversed", automargin=False)
    return figure(traces, layout=dict(
        layout, height=height, uirevision="confusion", margin=dict(l=60, r=10, t=60, b=45),
        title=dict(text=_("Confusion matrices"), x=0.02, xanchor="left", font=dict(size=14))))
