"""The lecture's two-layer ReLU network in NumPy (and PyTorch), next to the same loop run live on
nncore's Trainer from the same initial arrays."""
from pathlib import Path

import numpy as np
import streamlit as st

from lessons.language import _
from lessons.numpy_net import (
    D_IN,
    D_OUT,
    ITERATIONS,
    LEARNING_RATE,
    LIVE,
    NUMPY_PROGRAM,
    TORCH_AVAILABLE,
    H,
    N,
    comparison,
    orders_fallen,
    train_live,
)
from specs import numpy_net as spec
from webui.controls import PageControls
from webui.labs import PageLab
from webui.live import LiveTraining
from webui.live_chart import live_chart
from webui.numbers import shown
from webui.page_style import PICTURE_FIRST

PAGE = "numpy_net"
PROGRAMS = Path(__file__).resolve().parent.parent / "programs"
STEPS_PER_TICK = 10
TORCH_INSTALL = "pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu"

st.title(_(spec.TITLE))
intro = st.empty()  # written once the program has run: it states how far the loss fell
controls = PageControls(PAGE, spec.CONTROLS)
seed = controls("seed")
controls("learning_rate")
settings = controls.settings()
controls.write_link()
live = LiveTraining(PAGE, STEPS_PER_TICK, _("Step (10 iterations)"), advance=train_live,
                    step=lambda trainer: train_live(trainer, 10), limit=ITERATIONS)
lab = PageLab(PAGE, controls, live)
lab_box = st.container()  # the lab goes on top; it is drawn once the programs have run
live.trainer(spec.config(settings), build=lambda: spec.trainer(settings))
with st.spinner(_("Running the plain programs...")):
    programs = spec.programs(seed)
with lab_box:
    lab.panel(settings, live.current)
losses = programs[NUMPY_PROGRAM][0]
orders = orders_fallen(losses)
intro.markdown(
    (_("N, D_in, H, D_out = {n}, {d_in}, {h}, {d_out}: random standard-normal inputs, targets and "
       "weights, no biases. Forward **h = relu(x w₁)**, **ŷ = h w₂**; loss **Σ(ŷ − y)²**; backward by "
       "hand; gradient descent with learning rate {rate:g}, {iterations} iterations. In the NumPy "
       "program's run the loss falls from {first:.2g} to {last:.2g}, about {orders} orders of "
       "magnitude.") if orders is not None else
     _("N, D_in, H, D_out = {n}, {d_in}, {h}, {d_out}: random standard-normal inputs, targets and "
       "weights, no biases. Forward **h = relu(x w₁)**, **ŷ = h w₂**; loss **Σ(ŷ − y)²**; backward by "
       "hand; gradient descent with learning rate {rate:g}, {iterations} iterations. In the NumPy "
       "program's run the loss falls from {first:.2g} to {last:.2g}."))
    .format(n=N, d_in=D_IN, h=H, d_out=D_OUT, rate=LEARNING_RATE, iterations=ITERATIONS,
            first=shown(losses[0]), last=shown(losses[-1]), orders=orders))

with st.container(key=f"{PAGE}{PICTURE_FIRST}"):  # on a phone: the live run first
    code, right = st.columns([1, 1])
with code:
    tabs = st.tabs(["NumPy", "PyTorch"])
    tabs[0].code((PROGRAMS / "two_layer_numpy.py").read_text(), language="python")
    with tabs[1]:
        if not TORCH_AVAILABLE:
            st.info(_("PyTorch is not installed here, so only its code is shown. For the CPU build: "
                      "`{command}`").format(command=TORCH_INSTALL))
        st.code((PROGRAMS / "two_layer_torch.py").read_text(), language="python")


def draw(trainer):
    if lab.watch(settings, trainer):
        st.rerun()  # the lab above says which step turned done
    curves = comparison(trainer, live.seconds, programs)[0]
    same = np.array_equal(curves[LIVE], curves[NUMPY_PROGRAM][:len(curves[LIVE])])
    st.markdown((_("iteration **{steps}/{total}** · loss now **{loss:.4g}** · identical to the NumPy "
                   "program's numbers so far") if same else
                 _("iteration **{steps}/{total}** · loss now **{loss:.4g}** · differs from the NumPy "
                   "program")).format(steps=trainer.steps, total=ITERATIONS,
                                      loss=shown(trainer.metrics().train_loss)))
    figures = spec.figures(settings, spec.Run(trainer, live.seconds, programs))
    live_chart(figures["loss"], PAGE, "loss")
    live_chart(figures["time"], PAGE, "time")


with right:
    st.markdown(_("**Live on nncore**: `Trainer` with one hidden ReLU layer of 100 units, "
                  "`output='linear_sse'`, `use_bias=False`, SGD on the full batch, its weights set to "
                  "the program's w₁, w₂."))
    live.buttons()
    live.fragment(draw)
