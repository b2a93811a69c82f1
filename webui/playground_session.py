"""The Playground page's state in st.session_state: which values its controls offer, the Config
they describe, the Trainer built from it, and one training tick.

Plain functions of a session-state mapping (a dict in tests), so AppTest and scripts can drive
training without the browser's timer. Keys start with "pg_".
"""
from figures.playground import playground_figures
from nncore import DATASETS, DEFAULT_OUTPUT, FEATURES, OUTPUT_LOSSES, Config, Trainer, make_dataset
from nncore.persistence import trainer_from_json
from nncore.tabular import dataset_from_csv

from .urlstate import allowed, config_from_params

DEFAULTS = Config()
PROBLEMS = {"binary": "Binary classification", "multiclass": "Multi-class classification",
            "regression": "Regression"}
# The values the controls offer (TensorFlow Playground's scales where it has one).
LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
REGULARIZATION_RATES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
NOISE_LEVELS = tuple(round(0.05 * k, 2) for k in range(11))  # 0 .. 50 %
TRAIN_RATIOS = tuple(round(0.1 * k, 1) for k in range(1, 10))  # 10 .. 90 %
POINT_COUNTS = (50, 100, 200, 300, 500, 750, 1000, 1500, 2000)
CLASS_COUNTS = (3, 4, 5)
MAX_LAYERS, MAX_NEURONS = 6, 8
STEPS_PER_TICK = (1, 2, 5, 10, 25, 50, 100, 250, 500)
TICK_SECONDS = 0.1
URL_RULES = {
    "dataset": [name for name, spec in DATASETS.items() if spec.input_dim == 2],
    "noise": NOISE_LEVELS, "train_ratio": TRAIN_RATIOS, "n_points": POINT_COUNTS,
    "n_classes": CLASS_COUNTS, "learning_rate": LEARNING_RATES,
    "regularization_rate": REGULARIZATION_RATES,
    "hidden_layers": lambda layers: len(layers) <= MAX_LAYERS and all(
        1 <= width <= MAX_NEURONS for width in layers),
}
HIDEABLE = ("problem", "dataset", "noise", "train_ratio", "n_points", "n_classes", "data_seed",
            "seed", "batch_size", "features", "hidden_layers", "activation", "output", "init",
            "learning_rate", "optimizer", "regularization", "own_data", "save_load")

TRAINER, BUILT_WITH, PLAYING, OWN_DATA = "pg_trainer", "pg_built_with", "pg_playing", "pg_own_data"
FIGURES = "pg_figures"  # (tick count, (trainer, view) they show, {name: go.Figure})
SIDE_FIGURES = ("network", "loss", "accuracy")  # rebuilt in turn while playing, one a tick
NOTES, HIDDEN, MESSAGE = "pg_url_notes", "pg_hidden", "pg_message"
CSV_FILE, MODEL_FILE = "pg_csv_file", "pg_model_file"
SCALAR_FIELDS = ("dataset", "noise", "train_ratio", "n_points", "n_classes", "data_seed", "seed",
                 "activation", "output", "init", "use_bias", "learning_rate", "optimizer",
                 "momentum", "rho", "beta1", "beta2", "epsilon", "batch_size", "regularization",
                 "regularization_rate", "elastic_beta")
VIEW_KEYS = {"pg_steps_per_tick": 25, "pg_show_test": False, "pg_discretize": False,
             "pg_log_scale": False, "pg_view_neuron": ()}


def key(field):
    return f"pg_{field}"


def feature_key(name):
    return f"pg_feature_{name}"


def layer_key(index):
    return f"pg_layer_{index}"


# Keys of every value widget: re-assigned each run so a control that is not drawn (a hidden one,
# an optimizer's parameter) keeps its value instead of being dropped by Streamlit.
WIDGET_KEYS = ([key(field) for field in SCALAR_FIELDS] + [key("problem"), key("n_layers")]
               + [feature_key(name) for name in FEATURES]
               + [layer_key(i) for i in range(MAX_LAYERS)] + list(VIEW_KEYS))


def datasets_for(kind):
    return [name for name in URL_RULES["dataset"] if DATASETS[name].kind == kind]


def outputs_for(kind):
    return [name for name, output in OUTPUT_LOSSES.items() if kind in output.kinds]


def set_controls(state, config):
    """Put every control of the page at `config`'s value."""
    for field in SCALAR_FIELDS:
        state[key(field)] = getattr(config, field)
    state[key("problem")] = config.kind
    for name in FEATURES:
        state[feature_key(name)] = name in config.features
    state[key("n_layers")] = len(config.hidden_layers)
    for i in range(MAX_LAYERS):
        state[layer_key(i)] = config.hidden_layers[i] if i < len(config.hidden_layers) else 4


def config_from_controls(state):
    """The Config the controls describe; ValueError (naming the field) if they do not make one."""
    values = {field: state[key(field)] for field in SCALAR_FIELDS}
    values["features"] = tuple(name for name in FEATURES if state[feature_key(name)])
    values["hidden_layers"] = tuple(state[layer_key(i)] for i in range(state[key("n_layers")]))
    return Config(**values)


def start(state, query_params, foreign=()):
    """On a session's first run: the controls from the link (or the defaults), notes on bad link
    parameters (`foreign` ones belong to the app), the controls the link hides; then keep every
    control's value across runs."""
    if TRAINER not in state:
        config, notes, hidden = config_from_params(query_params, DEFAULTS, URL_RULES, HIDEABLE,
                                                   foreign)
        set_controls(state, config)
        state.update({NOTES: notes, HIDDEN: hidden, PLAYING: False, OWN_DATA: None,
                      MESSAGE: None, TRAINER: None, **VIEW_KEYS})
    for widget in WIDGET_KEYS:
        state[widget] = state[widget]


def sync_trainer(state, config):
    """The session's Trainer for `config`: rebuilt when data or network change, new data on the
    same network when only the data seed changed (Regenerate), otherwise updated in place."""
    trainer, own_data = state[TRAINER], state[OWN_DATA]
    changed = [] if trainer is None else trainer.config.rebuild_changes(config)
    if trainer is None or state.get(BUILT_WITH) is not own_data or set(changed) - {"data_seed"}:
        trainer = state[TRAINER] = Trainer(config, own_data)
        state[BUILT_WITH] = own_data
    elif changed:
        if own_data is None:
            trainer.set_dataset(make_dataset(config.dataset, config.n_points, config.noise,
                                             config.train_ratio, config.data_seed,
                                             config.n_classes))
        trainer.config = trainer.config.replace(data_seed=config.data_seed)
        trainer.set_training_options(config)
    elif trainer.config != config:
        trainer.set_training_options(config)
    return trainer


def live_figures(state, trainer, view):
    """This run's figures. While playing, each tick rebuilds the large view, with its heatmap as a
    picture, and one of SIDE_FIGURES in turn, keeping the others: measured in headless Chromium,
    the browser's redrawing, not the server, limits the frame rate, and a tick that redrew every
    chart took long enough to drop the next update."""
    ticks, kept_for, figures = state.get(FIGURES, (0, None, None))
    ticks += 1
    playing = state[PLAYING]
    if playing and kept_for == (trainer, view):
        turn = ("plane", SIDE_FIGURES[ticks % len(SIDE_FIGURES)])
        figures = {**figures, **playground_figures(trainer, view, live=True, names=turn)}
    else:
        figures = playground_figures(trainer, view, live=playing)
    state[FIGURES] = (ticks, (trainer, view), figures)
    return figures


def tick(state):
    """One tick of live training: `pg_steps_per_tick` updates while playing. Returns True when
    training has just stopped on a divergence (the page then pauses)."""
    trainer = state[TRAINER]
    if not state[PLAYING] or trainer.diverged:
        return False
    trainer.step(state["pg_steps_per_tick"])
    if trainer.diverged:
        state[PLAYING] = False
        return True
    return False


# --- button and upload callbacks (idempotent: Streamlit may deliver a click twice) -------------
def set_playing(state, playing):
    state[PLAYING] = playing and not state[TRAINER].diverged


def step_epoch(state):
    if not state[TRAINER].diverged:
        state[TRAINER].train_epoch()


def reset(state):
    state[TRAINER] = None
    state[PLAYING] = False


def regenerate(state):
    state[key("data_seed")] = (state[key("data_seed")] + 1) % 2**32


def change_problem(state):
    """A new problem kind: its first dataset and default output; own data no longer fit."""
    kind = state[key("problem")]
    state[key("dataset")] = datasets_for(kind)[0]
    state[key("output")] = DEFAULT_OUTPUT[kind]
    state[OWN_DATA] = None


def _read_upload(state, file_key, read):
    """read(text) of the file in the uploader `file_key`; None when there is none or `read` refused
    it (ValueError), which the page's message then says."""
    uploaded = state[file_key]
    if uploaded is None:
        return None
    try:
        return read(uploaded.getvalue().decode("utf-8", "replace"), uploaded.name)
    except ValueError as error:
        state[MESSAGE] = f"{uploaded.name} was refused: {error}"
        return None


def load_csv(state):
    """Use an uploaded CSV as the data (same problem kind); a refusal leaves everything as it was."""
    dataset = _read_upload(state, CSV_FILE, lambda text, name: dataset_from_csv(
        text, state[key("problem")], state[key("train_ratio")], state[key("data_seed")],
        name=f"CSV {name}", max_classes=max(CLASS_COUNTS)))
    if dataset is not None:
        state.update({OWN_DATA: dataset, MESSAGE: None})


def drop_csv(state):
    state[OWN_DATA] = None


def load_model(state):
    """Replace the session's model by an uploaded one; a refusal leaves everything as it was."""
    trainer = _read_upload(state, MODEL_FILE, lambda text, name: _showable(trainer_from_json(text)))
    if trainer is None:
        return
    own_data = trainer.dataset if trainer.dataset.name != trainer.config.dataset else None
    set_controls(state, trainer.config)
    state.update({TRAINER: trainer, OWN_DATA: own_data, BUILT_WITH: own_data, PLAYING: False,
                  MESSAGE: None})


def _showable(trainer):
    """`trainer` if this page can show it: its settings on the page's scales and 2D data."""
    off_scale = [field for field, rule in URL_RULES.items()
                 if not allowed(getattr(trainer.config, field), rule)]
    if off_scale or trainer.dataset.input_dim != 2:
        raise ValueError(f"this page cannot show its {', '.join(off_scale) or 'data (not 2D)'}")
    return trainer
