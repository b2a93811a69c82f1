"""Play / Pause / Step / Reset buttons for a page that trains live (callbacks are idempotent: a
button can fire twice while a chart updates)."""
from functools import partial

import streamlit as st

from nncore import Trainer


def is_playing(page):
    return bool(st.session_state.get(f"{page}_playing", False))


def set_playing(page, playing):
    st.session_state[f"{page}_playing"] = playing


def _reset(page, reset):
    reset()
    set_playing(page, False)


def play_controls(page, reset, step_label="Step"):
    """Draw the four buttons; `reset` is a callback that rebuilds the page's model.
    Returns (playing, step_clicked)."""
    playing = is_playing(page)
    play, pause, step, restart = st.columns(4)
    play.button("▶ Play", on_click=set_playing, args=(page, True), disabled=playing,
                key=f"{page}_play")
    pause.button("⏸ Pause", on_click=set_playing, args=(page, False), disabled=not playing,
                 key=f"{page}_pause")
    step_clicked = step.button(step_label, key=f"{page}_step")
    restart.button("↺ Reset", on_click=_reset, args=(page, reset), key=f"{page}_reset")
    return playing, step_clicked


def rebuild_trainer(page, config):
    st.session_state[f"{page}_trainer"] = Trainer(config)


def session_trainer(page, config):
    """The page's Trainer, kept in session state: rebuilt when `config` changes the data or the
    network, otherwise given the new learning rate / optimizer / regularization."""
    trainer = st.session_state.get(f"{page}_trainer")
    if trainer is None or trainer.config.needs_rebuild(config):
        rebuild_trainer(page, config)
    else:
        trainer.set_training_options(config)
    return st.session_state[f"{page}_trainer"]


def trainer_controls(page, config, step_label, step):
    """The page's session Trainer for `config` with its four buttons drawn, Reset rebuilding it and
    Step calling `step(trainer)`. Returns whether it is playing."""
    trainer = session_trainer(page, config)  # Reset's callback ran before this run: still the one
    playing, step_clicked = play_controls(page, partial(rebuild_trainer, page, config), step_label)
    if step_clicked:
        step(trainer)
    return playing


def tick(page, trainer, steps):
    """One tick of the live view: train `steps` updates while playing; say so if training stopped."""
    if is_playing(page) and not trainer.diverged:
        trainer.step(steps)
    if trainer.diverged:
        st.error(trainer.divergence)
