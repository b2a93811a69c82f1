"""The optimizer race: one frame per step, moving markers."""
import pytest

from figures.gradient_descent import optimizer_race
from lessons.gradient_descent import SURFACES, run_path
from nncore import OPTIMIZERS


def test_race_figure_has_one_frame_per_step_and_moving_markers():
    bowl = SURFACES["bowl"]
    paths = {o: run_path(bowl, o, 0.1, max_steps=30) for o in OPTIMIZERS}
    fig = optimizer_race(bowl, bowl.grid(20), paths)
    assert len(fig.frames) == 31
    frame = fig.frames[7]
    assert list(frame.data[0].x) == pytest.approx([p.points[7, 0] for p in paths.values()])
    assert list(frame.data[1].x) == [7] * len(paths)
    assert fig.layout.yaxis2.type == "log"
