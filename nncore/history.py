"""A training history whose memory stays bounded however long training runs.

Records arrive every `stride` epochs; when `capacity` records are held, every other one is dropped
and the stride doubles, so a million steps keep at most `capacity` evenly spread points. Each record
may carry the gradient norm of every weight layer at that step, ||dL/dW^(l)|| (Frobenius).
"""
import numpy as np

COLUMNS = ("step", "epoch", "train_loss", "test_loss", "penalty", "train_accuracy", "test_accuracy")


class History:
    def __init__(self, capacity=1000):
        self.capacity = capacity
        self.stride = 1
        self.rows = []
        self.gradient_norms = []  # per record: (n_layers,) array, or None where none was measured

    def due(self, epoch):
        return epoch % self.stride == 0

    def add(self, row, gradient_norms=None):
        self.rows.append(row)
        self.gradient_norms.append(gradient_norms)
        if len(self.rows) >= self.capacity:
            self.rows = self.rows[::2]
            self.gradient_norms = self.gradient_norms[::2]
            self.stride *= 2

    def __len__(self):
        return len(self.rows)

    def column(self, name, last=None):
        """One column as an array, e.g. history.column("train_loss"); `last`: of the last records only."""
        return np.array([getattr(row, name) for row in self.rows[-last if last else 0:]], dtype=float)

    def layer_gradient_norms(self, last=None):
        """(records, weight layers) array of ||dL/dW^(l)||, layer 1 (from the inputs) first; NaN rows
        where a record has none; `last`: of the last records only."""
        records = self.gradient_norms[-last if last else 0:]
        width = max((len(norms) for norms in records if norms is not None), default=0)
        return np.array([np.full(width, np.nan) if norms is None else norms for norms in records],
                        dtype=float).reshape(len(records), width)
