"""Kept runs in the Playground's pictures: their curves beside the live ones, their framed picture."""
import numpy as np
import pytest

from builders import decode_png
from figures.kept_runs import ACCURACY_CURVES, FRAME, LOSS_CURVES, run_colour, run_curves, thumbnail
from figures.plane import plane_grid
from figures.playground import ViewOptions, playground_figures
from figures.raster import rgba
from figures.style import NEGATIVE, POSITIVE
from nncore import Config, Trainer
from specs.kept_runs import keep


def trained(epochs, **changes):
    return Trainer(Config(**changes)).train_to_epoch(epochs)


def kept_runs(count):
    """`count` runs kept from trainers trained 2, 4, ... epochs at learning rates 0.03, 0.1, 0.3."""
    runs = ()
    for k, rate in enumerate((0.03, 0.1, 0.3)[:count]):
        runs = keep(runs, trained(2 * k + 2, learning_rate=rate), {"learning_rate": str(rate)})
    return runs


def test_each_run_gives_a_dashed_training_and_a_dotted_test_curve_with_one_legend_entry():
    runs = kept_runs(3)
    traces = run_curves(runs, LOSS_CURVES)
    assert [(t.name, t.line.dash, t.showlegend) for t in traces] == [
        (f"run {n}", dash, dash == "dash") for n in (1, 2, 3) for dash in ("dash", "dot")]
    for trace, (run, (column, words)) in zip(traces, [(r, c) for r in runs for c in LOSS_CURVES]):
        np.testing.assert_array_equal(trace.x, run.curves["epoch"])
        np.testing.assert_array_equal(trace.y, run.curves[column])
        assert trace.line.color == run_colour(run.number) and words in trace.hovertemplate
    assert not any(t.showlegend for t in run_curves(runs, ACCURACY_CURVES, legend=False))


def test_kept_curves_come_after_the_live_ones_in_both_curve_charts():
    """live_chart.js reuses a trace drawn last tick by its index: the live curves keep theirs."""
    trainer, runs = trained(3), kept_runs(2)
    figures = playground_figures(trainer, ViewOptions(runs=runs))
    without = playground_figures(trainer, ViewOptions())
    for name, curves in (("loss", LOSS_CURVES), ("accuracy", ACCURACY_CURVES)):
        live = without[name].data
        assert figures[name].data[:len(live)] == live
        kept = figures[name].data[len(live):]
        assert [t.name for t in kept] == ["run 1", "run 1", "run 2", "run 2"]
        np.testing.assert_array_equal(kept[2].y, runs[1].curves[curves[0][0]])
    assert not any(t.showlegend for t in figures["accuracy"].data[2:])  # the loss chart names them


def test_the_picture_is_the_decision_boundary_first_row_on_top_framed_in_the_runs_colour():
    trainer = trained(60, dataset="xor", activation="relu", learning_rate=0.1)
    cells = 20
    pixels = decode_png(thumbnail(trainer, 2, cells)).astype(int)
    assert pixels.shape == (cells + 2 * FRAME, cells + 2 * FRAME, 4)
    frame = np.concatenate([pixels[:FRAME].reshape(-1, 4), pixels[:, :FRAME].reshape(-1, 4)])
    assert (frame == rgba(run_colour(2))).all()
    inside = pixels[FRAME:-FRAME, FRAME:-FRAME, :3][::-1].reshape(-1, 3)  # rows from x2 = -6 up
    _, grid = plane_grid(cells)
    output = trainer.predict(grid)[:, 0]
    sure = np.abs(output - 0.5) > 0.3
    assert sure.sum() > cells * cells / 4
    nearer_blue = (np.abs(inside - rgba(POSITIVE)[:3]).sum(axis=1)
                   < np.abs(inside - rgba(NEGATIVE)[:3]).sum(axis=1))
    np.testing.assert_array_equal(nearer_blue[sure], output[sure] > 0.5)


@pytest.mark.parametrize("changes", [dict(dataset="spiral_k", n_classes=3, output="softmax_ce"),
                                     dict(dataset="plane", output="linear_mse")])
def test_a_picture_for_every_kind_of_problem(changes):
    pixels = decode_png(thumbnail(trained(2, **changes), 1))
    inside = pixels[FRAME:-FRAME, FRAME:-FRAME]
    assert len(np.unique(inside.reshape(-1, 4), axis=0)) > 5  # a picture, not one colour
