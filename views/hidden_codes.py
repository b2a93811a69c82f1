"""The 8-3-8 network: backprop on the eight one-hot patterns finds a 3-number code for each."""
import pandas as pd
import streamlit as st

from lessons.hidden_codes import TRAINING_EPOCHS, code_table
from lessons.language import _
from specs import hidden_codes as spec
from webui.controls import PageControls
from webui.labs import PageLab
from webui.live import LiveTraining
from webui.live_chart import live_chart
from webui.numbers import shown
from webui.page_style import picture_first

PAGE = "hidden_codes"
STEPS_PER_TICK = 50
STEP_EPOCHS = 100  # what the Step button trains

st.title(_(spec.TITLE))
lab_box = st.container()  # the lab goes on top; it is drawn once the trainer is known
st.markdown(_(
    "Eight inputs, three sigmoid hidden units, eight sigmoid outputs; the target is the input itself "
    "(one-hot patterns). Forward: **h = σ(W₁ᵀx + b₁)**, **y = σ(W₂ᵀh + b₂)**. To pass eight patterns "
    "through three units, backpropagation has to invent a code, often close to a 3-bit binary one. "
    "The defaults learn it within a few hundred epochs; {epochs} make the codes crisp.").format(
        epochs=TRAINING_EPOCHS))
controls = PageControls(PAGE, spec.CONTROLS)
settings_area, picture_area = picture_first(PAGE)
with settings_area:
    for column, name in zip(st.columns(4), ("output", "optimizer", "learning_rate", "seed")):
        controls(name, column)
    settings = controls.settings()
    controls.write_link()
    live = LiveTraining(PAGE, STEPS_PER_TICK, _("Step ({epochs} epochs)").format(epochs=STEP_EPOCHS),
                        step=lambda trainer: trainer.step(STEP_EPOCHS))
    trainer = live.trainer(spec.config(settings))
    live.buttons()
lab = PageLab(PAGE, controls, live)
with lab_box:
    lab.panel(settings, trainer)


def table_frame(table):
    """The lecture's table: input pattern, three hidden values, output pattern, and more."""
    return pd.DataFrame({
        _("input"): ["".join(str(int(v)) for v in row) for row in table.inputs],
        "h₁": table.hidden[:, 0], "h₂": table.hidden[:, 1], "h₃": table.hidden[:, 2],
        _("binary code"): ["".join(str(v) for v in row) for row in table.binary],
        _("output (rounded)"): ["".join(str(int(round(v))) for v in row) for row in table.outputs],
        _("reconstructed"): [f"{'✓' if r == i else '✗'} {r + 1}"
                          for i, r in enumerate(table.reconstructed)],
    })


def draw(trainer):
    if lab.watch(settings, trainer):
        st.rerun()  # the lab above says which step turned done
    table = code_table(trainer)
    m1, m2, m3, m4 = st.columns(4)
    m1.metric(_("epoch"), trainer.epoch)
    m2.metric(_("loss"), f"{shown(trainer.metrics().train_loss):.4f}")
    m3.metric(_("reconstructed (argmax)"), f"{table.n_reconstructed}/8")
    m4.metric(_("distinct binary codes"), f"{table.n_distinct_binary}/8",
              help=_("closest two real-valued codes: {distance:.3f} apart").format(
                  distance=shown(table.min_code_distance)))
    figures = spec.figures(settings, trainer)
    left, right = st.columns([3, 2])
    with left:
        st.dataframe(table_frame(table), hide_index=True,
                     column_config={h: st.column_config.NumberColumn(format="%.2f")
                                    for h in ("h₁", "h₂", "h₃")})
        live_chart(figures["table heatmap"], PAGE, "table heatmap")
    with right:
        live_chart(figures["code cube"], PAGE, "code cube")
        live_chart(figures["loss"], PAGE, "loss")


with picture_area:
    live.fragment(draw)
st.caption(_("Binary code: each hidden value rounded to 0 or 1, i.e. the nearest corner of the cube. "
             "Reconstructed: the output unit with the largest value; ✓ when it is the input's own."))
