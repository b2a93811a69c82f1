"""nncore: the NumPy engine of nnlab. No UI imports; usable from a notebook:

    from nncore import Config, Trainer
    trainer = Trainer(Config(dataset="xor", hidden_layers=(4,)))
    trainer.step(1000)

The core (datasets, features, the MLP, losses, regularizers, optimizers, Config, Trainer) is exported
here. The lecture pages' mathematics lives in its own modules, imported by name: neuron (the angle
test), softmax_calc, linear_classifier (single layer), surfaces (loss surfaces and optimizer paths),
descent_runs (the page's comparisons of paths), activation_regions, capacity, approximation, codes
(8-3-8), graph (scalar computation graph), graph_steps (backprop step by step), lecture_net (the
NumPy program), sweep (capacity sweep); persistence (model JSON) and tabular (CSV data) serve the
Playground.
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
