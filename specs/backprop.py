"""The backpropagation page: a computation graph revealed step by step, Forward filling the node
values, Backward the error signals δ = ∂L/∂node, Update one gradient step; one neuron edge by edge
and a 2-2-1 network layer by layer."""
from dataclasses import dataclass

from figures.backprop import edge_steps_figure, layer_steps_figure
from lessons.backprop import (
    NETWORK_EXAMPLE,
    NETWORK_SIZES,
    NEURON_EXAMPLE,
    after_update,
    edge_limits,
    edge_steps,
    layer_limits,
    layer_steps,
    logistic_neuron_graph,
    network_graph,
)
from lessons.language import N_

from .controls import Choice, Controls, Number

TITLE, ICON = "Backpropagation step by step", ":material/sync_alt:"
SHORT = "Backprop"  # in the navigation
SUMMARY = "computation graph with Forward / Backward / Update, error signals checked numerically"
NEURON, NETWORK = logistic_neuron_graph(), network_graph(NETWORK_SIZES)
LEAF = dict(low=-100.0, high=100.0, step=0.1, format="%.4f", widget="number")
RATE = dict(low=0.0, high=100.0, step=0.1, format="%.4f", widget="number")
NEURON_LABELS = {"x": N_("input x"), "t": N_("target t"), "w": N_("weight w"), "b": N_("bias b")}
NETWORK_LABELS = {"x0_1": "x₁", "x0_2": "x₂", "t_1": N_("target t")}
# Each part of the page: its graph, its leaves' example values, how its passes are revealed, and the
# setting that holds its learning rate.
PARTS = {"neuron": (NEURON, NEURON_EXAMPLE, edge_steps, edge_limits, "learning_rate"),
         "net": (NETWORK, NETWORK_EXAMPLE, layer_steps, layer_limits, "network_learning_rate")}
PART_NAMES = {"neuron": "one neuron", "net": "the 2-2-1 network"}
PASSES = ("forward", "backward")
CONTROLS = Controls(
    Number("learning_rate", N_("learning rate η"), 1.0, **RATE),
    Number("network_learning_rate", N_("learning rate η"), lambda s: s["learning_rate"], **RATE),
    *(Number(name, NEURON_LABELS[name], value, **LEAF) for name, value in NEURON_EXAMPLE.items()),
    *(Number(name, NETWORK_LABELS.get(name, NETWORK.nodes[name].label), value, **LEAF)
      for name, value in NETWORK_EXAMPLE.items()),
    # How far the buttons of each part have gone (the page draws them itself): in a link, so that it
    # opens the page after Forward or Backward, and a lab's Show me sets them.
    *(Number(f"{part}_{which}", f"{which} steps done, {PART_NAMES[part]}", 0, low=0, high=last,
             whole=True) for part, (graph, _, _, limits, _) in PARTS.items()
      for which, last in zip(PASSES, limits(graph))),
)
STAGES = ("forward", "backward", "update")
EXPORT = Controls(Choice("stage", "buttons pressed before drawing, in a part the link leaves at its "
                                  "start", "backward", options=STAGES))
CHARTS = ("neuron graph", "network graph")


@dataclass(frozen=True)
class Stages:
    """What each part of the page shows: a lessons.backprop.Revealed."""
    neuron: object
    net: object


def leaf_values(settings, part):
    return {name: settings[name] for name in PARTS[part][1]}


def stage(settings, part):
    """(forward, backward) steps of the part's buttons in `settings`; backward ones count only after
    the whole forward pass, as the buttons allow."""
    graph, _, _, limits, _ = PARTS[part]
    forward, backward = settings[f"{part}_forward"], settings[f"{part}_backward"]
    return forward, backward if forward == limits(graph)[0] else 0


def revealed(settings, part):
    """The part's graph after the steps of its buttons in `settings`."""
    graph, _, steps, _, _ = PARTS[part]
    return steps(graph, leaf_values(settings, part), *stage(settings, part))


def on_page(settings):
    """What the page shows for `settings`: each part after the steps of its buttons."""
    return Stages(**{part: revealed(settings, part) for part in PARTS})


def export(settings):
    """What the page shows after its buttons: each part at the steps its link gives, or, in a part
    the link leaves at its start, after the buttons of `stage`: Forward (forward), the whole backward
    pass too (backward), or Update (the new parameters, both passes to do again)."""
    shown = {}
    for part, (graph, _, steps, limits, rate) in PARTS.items():
        forward, backward = limits(graph)
        values = leaf_values(settings, part)
        if any(stage(settings, part)):
            shown[part] = revealed(settings, part)
        elif settings["stage"] == "update":
            shown[part] = steps(graph, after_update(graph, values, settings[rate]), 0, 0)
        else:
            shown[part] = steps(graph, values, forward,
                                backward if settings["stage"] == "backward" else 0)
    return Stages(**shown)


def figures(settings, stages, names=CHARTS):
    build = {"neuron graph": lambda: edge_steps_figure(NEURON, stages.neuron),
             "network graph": lambda: layer_steps_figure(NETWORK, stages.net)}
    return {name: build[name]() for name in names}
