"""Training curves from a Trainer's History: loss (train and test, optional log scale) and
accuracy, against the epoch."""
import math

import plotly.graph_objects as go

TRAIN_COLOUR, TEST_COLOUR = "#1f77b4", "#ff7f0e"


def _curves(history, columns, title, y_title, log_scale=False, y_range=None, marks=(), lines=(),
            height=260, now=""):
    """`columns` [(column, name, colour)]; `marks`: more traces drawn over the curves; `lines`: layout
    shapes (e.g. a vertical line); `now`: the current values, said after the title."""
    epochs = history.column("epoch")
    waiting = [] if len(history) else [dict(text="Press Play (or Step) to train", showarrow=False,
                                            xref="paper", yref="paper", x=0.5, y=0.5,
                                            font=dict(size=14, color="#888"))]
    # layout given to the constructor: update_layout is much slower, and this runs every tick
    return go.Figure([*(go.Scatter(x=epochs, y=history.column(column), mode="lines", name=name,
                                   line=dict(color=colour, width=2))
                        for column, name, colour in columns), *marks], layout=dict(
        title=dict(text=f"{title}: {now}" if now else title, x=0.02, xanchor="left", font=dict(size=14)),
        height=height,
        # a title with numbers gets its own row above the legend; a bare one shares the legend's row
        uirevision=title, margin=dict(l=60, r=10, t=60 if now else 40, b=45),
        legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1.0),
        shapes=list(lines), annotations=waiting,
        xaxis=dict(title=dict(text="epoch", standoff=4), automargin=False),
        yaxis=dict(title=dict(text=y_title), type="log" if log_scale else "linear", range=y_range,
                   automargin=False)))


def loss_figure(history, log_scale=False, marks=(), lines=(), height=260):
    """Training and test data loss (without the regularization penalty) per recorded epoch, with
    `marks` and `lines` as in _curves."""
    return _curves(history, [("train_loss", "training loss", TRAIN_COLOUR),
                             ("test_loss", "test loss", TEST_COLOUR)],
                   "Loss", "loss" + (" (log scale)" if log_scale else ""), log_scale, marks=marks,
                   lines=lines, height=height)


def accuracy_figure(history, height=260, now=None, marks=()):
    """Training and test accuracy per recorded epoch, on [0, 1]; `now` = (training, test) accuracy of
    the current weights, said in the title ("—" for a NaN: no test points); `marks` as in _curves."""
    words = "" if now is None else ", ".join(
        f"{name} {value:.1%}" if math.isfinite(value) else f"{name} —"
        for name, value in zip(("training", "test"), now))
    return _curves(history, [("train_accuracy", "training accuracy", TRAIN_COLOUR),
                             ("test_accuracy", "test accuracy", TEST_COLOUR)],
                   "Accuracy", "accuracy", y_range=[0, 1.02], marks=marks, height=height, now=words)
