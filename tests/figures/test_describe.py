"""Charts' text alternatives (figures/describe.py) say what the figure shows with the numbers it
draws, in plain words whatever markup a name holds."""
import numpy as np
import plotly.graph_objects as go

from figures.curves import loss_figure
from figures.describe import describe
from figures.network import network_figure
from figures.single_layer import softmax_bars
from figures.style import plotly_text
from lessons.single_layer import softmax_calculation
from nncore import Config, Trainer


def test_loss_curves_say_the_latest_losses_at_the_latest_epoch():
    trainer = Trainer(Config(dataset="xor", hidden_layers=(4,)))
    trainer.step(120)
    history = trainer.history
    text = describe(loss_figure(history))
    epoch = int(history.column("epoch")[-1])
    train, test = history.column("train_loss")[-1], history.column("test_loss")[-1]
    assert text.startswith("Loss. loss against epoch.")
    assert f"training loss {train:.3g} at epoch {epoch}" in text
    assert f"test loss {test:.3g} at epoch {epoch}" in text


def test_bars_heatmap_and_points_say_their_values_range_and_count():
    bars = softmax_bars(softmax_calculation(np.array([2.0, 0.0]), 0), ["cat", "dog"])
    p = softmax_calculation(np.array([2.0, 0.0]), 0).probabilities
    assert f"softmax p: cat {p[0]:.3g}, dog {p[1]:.3g}" in describe(bars)
    z = np.array([[-0.5, 0.25], [1.5, 0.0]])
    fig = go.Figure([go.Heatmap(z=z, name="h"), go.Scatter(x=[1, 2, 3], y=[1, 2, 3], mode="markers",
                                                           name="points")])
    assert describe(fig, "picture") == "Picture. h from -0.5 to 1.5. points: 3 points."


def test_markup_in_names_comes_out_as_plain_text():
    name = "<b>bold</b> & <a href='x'>link</a>"
    fig = go.Figure(go.Bar(x=[plotly_text(name)], y=[1.0], name="p"),
                    layout=dict(title=dict(text=f"<b>{plotly_text(name)}</b>")))
    text = describe(fig)
    assert "<" not in text.replace(name, "") and text.count(name) == 2, text


def test_a_builders_own_description_replaces_the_traces():
    trainer = Trainer(Config(dataset="xor", hidden_layers=(3, 2)))
    largest = max(float(np.abs(W).max()) for W in trainer.weights)
    text = describe(network_figure(trainer), "network")
    assert text == ("Network. Layers of 2, 3, 2, 1 neurons, each drawn as its value over the plane; "
                    "links coloured by the sign of their weight, as thick as |w|, the largest |w| "
                    f"{largest:.3g}.")
