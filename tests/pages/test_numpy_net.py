"""The NumPy page."""
import numpy as np

from apptest import click, open_page
from lessons.numpy_net import NUMPY_PROGRAM
from page_charts import camera_file_names, charts, file_names
from specs import numpy_net as spec


def test_numpy_net_page():
    at = open_page("numpy_net")
    assert camera_file_names(at) == file_names("numpy_net")
    click(at, "Step (10 iterations)")
    assert at.session_state["numpy_net_trainer"].steps == 10
    assert any("identical" in m.value for m in at.markdown)
    assert len(charts(at)[0][0]["data"]) >= 2  # the live run and the plain program


def test_the_text_states_how_far_the_programs_loss_fell():
    at = open_page("numpy_net", {"seed": "1"})
    losses = spec.programs(1)[NUMPY_PROGRAM][0]
    orders = round(np.log10(losses[0] / losses[-1]))
    text = next(m.value for m in at.markdown if "orders of magnitude" in m.value)
    assert f"falls from {losses[0]:.2g} to {losses[-1]:.2g}, about {orders} orders of magnitude" in text
    assert orders == 15  # seed 1: 4.0e7 to 3.8e-8; the page used to say eleven whatever the seed
