"""Save a Trainer as JSON (config, weights, biases, step and epoch counters) and load it back.

Generated data are rebuilt from the config (same seed, same points); data that did not come from the
config (an uploaded CSV) are stored with the model. The optimizer's running state and the history
are not saved: a loaded model continues from its weights with a fresh optimizer.
Anything wrong with a file raises ValueError naming the entry at fault and what is allowed. The
file's length and nesting are checked before it is parsed, and the network's and the data's sizes
(ModelLimits) on the file's own numbers before any array is built.
"""
import json
import re
from dataclasses import dataclass

import numpy as np

from .config import RANGES, Config
from .datasets import DATASETS, Dataset
from .quoting import quoted
from .tabular import MAX_MAGNITUDE
from .trainer import Trainer

FORMAT = "nnlab-model"
VERSION = 1
DATA_FIELDS = ("X_train", "y_train", "X_test", "y_test")
MAX_NESTING = 8  # a model file nests 4 deep; json's parser recurses once per level
MAX_NAME_LENGTH = 300  # "CSV " and a file name
# Digits of a whole number read as an int; a longer one is read as a float (inf beyond 1e308), as
# int() refuses 4300 digits and NumPy cannot convert an int beyond 1e308.
LONGEST_INTEGER = 20
# Strings (a bracket inside one does not nest), runs of anything but brackets, a stray quote.
_NOT_NESTING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[^\[\]{}"]+|"', re.DOTALL)


@dataclass(frozen=True)
class ModelLimits:
    """The largest model a file may describe. The defaults suit a shared server; a page passes its
    own, e.g. the Playground ModelLimits(max_hidden_layers=6, max_neurons=8)."""
    max_hidden_layers: int = 8
    max_neurons: int = 64  # in each hidden layer
    max_points: int = 5000  # data points, generated or stored (training and test together)
    max_characters: int = 2_000_000  # the file; a model at the default limits has under 1 M

    def check_network(self, config):
        layers = config.hidden_layers
        if len(layers) > self.max_hidden_layers or any(w > self.max_neurons for w in layers):
            raise ValueError(f"hidden_layers: {quoted(list(layers))} not allowed; at most "
                             f"{self.max_hidden_layers} layers of 1 to {self.max_neurons} neurons")

    def check_points(self, what, n_points):
        if n_points > self.max_points:
            raise ValueError(f"{what}: {n_points} points not allowed; at most {self.max_points}")


DEFAULT_LIMITS = ModelLimits()


def _has_own_data(trainer):
    return trainer.dataset.name != trainer.config.dataset


def trainer_to_json(trainer):
    """The trainer's config, parameters and counters as a JSON string."""
    document = {
        "format": FORMAT, "version": VERSION,
        "config": trainer.config.to_dict(),
        "weights": [W.tolist() for W in trainer.weights],
        "biases": [None if b is None else b.tolist() for b in trainer.biases],
        "steps": trainer.steps, "epoch": trainer.epoch,
    }
    if _has_own_data(trainer):
        data = trainer.dataset
        document["data"] = {"kind": data.kind, "n_classes": data.n_classes, "name": data.name,
                            **{key: getattr(data, key).tolist() for key in DATA_FIELDS}}
    return json.dumps(document)


def _nesting_depth(text):
    """How deep arrays and objects nest in JSON `text`, measured without recursion."""
    brackets = np.frombuffer(_NOT_NESTING.sub("", text).encode(), np.uint8)
    steps = np.where(np.isin(brackets, list(b"[{")), np.int32(1), np.int32(-1))
    return int(steps.cumsum(dtype=np.int32).max(initial=0))


def _whole_number(digits):
    return int(digits) if len(digits) <= LONGEST_INTEGER else float(digits)


def _parsed(text, limits):
    """The JSON document in `text` (str, or UTF-8 bytes), refused if too long or nested too deep."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError("not a JSON file (not UTF-8 text)") from None
    if not isinstance(text, str):
        raise ValueError(f"not a JSON file (got {type(text).__name__}, not text)")
    text = text.removeprefix("\ufeff")  # the byte-order mark some editors write
    if len(text) > limits.max_characters:
        raise ValueError(f"the file has {len(text):,} characters; a model file may have at most "
                         f"{limits.max_characters:,}")
    depth = _nesting_depth(text)
    if depth > MAX_NESTING:
        raise ValueError(f"the file nests lists and objects {depth} deep; a model file nests at "
                         f"most {MAX_NESTING} deep")
    try:
        return json.loads(text, parse_int=_whole_number)
    except ValueError as error:  # json.JSONDecodeError is one
        raise ValueError(f"not a JSON file ({error})") from None


def _described(shape):
    return f"{shape[0]} numbers" if len(shape) == 1 else f"{shape[0]} rows of {shape[1]} numbers"


def _array(values, what, shape, why):
    """Nested lists `values` as a float array of `shape` ((n,) or (n, m)); refused unless they are
    lists of exactly that shape holding numbers (not bools or strings), all finite."""
    rows = [values] if len(shape) == 1 else values
    if not (isinstance(values, list) and len(values) == shape[0]
            and all(isinstance(row, list) and len(row) == shape[-1] for row in rows)):
        raise ValueError(f"{what}: shape does not fit; {_described(shape)} needed ({why})")
    if not all(type(value) in (int, float) for row in rows for value in row):
        raise ValueError(f"{what}: not an array of numbers")
    array = np.array(values, dtype=float).reshape(shape)  # [] reads as (0,): give it its (0, m)
    if not np.isfinite(array).all():
        raise ValueError(f"{what}: contains NaN or infinite values")
    return array


def _length(values, what):
    if not isinstance(values, list):
        raise ValueError(f"{what}: {quoted(values)} is not a list")
    return len(values)


def _bounded(array, what):
    if np.abs(array).max(initial=0.0) > MAX_MAGNITUDE:
        raise ValueError(f"{what}: numbers must lie from {-MAX_MAGNITUDE:g} to {MAX_MAGNITUDE:g}")
    return array


def _targets(array, what, kind, n_classes):
    """Regression targets within ±MAX_MAGNITUDE, or class labels 0 .. n_classes - 1 as ints."""
    if kind == "regression":
        return _bounded(array, what)
    if not (np.all(array == np.round(array)) and np.all((array >= 0) & (array < n_classes))):
        raise ValueError(f"{what}: class labels must be whole numbers from 0 to {n_classes - 1}")
    return array.astype(int)


def _n_classes(value, kind):
    low, high = {"regression": (0, 0), "binary": (2, 2)}.get(kind, RANGES["n_classes"])
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"data n_classes: {quoted(value)} not allowed for a {kind} problem; "
                         f"must be a whole number from {low} to {high}")
    return value


def _name(value):
    if not isinstance(value, str) or len(value) > MAX_NAME_LENGTH:
        raise ValueError(f"data name: {quoted(value)} not allowed; must be a text of at most "
                         f"{MAX_NAME_LENGTH} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, which no page can show
        raise ValueError(f"data name: {quoted(value)} is not valid Unicode text") from None
    return value


def _dataset(data, config, limits):
    """The stored data of a model file, checked against its config and the limits."""
    if not isinstance(data, dict):
        raise ValueError("data: not a set of entries")
    missing = [key for key in ("kind", "n_classes", "name", *DATA_FIELDS) if key not in data]
    if missing:
        raise ValueError(f"data: no {', '.join(missing)} entry")
    kind, dataset = config.kind, config.dataset
    if data["kind"] != kind:
        raise ValueError(f"data kind: {quoted(data['kind'])} does not fit the config's dataset "
                         f"{dataset!r}; allowed: {kind!r}")
    n_classes = _n_classes(data["n_classes"], kind)
    width = DATASETS[dataset].input_dim
    lengths = {part: _length(data[f"X_{part}"], f"data X_{part}") for part in ("train", "test")}
    if lengths["train"] == 0:
        raise ValueError("data X_train: no training points; at least 1 is needed")
    limits.check_points("data", sum(lengths.values()))
    arrays = {}
    for part, n in lengths.items():
        X, y = f"X_{part}", f"y_{part}"
        arrays[X] = _bounded(_array(data[X], f"data {X}", (n, width),
                                    f"dataset {dataset!r} has {width} inputs"), f"data {X}")
        arrays[y] = _targets(_array(data[y], f"data {y}", (n,), f"one per point of {X}"),
                             f"data {y}", kind, n_classes)
    return Dataset(**arrays, kind=kind, n_classes=n_classes, name=_name(data["name"]))


def _parameters(document, trainer):
    """The file's weights and biases, shaped like those of `trainer` (built from its config)."""
    weights, biases = document["weights"], document["biases"]
    n_layers = len(trainer.weights)
    if not (isinstance(weights, list) and isinstance(biases, list)
            and len(weights) == len(biases) == n_layers):
        raise ValueError(f"the file's layers do not match its config, which needs {n_layers} "
                         f"weight matrices and bias vectors")
    for l, (b, old) in enumerate(zip(biases, trainer.biases), start=1):
        if (b is None) != (old is None):
            raise ValueError(f"biases of layer {l}: present in one of file and config only "
                             f"(use_bias is {trainer.config.use_bias})")
    why = "for the network of its config"
    return ([_array(W, f"weights of layer {l}", old.shape, why)
             for l, (W, old) in enumerate(zip(weights, trainer.weights), start=1)],
            [None if b is None else _array(b, f"biases of layer {l}", old.shape, why)
             for l, (b, old) in enumerate(zip(biases, trainer.biases), start=1)])


def _counter(document, key):
    value = document[key]
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{key}: {quoted(value)} is not a whole number >= 0")
    return value


def trainer_from_json(text, limits=DEFAULT_LIMITS):
    """A Trainer rebuilt from `trainer_to_json` output; ValueError says what is wrong with `text`,
    including a network or data larger than `limits` allow (checked before anything is built)."""
    document = _parsed(text, limits)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f"not an nnlab model file (no \"format\": \"{FORMAT}\" entry)")
    version = document.get("version")
    if type(version) is not int or version != VERSION:
        raise ValueError(f"model file version {quoted(version)}; this nnlab reads version "
                         f"{VERSION}")
    for key in ("config", "weights", "biases", "steps", "epoch"):
        if key not in document:
            raise ValueError(f"the model file has no {key!r} entry")
    config = Config.from_dict(document["config"])  # its ValueError names the bad field
    limits.check_network(config)
    if "data" in document:
        dataset = _dataset(document["data"], config, limits)
    else:
        limits.check_points("n_points", config.n_points)
        dataset = None
    trainer = Trainer(config, dataset)  # within the limits now: small
    trainer.weights, trainer.biases = _parameters(document, trainer)
    trainer.steps, trainer.epoch = _counter(document, "steps"), _counter(document, "epoch")
    return trainer
