"""The single-layer page's network: a linear multiclass classifier (no hidden layer, one output unit
per class) on Gaussian blobs, trained with a loss and a weight penalty, L(W) = 1/N Σ Lᵢ + λ R(W)."""
from .config import Config
from .features import FEATURES

# The inputs x1² , x2², x1·x2, sin x1, sin x2: mostly useless here, which is where L1 shows its zeros.
EXTRA_FEATURES = tuple(name for name in FEATURES if name not in ("x1", "x2"))


def linear_classifier_config(n_classes=3, noise=0.1, output="softmax_ce", learning_rate=0.03,
                             regularization="none", regularization_rate=0.03, extra_features=False):
    """300 points of `n_classes` blobs, minibatches of 10; `extra_features` adds EXTRA_FEATURES."""
    return Config(dataset="blobs", n_points=300, noise=noise, n_classes=n_classes, hidden_layers=(),
                  output=output, learning_rate=learning_rate, batch_size=10,
                  regularization=regularization, regularization_rate=regularization_rate,
                  features=("x1", "x2") + (EXTRA_FEATURES if extra_features else ()))
