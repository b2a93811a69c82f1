"""The lecture's two-layer ReLU network in NumPy (and PyTorch), next to the same loop run live on
nncore's Trainer from the same initial arrays."""
from pathlib import Path

import numpy as np
import streamlit as st

from figures.numpy_net import comparison_figures
from lessons.numpy_net import (D_IN, D_OUT, H, ITERATIONS, LEARNING_RATE, N, lecture_arrays,
                                lecture_trainer)
from lessons.numpy_net import LIVE, NUMPY_PROGRAM, TORCH_AVAILABLE, comparison, program_runs, train_live
from webui import lecture_params
from webui.lecture_settings import NumpyNet as SETTINGS
from webui.live_controls import is_playing, play_controls
from webui.page_links import open_link, write_link
from webui.plot import show_figure

PAGE = "numpy_net"
PROGRAMS = Path(__file__).resolve().parent.parent / "programs"
STEPS_PER_TICK = 10
TORCH_INSTALL = "pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu"

st.title("A two-layer ReLU network in NumPy")
st.markdown(
    f"N, D_in, H, D_out = {N}, {D_IN}, {H}, {D_OUT}: random standard-normal inputs, targets and "
    "weights, no biases. Forward **h = relu(x w₁)**, **ŷ = h w₂**; loss **Σ(ŷ − y)²**; backward "
    "by hand; gradient descent with learning rate "
    f"{LEARNING_RATE:g}, {ITERATIONS} iterations. The loss falls by about eleven orders of magnitude.")
open_link(PAGE, lecture_params.numpy_net)  # the seed's widget is f"{PAGE}_seed"
seed = st.number_input("seed of the random arrays", *SETTINGS.seed.args, key=f"{PAGE}_seed")
write_link(lecture_params.numpy_net, {"seed": seed})
cached_program_runs = st.cache_data(max_entries=4, show_spinner="Running the plain programs...")(
    program_runs)


def new_trainer():
    st.session_state[f"{PAGE}_run"] = (int(seed), lecture_trainer(*lecture_arrays(int(seed))), 0.0)


if st.session_state.get(f"{PAGE}_run", (None,))[0] != int(seed):
    new_trainer()

code, live = st.columns([1, 1])
with code:
    tabs = st.tabs(["NumPy", "PyTorch"])
    tabs[0].code((PROGRAMS / "two_layer_numpy.py").read_text(), language="python")
    with tabs[1]:
        if not TORCH_AVAILABLE:
            st.info(f"PyTorch is not installed here, so only its code is shown. For the CPU build: "
                    f"`{TORCH_INSTALL}`")
        st.code((PROGRAMS / "two_layer_torch.py").read_text(), language="python")

with live:
    st.markdown("**Live on nncore**: `Trainer` with one hidden ReLU layer of 100 units, "
                "`output='linear_sse'`, `use_bias=False`, SGD on the full batch, its weights set to "
                "the program's w₁, w₂.")
    playing, step_clicked = play_controls(PAGE, new_trainer, "Step (10 iterations)")
    if step_clicked:
        seed_used, trainer, seconds = st.session_state[f"{PAGE}_run"]
        st.session_state[f"{PAGE}_run"] = (seed_used, trainer, seconds + train_live(trainer, 10))

    @st.fragment(run_every=0.2 if playing else None)
    def live_view():
        seed_used, trainer, seconds = st.session_state[f"{PAGE}_run"]
        if is_playing(PAGE) and trainer.steps < ITERATIONS:
            seconds += train_live(trainer, STEPS_PER_TICK)
            st.session_state[f"{PAGE}_run"] = (seed_used, trainer, seconds)
        curves, milliseconds = comparison(trainer, seconds, cached_program_runs(seed_used))
        live_losses = curves[LIVE]
        same = np.array_equal(live_losses, curves[NUMPY_PROGRAM][:len(live_losses)])
        st.markdown(f"iteration **{trainer.steps}/{ITERATIONS}** · loss now "
                    f"**{trainer.metrics().train_loss:.4g}** · "
                    + ("identical to the NumPy program's numbers so far" if same else
                       "differs from the NumPy program"))
        figures = comparison_figures(curves, milliseconds)
        show_figure(figures["loss"], PAGE, "loss", key=f"{PAGE}_loss_fig")
        show_figure(figures["time"], PAGE, "time", key=f"{PAGE}_time_fig")

    live_view()
