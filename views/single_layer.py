"""Single-layer networks: winner-take-all, softmax, softmax vs hinge loss, regularization."""
import streamlit as st

from figures.single_layer import classifier_figures, softmax_bars
from nncore import OUTPUT_LOSSES, REGULARIZERS, Trainer
from lessons.single_layer import linear_classifier_config
from lessons.single_layer import score_problem, softmax_calculation
from webui import lecture_params
from webui.lecture_settings import SingleLayer as SETTINGS
from webui.live_controls import tick, trainer_controls
from webui.page_links import open_link, write_link
from webui.plot import show_figure

PAGE = "single_layer"
KEY = f"{PAGE}_trainer"
STEPS_PER_TICK = 10
WIDGETS = {"n_classes": f"{PAGE}_classes", "noise": f"{PAGE}_noise", "output": f"{PAGE}_loss",
           "learning_rate": f"{PAGE}_lr", "regularization": f"{PAGE}_reg",
           "regularization_rate": f"{PAGE}_lambda", "extra_features": f"{PAGE}_extra"}


def widget_values(settings):
    """The link's settings as the widgets hold them: the correct class as its row's index; the scores
    are the calculator's table itself (a data editor's value cannot be set)."""
    return {f"{PAGE}_correct": list(settings["scores"]).index(settings["correct"]),
            **{key: settings[name] for name, key in WIDGETS.items()}}


st.title("Single-layer networks")
st.markdown(
    "With no hidden layer, class j gets the score **s_j = w_j·x + b_j**. **Winner-take-all** "
    "answers with the class of the largest score (a one-hot output); **softmax** turns the scores "
    "into probabilities **p_j = exp(s_j) / Σ_l exp(s_l)**.")
link = open_link(PAGE, lecture_params.single_layer, widget_values)

# --- the softmax calculator ---------------------------------------------------------------------
st.header("Softmax calculator")
rows = st.data_editor([{"class": name, "score": score} for name, score in link["scores"].items()],
                      num_rows="dynamic", key=f"{PAGE}_scores", hide_index=True)
names = [str(row.get("class") or f"class {i}") for i, row in enumerate(rows)]
scores = [row.get("score") for row in rows]
problem = score_problem(scores)
correct = None
if problem:
    st.warning(problem)
else:
    correct = st.selectbox("correct class", range(len(names)), format_func=names.__getitem__,
                           key=f"{PAGE}_correct")
    correct = min(correct, len(names) - 1)  # a deleted row may have held the chosen class
    calc = softmax_calculation(scores, correct)
    left, right = st.columns([1, 1])
    with left:
        st.dataframe([{"class": n, "score s": s, "e^s": f"{e:.4g}", "p = e^s / Σ e^s": f"{p:.4f}",
                       "WTA": int(one)} for n, s, e, p, one in zip(
                          names, calc.scores, calc.exponentials, calc.probabilities,
                          calc.winner_take_all)], hide_index=True)
        p_correct = calc.probabilities[correct]
        st.markdown(
            f"Σ e^s = {calc.exponentials.sum():.4g}\n\n"
            f"Cross-entropy loss **L = −ln p({names[correct]}) = −ln {p_correct:.4f} = "
            f"{calc.cross_entropy:.2f}** (natural log, as used in training).\n\n"
            f"The lecture's slide writes **{calc.cross_entropy_log10:.2f}**: that is the same quantity "
            f"in base 10, −log₁₀ p = L / ln 10. Only the unit differs.\n\n"
            f"Multiclass hinge (SVM) loss on the same scores: Σ_(j≠correct) max(0, s_j − s_correct + 1) "
            f"= **{calc.hinge:.2f}**.")
    with right:
        show_figure(softmax_bars(calc, names), PAGE, "softmax", key=f"{PAGE}_softmax_fig")


# --- a trained linear classifier --------------------------------------------------------------
st.header("A linear classifier trained live")
st.markdown("Gaussian blobs, one output unit per class, no hidden layer. Training minimises "
            "**L(W) = 1/N Σ Lᵢ + λ R(W)**: the mean loss over the data plus the weight penalty.")
c1, c2, c3, c4 = st.columns(4)
n_classes = c1.slider("classes", *SETTINGS.n_classes.args, key=WIDGETS["n_classes"])
noise = c1.slider("noise", *SETTINGS.noise.args, key=WIDGETS["noise"])
output = c2.radio("loss", SETTINGS.output.values, SETTINGS.output.index,
                  format_func=lambda name: OUTPUT_LOSSES[name].label, key=WIDGETS["output"])
learning_rate = c2.select_slider("learning rate", SETTINGS.learning_rate.values,
                                 SETTINGS.learning_rate.default, key=WIDGETS["learning_rate"])
regularization = c3.selectbox("regularizer R(W)", SETTINGS.regularization.values,
                              SETTINGS.regularization.index,
                              format_func=lambda name: REGULARIZERS[name].label,
                              key=WIDGETS["regularization"])
rate = c3.select_slider("λ (regularization rate)", SETTINGS.regularization_rate.values,
                        SETTINGS.regularization_rate.default, key=WIDGETS["regularization_rate"])
extra = c4.toggle("add extra inputs x₁², x₂², x₁x₂, sin x₁, sin x₂", key=WIDGETS["extra_features"],
                  help="The classifier stays linear in its inputs; the extra ones are mostly useless "
                       "here, which is where L1 shows its exact zeros.")
config = linear_classifier_config(n_classes, noise, output, learning_rate, regularization, rate, extra)

playing = trainer_controls(PAGE, config, "Step (one epoch)", Trainer.train_epoch)


@st.fragment(run_every=0.25 if playing else None)
def live_view():
    trainer = st.session_state[KEY]
    tick(PAGE, trainer, STEPS_PER_TICK)
    metrics = trainer.metrics()
    penalty_value = metrics.penalty / trainer.regularization_rate if trainer.regularization_rate else 0.0
    st.markdown(
        f"epoch {trainer.epoch} · step {trainer.steps} · train accuracy {metrics.train_accuracy:.1%} · "
        f"test accuracy {metrics.test_accuracy:.1%}\n\n"
        f"**L(W) = 1/N Σ Lᵢ + λR(W) = {metrics.train_loss:.4f} + {trainer.regularization_rate:g} × "
        f"{penalty_value:.4f} = {metrics.train_loss_total:.4f}**")
    figures = classifier_figures(trainer)
    left, right = st.columns([3, 2])
    with left:
        show_figure(figures["regions"], PAGE, "regions", key=f"{PAGE}_regions_fig")
    with right:
        show_figure(figures["weights"], PAGE, "weights", key=f"{PAGE}_hist_fig")
        show_figure(figures["loss terms"], PAGE, "loss terms", key=f"{PAGE}_loss_fig")


live_view()
write_link(lecture_params.single_layer, {
    "scores": dict(zip(names, scores)), "correct": None if correct is None else names[correct],
    "n_classes": n_classes, "noise": noise, "output": output, "learning_rate": learning_rate,
    "regularization": regularization, "regularization_rate": rate, "extra_features": extra})
st.caption("L1 (|w|) pulls every weight towards 0 at the same speed, so small, useless weights land "
           "on exactly 0 and stay there (a weight that would cross 0 is stopped at 0, as in "
           "TensorFlow Playground). L2 (w²) pulls in proportion to the weight: it shrinks all of "
           "them but leaves them non-zero. Hinge loss stops caring once the correct class wins by "
           "a margin of 1; cross-entropy keeps pushing the probabilities towards 1.")
