"""Gradient descent on 2D loss surfaces: GD vs SGD vs minibatch, the learning rate, stopping rules,
and a race of optimizers."""
import streamlit as st

from figures.gradient_descent import batch_figure, learning_rates_figure, optimizer_race
from lessons.gradient_descent import batch_paths, learning_rate_paths, race_paths
from lessons.gradient_descent import SURFACES, learning_rate_regime
from webui import lecture_params
from webui.lecture_settings import GradientDescent as SETTINGS
from webui.page_links import open_link, write_link
from webui.plot import show_figure

PAGE = "gradient_descent"
RATE = SETTINGS.learning_rate


@st.cache_data(show_spinner=False)
def surface_grid(name):
    return SURFACES[name].grid()


def surface_key(surface_name, key):
    return f"{PAGE}_{surface_name}_{key}"


def number(label, value, key, container=st, **kwargs):
    """A number input whose default follows the chosen surface (the key includes the surface)."""
    return container.number_input(label, value=float(value), key=surface_key(surface.name, key),
                                  format="%g", **kwargs)


# Where each setting's widget keeps its value; a start or learning rate in the chosen surface's key,
# so that a link's value replaces the surface's preset on the first run.
WIDGETS = {"max_steps": "steps", "batch_size": "batch", "seed": "seed", "race_steps": "race_steps"}
SURFACE_WIDGETS = {"w1": "w1", "w2": "w2", "learning_rate": "lr", "rate_small": "rate0",
                   "rate_right": "rate1", "rate_big": "rate2", "race_learning_rate": "race_plain",
                   "race_adaptive_rate": "race_adaptive"}
RULES = {"step_epsilon": ("step_rule", "step_eps"), "gradient_epsilon": ("grad_rule", "grad_eps")}


def widget_values(settings):
    values = {f"{PAGE}_surface": settings["surface"],
              **{f"{PAGE}_{key}": settings[name] for name, key in WIDGETS.items()},
              **{surface_key(settings["surface"], key): settings[name]
                 for name, key in SURFACE_WIDGETS.items()}}
    for name, (rule, epsilon) in RULES.items():  # a stopping rule is on where the link gives its ε
        values[f"{PAGE}_{rule}"] = settings[name] is not None
        if settings[name] is not None:
            values[f"{PAGE}_{epsilon}"] = settings[name]
    return values


st.title("Gradient descent")
st.markdown("Gradient descent walks downhill on the loss surface: **w ← w − η ∇L(w)**, with learning "
            "rate η. Below, w has two components so the whole surface fits on the screen.")
open_link(PAGE, lecture_params.gradient_descent, widget_values)

top = st.columns([2, 1, 1, 1])
name = top[0].selectbox("loss surface", SETTINGS.surface.values, SETTINGS.surface.index,
                        format_func=SETTINGS.surface.label, key=f"{PAGE}_surface")
surface = SURFACES[name]
start = (number("start w₁", surface.start[0], "w1", top[1], step=0.1),
         number("start w₂", surface.start[1], "w2", top[2], step=0.1))
max_steps = top[3].slider("max steps", *SETTINGS.max_steps.args, key=f"{PAGE}_steps")
st.markdown(f"**{surface.formula}**  ·  minimum at w* = ({surface.minimum[0]:.3g}, "
            f"{surface.minimum[1]:.3g}); largest curvature there L_max = {surface.curvature:.3g}, "
            f"so plain gradient descent needs η < 2/L_max = {2 / surface.curvature:.3g}.")
grid = surface_grid(name)

# --- GD, SGD, minibatch -------------------------------------------------------------------------
st.header("Full gradient, one sample, a minibatch")
st.markdown("**GD** uses the exact gradient of the mean loss; **SGD** the gradient of one random "
            "sample; **minibatch** the mean over B samples, which is B times less noisy in variance. "
            + ("Here the gradients come from random samples of the data." if surface.minibatch_gradient
               else "On a formula surface, the sample gradient is modelled as the exact gradient plus "
                    f"noise of standard deviation σ/√B (σ = {surface.gradient_noise:g})."))
cols = st.columns(3)
rate = number("learning rate η", surface.learning_rates[1], "lr", cols[0], min_value=RATE.low,
              max_value=RATE.high)
batch = cols[1].slider("minibatch size B", *SETTINGS.batch_size.args, key=f"{PAGE}_batch")
seed = cols[2].number_input("noise seed", *SETTINGS.seed.args, key=f"{PAGE}_seed")
paths = batch_paths(surface, rate, start, max_steps, batch, int(seed))
picture, words = st.columns([3, 2])
with picture:
    show_figure(batch_figure(surface, grid, paths, rate), PAGE, "gd sgd minibatch",
                key=f"{PAGE}_noise_fig")
with words:
    for label, path in paths.items():
        (st.error if path.stop == "diverged" else st.info)(f"**{label}**: {path.message}")

# --- learning rate and stopping rules ------------------------------------------------------------
st.header("The learning rate, and when to stop")
cols = st.columns(3)
rates = [number(f"η ({what})", value, f"rate{i}", cols[i], min_value=RATE.low, max_value=RATE.high)
         for i, (what, value) in enumerate(zip(("too small", "about right", "too big"),
                                               surface.learning_rates))]
cols = st.columns(2)
use_step_rule = cols[0].checkbox("stop when ||Δw|| ≤ ε", key=f"{PAGE}_step_rule")
step_epsilon = cols[0].number_input("ε for ||Δw||", *SETTINGS.step_epsilon.args, format="%g",
                                    key=f"{PAGE}_step_eps", disabled=not use_step_rule)
step_epsilon = step_epsilon if use_step_rule else None
use_gradient_rule = cols[1].checkbox("stop when ||∇L|| ≤ ε", key=f"{PAGE}_grad_rule")
gradient_epsilon = cols[1].number_input("ε for ||∇L||", *SETTINGS.gradient_epsilon.args, format="%g",
                                        key=f"{PAGE}_grad_eps", disabled=not use_gradient_rule)
gradient_epsilon = gradient_epsilon if use_gradient_rule else None
rate_paths = learning_rate_paths(surface, rates, start, max_steps, step_epsilon, gradient_epsilon)
picture, words = st.columns([3, 2])
with picture:
    show_figure(learning_rates_figure(surface, grid, rate_paths), PAGE, "learning rates",
                key=f"{PAGE}_rates_fig")
with words:
    for r, (label, path) in zip(rates, rate_paths.items()):
        text = f"**{label}**: {path.message} {learning_rate_regime(surface, r)}"
        (st.error if path.stop == "diverged" else st.success if path.stop != "max_steps"
         else st.info)(text)

# --- optimizer race --------------------------------------------------------------------------------
st.header("Optimizer race")
st.markdown("The same start, the same surface, five update rules (the engine's own optimizers). "
            "Momentum adds a fraction of the previous step; Adagrad, RMSProp and Adam divide each "
            "component's step by a running size of its gradients, so their η is a step length, not a "
            "multiple of the gradient. Press **▶ Race** on the chart to replay it step by step.")
cols = st.columns(3)
plain_rate = number("η for SGD and momentum", surface.learning_rates[1], "race_plain", cols[0],
                    min_value=RATE.low, max_value=RATE.high)
adaptive_rate = number("η for Adagrad, RMSProp, Adam", surface.adaptive_learning_rate,
                       "race_adaptive", cols[1], min_value=RATE.low, max_value=RATE.high)
race_steps = cols[2].slider("race steps", *SETTINGS.race_steps.args, key=f"{PAGE}_race_steps")
race = race_paths(surface, plain_rate, adaptive_rate, start, race_steps)
show_figure(optimizer_race(surface, grid, race), PAGE, "optimizer race", key=f"{PAGE}_race_fig")
for label, path in race.items():
    (st.error if path.stop == "diverged" else st.caption)(f"{label}: {path.message}")

write_link(lecture_params.gradient_descent, {
    "surface": name, "w1": start[0], "w2": start[1], "max_steps": max_steps, "learning_rate": rate,
    "batch_size": batch, "seed": seed, "rate_small": rates[0], "rate_right": rates[1],
    "rate_big": rates[2], "step_epsilon": step_epsilon, "gradient_epsilon": gradient_epsilon,
    "race_learning_rate": plain_rate, "race_adaptive_rate": adaptive_rate, "race_steps": race_steps})
