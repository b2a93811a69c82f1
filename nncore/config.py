"""The one validated configuration a Trainer is built from (data, network, training).

Every bad value raises ValueError naming the field and what is allowed, so a page or a URL parser
can show it as it is.
"""
from dataclasses import asdict, dataclass, fields, replace

from .activations import ACTIVATIONS
from .datasets import DATASETS
from .features import FEATURES
from .losses import OUTPUT_LOSSES
from .mlp import INITS
from .optimizers import OPTIMIZERS
from .quoting import quoted
from .regularizers import REGULARIZERS

# Changing one of these rebuilds data and network; anything else is applied to a running trainer.
REBUILD_FIELDS = ("dataset", "n_points", "noise", "train_ratio", "n_classes", "data_seed", "seed",
                  "features", "hidden_layers", "activation", "output", "init", "use_bias")
OPTIMIZER_HYPERPARAMETERS = ("momentum", "rho", "beta1", "beta2", "epsilon")
# train_ratio from 1 %: a split always keeps one training point, and the overfitting page trains
# on 5 of 185 points (2.7 %).
RANGES = {  # field -> (low, high), both inclusive
    "n_points": (4, 5000), "noise": (0.0, 1.0), "train_ratio": (0.01, 1.0), "n_classes": (2, 8),
    "data_seed": (0, 2**32 - 1), "seed": (0, 2**32 - 1), "batch_size": (1, 5000),
    "learning_rate": (1e-7, 100.0), "regularization_rate": (0.0, 100.0), "elastic_beta": (0.0, 100.0),
    "momentum": (0.0, 0.999999), "rho": (0.0, 0.999999), "beta1": (0.0, 0.999999),
    "beta2": (0.0, 0.999999), "epsilon": (1e-12, 1.0),
}
CHOICES = {"dataset": DATASETS, "activation": ACTIVATIONS, "output": OUTPUT_LOSSES, "init": INITS,
           "optimizer": OPTIMIZERS, "regularization": REGULARIZERS}


@dataclass(frozen=True)
class Config:
    dataset: str = "circle"
    n_points: int = 500
    noise: float = 0.0
    train_ratio: float = 0.5
    n_classes: int = 3  # used by the K-class datasets
    data_seed: int = 0
    features: tuple = ("x1", "x2")  # used by 2D datasets; 1D and 8-3-8 data use their raw inputs
    hidden_layers: tuple = (4, 2)
    activation: str = "tanh"
    output: str = "sigmoid_bce"
    init: str = "fan_in"
    use_bias: bool = True
    seed: int = 0  # initial weights and minibatch order
    learning_rate: float = 0.03
    optimizer: str = "sgd"
    momentum: float = 0.9
    rho: float = 0.9
    beta1: float = 0.9
    beta2: float = 0.999
    epsilon: float = 1e-8
    batch_size: int = 10
    regularization: str = "none"
    regularization_rate: float = 0.0
    elastic_beta: float = 0.5

    def __post_init__(self):
        for name, table in CHOICES.items():
            value = getattr(self, name)
            if not isinstance(value, str) or value not in table:
                raise ValueError(f"{name}: unknown value {quoted(value)}; "
                                 f"allowed: {', '.join(table)}")
        for name in RANGES:
            object.__setattr__(self, name, checked_number(name, getattr(self, name)))
        if not isinstance(self.use_bias, bool):
            raise ValueError(f"use_bias: {quoted(self.use_bias)} is not allowed; must be true or "
                             f"false")
        if not isinstance(self.features, (list, tuple)):
            raise ValueError(f"features: {quoted(self.features)} is not allowed; must be a list of "
                             f"one or more of {', '.join(FEATURES)}")
        object.__setattr__(self, "features", tuple(self.features))
        unknown = [f for f in self.features if not isinstance(f, str) or f not in FEATURES]
        if unknown or not self.features:
            raise ValueError(f"features: {quoted(unknown) if unknown else 'none chosen'} not "
                             f"allowed; choose one or more of {', '.join(FEATURES)}")
        # A repeated feature adds only an input column: 1e5 repeats in a model file are a memory bomb.
        if len(set(self.features)) < len(self.features):
            raise ValueError(f"features: {quoted(list(self.features))} not allowed; choose each "
                             f"feature at most once")
        if not isinstance(self.hidden_layers, (list, tuple)) or any(
                not isinstance(w, int) or isinstance(w, bool) or w < 1 for w in self.hidden_layers):
            raise ValueError(f"hidden_layers: {quoted(self.hidden_layers)} not allowed; must be a "
                             f"list of hidden layers, each a whole number of neurons >= 1")
        object.__setattr__(self, "hidden_layers", tuple(self.hidden_layers))
        kind = DATASETS[self.dataset].kind
        if kind not in OUTPUT_LOSSES[self.output].kinds:
            allowed = [name for name, o in OUTPUT_LOSSES.items() if kind in o.kinds]
            raise ValueError(f"output: {self.output!r} does not fit a {kind} problem; "
                             f"allowed: {', '.join(allowed)}")

    @property
    def kind(self):
        return DATASETS[self.dataset].kind

    def optimizer_hyperparameters(self):
        cls = OPTIMIZERS[self.optimizer]
        return {key: getattr(self, key) for key in cls.hyperparameters}

    def rebuild_changes(self, other):
        """The fields that change the data or the network going from self to other."""
        return [f for f in REBUILD_FIELDS if getattr(self, f) != getattr(other, f)]

    def needs_rebuild(self, other):
        return bool(self.rebuild_changes(other))

    def replace(self, **changes):
        return replace(self, **changes)

    def to_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, values):
        """A Config from {field: value} (e.g. read from JSON); a missing field keeps its default."""
        if not isinstance(values, dict):
            raise ValueError(f"config: {quoted(values)} is not a set of fields; allowed fields: "
                             f"{', '.join(fields_by_name)}")
        unknown = [name for name in values if name not in fields_by_name]
        if unknown:
            raise ValueError(f"unknown config field(s): {', '.join(map(quoted, unknown))}; "
                             f"allowed: {', '.join(fields_by_name)}")
        return cls(**values)


fields_by_name = {f.name: f for f in fields(Config)}


def checked_number(name, value):
    """`value` of the numeric field `name` if it lies in RANGES[name] (as an int for a whole-number
    field); otherwise ValueError naming the field and its range."""
    low, high = RANGES[name]
    # int/float comparisons are exact and false for NaN: no conversion that could overflow.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise ValueError(f"{name}: {quoted(value)} is not allowed; must be a number "
                         f"from {low:g} to {high:g}")
    if fields_by_name[name].type is int:
        if not float(value).is_integer():
            raise ValueError(f"{name}: {quoted(value)} must be a whole number")
        return int(value)
    return value
