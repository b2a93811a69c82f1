"""A training history whose memory stays bounded however long training runs.

Records arrive every `stride` epochs; when `capacity` records are held, every other one is dropped
and the stride doubles, so a million steps keep at most `capacity` evenly spread points.
"""
import numpy as np

COLUMNS = ("step", "epoch", "train_loss", "test_loss", "penalty", "train_accuracy", "test_accuracy")


class History:
    def __init__(self, capacity=1000):
        self.capacity = capacity
        self.stride = 1
        self.rows = []

    def due(self, epoch):
        return epoch % self.stride == 0

    def add(self, row):
        self.rows.append(row)
        if len(self.rows) >= self.capacity:
            self.rows = self.rows[::2]
            self.stride *= 2

    def __len__(self):
        return len(self.rows)

    def column(self, name):
        """One column as an array, e.g. history.column("train_loss")."""
        return np.array([getattr(row, name) for row in self.rows], dtype=float)
