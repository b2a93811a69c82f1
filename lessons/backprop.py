"""A tiny scalar computation graph, enough to follow backpropagation by hand.

Each node holds one number. A node is a leaf (an input, weight or target) or an operation on parent
nodes; each operation knows its value and its local derivatives d node / d parent. Backward walks
the nodes in reverse topological order and sums, for every parent, child error signal times local
derivative (the chain rule): delta_parent = sum over children of delta_child * d child / d parent.

Values are Python floats, whose * and + overflow to inf (and inf - inf gives nan) without raising:
huge inputs give non-finite values, which `all_finite` detects, never an exception or a warning.

The page reveals backpropagation step by step: `forward` steps fill node values, then `backward` steps
reveal error signals δ = ∂L/∂node, either one edge at a time (edge_steps) or one layer at a time
(layer_steps); an update takes one gradient step on the parameters.
"""
import math
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from nncore import ACTIVATIONS

SIGMOID = ACTIVATIONS["sigmoid"]


def _sigmoid_derivative(s):
    return float(SIGMOID.derivative(s, SIGMOID.value(s)))


@dataclass(frozen=True)
class Op:
    symbol: str  # how the operation is drawn
    value: Callable  # (*parent values) -> float
    local_derivatives: Callable  # (*parent values) -> tuple of d value / d parent_i


OPS = {
    "add": Op("+", lambda *a: float(sum(a)), lambda *a: (1.0,) * len(a)),
    "mul": Op("×", lambda a, b: a * b, lambda a, b: (b, a)),
    # s = Σ_i w_i x_i + b with parents (w_1, x_1, ..., w_n, x_n, b): ∂s/∂w_i = x_i, ∂s/∂x_i = w_i.
    "weighted_sum": Op("Σ", lambda *a: float(sum(w * x for w, x in zip(a[:-1:2], a[1:-1:2])) + a[-1]),
                       lambda *a: (*(v for w, x in zip(a[:-1:2], a[1:-1:2]) for v in (x, w)), 1.0)),
    "sigmoid": Op("σ", lambda s: float(SIGMOID.value(s)), lambda s: (_sigmoid_derivative(s),)),
    # The lecture's loss L = ½(y - t)²: dL/dy = y - t, dL/dt = t - y. (A float's ** raises
    # OverflowError where * gives inf.)
    "half_squared_error": Op("½(y−t)²", lambda y, t: 0.5 * (y - t) * (y - t),
                             lambda y, t: (y - t, t - y)),
}


def all_finite(values):
    """Whether every number of {name: value} (node values, error signals, leaf values) is finite;
    where it is not, a page shows "—" and says the inputs are too large."""
    return all(math.isfinite(value) for value in values.values())


@dataclass(frozen=True)
class Node:
    name: str
    label: str  # as written in the lecture, e.g. "s", "x⁽¹⁾₁"
    op: str = ""  # key of OPS; "" for a leaf
    parents: tuple = ()
    layer: int = 0  # 0 for leaves; operations are revealed layer by layer


@dataclass
class Graph:
    nodes: dict = field(default_factory=dict)  # name -> Node, in creation order
    parameters: tuple = ()  # the leaves a gradient step updates

    def leaf(self, name, label):
        self.nodes[name] = Node(name, label)
        return name

    def apply(self, name, label, op, parents, layer):
        unknown = [p for p in parents if p not in self.nodes]
        if unknown:
            raise ValueError(f"{name}: unknown parent node(s) {unknown}")
        self.nodes[name] = Node(name, label, op, tuple(parents), layer)
        return name

    @property
    def output(self):
        return next(reversed(self.nodes))

    def leaves(self):
        return [n for n, node in self.nodes.items() if not node.op]

    def topological_order(self):
        """Node names so that every node comes after its parents (depth-first from the output)."""
        order, seen = [], set()

        def visit(name):
            if name not in seen:
                seen.add(name)
                for parent in self.nodes[name].parents:
                    visit(parent)
                order.append(name)
        for name in self.nodes:
            visit(name)
        return order

    def backward_order(self):
        """The order a backward pass can reveal error signals in: operations from the output back,
        each followed by the leaves that feed it."""
        order = []
        for name in reversed(self.topological_order()):
            node = self.nodes[name]
            if node.op:
                order.append(name)
                order += [p for p in dict.fromkeys(node.parents)
                          if not self.nodes[p].op and p not in order]
        return order

    def forward(self, leaf_values, overrides=None):
        """Value of every node from the leaves' values; `overrides` pins chosen nodes to a value
        (what a numerical derivative with respect to an inner node needs)."""
        missing = [n for n in self.leaves() if n not in leaf_values]
        if missing:
            raise ValueError(f"no value given for {', '.join(missing)}")
        overrides = overrides or {}
        values = {}
        for name in self.topological_order():
            node = self.nodes[name]
            if name in overrides:
                values[name] = float(overrides[name])
            elif node.op:
                values[name] = OPS[node.op].value(*(values[p] for p in node.parents))
            else:
                values[name] = float(leaf_values[name])
        return values

    def local_derivatives(self, values):
        """{(child, parent): d child / d parent} at the given node values: one per edge."""
        local = {}
        for name, node in self.nodes.items():
            if node.op:
                derivatives = OPS[node.op].local_derivatives(*(values[p] for p in node.parents))
                for parent, derivative in zip(node.parents, derivatives):
                    local[(name, parent)] = local.get((name, parent), 0.0) + float(derivative)
        return local

    def backward(self, values):
        """Error signals delta_n = dL/dn of the output L for every node n (delta_L = 1)."""
        local = self.local_derivatives(values)
        deltas = {name: 0.0 for name in self.nodes}
        deltas[self.output] = 1.0
        for name in reversed(self.topological_order()):
            for parent in dict.fromkeys(self.nodes[name].parents):
                deltas[parent] += deltas[name] * local[(name, parent)]
        return deltas

    def numerical_derivative(self, leaf_values, name, h=1e-5):
        """Central difference (L(n + h) - L(n - h)) / 2h with node n pinned, downstream recomputed."""
        value = self.forward(leaf_values)[name]
        up = self.forward(leaf_values, {name: value + h})[self.output]
        down = self.forward(leaf_values, {name: value - h})[self.output]
        return (up - down) / (2.0 * h)

    def gradient_step(self, leaf_values, deltas, learning_rate):
        """New leaf values after p <- p - eta * dL/dp for every parameter p."""
        return {name: value - learning_rate * deltas[name] if name in self.parameters else value
                for name, value in leaf_values.items()}


# The examples the backprop page starts from: its network has the layer sizes NETWORK_SIZES.
NETWORK_SIZES = (2, 2, 1)
NEURON_EXAMPLE = {"x": 1.5, "w": 0.8, "b": -0.3, "t": 1.0}
NETWORK_EXAMPLE = {"x0_1": 1.0, "x0_2": 0.5, "t_1": 1.0, "W1_11": 0.5, "W1_12": -0.3, "W1_21": 0.2,
                   "W1_22": 0.8, "b1_1": 0.1, "b1_2": -0.1, "W2_11": 0.7, "W2_21": -0.4,
                   "b2_1": 0.2}


def logistic_neuron_graph():
    """The lecture's univariate logistic least-squares model: s = wx + b, y = σ(s), L = ½(y − t)²."""
    g = Graph(parameters=("w", "b"))
    for name in ("x", "w", "b", "t"):
        g.leaf(name, name)
    g.apply("wx", "wx", "mul", ("w", "x"), 1)
    g.apply("s", "s", "add", ("wx", "b"), 2)
    g.apply("y", "y", "sigmoid", ("s",), 3)
    g.apply("L", "L", "half_squared_error", ("y", "t"), 4)
    return g


SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
SUP = str.maketrans("0123456789()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾")


def _label(symbol, layer, *indices):
    return f"{symbol}{f'({layer})'.translate(SUP)}{''.join(str(i) for i in indices).translate(SUB)}"


def network_graph(sizes=(2, 2, 1)):
    """A sigmoid network with biases and loss ½ Σ (y − t)², one scalar node per number, named as in
    the lecture: s(l)_j = Σ_i W(l)_ij x(l-1)_i + b(l)_j (s = Wᵀx + b), x(l)_j = σ(s(l)_j).
    Leaves: x0_i (inputs), W{l}_{i}{j}, b{l}_{j}, t_j. Layer l's operations have layer l."""
    g = Graph()
    inputs = [g.leaf(f"x0_{i}", _label("x", 0, i)) for i in range(1, sizes[0] + 1)]
    parameters = []
    n_layers = len(sizes) - 1
    for l in range(1, n_layers + 1):
        outputs = []
        for j in range(1, sizes[l] + 1):
            pairs = []
            for i, x in enumerate(inputs, start=1):
                pairs += [g.leaf(f"W{l}_{i}{j}", _label("W", l, i, j)), x]
                parameters.append(pairs[-2])
            b = g.leaf(f"b{l}_{j}", _label("b", l, j))
            parameters.append(b)
            s = g.apply(f"s{l}_{j}", _label("s", l, j), "weighted_sum", (*pairs, b), l)
            outputs.append(g.apply(f"x{l}_{j}", _label("x", l, j), "sigmoid", (s,), l))
        inputs = outputs
    single = len(inputs) == 1  # one output: its loss is L itself
    losses = []
    for j, y in enumerate(inputs, start=1):
        t = g.leaf(f"t_{j}", f"t{str(j).translate(SUB)}")
        name, label = ("L", "L") if single else (f"L_{j}", f"L{str(j).translate(SUB)}")
        losses.append(g.apply(name, label, "half_squared_error", (y, t), n_layers + 1))
    if not single:
        g.apply("L", "L", "add", losses, n_layers + 1)
    g.parameters = tuple(parameters)
    return g


def network_leaf_values(x, weights, biases, t):
    """Leaf values of network_graph from arrays: x (d0,), weights [(d_in, d_out)], biases [(d_out,)],
    t (d_L,)."""
    values = {f"x0_{i + 1}": v for i, v in enumerate(np.ravel(x))}
    for l, (W, b) in enumerate(zip(weights, biases), start=1):
        for (i, j), w in np.ndenumerate(W):
            values[f"W{l}_{i + 1}{j + 1}"] = w
        values.update({f"b{l}_{j + 1}": v for j, v in enumerate(b)})
    values.update({f"t_{j + 1}": v for j, v in enumerate(np.ravel(t))})
    return {name: float(v) for name, v in values.items()}


def network_layers(graph, values, deltas, sizes=(2, 2, 1)):
    """Per layer l = 1..L, arrays in the lecture's notation read off the graph:
    s (d_l,), x (d_l,), delta = dL/ds (d_l,), dW = dL/dW (d_in, d_l) = x(l-1) deltaᵀ, db (d_l,)."""
    layers = []
    for l in range(1, len(sizes)):
        d_in, d_out = sizes[l - 1], sizes[l]
        units = range(1, d_out + 1)
        layers.append({
            "s": np.array([values[f"s{l}_{j}"] for j in units]),
            "x": np.array([values[f"x{l}_{j}"] for j in units]),
            "delta": np.array([deltas[f"s{l}_{j}"] for j in units]),
            "dW": np.array([[deltas[f"W{l}_{i}{j}"] for j in units] for i in range(1, d_in + 1)]),
            "db": np.array([deltas[f"b{l}_{j}"] for j in units]),
        })
    return layers


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
