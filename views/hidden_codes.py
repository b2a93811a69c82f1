"""The 8-3-8 network: backprop on the eight one-hot patterns finds a 3-number code for each."""

import pandas as pd
import streamlit as st

from figures.hidden_codes import codes_figures
from nncore import OPTIMIZERS, OUTPUT_LOSSES
from lessons.hidden_codes import TRAINING_EPOCHS, code_table, codes_config
from webui import lecture_params
from webui.lecture_settings import HiddenCodes as SETTINGS
from webui.live_controls import tick, trainer_controls
from webui.page_links import open_link, write_link
from webui.plot import show_figure

PAGE = "hidden_codes"
STEPS_PER_TICK = 50
WIDGETS = {"output": f"{PAGE}_output", "optimizer": f"{PAGE}_opt", "learning_rate": f"{PAGE}_lr",
           "seed": f"{PAGE}_seed"}

st.title("Learning hidden representations: the 8-3-8 network")
st.markdown(
    "Eight inputs, three sigmoid hidden units, eight sigmoid outputs; the target is the input itself "
    "(one-hot patterns). Forward: **h = σ(W₁ᵀx + b₁)**, **y = σ(W₂ᵀh + b₂)**. To pass eight patterns "
    "through three units, backpropagation has to invent a code, often close to a 3-bit binary one. "
    f"The defaults learn it within a few hundred epochs; {TRAINING_EPOCHS} make the codes crisp.")
open_link(PAGE, lecture_params.hidden_codes, WIDGETS)

c1, c2, c3, c4 = st.columns(4)
output = c1.selectbox("output + loss", SETTINGS.output.values, SETTINGS.output.index,
                      format_func=lambda name: OUTPUT_LOSSES[name].label, key=WIDGETS["output"])
optimizer = c2.selectbox("optimizer", SETTINGS.optimizer.values, SETTINGS.optimizer.index,
                         format_func=lambda n: OPTIMIZERS[n].label, key=WIDGETS["optimizer"])
learning_rate = c3.select_slider("learning rate", SETTINGS.learning_rate.values,
                                 SETTINGS.learning_rate.default, key=WIDGETS["learning_rate"])
seed = c4.number_input("seed", *SETTINGS.seed.args, key=WIDGETS["seed"])
config = codes_config(output, optimizer, learning_rate, seed)
write_link(lecture_params.hidden_codes, {"output": output, "optimizer": optimizer,
                                         "learning_rate": learning_rate, "seed": seed})


playing = trainer_controls(PAGE, config, "Step (100 epochs)", lambda trainer: trainer.step(100))


def table_frame(table):
    """The lecture's table: input pattern, three hidden values, output pattern, and more."""
    return pd.DataFrame({
        "input": ["".join(str(int(v)) for v in row) for row in table.inputs],
        "h₁": table.hidden[:, 0], "h₂": table.hidden[:, 1], "h₃": table.hidden[:, 2],
        "binary code": ["".join(str(v) for v in row) for row in table.binary],
        "output (rounded)": ["".join(str(int(round(v))) for v in row) for row in table.outputs],
        "reconstructed": [f"{'✓' if r == i else '✗'} {r + 1}"
                          for i, r in enumerate(table.reconstructed)],
    })


@st.fragment(run_every=0.2 if playing else None)
def live_view():
    trainer = st.session_state[f"{PAGE}_trainer"]
    tick(PAGE, trainer, STEPS_PER_TICK)
    table = code_table(trainer)
    m1, m2, m3, m4 = st.columns(4)
    m1.metric("epoch", trainer.epoch)
    m2.metric("loss", f"{trainer.metrics().train_loss:.4f}")
    m3.metric("reconstructed (argmax)", f"{table.n_reconstructed}/8")
    m4.metric("distinct binary codes", f"{table.n_distinct_binary}/8",
              help=f"closest two real-valued codes: {table.min_code_distance:.3f} apart")
    figures = codes_figures(table, trainer.history)
    left, right = st.columns([3, 2])
    with left:
        st.dataframe(table_frame(table), hide_index=True,
                     column_config={h: st.column_config.NumberColumn(format="%.2f")
                                    for h in ("h₁", "h₂", "h₃")})
        show_figure(figures["table heatmap"], PAGE, "table heatmap", key=f"{PAGE}_heat_fig")
    with right:
        show_figure(figures["code cube"], PAGE, "code cube", key=f"{PAGE}_cube_fig")
        show_figure(figures["loss"], PAGE, "loss", key=f"{PAGE}_loss_fig")


live_view()
st.caption("Binary code: each hidden value rounded to 0 or 1, i.e. the nearest corner of the cube. "
           "Reconstructed: the output unit with the largest value; ✓ when it is the input's own.")
