"""What the lecture pages' controls offer: each slider's range and default, each choice's options and
default, one class per page. The pages (views/) draw their widgets from these values, and a page's
link and `python -m nnlab_export` read its query parameters against the same ones
(webui/lecture_params.py), so a link sets only what the page can show. Attributes are named like the
query parameters.
"""
from dataclasses import dataclass

from nncore import ACTIVATIONS, OPTIMIZERS, REGULARIZERS
from lessons.hidden_codes import CODES_CONFIG
from lessons.neuron import NEURON_ACTIVATIONS
from lessons.gradient_descent import SURFACES
from lessons.overfitting import CAPACITIES, EPOCHS, SWEEP_CONFIG


@dataclass(frozen=True)
class Range:
    """A slider or number box: from `low` to `high` (both included) with its default and step; whole
    numbers when low, high and default are ints. default None: the page derives it (see its use)."""
    low: float
    high: float
    default: float = None
    step: float = None

    @property
    def args(self):
        """(low, high, default[, step]): the positional arguments of st.slider and st.number_input."""
        return (self.low, self.high, self.default) + (() if self.step is None else (self.step,))

    @property
    def whole(self):
        return all(isinstance(v, int) for v in (self.low, self.high, self.default))


@dataclass(frozen=True)
class Options:
    """A select box, radio or select slider: the values it offers, the default one and, where the
    page shows other words than the values, their labels."""
    values: tuple
    default: object
    labels: dict = None

    @property
    def index(self):
        return list(self.values).index(self.default)

    def label(self, value):
        return (self.labels or {}).get(value, str(value))


class Neuron:
    """views/neuron.py: the weights, threshold and input sliders, the activation and the toy data."""
    w1 = w2 = Range(-3.0, 3.0, 1.0, 0.05)
    x1 = Range(-3.0, 3.0, 2.0, 0.05)
    x2 = Range(-3.0, 3.0, 0.5, 0.05)
    T = Range(-6.0, 6.0, 1.5, 0.05)
    activation = Options(tuple(NEURON_ACTIVATIONS), "step",
                         {name: label for name, (label, *_) in NEURON_ACTIVATIONS.items()})
    data = Options(("linear", "xor"), "linear", {"linear": "Linearly separable", "xor": "XOR"})


class Activations:
    """views/activations.py: the curves drawn (several), z and the shading threshold."""
    names = Options(tuple(ACTIVATIONS), ("sigmoid", "tanh", "relu"))
    z = Range(-6.0, 6.0, 1.0, 0.1)
    threshold = Options((0.001, 0.01, 0.05, 0.1, 0.2), 0.05)


class SingleLayer:
    """views/single_layer.py: the trained linear classifier's controls."""
    n_classes = Range(3, 5, 3)
    noise = Range(0.0, 0.5, 0.1, 0.05)
    output = Options(("softmax_ce", "hinge"), "softmax_ce")
    learning_rate = Options((0.001, 0.003, 0.01, 0.03, 0.1, 0.3), 0.03)
    regularization = Options(tuple(REGULARIZERS), "none")
    regularization_rate = Options((0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0), 0.03)
    extra_features = False


class GradientDescent:
    """views/gradient_descent.py; a learning rate's default is the chosen surface's preset."""
    surface = Options(tuple(SURFACES), next(iter(SURFACES)),
                      {name: surface.label for name, surface in SURFACES.items()})
    max_steps = Range(10, 1000, 100, 10)
    learning_rate = Range(1e-6, 100.0)
    batch_size = Range(2, 100, 10)
    seed = Range(0, 10**6, 0)
    step_epsilon = Range(1e-12, 1.0, 1e-4)
    gradient_epsilon = Range(1e-12, 1.0, 1e-3)
    race_steps = Range(10, 500, 150, 10)


class Capacity:
    """views/capacity.py"""
    dataset = Options(("xor", "circle"), "xor", {"xor": "XOR", "circle": "Circle"})
    hidden_units = Range(2, 4, 4)
    activation = Options(("tanh", "relu", "sigmoid"), "tanh")
    seed = Range(0, 9999, 0)
    plotted_units = Options((1, 2, 3, 4), (1, 2, 3))  # three of them, when there are four


class Approximation:
    """views/universal_approximation.py"""
    target = Options(("sine", "step", "abs", "cubic", "points"), "sine",
                     {"sine": "sin x", "step": "step", "abs": "|x| − 1", "cubic": "cubic 0.1x³ − 0.6x",
                      "points": "your points"})
    points = "-3, 0\n-2, 1\n-1, 0.5\n0, -1\n1, 0\n2, 1.5\n3, 1"  # the example in the text box
    hidden_units = Range(1, 50, 10)
    activation = Options(("sigmoid", "tanh", "relu"), "tanh")
    learning_rate = Options((0.001, 0.003, 0.01, 0.02, 0.05, 0.1), 0.02)
    stacked = True
    bumps = Range(1, 30, 8)
    steepness = Range(1.0, 100.0, 20.0, 1.0)


class HiddenCodes:
    """views/hidden_codes.py"""
    output = Options(("sigmoid_bce", "sigmoid_mse"), CODES_CONFIG.output)
    optimizer = Options(tuple(OPTIMIZERS), CODES_CONFIG.optimizer)
    learning_rate = Options((0.01, 0.03, 0.1, 0.3, 1.0, 2.0, 5.0), CODES_CONFIG.learning_rate)
    seed = Range(0, 9999, CODES_CONFIG.seed)


class Backprop:
    """views/backprop.py: each part's learning rate η (its number boxes have no limits)."""
    learning_rate = 1.0


class NumpyNet:
    """views/numpy_net.py"""
    seed = Range(0, 9999, 0)


class Overfitting:
    """views/overfitting.py"""
    noise = Range(0.0, 0.6, SWEEP_CONFIG.noise, 0.05)
    n_train = Range(5, 100, round(SWEEP_CONFIG.train_ratio * SWEEP_CONFIG.n_points))
    hidden_units = Options(CAPACITIES, SWEEP_CONFIG.hidden_layers[0])
    layers = Options((1, 2), 1)
    regularization_rate = Options((0.0, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 0.1), 0.0)
    epochs = Options((500, 1000, 2000, 4000), EPOCHS)
    data_seed = Range(0, 9999, SWEEP_CONFIG.data_seed)
