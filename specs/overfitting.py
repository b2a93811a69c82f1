"""The over- and underfitting page: few noisy training points of a sine, capacity and L2 sliders, the
page's network trained live (train and test loss, early stopping) and one network per capacity (the
U-shaped test loss)."""
from dataclasses import dataclass

from figures.overfitting import live_figures, sweep_figure
from lessons.language import N_
from lessons.overfitting import CAPACITIES, EPOCHS, SWEEP_CONFIG, capacity_sweep, overfitting_config
from nncore import Trainer

from .controls import Choice, Controls, Number

TITLE, ICON = "Over- and underfitting", ":material/tune:"
SHORT = "Overfitting"  # in the navigation
SUMMARY = "capacity and regularization sliders, train/test curves, early stopping, the U-shaped test loss"
CONTROLS = Controls(
    Number("noise", N_("noise (std of ε)"), SWEEP_CONFIG.noise, low=0.0, high=0.6, step=0.05,
           widget="slider"),
    Number("n_train", N_("training points"), round(SWEEP_CONFIG.train_ratio * SWEEP_CONFIG.n_points),
           low=5, high=100, whole=True, widget="slider"),
    Choice("hidden_units", N_("capacity: hidden units per layer"), SWEEP_CONFIG.hidden_layers[0],
           options=CAPACITIES, widget="select_slider"),
    Choice("layers", N_("hidden layers"), 1, options=(1, 2), widget="radio"),
    Choice("regularization_rate", N_("regularization λ (L2)"), 0.0,
           options=(0.0, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 0.1), widget="select_slider"),
    Choice("epochs", N_("epochs for the sweep"), EPOCHS, options=(500, 1000, 2000, 4000),
           widget="select_slider"),
    Number("data_seed", N_("data seed"), SWEEP_CONFIG.data_seed, low=0, high=9999, whole=True,
           widget="number"),
)
CHARTS = ("fit", "loss curves", "capacity sweep")
LIVE_CHARTS = ("fit", "loss curves")


@dataclass(frozen=True)
class Trained:
    """The page's own network, and the sweep of one network per capacity with its settings."""
    trainer: object
    sweep: object


def config(settings):
    return overfitting_config(settings["noise"], settings["n_train"], settings["hidden_units"],
                              settings["layers"], settings["regularization_rate"], settings["data_seed"])


# What the sweep reads: every setting but the page's own hidden units.
SWEEP_SETTINGS = ("noise", "n_train", "layers", "regularization_rate", "epochs", "data_seed")


def sweep_settings(settings):
    return {name: settings[name] for name in SWEEP_SETTINGS}


def sweep(settings):
    """One network per capacity (lessons.overfitting.capacity_sweep), from SWEEP_SETTINGS only."""
    network = overfitting_config(settings["noise"], settings["n_train"], n_layers=settings["layers"],
                                 regularization_rate=settings["regularization_rate"],
                                 data_seed=settings["data_seed"])
    return capacity_sweep(network, CAPACITIES, settings["epochs"], settings["layers"])


def export(settings):
    """The page's network trained as long as the sweep's, and the sweep."""
    return Trained(Trainer(config(settings)).train_to_epoch(settings["epochs"]), sweep(settings))


def figures(settings, trained, names=CHARTS):
    """The page's charts; the live ones need only `trained.trainer`, the sweep only `trained.sweep`."""
    built = live_figures(trained.trainer) if set(names) & set(LIVE_CHARTS) else {}
    if "capacity sweep" in names:
        built["capacity sweep"] = sweep_figure(trained.sweep, settings["hidden_units"])
    return {name: built[name] for name in names}
