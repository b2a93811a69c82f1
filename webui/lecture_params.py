"""Each lecture page's settings from its query parameters: one function a page, from a `Query` to
{parameter name: value}, the value as the page's widget holds it. The page reads its link with it
(webui/page_links.py: a bad parameter falls back to its default with a warning) and
`python -m nnlab_export` reads the same link with it (a bad parameter is refused), then draws.

A function returns every setting of its page, None where one does not apply (the points of a formula
target, a stopping rule that is off), and reads no parameter the page has no control for: what only an
export needs (epochs to train first, the stage of the backpropagation buttons) the export reads
itself. Ranges, options and defaults come from webui/lecture_settings.py; a default that depends on
another setting (a loss surface's learning rates) is given where that setting is read.
"""
from lessons.universal_approximation import parse_points
from lessons.backprop import NETWORK_EXAMPLE, NEURON_EXAMPLE
from lessons.single_layer import LECTURE_EXAMPLE, score_problem
from lessons.gradient_descent import SURFACES

from . import lecture_settings as settings
from .query import ParameterError


def _controls(query, page_settings, names):
    return {name: query.setting(name, getattr(page_settings, name)) for name in names}


def neuron(query):
    """w1=1, w2=1 (-3 to 3), T=1.5 (-6 to 6), x1=2, x2=0.5 (-3 to 3), activation=step (or an activation
    of nncore), data=linear|xor."""
    return _controls(query, settings.Neuron, ("w1", "w2", "T", "x1", "x2", "activation", "data"))


def activations(query):
    """names=sigmoid,tanh,relu (comma-separated), z=1 (-6 to 6), threshold=0.05 (0.001, 0.01, 0.05,
    0.1, 0.2)."""
    page = settings.Activations
    return {"names": query.choices("names", page.names.default, page.names.values),
            **_controls(query, page, ("z", "threshold"))}


def single_layer(query):
    """The softmax calculator's scores=cat:3.2,car:5.1,frog:-1.7 (class:score, comma-separated, as
    {class: score}) and correct=cat (a class name); the linear classifier's n_classes=3 (3-5),
    noise=0.1 (0-0.5), output=softmax_ce|hinge, learning_rate=0.03 and regularization_rate=0.03 (the
    page's steps), regularization=none|l1|l2|elastic_net, extra_features=0|1."""
    page = settings.SingleLayer
    scores = _calculator_scores(query.text("scores", None))
    names = list(scores)
    return {"scores": scores, "correct": query.choice("correct", names[0], names),
            **_controls(query, page, ("n_classes", "noise", "output", "learning_rate",
                                      "regularization", "regularization_rate")),
            "extra_features": query.flag("extra_features", page.extra_features)}


def _calculator_scores(text):
    """{class: score} from 'name:score,...' (None: the lecture's example), refused where the page's
    calculator would refuse it."""
    if text is None:
        return dict(LECTURE_EXAMPLE)
    names, scores = [], []
    for item in text.split(","):
        name, _, number = item.rpartition(":")
        try:
            scores.append(float(number))
        except ValueError:
            raise ParameterError("scores", f"{item!r} is not 'class:score'") from None
        names.append(name.strip() or f"class {len(names)}")
    problem = score_problem(scores)
    if problem:
        raise ParameterError("scores", f"{text!r}: {problem}")
    if len(set(names)) != len(names):
        raise ParameterError("scores", f"{text!r}: give every class its own name")
    return dict(zip(names, scores))


def gradient_descent(query):
    """surface=bowl|valley|saddle|rosenbrock|logistic, w1, w2 (the start), max_steps=100 (10-1000),
    learning_rate, batch_size=10 (2-100) and seed=0 (0-1000000) for GD vs SGD vs minibatch; rate_small,
    rate_right, rate_big (the three learning rates compared), step_epsilon and gradient_epsilon (each
    given turns its stopping rule on; 1e-12-1; None: off); race_learning_rate (SGD, momentum),
    race_adaptive_rate (Adagrad, RMSProp, Adam), race_steps=150 (10-500). Start and learning rates
    (1e-6-100) default to the surface's presets."""
    page = settings.GradientDescent
    name = query.setting("surface", page.surface)
    surface, rate = SURFACES[name], page.learning_rate
    small, right, big = surface.learning_rates
    return {
        "surface": name,
        "w1": query.number("w1", surface.start[0]), "w2": query.number("w2", surface.start[1]),
        **_controls(query, page, ("max_steps",)),
        "learning_rate": query.setting("learning_rate", rate, right),
        **_controls(query, page, ("batch_size", "seed")),
        "rate_small": query.setting("rate_small", rate, small),
        "rate_right": query.setting("rate_right", rate, right),
        "rate_big": query.setting("rate_big", rate, big),
        "step_epsilon": query.optional("step_epsilon", page.step_epsilon),
        "gradient_epsilon": query.optional("gradient_epsilon", page.gradient_epsilon),
        "race_learning_rate": query.setting("race_learning_rate", rate, right),
        "race_adaptive_rate": query.setting("race_adaptive_rate", rate,
                                            surface.adaptive_learning_rate),
        **_controls(query, page, ("race_steps",)),
    }


def capacity(query):
    """dataset=xor|circle, hidden_units=4 (2-4), activation=tanh|relu|sigmoid, seed=0 (0-9999),
    plotted_units=1,2,3 (the three of four hidden units in the 3D picture; with hidden_units=4 only)."""
    page = settings.Capacity
    chosen = _controls(query, page, ("dataset", "hidden_units", "activation", "seed"))
    offered = [str(unit) for unit in page.plotted_units.values]
    plotted = query.choices("plotted_units", map(str, page.plotted_units.default), offered)
    if "plotted_units" in query.params and (chosen["hidden_units"] != 4 or len(set(plotted)) != 3):
        raise ParameterError("plotted_units", f"{query.params['plotted_units']!r}: choose three "
                                              f"different hidden units, with hidden_units=4 only")
    return {**chosen, "plotted_units": [int(unit) for unit in plotted]}


def universal_approximation(query):
    """target=sine|step|abs|cubic|points, points (with target=points: one 'x, y' a line, %0A between
    lines in a link; default the page's example; the text as the page's box holds it), hidden_units=10
    (1-50), activation=tanh|sigmoid|relu, learning_rate=0.02 (the page's steps), stacked=1|0; bumps=8
    (1-30), steepness=20 (1-100)."""
    page = settings.Approximation
    target = query.setting("target", page.target)
    points = query.text("points", None)
    if target == "points":
        points = page.points if points is None else points
        try:
            parse_points(points)
        except ValueError as error:
            raise ParameterError("points", str(error)) from None
    elif points is not None:
        raise ParameterError("points", "only with target=points")
    return {"target": target, "points": points,
            **_controls(query, page, ("hidden_units", "activation", "learning_rate")),
            "stacked": query.flag("stacked", page.stacked),
            **_controls(query, page, ("bumps", "steepness"))}


def hidden_codes(query):
    """output=sigmoid_bce|sigmoid_mse, optimizer=sgd|momentum|adagrad|rmsprop|adam, learning_rate=2 (the
    page's steps, 0.01-5), seed=0 (0-9999)."""
    return _controls(query, settings.HiddenCodes, ("output", "optimizer", "learning_rate", "seed"))


def backprop(query):
    """learning_rate=1 (η of the neuron's update, and of the network's unless
    network_learning_rate is given); the leaves of the neuron x=1.5, w=0.8, b=-0.3, t=1 and of the
    2-2-1 network x0_1, x0_2, t_1, W1_11, W1_12, W1_21, W1_22, b1_1, b1_2, W2_11, W2_21, b2_1 (default
    the page's example). Any finite number."""
    learning_rate = query.number("learning_rate", settings.Backprop.learning_rate)
    return {"learning_rate": learning_rate,
            "network_learning_rate": query.number("network_learning_rate", learning_rate),
            **{name: query.number(name, value) for name, value in NEURON_EXAMPLE.items()},
            **{name: query.number(name, value) for name, value in NETWORK_EXAMPLE.items()}}


def numpy_net(query):
    """seed=0 (0-9999) of the random arrays."""
    return _controls(query, settings.NumpyNet, ("seed",))


def overfitting(query):
    """noise=0.3 (0-0.6), n_train=20 (5-100), hidden_units=8 (1, 2, 4, ..., 64), layers=1|2,
    regularization_rate=0 (L2 λ, the page's steps up to 0.1), epochs=2000 (500, 1000, 2000, 4000: the
    sweep's, and the export trains the page's network as long), data_seed=0 (0-9999)."""
    return _controls(query, settings.Overfitting, ("noise", "n_train", "hidden_units", "layers",
                                                   "regularization_rate", "epochs", "data_seed"))
