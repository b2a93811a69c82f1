"""The Playground: a small network trained live on 2D data, every neuron drawn (TensorFlow Playground's
page), plus multi-class problems, regression, optimizers, own CSV data and saved models.

Its table of controls is its Config's fields on the page's own scales (TensorFlow Playground's where
it has one), plus what the pictures show; `hide=` lists controls a link hides (a focused exercise).
"""
from dataclasses import fields

from figures.plane import repaint
from figures.playground import ViewOptions, playground_figures
from figures.style import palette
from lessons.language import N_, language
from nncore import (
    ACTIVATIONS,
    DATASETS,
    DEFAULT_OUTPUT,
    FEATURES,
    INITS,
    OPTIMIZERS,
    OUTPUT_LOSSES,
    REGULARIZERS,
    Config,
    Trainer,
)
from nncore.config import RANGES
from nncore.drawn import LINK_POINTS, MAX_TEXT, points_from_text
from nncore.persistence import ModelLimits, trainer_from_json
from nncore.tabular import dataset_from_csv

from .controls import Choice, Choices, Controls, Flag, Layers, Number, ParameterError, Text

TITLE, ICON = "Playground", ":material/tune:"
SHORT = "Playground"  # in the navigation
SUMMARY = "train a network live on 2D data and watch every neuron; share a configuration as a link"
DEFAULTS = Config()
PROBLEMS = {"binary": N_("Binary classification"), "multiclass": N_("Multi-class classification"),
            "regression": N_("Regression")}
# nncore's display names (its labels, which nncore keeps free of the app's languages), for the catalog:
# the controls translate an option's label where they draw it (webui/controls.py).
DISPLAY_NAMES = (
    N_("Circle"), N_("Exclusive or (XOR)"), N_("Two Gaussians"), N_("Spiral"), N_("Two moons"),
    N_("Linearly separable"), N_("Gaussian blobs (K classes)"), N_("Spiral (K classes)"), N_("Plane"),
    N_("Gaussian bumps"), N_("1D: sine"), N_("1D: step"), N_("1D: abs"), N_("1D: cubic"),
    N_("8-3-8 identity"),  # DATASETS
    N_("SGD (plain gradient descent)"), N_("Momentum"),  # OPTIMIZERS (Adagrad, RMSProp, Adam: names)
    N_("Sigmoid + binary cross-entropy"), N_("Softmax + cross-entropy"),
    N_("Multiclass hinge (SVM, raw scores)"),
    N_("Tanh + squared error, ±1 targets (TensorFlow Playground)"),
    N_("Sigmoid + squared error ½(y−t)² (logistic least squares)"), N_("Linear + squared error ½(y−t)²"),
    N_("Linear + summed squared error Σ(y−t)² (the lecture's NumPy net)"),  # OUTPUT_LOSSES
    N_("None"), N_("L1  (sum |w|)"), N_("L2  (sum w²)"),
    N_("Elastic net  (sum β·w² + |w|)"),  # REGULARIZERS
    N_("Scaled by fan-in (He for ReLU, LeCun otherwise)"),
    N_("Uniform ±0.5, biases 0.1 (TensorFlow Playground)"),
    N_("Standard normal (the lecture's NumPy program)"),  # INITS
)
DATASETS_2D = tuple(name for name, spec in DATASETS.items() if spec.input_dim == 2)
LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
REGULARIZATION_RATES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
NOISE_LEVELS = tuple(round(0.05 * k, 2) for k in range(11))  # 0 .. 50 %
TRAIN_RATIOS = tuple(round(0.1 * k, 1) for k in range(1, 10))  # 10 .. 90 %
POINT_COUNTS = (50, 100, 200, 300, 500, 750, 1000, 1500, 2000)
CLASS_COUNTS = (3, 4, 5)
MAX_LAYERS, MAX_NEURONS = 6, 8
STEPS_PER_TICK = (1, 2, 5, 10, 25, 50, 100, 250, 500)
MAX_POINTS = 5000  # generated (POINT_COUNTS) or uploaded (nncore.tabular.MAX_ROWS)
MODEL_LIMITS = ModelLimits(max_hidden_layers=MAX_LAYERS, max_neurons=MAX_NEURONS, max_points=MAX_POINTS)
HIDEABLE = ("problem", "dataset", "noise", "train_ratio", "n_points", "n_classes", "data_seed",
            "seed", "batch_size", "features", "hidden_layers", "activation", "output", "init",
            "learning_rate", "optimizer", "regularization", "own_data", "save_load")


def percent(value):
    return f"{value:.0%}"


def kind(settings):
    return DATASETS[settings["dataset"]].kind


def n_classes(settings):
    return 2 if kind(settings) == "binary" else settings["n_classes"]


def datasets_for(problem):
    return [name for name in DATASETS_2D if DATASETS[name].kind == problem]


def outputs_for(problem):
    return [name for name, output in OUTPUT_LOSSES.items() if problem in output.kinds]


def hyperparameter(name):
    low, high = RANGES[name]
    return Number(name, name, getattr(DEFAULTS, name), low=low, high=high, format="%g",
                  step=1e-9 if name == "epsilon" else 0.01, widget="number")


CONTROLS = Controls(
    Choice("dataset", N_("Dataset"), DEFAULTS.dataset, options=DATASETS_2D,
           labels={name: DATASETS[name].label for name in DATASETS_2D}, widget="selectbox"),
    Choice("n_classes", N_("Classes"), DEFAULTS.n_classes, options=CLASS_COUNTS, widget="select_slider"),
    Choice("noise", N_("Noise"), DEFAULTS.noise, options=NOISE_LEVELS, labels=percent,
           widget="select_slider"),
    Choice("n_points", N_("Points"), DEFAULTS.n_points, options=POINT_COUNTS, widget="select_slider"),
    Choice("train_ratio", N_("Training data"), DEFAULTS.train_ratio, options=TRAIN_RATIOS,
           labels=percent, widget="select_slider",
           help=N_("Share of the points used for training; the rest is test data.")),
    Number("data_seed", N_("Data seed"), DEFAULTS.data_seed, low=0, high=RANGES["data_seed"][1],
           whole=True,
           widget="number"),
    Number("seed", N_("Weight seed"), DEFAULTS.seed, low=0, high=RANGES["seed"][1], whole=True,
           widget="number", help=N_("Initial weights and the order of the minibatches")),
    Choices("features", N_("Input features"), list(DEFAULTS.features), options=tuple(FEATURES),
            labels={name: label for name, (label, _) in FEATURES.items()}, widget="checkboxes"),
    Layers("hidden_layers", N_("Hidden layers"), DEFAULTS.hidden_layers, max_layers=MAX_LAYERS,
           max_width=MAX_NEURONS, widget="layers"),
    Choice("activation", N_("Hidden activation"), DEFAULTS.activation, options=tuple(ACTIVATIONS),
           labels={name: a.label for name, a in ACTIVATIONS.items()}, widget="selectbox"),
    Choice("output", N_("Output and loss"), lambda s: DEFAULT_OUTPUT[kind(s)],
           options=lambda s: outputs_for(kind(s)),
           labels={name: o.label for name, o in OUTPUT_LOSSES.items()}, widget="selectbox"),
    Choice("init", N_("Weight initialisation"), DEFAULTS.init, options=tuple(INITS), labels=INITS,
           widget="selectbox"),
    Flag("use_bias", N_("Biases"), DEFAULTS.use_bias),
    Choice("learning_rate", N_("Learning rate η"), DEFAULTS.learning_rate, options=LEARNING_RATES,
           labels=lambda rate: f"{rate:g}", widget="select_slider"),
    Choice("optimizer", N_("Optimizer"), DEFAULTS.optimizer, options=tuple(OPTIMIZERS),
           labels={name: o.label for name, o in OPTIMIZERS.items()}, widget="selectbox"),
    *(hyperparameter(name) for name in ("momentum", "rho", "beta1", "beta2", "epsilon")),
    Number("batch_size", N_("Batch size"), DEFAULTS.batch_size, low=1, high=RANGES["batch_size"][1],
           whole=True, widget="slider"),
    Choice("regularization", N_("Regularization"), DEFAULTS.regularization, options=tuple(REGULARIZERS),
           labels={name: r.label for name, r in REGULARIZERS.items()}, widget="selectbox"),
    Choice("regularization_rate", N_("Regularization rate λ"), DEFAULTS.regularization_rate,
           options=REGULARIZATION_RATES, labels=lambda rate: f"{rate:g}", widget="select_slider"),
    Number("elastic_beta", N_("Elastic-net β"), DEFAULTS.elastic_beta, low=RANGES["elastic_beta"][0],
           high=RANGES["elastic_beta"][1], widget="number"),
    Choice("steps_per_tick", N_("Steps per tick"), 25, options=STEPS_PER_TICK, widget="select_slider",
           help=N_("Minibatch updates per tick (a tick every 0.1 s)")),
    Flag("show_test", N_("Test points"), False, widget="checkbox",
         help=N_("Test points are hollow, training points solid; each class has its own shape and "
                 "colour.")),
    Flag("discretize", N_("Discretize"), False, widget="checkbox"),
    Flag("log_scale", N_("Log loss"), False, widget="checkbox"),
    Choices("hide", N_("Hide in the link"), [], options=HIDEABLE, at_least=0),
    # Drawn data (webui/drawing.py), "x1,x2,label;..." or "none"; the labels are checked against the
    # problem when the page or an export reads them (drawn_data).
    Text("points", N_("Drawn points"), "", max_length=MAX_TEXT,
         read=lambda text: points_from_text(text, "regression", 0),
         help=f"At most {LINK_POINTS} points x1,x2,label separated by ';', or none"),
)
EXPORT = Controls(Number("epochs", N_("epochs to train before drawing"), 50, low=0, high=10_000,
                         whole=True))
CONFIG_FIELDS = tuple(f.name for f in fields(Config))
CHARTS = ("output", "network", "loss", "accuracy", "gradients", "confusion")
FIGURE_NAMES = {"plane": "output"}  # playground_figures' names -> the page's chart names
SIDE_FIGURES = ("network", "loss", "accuracy")  # rebuilt in turn while playing, one a tick
BELOW_FOLD, BELOW_FOLD_EVERY = ("gradients", "confusion"), 5  # below the screen: every 5th tick's turn


def config(settings):
    """The Config the settings describe; ValueError (naming the field) if they do not make one."""
    values = {name: settings[name] for name in CONFIG_FIELDS}
    return Config(**{**values, "features": tuple(values["features"])})


def settings_of(config):
    """The Config's settings, as the table holds them."""
    return {name: list(value) if name == "features" else value
            for name, value in config.to_dict().items()}


def neurons(trainer):
    """(layer, index) of every neuron of the trainer's network, the input features (layer 0) first."""
    widths = [len(trainer.feature_names)] + [W.shape[1] for W in trainer.weights]
    return [(layer, index) for layer, width in enumerate(widths) for index in range(width)]


def view(settings, neuron=None, plane_height=460, curve_height=260, runs=()):
    """What the pictures show; the page passes the sizes of its one-screen layout and its kept runs."""
    return ViewOptions(show_test=settings["show_test"], discretize=settings["discretize"],
                       neuron=neuron, log_scale=settings["log_scale"], plane_height=plane_height,
                       curve_height=curve_height, runs=runs)


def drawn_data(settings):
    """The drawn Dataset of the `points` setting (None: the generated data); ParameterError if its
    points do not fit the problem."""
    if not settings["points"]:
        return None
    try:
        return points_from_text(settings["points"], kind(settings), n_classes(settings))
    except ValueError as error:
        raise ParameterError("points", str(error)) from None


def export(settings):
    data = drawn_data(settings)
    if data is not None and not len(data.X_train):
        raise ParameterError("points", "none: an export needs at least one point to train on")
    return Trainer(config(settings), data).train_to_epoch(settings["epochs"])


def figures(settings, trainer, names=CHARTS, neuron=None):
    built = playground_figures(trainer, view(settings, neuron))
    return {FIGURE_NAMES.get(name, name): figure for name, figure in built.items()
            if FIGURE_NAMES.get(name, name) in names}


def live_figures(kept, trainer, view_options, playing, crowded=False):
    """(this tick's figures {name: go.Figure}, what to keep for the next tick). While playing, each
    tick repaints the large view's picture (figures/plane.repaint: the same figure, its picture new;
    a new figure when its colour range moved) and rebuilds one of SIDE_FIGURES in turn,
    keeping the others; every BELOW_FOLD_EVERY-th tick that turn goes to one of BELOW_FOLD, the
    charts below the screen's fold. Measured in headless Chromium, the browser's redrawing, not the
    server, limits the frame rate, and a tick that redrew every chart took long enough to drop the
    next update. `kept` is what the last tick returned (None at first). `crowded`: other sessions
    wait for their tick (webui/live.py), and every other tick repaints the large view alone, which
    costs about a fifth of a tick that rebuilds a chart."""
    ticks, kept_for, drawn = kept or (0, None, None)
    ticks += 1
    # the same trainer, data and palette (the very objects), view options and language
    now_for = (trainer, trainer.dataset, palette(), view_options, language())
    same = kept_for is not None and all(a is b for a, b in zip(kept_for[:3], now_for)) and \
        kept_for[3:] == now_for[3:]
    if playing and same:
        side = (BELOW_FOLD[ticks // BELOW_FOLD_EVERY % len(BELOW_FOLD)] if ticks % BELOW_FOLD_EVERY == 0
                else SIDE_FIGURES[ticks % len(SIDE_FIGURES)])
        plane = drawn["plane"]
        repainted = repaint(plane, trainer, view_options.resolution, view_options.discretize,
                            view_options.neuron)
        turn = (() if crowded and ticks % 2 else (side,)) + (() if repainted else ("plane",))
        drawn = {**drawn, **playground_figures(trainer, view_options, live=True, names=turn,
                                               points=plane.data[1:])}
    else:
        drawn = playground_figures(trainer, view_options, live=playing)
    return drawn, (ticks, now_for, drawn)


def off_scale(config):
    """The Config's fields that are not on the page's scales (a model the page cannot show)."""
    settings = settings_of(config)
    problems = []
    for control in CONTROLS:
        if control.name in settings:
            try:
                control.check(settings[control.name], settings)
            except ParameterError:
                problems.append(control.name)
    return problems


def read_model(text):
    """A Trainer from a model file's text, if this page can show it; ValueError says why not."""
    trainer = trainer_from_json(text, MODEL_LIMITS)
    refused = off_scale(trainer.config)
    if refused or trainer.dataset.input_dim != 2:
        raise ValueError(f"this page cannot show its {', '.join(refused) or 'data (not 2D)'}")
    return trainer


def read_csv(text, name, settings):
    """Own data from a CSV's text for the settings' problem, split and seeded as they say."""
    return dataset_from_csv(text, kind(settings), settings["train_ratio"], settings["data_seed"],
                            name=f"CSV {name}", max_classes=max(CLASS_COUNTS))
