"""The optimizer race: one frame per step, moving markers, and a surface the frames cannot erase."""
import re

import numpy as np
import pytest

from figures.gradient_descent import optimizer_race
from lessons.gradient_descent import SURFACES, run_path
from nncore import OPTIMIZERS


def _race(surface_name="bowl", steps=30):
    surface = SURFACES[surface_name]
    paths = {o: run_path(surface, o, 0.1, max_steps=steps) for o in OPTIMIZERS}
    return optimizer_race(surface, surface.grid(), paths), paths


def _animations(fig):
    """The args of every animate call the figure offers: its buttons' and its slider's steps."""
    calls = [button.args for menu in fig.layout.updatemenus for button in menu.buttons]
    calls += [step.args for slider in fig.layout.sliders for step in slider.steps]
    return calls


def test_race_figure_has_one_frame_per_step_and_moving_markers():
    fig, paths = _race()
    assert len(fig.frames) == 31
    frame = fig.frames[7]
    assert list(frame.data[0].x) == pytest.approx([p.points[7, 0] for p in paths.values()])
    assert list(frame.data[1].x) == [7] * len(paths)
    assert fig.layout.yaxis2.type == "log"


def test_every_frame_and_every_animation_step_keeps_the_static_traces():
    """Plotly animates without redraw (a transition) by redrawing the frame's traces alone, and on
    each subplot drops the layer of every trace type that is not animatable: only scatter traces
    survive it. So every trace is a scatter, and every frame updates only the moving markers, with
    data of their own type and length."""
    fig, paths = _race()
    assert _animations(fig) and all(args[1]["frame"]["redraw"] is False for args in _animations(fig))
    assert {trace.type for trace in fig.data} == {"scatter"}
    moving = [i for i, trace in enumerate(fig.data) if trace.name == "now"]
    assert len(moving) == 2
    for frame in fig.frames:
        assert list(frame.traces) == moving
        for index, data in zip(frame.traces, frame.data):
            assert data.type == fig.data[index].type
            assert len(data.x) == len(data.y) == len(paths)
    # The surface is drawn in the layout, which frames leave alone: its picture and its contours.
    (image,), (lines,) = fig.layout.images, fig.layout.shapes
    assert image.source.startswith("data:image/png;base64,") and (image.xref, image.yref) == ("x", "y")
    assert lines.type == "path" and (lines.xref, lines.yref) == ("x", "y")


@pytest.mark.parametrize("name", ["bowl", "rosenbrock"])
def test_the_contour_lines_lie_on_their_levels_and_are_joined(name):
    """Every point of the drawn contour lines lies on a grid line, where the grid's values,
    interpolated along that line, equal one of the 30 levels between the lowest and highest value
    (log levels on Rosenbrock's surface); the pieces are joined into lines inside the window."""
    surface = SURFACES[name]
    fig, _ = _race(name)
    path = fig.layout.shapes[0].path
    points = np.array(re.findall(r"(-?[\d.e+-]+),(-?[\d.e+-]+)", path), float)
    w1, w2, values = surface.grid()
    z = np.log10(1.0 + values - values.min()) if surface.log_levels else values
    levels = np.linspace(z.min(), z.max(), 32)[1:-1]
    off_column = np.abs(points[:, [0]] - w1[None, :]) / (w1[1] - w1[0])
    off_row = np.abs(points[:, [1]] - w2[None, :]) / (w2[1] - w2[0])
    on_column = off_column.min(axis=1) < off_row.min(axis=1)
    assert np.minimum(off_column.min(axis=1), off_row.min(axis=1)).max() < 0.01
    column, row = off_column.argmin(axis=1), off_row.argmin(axis=1)
    interpolated = np.where(on_column,
                            [np.interp(y, w2, z[:, i]) for y, i in zip(points[:, 1], column)],
                            [np.interp(x, w1, z[j, :]) for x, j in zip(points[:, 0], row)])
    nearest = np.abs(interpolated[:, None] - levels[None, :]).min(axis=1)
    assert nearest.max() < 0.1 * (levels[1] - levels[0])
    assert path.count("M") < len(points) / 10  # pieces joined into lines, not one per grid cell
    (a, b), (c, d) = surface.extent
    assert points[:, 0].min() >= a and points[:, 0].max() <= b
    assert points[:, 1].min() >= c and points[:, 1].max() <= d


def test_the_log_axis_writes_every_tick_as_a_power_of_ten():
    fig, _ = _race(steps=150)
    axis = fig.layout.yaxis2
    assert axis.type == "log" and len(axis.tickvals) >= 3
    exponents = [round(np.log10(value)) for value in axis.tickvals]
    assert list(axis.tickvals) == pytest.approx([10.0 ** e for e in exponents])
    superscript = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
    assert list(axis.ticktext) == ["10" + str(e).translate(superscript) for e in exponents]
    drawn = np.concatenate([trace.y for trace in fig.data if trace.yaxis == "y2"])
    assert axis.range[0] < np.log10(drawn.min()) and np.log10(drawn.max()) < axis.range[1]


def test_the_markers_at_the_last_step_are_not_clipped_and_the_button_says_play_race():
    fig, _ = _race()
    loss_markers = next(t for t in fig.data if t.name == "now" and t.xaxis == "x2")
    assert loss_markers.cliponaxis is False or fig.layout.xaxis2.range[1] > max(loss_markers.x)
    labels = [button.label for menu in fig.layout.updatemenus for button in menu.buttons]
    assert labels == ["Play race", "Pause"]
