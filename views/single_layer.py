"""Single-layer networks: winner-take-all, softmax, softmax vs hinge loss, regularization."""
import streamlit as st

from lessons.language import _
from lessons.single_layer import score_problem
from specs import single_layer as spec
from webui.controls import PageControls
from webui.labs import PageLab
from webui.live import LiveTraining
from webui.live_chart import live_chart
from webui.messages import literal, say
from webui.numbers import shown
from webui.page_style import picture_first

PAGE = "single_layer"
STEPS_PER_TICK = 10

st.title(_(spec.TITLE))
st.markdown(_(
    "With no hidden layer, class j gets the score **s_j = w_j·x + b_j**. **Winner-take-all** "
    "answers with the class of the largest score (a one-hot output); **softmax** turns the scores "
    "into probabilities **p_j = exp(s_j) / Σ_l exp(s_l)**."))
controls = PageControls(PAGE, spec.CONTROLS)
LINK = controls.key("link")


def show_scores(settings):
    """Show me: the calculator's table starts again from the solution's scores."""
    link_settings, notes = st.session_state[LINK]
    st.session_state[LINK] = {**link_settings, "scores": settings["scores"]}, notes
    st.session_state.pop(controls.key("scores"), None)


live = LiveTraining(PAGE, STEPS_PER_TICK, _("Step"), step_help=_("Train one epoch"))
lab = PageLab(PAGE, controls, live, also=show_scores)
lab_box = st.container()  # the lab goes on top; it is drawn once the trainer is known

# --- the softmax calculator ---------------------------------------------------------------------
st.header(_("Softmax calculator"))
# A data editor's value cannot be set: it starts from the link's scores and keeps the edits.
rows = st.data_editor([{"class": name, "score": score}
                       for name, score in controls.link_settings["scores"].items()],
                      num_rows="dynamic", key=controls.key("scores"), hide_index=True,
                      column_config={"class": st.column_config.Column(_("class")),
                                     "score": st.column_config.Column(_("score"))})
names = [str(row.get("class") or f"class {i}") for i, row in enumerate(rows)]
scores = [row.get("score") for row in rows]
problem = score_problem(scores) or (len(set(names)) != len(names) and _("Give every class its own name."))
if problem:
    say("warning", problem)
else:
    controls.set("scores", dict(zip(names, scores)))
    correct = controls("correct")
    calc = spec.calculation(controls.settings())
    left, right = st.columns([1, 1])
    with left:
        st.dataframe([{_("class"): n, _("score s"): s, "e^s": f"{shown(e):.4g}",
                       "p = e^s / Σ e^s": f"{shown(p):.4f}", "WTA": int(one)} for n, s, e, p, one in zip(
                          names, calc.scores, calc.exponentials, calc.probabilities,
                          calc.winner_take_all)], hide_index=True)
        p_correct = calc.probabilities[names.index(correct)]
        st.markdown("\n\n".join((
            f"Σ e^s = {shown(calc.exponentials.sum()):.4g}",
            _("Cross-entropy loss **L = −ln p({correct}) = −ln {p:.4f} = {loss:.2f}** (natural log, as "
              "used in training).").format(correct=literal(correct), p=shown(p_correct),
                                           loss=shown(calc.cross_entropy)),
            _("The lecture's slide writes **{loss:.2f}**: that is the same quantity in base 10, "
              "−log₁₀ p = L / ln 10. Only the unit differs.").format(loss=shown(calc.cross_entropy_log10)),
            _("Multiclass hinge (SVM) loss on the same scores: Σ_(j≠correct) max(0, s_j − s_correct + 1) "
              "= **{loss:.2f}**.").format(loss=shown(calc.hinge)))))
    with right:
        live_chart(spec.figures(controls.settings(), None, ["softmax"])["softmax"], PAGE, "softmax")


# --- a trained linear classifier --------------------------------------------------------------
st.header(_("A linear classifier trained live"))
st.markdown(_("Gaussian blobs, one output unit per class, no hidden layer. Training minimises "
              "**L(W) = 1/N Σ Lᵢ + λ R(W)**: the mean loss over the data plus the weight penalty."))
settings_area, picture_area = picture_first(PAGE)
with settings_area:
    c1, c2, c3, c4 = st.columns(4)
    controls("n_classes", c1)
    controls("noise", c1)
    controls("output", c2)
    controls("learning_rate", c2)
    controls("regularization", c3)
    controls("regularization_rate", c3)
    controls("extra_features", c4)
    settings = controls.settings()
    trainer = live.trainer(spec.config(settings))
    live.buttons()
with lab_box:
    lab.panel(settings, trainer)


def draw(trainer):
    metrics = trainer.metrics()
    penalty_value = metrics.penalty / trainer.regularization_rate if trainer.regularization_rate else 0.0
    st.markdown(
        _("epoch {epoch} · step {steps} · train accuracy {train:.1%} · test accuracy {test:.1%}").format(
            epoch=trainer.epoch, steps=trainer.steps, train=shown(metrics.train_accuracy),
            test=shown(metrics.test_accuracy)) + "\n\n"
        f"**L(W) = 1/N Σ Lᵢ + λR(W) = {shown(metrics.train_loss):.4f} + {trainer.regularization_rate:g} × "
        f"{shown(penalty_value):.4f} = {shown(metrics.train_loss_total):.4f}**")
    figures = spec.figures(settings, trainer, spec.LIVE_CHARTS)
    left, right = st.columns([3, 2])
    with left:
        live_chart(figures["regions"], PAGE, "regions")
    with right:
        live_chart(figures["weights"], PAGE, "weights")
        live_chart(figures["loss terms"], PAGE, "loss terms")
    if lab.watch(settings, trainer):
        st.rerun()  # the lab above says which step turned done


with picture_area:
    live.fragment(draw)
controls.write_link()
st.caption(_("L1 (|w|) pulls every weight towards 0 at the same speed, so small, useless weights land "
             "on exactly 0 and stay there (a weight that would cross 0 is stopped at 0, as in "
             "TensorFlow Playground). L2 (w²) pulls in proportion to the weight: it shrinks all of "
             "them but leaves them non-zero. Hinge loss stops caring once the correct class wins by "
             "a margin of 1; cross-entropy keeps pushing the probabilities towards 1."))
