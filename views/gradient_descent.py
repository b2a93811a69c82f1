"""Gradient descent on 2D loss surfaces: GD vs SGD vs minibatch, the learning rate, stopping rules,
and a race of optimizers."""
import streamlit as st

from lessons.gradient_descent import RACE_TOLERANCE, SURFACES, learning_rate_regime, race_standings
from lessons.language import _
from specs import gradient_descent as spec
from webui.controls import PageControls
from webui.labs import PageLab
from webui.messages import say
from webui.numbers import shown
from webui.plot import show_figure

PAGE = "gradient_descent"

st.title(_(spec.TITLE))
st.markdown("Gradient descent walks downhill on the loss surface: **w ← w − η ∇L(w)**, with learning "
            "rate η. Below, w has two components so the whole surface fits on the screen.")
controls = PageControls(PAGE, spec.CONTROLS)
lab = PageLab(PAGE, controls)
lab_box = st.container()  # the lab goes on top; it is drawn once the runs are known


def path_message(label, path, extra=""):
    kind = "error" if path.stop == "diverged" else "success" if path.stop != "max_steps" else "info"
    say(kind, f"**{label}**: {path.message} {extra}")


def race_result(standings, steps):
    """Who arrived (L − L* ≤ RACE_TOLERANCE) and when, best first; the others' gap at the end."""
    arrived = [s for s in standings if s.arrival is not None]
    late = [s for s in standings if s.arrival is None]
    text = f"**How this race went** (arrived: L(w) − L(w*) ≤ {RACE_TOLERANCE:g}): "
    if arrived:
        text += f"{arrived[0].label} arrived first, at step {arrived[0].arrival}" + "".join(
            f"; {s.label} at step {s.arrival}" for s in arrived[1:]) + ". "
    if late:
        text += (f"Not arrived in {steps} steps: " if arrived else
                 f"None arrived in {steps} steps; closest first: ") + ", ".join(
            f"{s.label} (L − L* = {shown(s.final_gap):.2g} at the end)" for s in late) + "."
    return text


def race_reasons(surface, winners, steps):
    """Why the order is what it is, and who wins on each surface at its own presets."""
    text = ("**Why:** on a quadratic surface like this one, plain gradient descent multiplies each "
            "component's distance to the minimum by 1 − η·aᵢ per step (aᵢ its curvature), so a "
            "well-chosen η is hard to beat. " if surface.quadratic else "**Why:** ")
    text += ("Adagrad divides by the root of the *sum* of all its squared gradients, so its steps "
             "only shrink and it can stall before it arrives; RMSProp and Adam divide by a running "
             "*average*, which forgets old gradients. The winner depends on the surface: at each "
             f"surface's own start and learning rates, over {steps} steps, ")
    return text + "; ".join(
        f"{SURFACES[name].label}: {winner.label}"
        + (f" (at step {winner.arrival})" if winner.arrival is not None
           else f" (none arrived; closest at the end, L − L* = {shown(winner.final_gap):.2g})")
        for name, winner in winners.items()) + "."


top = st.columns([2, 1, 1, 1])
surface = SURFACES[controls("surface", top[0])]
controls("w1", top[1])
controls("w2", top[2])
controls("max_steps", top[3])
st.markdown(f"**{surface.formula}**  ·  minimum at w* = ({surface.minimum[0]:.3g}, "
            f"{surface.minimum[1]:.3g}); largest curvature there L_max = {surface.curvature:.3g}, "
            f"so plain gradient descent needs η < 2/L_max = {2 / surface.curvature:.3g}.")

# --- GD, SGD, minibatch -------------------------------------------------------------------------
st.header("Full gradient, one sample, a minibatch")
st.markdown("**GD** uses the exact gradient of the mean loss; **SGD** the gradient of one random "
            "sample; **minibatch** the mean over B samples, which is B times less noisy in variance. "
            + ("Here the gradients come from random samples of the data." if surface.minibatch_gradient
               else "On a formula surface, the sample gradient is modelled as the exact gradient plus "
                    f"noise of standard deviation σ/√B (σ = {surface.gradient_noise:g})."))
cols = st.columns(3)
for column, name in zip(cols, ("learning_rate", "batch_size", "seed")):
    controls(name, column)
batch_slot = st.columns([3, 2])

# --- learning rate and stopping rules ------------------------------------------------------------
st.header("The learning rate, and when to stop")
cols = st.columns(3)
for column, name in zip(cols, ("rate_small", "rate_right", "rate_big")):
    controls(name, column)
cols = st.columns(2)
controls("step_epsilon", cols[0])
controls("gradient_epsilon", cols[1])
rates_slot = st.columns([3, 2])

# --- optimizer race --------------------------------------------------------------------------------
st.header("Optimizer race")
st.markdown("The same start, the same surface, five update rules (the engine's own optimizers). "
            "Momentum adds a fraction of the previous step; Adagrad, RMSProp and Adam divide each "
            "component's step by a running size of its gradients, so their η is a step length, not a "
            "multiple of the gradient. Press **Play race** on the chart to replay it step by step.")
cols = st.columns(3)
for column, name in zip(cols, ("race_learning_rate", "race_adaptive_rate", "race_steps")):
    controls(name, column)

settings = controls.settings()
runs = spec.runs(settings)
figures = spec.figures(settings, runs)
with lab_box:
    lab.panel(settings, runs)
with batch_slot[0]:
    show_figure(figures["gd sgd minibatch"], PAGE, "gd sgd minibatch")
with batch_slot[1]:
    for label, path in runs.batch.items():
        path_message(label, path)
with rates_slot[0]:
    show_figure(figures["learning rates"], PAGE, "learning rates")
with rates_slot[1]:
    for rate, (label, path) in zip(spec.learning_rates(settings), runs.rates.items()):
        path_message(label, path, learning_rate_regime(surface, rate))
show_figure(figures["optimizer race"], PAGE, "optimizer race")
st.markdown(race_result(race_standings(surface, runs.race), settings["race_steps"]))
st.markdown(race_reasons(surface, spec.preset_winners(settings["race_steps"]), settings["race_steps"]))
for label, path in runs.race.items():
    if path.stop == "diverged":
        say("error", f"{label}: {path.message}")
    else:
        st.caption(f"{label}: {path.message}")
controls.write_link()
