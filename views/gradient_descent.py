"""Gradient descent on 2D loss surfaces: GD vs SGD vs minibatch, the learning rate, stopping rules,
and a race of optimizers."""
import streamlit as st

from lessons.gradient_descent import (
    RACE_TOLERANCE,
    SURFACES,
    learning_rate_regime,
    race_standings,
    said,
)
from lessons.language import _
from specs import gradient_descent as spec
from webui.controls import PageControls
from webui.labs import PageLab
from webui.messages import say
from webui.numbers import shown
from webui.plot import show_figure

PAGE = "gradient_descent"

st.title(_(spec.TITLE))
st.markdown(_("Gradient descent walks downhill on the loss surface: **w ← w − η ∇L(w)**, with learning "
              "rate η. Below, w has two components so the whole surface fits on the screen."))
controls = PageControls(PAGE, spec.CONTROLS)
lab = PageLab(PAGE, controls)
lab_box = st.container()  # the lab goes on top; it is drawn once the runs are known


def path_message(label, path, regime=None):
    kind = "error" if path.stop == "diverged" else "success" if path.stop != "max_steps" else "info"
    text = (_("**{label}**: {message}").format(label=said(label), message=path.message) if regime is None
            else _("**{label}**: {message} {regime}").format(label=said(label), message=path.message,
                                                             regime=regime))
    say(kind, text)


def race_result(standings, steps):
    """Who arrived (L − L* ≤ RACE_TOLERANCE) and when, best first; the others' gap at the end."""
    arrived = [s for s in standings if s.arrival is not None]
    late = [s for s in standings if s.arrival is None]
    text = _("**How this race went** (arrived: L(w) − L(w*) ≤ {tolerance:g}): ").format(
        tolerance=RACE_TOLERANCE)
    if arrived:
        text += _("{optimizer} arrived first, at step {step}").format(
            optimizer=said(arrived[0].label), step=arrived[0].arrival) + "".join(
            _("; {optimizer} at step {step}").format(optimizer=said(s.label), step=s.arrival)
            for s in arrived[1:]) + _(". ")
    if late:
        gaps = _(", ").join(_("{optimizer} (L − L* = {gap:.2g} at the end)").format(
            optimizer=said(s.label), gap=shown(s.final_gap)) for s in late)
        text += (_("Not arrived in {steps} steps: {gaps}.") if arrived else
                 _("None arrived in {steps} steps; closest first: {gaps}.")).format(steps=steps, gaps=gaps)
    return text


def race_reasons(surface, winners, steps):
    """Why the order is what it is, and who wins on each surface at its own presets."""
    text = _("**Why:** on a quadratic surface like this one, plain gradient descent multiplies each "
             "component's distance to the minimum by 1 − η·aᵢ per step (aᵢ its curvature), so a "
             "well-chosen η is hard to beat.") if surface.quadratic else _("**Why:**")
    winning = _("; ").join(
        (_("{surface}: {optimizer} (at step {step})") if winner.arrival is not None else
         _("{surface}: {optimizer} (none arrived; closest at the end, L − L* = {gap:.2g})")).format(
            surface=_(SURFACES[name].label), optimizer=said(winner.label), step=winner.arrival,
            gap=shown(winner.final_gap))
        for name, winner in winners.items())
    return text + " " + _(
        "Adagrad divides by the root of the *sum* of all its squared gradients, so its steps only "
        "shrink and it can stall before it arrives; RMSProp and Adam divide by a running *average*, "
        "which forgets old gradients. The winner depends on the surface: at each surface's own start "
        "and learning rates, over {steps} steps, {winners}.").format(steps=steps, winners=winning)


top = st.columns([2, 1, 1, 1])
surface = SURFACES[controls("surface", top[0])]
controls("w1", top[1])
controls("w2", top[2])
controls("max_steps", top[3])
st.markdown(_("**{formula}**  ·  minimum at w* = ({w1:.3g}, {w2:.3g}); largest curvature there "
              "L_max = {curvature:.3g}, so plain gradient descent needs η < 2/L_max = {limit:.3g}.").format(
    formula=surface.formula, w1=surface.minimum[0], w2=surface.minimum[1], curvature=surface.curvature,
    limit=2 / surface.curvature))

# --- GD, SGD, minibatch -------------------------------------------------------------------------
st.header(_("Full gradient, one sample, a minibatch"))
st.markdown(_("**GD** uses the exact gradient of the mean loss; **SGD** the gradient of one random "
              "sample; **minibatch** the mean over B samples, which is B times less noisy in variance. "
              "Here the gradients come from random samples of the data.") if surface.minibatch_gradient
            else _("**GD** uses the exact gradient of the mean loss; **SGD** the gradient of one random "
                   "sample; **minibatch** the mean over B samples, which is B times less noisy in "
                   "variance. On a formula surface, the sample gradient is modelled as the exact "
                   "gradient plus noise of standard deviation σ/√B (σ = {sigma:g}).").format(
                sigma=surface.gradient_noise))
cols = st.columns(3)
for column, name in zip(cols, ("learning_rate", "batch_size", "seed")):
    controls(name, column)
batch_slot = st.columns([3, 2])

# --- learning rate and stopping rules ------------------------------------------------------------
st.header(_("The learning rate, and when to stop"))
cols = st.columns(3)
for column, name in zip(cols, ("rate_small", "rate_right", "rate_big")):
    controls(name, column)
cols = st.columns(2)
controls("step_epsilon", cols[0])
controls("gradient_epsilon", cols[1])
rates_slot = st.columns([3, 2])

# --- optimizer race --------------------------------------------------------------------------------
st.header(_("Optimizer race"))
st.markdown(_("The same start, the same surface, five update rules (the engine's own optimizers). "
              "Momentum adds a fraction of the previous step; Adagrad, RMSProp and Adam divide each "
              "component's step by a running size of its gradients, so their η is a step length, not a "
              "multiple of the gradient. Press **{play}** on the chart to replay it step by step.").format(
    play=_("Play race")))
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
    text = _("{optimizer}: {message}").format(optimizer=said(label), message=path.message)
    if path.stop == "diverged":
        say("error", text)
    else:
        st.caption(text)
controls.write_link()
