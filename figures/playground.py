"""Every figure of the Playground page from one Trainer, so the page and bench/playground_tick.py
build exactly the same pictures."""
from dataclasses import dataclass

from .confusion import confusion_figure
from .curves import accuracy_figure, gradient_norm_figure, loss_figure
from .kept_runs import ACCURACY_CURVES, LOSS_CURVES, run_curves
from .network import network_figure
from .plane import plane_figure


@dataclass(frozen=True)
class ViewOptions:
    show_test: bool = False
    discretize: bool = False
    neuron: tuple = None  # (layer, index) shown in the large view; None = the network's output
    log_scale: bool = False
    resolution: int = 50  # grid of the large view
    thumbnail: int = 12  # grid of each neuron's picture in the diagram
    plane_height: int = 460  # pixels
    curve_height: int = 260
    runs: tuple = ()  # kept runs (specs/kept_runs.py), drawn beside the live curves
    below_height: int = 300  # the charts below the screen's fold: gradient norms, confusion matrices


def large_view(trainer, view=ViewOptions(), live=False, points=None):
    """The large picture: the network's output (or the chosen neuron) over the input plane; `live`
    while training plays (figures/plane.py: a picture, cheaper to redraw, without hover; `points`:
    an earlier picture's point traces)."""
    return plane_figure(trainer, view.resolution, view.show_test, view.discretize, view.neuron,
                        live, view.plane_height, points)


def playground_figures(trainer, view=ViewOptions(), live=False, names=None, points=None):
    """{"plane", "network", "loss", "gradients"[, "accuracy", "confusion"]}: go.Figures; accuracy and
    the confusion matrices for classification only. `names`: build only these of them; `points`: the
    plane's point traces of an earlier tick."""
    builders = {
        "plane": lambda: large_view(trainer, view, live, points),
        "network": lambda: network_figure(trainer, view.thumbnail, view.neuron),
        "loss": lambda: loss_figure(trainer.history, view.log_scale, run_curves(view.runs, LOSS_CURVES),
                                    height=view.curve_height),
    }
    classifying = trainer.dataset.kind != "regression"
    if classifying:
        metrics = trainer.metrics()
        builders["accuracy"] = lambda: accuracy_figure(
            trainer.history, view.curve_height, (metrics.train_accuracy, metrics.test_accuracy),
            run_curves(view.runs, ACCURACY_CURVES, legend=False))  # named in the loss chart's legend
    builders["gradients"] = lambda: gradient_norm_figure(trainer.history, view.below_height)
    if classifying:
        builders["confusion"] = lambda: confusion_figure(trainer, view.below_height)
    return {name: build() for name, build in builders.items() if names is None or name in names}
