"""The Playground's explanations in a real browser: hovering a neuron of the diagram shows its
equation with the network's own weights and bias, and the confusion matrices show the counts of a
count by hand. At epoch 0 the page's network is Trainer(Config(...)) of the link: the same seed
gives the same weights here."""
import numpy as np

import harness
from nncore import Config, Trainer

LINK, CONFIG = "?features=x1,x2&hidden_layers=3", Config(features=("x1", "x2"), hidden_layers=(3,))
# The page point of a chart's data point (x, y), from Plotly's own axes.
PAGE_POINT_JS = """([key, x, y]) => { const plot = document.querySelector(`.st-key-${key} .js-plotly-plot`);
  const layout = plot._fullLayout, box = plot.getBoundingClientRect();
  return [box.left + layout._size.l + layout.xaxis.l2p(x), box.top + layout._size.t + layout.yaxis.l2p(y)]; }"""


def open_playground(page):
    page.goto(f"/playground{LINK}")
    harness.wait_ready(page)
    page.wait_for_selector(f"{harness.keyed('playground-network')} .main-svg")
    page.wait_for_selector(f"{harness.keyed('playground-confusion')} .main-svg")
    harness.wait_ready(page)


def signed(value):
    return f"{'−' if value < 0 else '+'} {abs(value):.3g}"


def test_hovering_a_neuron_shows_its_equation_with_its_weights(page, screenshot):
    open_playground(page)
    trainer = Trainer(CONFIG)
    W, b = trainer.weights[0], trainer.biases[0]
    x, y = page.evaluate(PAGE_POINT_JS, ["playground-network", 3.5, 1.9])  # h1.2: column 1, row 1
    page.mouse.move(x, y)
    label = page.locator(f"{harness.keyed('playground-network')} .hoverlayer .hovertext")
    label.wait_for()
    shown = label.text_content()
    first = f"{W[0, 1]:.3g}".replace("-", "−")
    h = np.tanh(trainer.X_train @ W[:, 1] + b[1])
    low, high = (f"{v:.3g}".replace("-", "−") for v in (h.min(), h.max()))
    assert shown == (f"h1.2s = {first}·X₁ {signed(W[1, 1])}·X₂ {signed(b[1])}h = tanh(s)"
                     f"h over the 250 training points: {low} … {high}"), shown
    screenshot(page, "playground_neuron_hover")


def test_the_confusion_matrices_show_the_counts_of_a_count_by_hand(page):
    open_playground(page)
    trainer = Trainer(CONFIG)
    expected = []
    for X, y in ((trainer.dataset.X_train, trainer.dataset.y_train),
                 (trainer.dataset.X_test, trainer.dataset.y_test)):
        counts = [[0, 0], [0, 0]]
        for true_class, predicted in zip(y, trainer.predict_class(X)):
            counts[true_class][predicted] += 1
        expected += [str(n) for row in counts for n in row]
    shown = page.locator(f"{harness.keyed('playground-confusion')} .heatmaplayer text").all_text_contents()
    assert shown == expected
    assert page.locator(harness.EXCEPTION).count() == 0
