"""Save a Trainer as JSON (config, weights, biases, step and epoch counters) and load it back.

Generated data are rebuilt from the config (same seed, same points); data that did not come from the
config (an uploaded CSV) are stored with the model. The optimizer's running state and the history
are not saved: a loaded model continues from its weights with a fresh optimizer.
Anything wrong with a file raises ValueError with the reason.
"""
import json

import numpy as np

from .config import Config
from .datasets import Dataset
from .trainer import Trainer

FORMAT = "nnlab-model"
VERSION = 1
DATA_FIELDS = ("X_train", "y_train", "X_test", "y_test")


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


def _array(values, what, shape=None):
    try:
        array = np.array(values, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{what}: not an array of numbers") from None
    if shape is not None and array.shape != shape:
        raise ValueError(f"{what}: shape {array.shape} does not match the network's {shape}")
    if not np.isfinite(array).all():
        raise ValueError(f"{what}: contains NaN or infinite values")
    return array


def _dataset(data):
    try:
        arrays = {key: _array(data[key], f"data {key}") for key in DATA_FIELDS}
        kind, n_classes, name = data["kind"], int(data["n_classes"]), str(data["name"])
    except (KeyError, TypeError) as missing:
        raise ValueError(f"data: missing or malformed entry {missing}") from None
    if kind != "regression":
        for key in ("y_train", "y_test"):
            arrays[key] = arrays[key].astype(int)
    return Dataset(**arrays, kind=kind, n_classes=n_classes, name=name)


def trainer_from_json(text):
    """A Trainer rebuilt from `trainer_to_json` output; ValueError says what is wrong with `text`."""
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"not a JSON file ({error})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError(f"not an nnlab model file (no \"format\": \"{FORMAT}\" entry)")
    if document.get("version") != VERSION:
        raise ValueError(f"model file version {document.get('version')!r}; this nnlab reads "
                         f"version {VERSION}")
    for key in ("config", "weights", "biases", "steps", "epoch"):
        if key not in document:
            raise ValueError(f"the model file has no {key!r} entry")
    if not isinstance(document["config"], dict):
        raise ValueError("config: not a set of fields")
    config = Config.from_dict(document["config"])  # its ValueError names the bad field
    dataset = _dataset(document["data"]) if "data" in document else None
    trainer = Trainer(config, dataset)
    weights, biases = document["weights"], document["biases"]
    if not isinstance(weights, list) or not isinstance(biases, list) or (
            len(weights) != len(trainer.weights) or len(biases) != len(trainer.biases)):
        raise ValueError(f"the file's layers do not match its config, which needs "
                         f"{len(trainer.weights)} weight matrices and bias vectors")
    trainer.weights = [_array(W, f"weights of layer {l + 1}", old.shape)
                       for l, (W, old) in enumerate(zip(weights, trainer.weights))]
    for l, (b, old) in enumerate(zip(biases, trainer.biases)):
        if (b is None) != (old is None):
            raise ValueError(f"biases of layer {l + 1}: present in one of file and config only")
    trainer.biases = [None if b is None else _array(b, f"biases of layer {l + 1}", old.shape)
                      for l, (b, old) in enumerate(zip(biases, trainer.biases))]
    for key in ("steps", "epoch"):
        value = document[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"{key}: {value!r} is not a whole number >= 0")
    trainer.steps, trainer.epoch = document["steps"], document["epoch"]
    return trainer
