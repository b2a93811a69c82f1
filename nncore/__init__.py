"""nncore: the NumPy engine of nnlab. No UI imports; usable from a notebook:

    from nncore import Config, Trainer
    trainer = Trainer(Config(dataset="xor", hidden_layers=(4,)))
    trainer.step(1000)

Engine only: activations, output/loss pairs, regularizers, optimizers, the MLP, input features,
datasets, Config, History and Trainer are exported here; persistence (model JSON) and tabular (CSV
data) are imported by name. The lecture pages' mathematics lives beside the engine, in lessons/.
"""
from .activations import ACTIVATIONS, sigmoid
from .config import Config
from .datasets import DATASETS, EXTENT_1D, EXTENT_2D, Dataset, make_dataset
from .features import FEATURES, make_features
from .history import History
from .losses import DEFAULT_OUTPUT, KINDS, OUTPUT_LOSSES
from .mlp import INITS, backward, forward, initial_parameters, layer_outputs
from .optimizers import OPTIMIZERS
from .regularizers import REGULARIZERS
from .trainer import Metrics, Trainer

__all__ = ["ACTIVATIONS", "sigmoid", "Config", "DATASETS", "EXTENT_1D", "EXTENT_2D", "Dataset",
           "make_dataset", "FEATURES", "make_features", "History", "DEFAULT_OUTPUT", "KINDS",
           "OUTPUT_LOSSES", "INITS", "backward", "forward", "initial_parameters", "layer_outputs",
           "OPTIMIZERS", "REGULARIZERS", "Metrics", "Trainer"]
