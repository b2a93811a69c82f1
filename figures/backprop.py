"""A scalar computation graph drawn left to right: node values after the forward pass, error
signals δ = ∂L/∂node after the backward pass, and each edge's local derivative."""
import plotly.graph_objects as go

from lessons.backprop import OPS

FORWARD, BACKWARD, HIGHLIGHT = "#1f77b4", "#d62728", "#ffe08a"


def graph_layout(graph):
    """{name: (column, row)}: an operation one column right of its deepest parent; a leaf one column
    left of its first child; rows in creation order within a column."""
    column = {}
    for name in graph.topological_order():
        node = graph.nodes[name]
        if node.op:
            column[name] = 1 + max(column.get(p, 0) for p in node.parents)
    for name, node in graph.nodes.items():
        if node.op:
            for parent in node.parents:
                if not graph.nodes[parent].op:
                    column[parent] = min(column.get(parent, column[name] - 1), column[name] - 1)
    rows, position = {}, {}
    for name in graph.nodes:
        rows.setdefault(column[name], []).append(name)
    for col, names in rows.items():
        for r, name in enumerate(names):
            position[name] = (col, -(r - (len(names) - 1) / 2))
    return position


def graph_figure(graph, values=None, deltas=None, local=None, shown_backward=(), highlight=()):
    """values / deltas: dicts name -> float (None before a pass; values may hold only the nodes
    computed so far); only nodes in shown_backward show their δ, and the local derivative of
    every edge that carried a δ to them; nodes in highlight are shaded."""
    position = graph_layout(graph)
    shown_backward = set(shown_backward)
    edge_x, edge_y, annotations = [], [], []
    for name, node in graph.nodes.items():
        for parent in dict.fromkeys(node.parents):
            (x0, y0), (x1, y1) = position[parent], position[name]
            edge_x += [x0, x1, None]
            edge_y += [y0, y1, None]
            if local is not None and parent in shown_backward:  # edge used for parent's δ
                annotations.append(dict(
                    x=(x0 + x1) / 2, y=(y0 + y1) / 2, showarrow=False, yshift=9,
                    text=f"∂{node.label}/∂{graph.nodes[parent].label} = {local[(name, parent)]:.4f}",
                    font=dict(size=10, color=BACKWARD), bgcolor="rgba(255,255,255,0.8)"))
    names = list(graph.nodes)
    text = []
    for name in names:
        node = graph.nodes[name]
        op = f" [{OPS[node.op].symbol}]" if node.op else ""
        lines = [f"<b>{node.label}</b>{op}"]
        if values is not None and name in values:
            lines.append(f"<span style='color:{FORWARD}'>{values[name]:.4f}</span>")
        if deltas is not None and name in shown_backward:
            lines.append(f"<span style='color:{BACKWARD}'>δ = {deltas[name]:.4f}</span>")
        text.append("<br>".join(lines))
    colours = [HIGHLIGHT if n in highlight else ("#eef3fb" if graph.nodes[n].op else "#f4f4f4")
               for n in names]
    figure = go.Figure([
        go.Scatter(x=edge_x, y=edge_y, mode="lines", line=dict(color="#999", width=1.5),
                   hoverinfo="skip", showlegend=False),
        go.Scatter(x=[position[n][0] for n in names], y=[position[n][1] for n in names],
                   mode="markers+text", text=text, textposition="middle center", showlegend=False,
                   marker=dict(size=64, color=colours, line=dict(color="#555", width=1)),
                   hovertext=[graph.nodes[n].label for n in names], hoverinfo="text",
                   customdata=names),
    ])
    n_rows = max(sum(1 for p in position.values() if p[0] == c)
                 for c in {p[0] for p in position.values()})
    figure.update_layout(annotations=annotations, height=max(320, 80 * n_rows),
                         margin=dict(l=10, r=10, t=10, b=10), plot_bgcolor="white",
                         xaxis=dict(visible=False), yaxis=dict(visible=False), uirevision="graph")
    return figure


def edge_steps_figure(graph, revealed):
    """graph_figure of a stage of lessons.backprop.edge_steps, with the local derivative on every
    edge that has carried a δ."""
    return graph_figure(graph, revealed.drawn, revealed.deltas,
                        graph.local_derivatives(revealed.values), revealed.shown, revealed.highlight)


def layer_steps_figure(graph, revealed):
    """graph_figure of a stage of lessons.backprop.layer_steps; no edge labels, which would crowd
    a layered graph (the page lists its error signals in a table)."""
    return graph_figure(graph, revealed.drawn, revealed.deltas, None, revealed.shown,
                        revealed.highlight)
