"""Kept runs (specs/kept_runs.py) in the pictures: each one's curves faded and dashed beside the live
ones, one legend entry a run, and a small picture of its decision boundary framed in its colour."""
import numpy as np
import plotly.graph_objects as go

from lessons.language import N_, _

from .plane import plane_figure
from .raster import colour_pixels, png_data_uri, rgba

# Run 1, 2, 3: none of them the live curves' blue (training) or orange (test).
RUN_COLOURS = ("#2ca02c", "#9467bd", "#8c564b")
THUMBNAIL_CELLS = 40  # pixels a side: the large view on a 40x40 grid
FRAME = 2  # pixels of the run's colour around its picture
LOSS_CURVES = (("train_loss", N_("training loss")), ("test_loss", N_("test loss")))
ACCURACY_CURVES = (("train_accuracy", N_("training accuracy")), ("test_accuracy", N_("test accuracy")))
DASHES = ("dash", "dot")  # a run's training curve, its test curve


def run_name(run):
    """'run 1' in the language spoken (KeptRun.name, its legend group, stays English)."""
    return _("run {number}").format(number=run.number)


def run_colour(number):
    return RUN_COLOURS[(number - 1) % len(RUN_COLOURS)]


def thumbnail(trainer, number, cells=THUMBNAIL_CELLS):
    """PNG data URI of what the large view shows (the network's output over the input plane, without
    the points) on a `cells` x `cells` grid, one pixel a cell, framed in run `number`'s colour."""
    heatmap = plane_figure(trainer, cells).data[0]
    pixels = colour_pixels(np.asarray(heatmap.z)[::-1], heatmap.zmin, heatmap.zmax, heatmap.colorscale)
    framed = np.pad(pixels, ((FRAME, FRAME), (FRAME, FRAME), (0, 0)))
    framed[:FRAME], framed[-FRAME:], framed[:, :FRAME], framed[:, -FRAME:] = (rgba(run_colour(number)),) * 4
    return png_data_uri(framed)


def run_curves(runs, curves, legend=True):
    """Scatter traces of each run's `curves` [(History column, words)]: the first dashed, the second
    dotted, in the run's colour, faded; the words on hover, and with `legend` one legend entry per run
    (its name)."""
    traces, template = [], _("{run}, {curve}<br>epoch {epoch}: {value}")
    for run in runs:
        for (column, words), dash in zip(curves, DASHES):
            hover = template.format(run=run_name(run), curve=_(words), epoch="%{x}", value="%{y:.4f}")
            traces.append(go.Scatter(
                x=run.curves["epoch"], y=run.curves[column], mode="lines", name=run_name(run),
                legendgroup=run.name, showlegend=legend and column == curves[0][0], opacity=0.75,
                line=dict(color=run_colour(run.number), width=1.5, dash=dash),
                hovertemplate=f"{hover}<extra></extra>"))
    return traces
