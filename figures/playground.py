"""Every figure of the Playground page from one Trainer, so the page and bench/playground_tick.py
build exactly the same pictures."""
from dataclasses import dataclass

from .boundary import plane_figure
from .curves import accuracy_figure, loss_figure
from .network import network_figure


@dataclass(frozen=True)
class ViewOptions:
    show_test: bool = False
    discretize: bool = False
    neuron: tuple = None  # (layer, index) shown in the large view; None = the network's output
    log_scale: bool = False
    resolution: int = 50  # grid of the large view
    thumbnail: int = 12  # grid of each neuron's picture in the diagram


def large_view(trainer, view=ViewOptions()):
    """The large picture: the network's output (or the chosen neuron) over the input plane."""
    return plane_figure(trainer, view.resolution, view.show_test, view.discretize, view.neuron)


def playground_figures(trainer, view=ViewOptions()):
    """{"plane", "network", "loss"[, "accuracy"]}: go.Figures; accuracy for classification only."""
    figures = {
        "plane": large_view(trainer, view),
        "network": network_figure(trainer, view.thumbnail, view.neuron),
        "loss": loss_figure(trainer.history, view.log_scale),
    }
    if trainer.dataset.kind != "regression":
        figures["accuracy"] = accuracy_figure(trainer.history)
    return figures
