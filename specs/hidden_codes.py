"""The 8-3-8 page: backpropagation finds a three-number code for each of eight one-hot patterns."""
from figures.hidden_codes import codes_figures
from lessons.hidden_codes import CODES_CONFIG, TRAINING_EPOCHS, code_table, codes_config
from lessons.language import N_
from nncore import OPTIMIZERS, OUTPUT_LOSSES, Trainer

from .controls import Choice, Controls, Number

TITLE, ICON = "Hidden representations: 8-3-8", ":material/grid_view:"
SHORT = "8-3-8 codes"  # in the navigation
SUMMARY = "the 8-3-8 network learns a code for eight patterns: table, heatmap, unit cube"
CONTROLS = Controls(
    Choice("output", N_("output + loss"), CODES_CONFIG.output, options=("sigmoid_bce", "sigmoid_mse"),
           labels={name: OUTPUT_LOSSES[name].label for name in ("sigmoid_bce", "sigmoid_mse")},
           widget="selectbox"),
    Choice("optimizer", N_("optimizer"), CODES_CONFIG.optimizer, options=tuple(OPTIMIZERS),
           labels={name: o.label for name, o in OPTIMIZERS.items()}, widget="selectbox"),
    Choice("learning_rate", N_("learning rate"), CODES_CONFIG.learning_rate,
           options=(0.01, 0.03, 0.1, 0.3, 1.0, 2.0, 5.0), widget="select_slider"),
    Number("seed", N_("seed"), CODES_CONFIG.seed, low=0, high=9999, whole=True, widget="number"),
)
EXPORT = Controls(Number("epochs", N_("epochs to train before drawing"), TRAINING_EPOCHS, low=0,
                         high=10_000, whole=True))
CHARTS = ("table heatmap", "code cube", "loss")


def config(settings):
    return codes_config(settings["output"], settings["optimizer"], settings["learning_rate"],
                        settings["seed"])


def export(settings):
    return Trainer(config(settings)).train_to_epoch(settings["epochs"])


def figures(settings, trainer, names=CHARTS):
    return codes_figures(code_table(trainer), trainer.history, names)
