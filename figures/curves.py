"""Training curves from a Trainer's History: loss (train and test, optional log scale) and
accuracy, against the epoch."""
import plotly.graph_objects as go

TRAIN_COLOUR, TEST_COLOUR = "#1f77b4", "#ff7f0e"


def _curves(history, columns, title, y_title, log_scale=False, y_range=None, marks=(), lines=(),
            height=260):
    """`marks`: more traces drawn over the curves; `lines`: layout shapes (e.g. a vertical line)."""
    epochs = history.column("epoch")
    # layout given to the constructor: update_layout is much slower, and this runs every tick
    return go.Figure([*(go.Scatter(x=epochs, y=history.column(column), mode="lines", name=name,
                                   line=dict(color=colour, width=2))
                        for column, name, colour in columns), *marks], layout=dict(
        title=dict(text=title, x=0.5, font=dict(size=14)), height=height, uirevision=title,
        margin=dict(l=60, r=10, t=40, b=90), legend=dict(orientation="h", y=-0.45), shapes=list(lines),
        xaxis=dict(title=dict(text="epoch")),
        yaxis=dict(title=dict(text=y_title), type="log" if log_scale else "linear", range=y_range)))


def loss_figure(history, log_scale=False, marks=(), lines=(), height=260):
    """Training and test data loss (without the regularization penalty) per recorded epoch, with
    `marks` and `lines` as in _curves."""
    return _curves(history, [("train_loss", "training loss", TRAIN_COLOUR),
                             ("test_loss", "test loss", TEST_COLOUR)],
                   "Loss", "loss" + (" (log scale)" if log_scale else ""), log_scale, marks=marks,
                   lines=lines, height=height)


def accuracy_figure(history):
    """Training and test accuracy per recorded epoch, on [0, 1]."""
    return _curves(history, [("train_accuracy", "training accuracy", TRAIN_COLOUR),
                             ("test_accuracy", "test accuracy", TEST_COLOUR)],
                   "Accuracy", "accuracy", y_range=[0, 1.02])
