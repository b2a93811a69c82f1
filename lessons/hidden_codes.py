"""Hidden representations of the 8-3-8 network: the three hidden values the network learns for each
of the eight one-hot inputs, their rounding to binary codes, and the reconstruction."""
from dataclasses import dataclass

import numpy as np

from nncore import Config

from .language import N_

# The engine's names (nncore's labels) of the page's losses and optimizers, shown translated by the
# page's controls: for the catalog.
N_("Sigmoid + binary cross-entropy")
N_("Sigmoid + squared error ½(y−t)² (logistic least squares)")
N_("SGD (plain gradient descent)")
N_("Momentum")

# The page's defaults: with these, backprop learns 8 distinct codes and reconstructs all 8 inputs
# within a few hundred epochs (sigmoid outputs with cross-entropy avoid squared error's plateaus).
CODES_CONFIG = Config(dataset="identity_838", hidden_layers=(3,), activation="sigmoid",
                      output="sigmoid_bce", init="fan_in", optimizer="sgd", learning_rate=2.0,
                      batch_size=8, seed=0)
TRAINING_EPOCHS = 3000


def codes_config(output=CODES_CONFIG.output, optimizer=CODES_CONFIG.optimizer,
                 learning_rate=CODES_CONFIG.learning_rate, seed=CODES_CONFIG.seed):
    """The page's 8-3-8 network with its chosen output + loss, optimizer, learning rate and seed."""
    return CODES_CONFIG.replace(output=output, optimizer=optimizer, learning_rate=learning_rate,
                                seed=int(seed))


@dataclass(frozen=True)
class CodeTable:
    inputs: np.ndarray  # (8, 8) the one-hot patterns
    hidden: np.ndarray  # (8, 3) hidden values, each in (0, 1)
    outputs: np.ndarray  # (8, 8) output units' values
    binary: np.ndarray  # (8, 3) hidden values rounded to 0/1
    reconstructed: np.ndarray  # (8,) index of the largest output for each input

    @property
    def n_reconstructed(self):
        return int((self.reconstructed == np.arange(len(self.inputs))).sum())

    @property
    def min_code_distance(self):
        """Smallest Euclidean distance between two inputs' hidden codes."""
        gaps = np.linalg.norm(self.hidden[:, None, :] - self.hidden[None, :, :], axis=2)
        return float(gaps[np.triu_indices(len(gaps), 1)].min())

    @property
    def n_distinct_binary(self):
        return len({tuple(code) for code in self.binary})


def code_table(trainer):
    """The table of the lecture for a trained 8-3-8 Trainer."""
    inputs = np.eye(8)
    _, hidden, outputs = trainer.neuron_outputs(inputs)
    return CodeTable(inputs, hidden, outputs, np.round(hidden).astype(int),
                     outputs.argmax(axis=1))
