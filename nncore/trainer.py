"""The Trainer: data, features, network, loss, regularizer and optimizer built from one Config,
trained k minibatch updates at a time.

    trainer = Trainer(Config(dataset="xor", hidden_layers=(4,)))
    trainer.step(1000); trainer.metrics().train_accuracy
"""
import math
from dataclasses import dataclass

import numpy as np

from . import mlp
from .datasets import make_dataset
from .features import make_features
from .history import History
from .losses import OUTPUT_LOSSES
from .optimizers import OPTIMIZERS
from .regularizers import REGULARIZERS

FULL_CHECK_EVERY = 32  # steps between checks of every weight (a per-step check sees the loss gradient)


@dataclass(frozen=True)
class Metrics:
    """Loss and accuracy of the current weights; losses are data losses, `penalty` is lambda R(W).

    Any value may be nan or inf, and a page shows "—" where math.isfinite is false: test values are
    nan without test data, accuracies nan for regression, and after divergence (Trainer.diverged)
    the last finite weights can still have an infinite or NaN loss.
    """
    step: int
    epoch: int
    train_loss: float
    test_loss: float  # nan without test data
    penalty: float
    train_accuracy: float  # nan for regression
    test_accuracy: float

    @property
    def train_loss_total(self):
        return self.train_loss + self.penalty

    @property
    def test_loss_total(self):
        return self.test_loss + self.penalty


class Trainer:
    def __init__(self, config, dataset=None):
        """Build everything from `config`; `dataset` (e.g. an uploaded CSV) replaces the generated data."""
        self.config = config
        self.loss = OUTPUT_LOSSES[config.output]
        self.activation = config.activation
        self.set_dataset(dataset or make_dataset(config.dataset, config.n_points, config.noise,
                                                 config.train_ratio, config.data_seed, config.n_classes))
        sizes = (len(self.feature_names), *config.hidden_layers,
                 self.loss.n_outputs(self.dataset.kind, self.dataset.n_classes, self.dataset.target_dim))
        self.rng = np.random.default_rng(config.seed)
        self.weights, self.biases = mlp.initial_parameters(sizes, config.activation, config.init,
                                                           config.use_bias, self.rng)
        self.optimizer = OPTIMIZERS[config.optimizer](config.learning_rate,
                                                      **config.optimizer_hyperparameters())
        self.set_training_options(config)
        self.steps = 0
        self.epoch = 0
        self.batch_position = 0  # index into this epoch's order; 0 = at the start of an epoch
        self.order = None
        self.history = History()
        self.divergence = None  # a message once training has stopped on a non-finite value
        self.divergence_cause = None  # what became non-finite, e.g. "the loss became infinite or NaN"
        self._previous = (self.weights, self.biases)  # fallbacks on divergence
        self._verified = (self.weights, self.biases, 0)  # last weights checked finite, and when
        self._metrics_cache = None

    # --- configuration -------------------------------------------------------------------------
    def set_dataset(self, dataset):
        """Use new data with the same network (Regenerate, or an uploaded CSV of the same shape)."""
        feature_names = (self.config.features if dataset.input_dim == 2
                         else tuple(f"x{i + 1}" for i in range(dataset.input_dim)))
        n_outputs = self.loss.n_outputs(dataset.kind, dataset.n_classes, dataset.target_dim)
        if hasattr(self, "weights") and (len(feature_names) != self.weights[0].shape[0]
                                         or n_outputs != self.n_outputs):
            raise ValueError(f"dataset: {dataset.name or 'these data'} do not fit this network "
                             f"({len(feature_names)} inputs and {n_outputs} outputs needed)")
        self.dataset = dataset
        self.feature_names = feature_names
        self.X_train = self.input_features(dataset.X_train)
        self.X_test = self.input_features(dataset.X_test)
        self.T_train = self.loss.encode(dataset.y_train, dataset.kind, dataset.n_classes)
        self.T_test = self.loss.encode(dataset.y_test, dataset.kind, dataset.n_classes)
        self.batch_position = 0
        self._metrics_cache = None

    def set_training_options(self, config):
        """Apply learning rate, optimizer and regularization from `config` without losing the weights;
        a different optimizer starts with fresh state, the same one keeps its state."""
        changes = self.config.rebuild_changes(config)
        if changes:
            raise ValueError("this change needs a new Trainer: " + ", ".join(changes))
        if config.optimizer != self.optimizer.name:
            self.optimizer = OPTIMIZERS[config.optimizer](config.learning_rate,
                                                          **config.optimizer_hyperparameters())
        self.optimizer.learning_rate = config.learning_rate
        for key, value in config.optimizer_hyperparameters().items():
            setattr(self.optimizer, key, value)
        self.config = config
        self.regularizer = REGULARIZERS[config.regularization]
        self.regularization_rate = config.regularization_rate if config.regularization != "none" else 0.0
        self._metrics_cache = None

    def set_parameters(self, weights, biases):
        """Use these weights and biases (lists like `self.weights`, `self.biases`: a student's edit of
        a unit); training goes on from them."""
        self.weights, self.biases = list(weights), list(biases)
        self._metrics_cache = None

    # --- evaluation (never touches the training state) -----------------------------------------
    def input_features(self, X):
        """The network's input matrix for raw points X (n, d)."""
        return make_features(X, self.feature_names) if X.shape[1] == 2 else np.asarray(X, float)

    def scores(self, X_inputs):
        return mlp.forward(X_inputs, self.weights, self.biases, self.activation)[0]

    def predict(self, X):
        """What the output units compute for raw points X (n, d): shape (n, n_outputs); inf or NaN
        (without a warning) where huge weights overflow."""
        with np.errstate(all="ignore"):
            return self.loss.output(self.scores(self.input_features(X)))

    def predict_class(self, X):
        with np.errstate(all="ignore"):
            return self.loss.predict_class(self.scores(self.input_features(X)))

    def neuron_outputs(self, X):
        """Every neuron's output for raw points X (n, d): [input features, h_1, ..., h_L-1, y]."""
        inputs = self.input_features(X)
        with np.errstate(all="ignore"):
            return [inputs] + mlp.layer_outputs(inputs, self.weights, self.biases, self.activation,
                                                self.loss.output)

    def penalty(self):
        """lambda * R(W), summed over the weight matrices (biases are not penalised)."""
        if self.regularization_rate == 0.0:
            return 0.0
        beta = self.config.elastic_beta
        return self.regularization_rate * sum(self.regularizer.penalty(W, beta) for W in self.weights)

    def _loss_and_accuracy(self, X_inputs, T, y, Z=None):
        if len(X_inputs) == 0:
            return np.nan, np.nan
        if Z is None:
            Z = self.scores(X_inputs)
        loss = self.loss.loss(Z, T)
        if self.dataset.kind == "regression":
            return loss, np.nan
        return loss, float((self.loss.predict_class(Z) == y).mean())

    def metrics(self, train_scores=None):
        """Metrics of the current weights (cached until they change)."""
        if self._metrics_cache is None or self._metrics_cache.step != self.steps:
            with np.errstate(all="ignore"):
                train = self._loss_and_accuracy(self.X_train, self.T_train, self.dataset.y_train,
                                                train_scores)
                test = self._loss_and_accuracy(self.X_test, self.T_test, self.dataset.y_test)
                self._metrics_cache = Metrics(self.steps, self.epoch, train[0], test[0],
                                              self.penalty(), train[1], test[1])
        return self._metrics_cache

    # --- training --------------------------------------------------------------------------------
    @property
    def n_outputs(self):
        return self.weights[-1].shape[1]

    @property
    def n_train(self):
        return len(self.X_train)

    @property
    def batch_size(self):
        return min(self.config.batch_size, self.n_train)

    @property
    def steps_per_epoch(self):
        return -(-self.n_train // self.batch_size)

    @property
    def diverged(self):
        return self.divergence is not None

    def train_epoch(self):
        """Train to the end of the current epoch (one whole epoch from its start)."""
        return self.step(-(-(self.n_train - self.batch_position) // self.batch_size))

    def train_to_epoch(self, epochs):
        """Train whole epochs until `epochs` are done or training diverges; returns the trainer."""
        while self.epoch < epochs and not self.diverged:
            self.train_epoch()
        return self

    def step(self, k=1):
        """Run up to k updates; returns how many ran (fewer if training diverges)."""
        done = 0
        with np.errstate(all="ignore"):  # non-finite values are caught below, not warned about
            while done < k and self.divergence is None:
                self._update()
                done += 1
        return done

    def _update(self):
        n_train, batch_size = len(self.X_train), self.batch_size
        full_batch = batch_size == n_train
        position = self.batch_position
        recording = False
        if position == 0:
            if not full_batch:  # reshuffle every epoch; the order of a full batch does not matter
                self.order = self.rng.permutation(n_train)
            recording = self.history.due(self.epoch)
        if full_batch:
            X, T = self.X_train, self.T_train
        else:
            batch = self.order[position:position + batch_size]
            X, T = self.X_train[batch], self.T_train[batch]
        Z, cache = mlp.forward(X, self.weights, self.biases, self.activation)
        if recording:
            recorded = self._checked_metrics(Z if full_batch else None)
            if recorded is None:
                return
        dZ = self.loss.gradient(Z, T)
        # A NaN or infinity in any weight reaches the scores Z (or, hidden by a saturated unit, is
        # caught when the history checks every weight): one sum per step instead of one per array.
        if not np.isfinite(np.add.reduce(dZ, None)):
            if recording:
                self.history.add(recorded)
            self._stop("the loss gradient became infinite or NaN")
            return
        dWs, dbs = mlp.backward(dZ, cache, self.weights, self.biases, self.activation)
        if recording:  # the data loss's gradient per layer, before any penalty: what backprop passes
            self.history.add(recorded, np.array([math.sqrt(np.vdot(dW, dW)) for dW in dWs]))
        dWs = self._penalised(dWs)
        has_bias = self.config.use_bias
        new = self.optimizer.step(self.weights + self.biases if has_bias else self.weights,
                                  dWs + dbs if has_bias else dWs)
        self._previous = (self.weights, self.biases)  # updates are out of place: no copy needed
        n_layers = len(dWs)
        if self.regularizer.has_l1 and self.regularization_rate:
            # L1 pulls a weight to zero and would overshoot: one that changes sign stops at 0.
            for old, W in zip(self.weights, new):
                W[old * W < 0] = 0.0
        self.weights = new[:n_layers]
        if has_bias:
            self.biases = new[n_layers:]
        self.steps += 1
        self.batch_position = position + len(X)
        if self.batch_position >= n_train:  # a short last batch ends the epoch
            self.batch_position = 0
            self.epoch += 1

    def objective(self, X_inputs, T):
        """The total loss L(W) = 1/N sum_i L_i + lambda R(W) on network inputs X_inputs (n, d)."""
        return self.loss.loss(self.scores(X_inputs), T) + self.penalty()

    def gradients(self, X_inputs, T):
        """dL/dW and dL/db of `objective` (lists shaped like weights and biases)."""
        Z, cache = mlp.forward(X_inputs, self.weights, self.biases, self.activation)
        return self._gradients(self.loss.gradient(Z, T), cache)

    def _gradients(self, dZ, cache):
        dWs, dbs = mlp.backward(dZ, cache, self.weights, self.biases, self.activation)
        return self._penalised(dWs), dbs

    def _penalised(self, dWs):
        """The data loss's weight gradients dWs plus the penalty's."""
        if self.regularization_rate:  # the penalty acts on weights only, never on biases
            rate, beta = self.regularization_rate, self.config.elastic_beta
            totals = [dW + rate * self.regularizer.gradient(W, beta) for dW, W in zip(dWs, self.weights)]
            if self.regularizer.has_l1:
                # At w = 0, |w| has every slope in [-1, 1]: take the one that cancels a weaker data
                # gradient, so a weight that L1 has zeroed stays exactly zero.
                for total, dW, W in zip(totals, dWs, self.weights):
                    total[(W == 0) & (np.abs(dW) <= rate)] = 0.0
            dWs = totals
        return dWs

    def _checked_metrics(self, train_scores):
        """The current metrics, for the history; None (training stopped) on a non-finite weight or loss."""
        if self.steps >= self._verified[2] + FULL_CHECK_EVERY:  # the per-step check's backstop
            if not _all_finite(self.weights, self.biases):
                self._stop("a weight became infinite or NaN")
                return None
            self._verified = (self.weights, self.biases, self.steps)
        m = self.metrics(train_scores)
        if not np.isfinite(m.train_loss + m.penalty):
            self._stop("the loss became infinite or NaN")
            return None
        return m

    def _stop(self, what):
        """Stop training and keep the newest weights that are all finite."""
        for weights, biases in ((self.weights, self.biases), self._previous, self._verified[:2]):
            if _all_finite(weights, biases):
                self.weights, self.biases = weights, biases
                break
        self._metrics_cache = None
        self.divergence_cause = what
        self.divergence = (f"Training stopped at epoch {self.epoch} (step {self.steps}): {what}. "
                           f"The weights are the last finite ones.")


def _all_finite(weights, biases):
    # A sum is non-finite if any term is (or if it overflows, which only a diverged run reaches).
    return all(np.isfinite(np.add.reduce(p, None)) for p in weights + biases if p is not None)
