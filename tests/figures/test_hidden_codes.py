"""The 8-3-8 table heatmap and cube."""
import numpy as np
import plotly.graph_objects as go

from builders import trace
from figures.hidden_codes import code_cube, code_heatmap
from lessons.hidden_codes import CODES_CONFIG, code_table
from nncore import Trainer


def test_code_figures_show_the_table():
    trainer = Trainer(CODES_CONFIG)
    trainer.step(300)
    table = code_table(trainer)
    heatmaps = [t for t in code_heatmap(table).data if isinstance(t, go.Heatmap)]
    assert [np.array(h.z).shape for h in heatmaps] == [(8, 8), (8, 3), (8, 8)]
    np.testing.assert_allclose(heatmaps[1].z, table.hidden)
    cube = code_cube(table)
    codes = trace(cube, "hidden code of input i")
    np.testing.assert_allclose(np.column_stack([codes.x, codes.y, codes.z]), table.hidden)
    assert len(trace(cube, "binary codes (corners)").x) == 8
    edges = trace(cube, "unit cube")
    assert sum(v is None for v in edges.x) == 12
