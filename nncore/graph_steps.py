"""Backpropagation revealed step by step on a computation graph (nncore.graph), as the backprop page
does it: `forward` steps fill node values, then `backward` steps reveal error signals δ = ∂L/∂node,
either one edge at a time (edge_steps) or one layer at a time (layer_steps); an update takes one
gradient step on the parameters."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Revealed:
    values: dict  # name -> value of every node, after a full forward pass
    deltas: dict  # name -> δ of every node, after a full backward pass
    drawn: dict  # name -> value of the nodes shown with a value at this stage
    shown: list  # the nodes whose δ is shown, in backward order
    highlight: tuple  # the nodes of the current step
    backward_layer: int  # layers from this one up have their δ shown (layer_steps)


def edge_limits(graph):
    """(forward steps, backward steps) of edge_steps: one forward pass, one step per revealed δ."""
    return 1, len(graph.backward_order())


def edge_steps(graph, leaf_values, forward, backward):
    """After `forward` (0 or 1) and `backward` steps: before the forward pass only the leaves have
    values; backward step k reveals the k-th node of graph.backward_order() and highlights it."""
    values = graph.forward(leaf_values)
    order = graph.backward_order()
    shown = order[:backward] if forward else []
    return Revealed(values, graph.backward(values), values if forward else dict(leaf_values), shown,
                    tuple(order[backward - 1:backward]) if backward else (), 0)


def layer_limits(graph):
    """(forward steps, backward steps) of layer_steps: one per layer, the loss's layer included."""
    layers = max(node.layer for node in graph.nodes.values())
    return layers, layers


def layer_steps(graph, leaf_values, forward, backward):
    """After `forward` layers of the forward pass (their operations get values) and `backward`
    layers of the backward pass (from the loss down: their operations and those operations' parents
    show their δ); the layer of the latest step is highlighted."""
    values = graph.forward(leaf_values)
    last = layer_limits(graph)[0]
    lowest = last + 1 - backward  # backward has passed the layers >= lowest
    passed = [n for n, node in graph.nodes.items() if node.op and node.layer >= lowest]
    revealed = set(passed) | {p for n in passed for p in graph.nodes[n].parents}
    current = lowest if backward else forward
    return Revealed(values, graph.backward(values),
                    {n: v for n, v in values.items() if graph.nodes[n].layer <= forward},
                    [n for n in graph.backward_order() if n in revealed],
                    tuple(n for n, node in graph.nodes.items() if node.op and node.layer == current),
                    lowest)


def after_update(graph, leaf_values, learning_rate):
    """The leaf values after one gradient step p <- p − η ∂L/∂p on the graph's parameters."""
    deltas = graph.backward(graph.forward(leaf_values))
    return graph.gradient_step(leaf_values, deltas, learning_rate)
