"""Live training, the same on every page that trains: the page's Trainer in session state, Play/Pause,
Step and Reset, the tick, the rebuild when the data or the network change, and the message when
training stops.

A page makes `LiveTraining(page, ...)` each run, gets its trainer with `trainer(config, ...)`, draws
`buttons()` and then `fragment(draw)`: a st.fragment that reruns every TICK_SECONDS while playing,
trains one tick and calls draw(trainer), which draws everything that changes while training plays
(charts through webui.live_chart, which updates them in place). Button callbacks are idempotent: a
click can arrive twice while charts update (../shared/DESIGN.md).
"""
import time

import streamlit as st

from lessons.language import N_, _
from nncore import Trainer, make_dataset

from .messages import say
from .plot import session_palette
from .streamlit_private import wait_until_sent
from .turns import Turns

TICK_SECONDS = 0.1  # the browser asks for a tick this often while playing
SEND_TIMEOUT = 1.0  # seconds a tick waits at most for its update to be sent (a starved server)
TICKS = Turns()  # the process's sessions tick one at a time, in turn
DIVERGED_ADVICE = N_("The learning rate is too high for this network: lower it, then press Reset.")
DIVERGED = N_("Training stopped at epoch {epoch} (step {step}): {cause}. The weights are the last finite ones.")
# What nncore's Trainer says became non-finite (its `divergence_cause`), for the catalog.
CAUSES = (N_("the loss became infinite or NaN"), N_("the loss gradient became infinite or NaN"),
          N_("a weight became infinite or NaN"))
# Keyboard shortcuts of the buttons: plain keys, which Streamlit ignores while a text or number input
# has focus (C and R are Streamlit's own; 0 for Reset: back to epoch 0).
SHORTCUTS = {"play": "P", "step": "S", "reset": "0"}


class LiveTraining:
    """One page's live training. `steps_per_tick`: updates per tick (a number, or a function giving
    it); `step(trainer)`: what Step does; `advance(trainer, steps)`: how a tick trains (default
    trainer.step); `limit`: training pauses once the trainer has taken that many steps. The button's
    `step_label` and `step_help` are messages (N_): the buttons show them translated."""

    def __init__(self, page, steps_per_tick, step_label=N_("Step"), step=Trainer.train_epoch,
                 advance=None, limit=None, step_help=None):
        self.page, self.steps_per_tick, self.step_label = page, steps_per_tick, step_label
        self.step_action, self.step_help, self.limit = step, step_help, limit
        self.advance = advance or (lambda trainer, steps: trainer.step(steps))

    def _key(self, name):
        return f"{self.page}_{name}"

    # --- state ---------------------------------------------------------------------------------
    @property
    def current(self):
        """The session's Trainer (None before the first `trainer` call or after Reset)."""
        return st.session_state.get(self._key("trainer"))

    @property
    def playing(self):
        return bool(st.session_state.get(self._key("playing"), False))

    @property
    def crowded(self):
        """Whether other sessions of this process wait for their tick now: a tick may then do less."""
        return TICKS.waiting() > 0

    @property
    def seconds(self):
        """Seconds the current trainer has spent training in ticks and steps."""
        return st.session_state.get(self._key("seconds"), 0.0)

    def _finished(self, trainer):
        return (trainer.diverged or trainer.n_train == 0  # no point to train on (all drawn ones removed)
                or (self.limit is not None and trainer.steps >= self.limit))

    def trainer(self, config=None, dataset=None, data_key=None, build=None):
        """The session's Trainer for `config`: rebuilt (by `build()`, or from config and `dataset`)
        when the network or the data change (`data_key` names data that are not the config's own),
        new data on the same network when only the data seed changed, otherwise given the config's
        learning rate, optimizer and regularization."""
        trainer = self.current
        changes = ([] if trainer is None or config is None else trainer.config.rebuild_changes(config))
        if (trainer is None or st.session_state.get(self._key("data")) != data_key
                or set(changes) - {"data_seed"}):
            self.replace(build() if build else Trainer(config, dataset), data_key)
            return self.current
        if changes:  # Regenerate: the next data seed's points, the same weights
            if dataset is None:
                trainer.set_dataset(make_dataset(config.dataset, config.n_points, config.noise,
                                                 config.train_ratio, config.data_seed, config.n_classes))
            trainer.config = trainer.config.replace(data_seed=config.data_seed)
        if config is not None and trainer.config != config:
            trainer.set_training_options(config)
        return trainer

    def replace(self, trainer, data_key=None):
        """Make `trainer` the session's (a rebuild, or a loaded model), paused."""
        st.session_state.update({self._key("trainer"): trainer, self._key("data"): data_key,
                                 self._key("seconds"): 0.0, self._key("playing"): False})

    def set_data(self, dataset, data_key):
        """New data for the session's network (points drawn or removed): the trainer keeps its
        weights and goes on playing; `data_key` names the data as `trainer` is then given them."""
        self.current.set_dataset(dataset)
        st.session_state[self._key("data")] = data_key

    # --- buttons (callbacks run before the script: the trainer is the session's) ----------------
    def set_playing(self, playing):
        trainer = self.current
        st.session_state[self._key("playing")] = bool(playing and trainer and not self._finished(trainer))

    def step(self):
        trainer = self.current
        if trainer is not None and not self._finished(trainer):
            self._timed(lambda: self.step_action(trainer))

    def reset(self):
        """New initial weights (same seed), epoch 0: the next run rebuilds the trainer."""
        st.session_state[self._key("trainer")] = None
        st.session_state[self._key("playing")] = False

    def _timed(self, train):
        started = time.perf_counter()
        train()
        st.session_state[self._key("seconds")] = self.seconds + time.perf_counter() - started

    def buttons(self, container=None):
        """Play (or Pause), Step and Reset side by side in `container` (default: a row of their own)."""
        row = container or st.container(horizontal=True, vertical_alignment="bottom")
        trainer = self.current
        finished = trainer is None or self._finished(trainer)
        play = _("Key {key} plays and pauses.").format(key=SHORTCUTS["play"])
        if self.playing:
            row.button(_("Pause"), key=self._key("pause"), icon=":material/pause:", help=play,
                       on_click=self.set_playing, args=(False,), shortcut=SHORTCUTS["play"])
        else:
            row.button(_("Play"), key=self._key("play"), icon=":material/play_arrow:", help=play,
                       on_click=self.set_playing, args=(True,), disabled=finished,
                       shortcut=SHORTCUTS["play"])
        step_help = _("{action} (key {key})").format(action=_(self.step_help or self.step_label),
                                                     key=SHORTCUTS["step"])
        row.button(_(self.step_label), key=self._key("step"), icon=":material/skip_next:",
                   on_click=self.step, disabled=finished, help=step_help, shortcut=SHORTCUTS["step"])
        row.button(_("Reset"), key=self._key("reset"), icon=":material/restart_alt:", on_click=self.reset,
                   help=_("New initial weights (same seed), epoch 0 (key {key})").format(key=SHORTCUTS["reset"]),
                   shortcut=SHORTCUTS["reset"])

    # --- the live view ---------------------------------------------------------------------------
    def tick(self):
        """Train one tick while playing; once training has stopped (diverged, or at the limit) pause,
        with a full rerun that stops the fragment's timer and shows Play again."""
        trainer = self.current
        if self.playing and not self._finished(trainer):
            steps = self.steps_per_tick() if callable(self.steps_per_tick) else self.steps_per_tick
            if self.limit is not None:
                steps = min(steps, self.limit - trainer.steps)
            self._timed(lambda: self.advance(trainer, steps))
            if self._finished(trainer):
                self.set_playing(False)
                st.rerun()
        if trainer.diverged:
            say("error", _("{stopped} {advice}").format(stopped=_diverged(trainer), advice=_(DIVERGED_ADVICE)))

    def fragment(self, draw):
        """Run the live view: a fragment that ticks while playing and calls draw(trainer)."""
        @st.fragment(run_every=TICK_SECONDS if self.playing else None)
        def live_view():
            with TICKS, session_palette():  # a tick runs the fragment alone, without app.py's palette
                self.tick()
                draw(self.current)
            if self.playing:  # the next tick must not start before this one's update has been sent
                wait_until_sent(SEND_TIMEOUT)

        live_view()


def _diverged(trainer):
    """The trainer's message on why training stopped, in the language spoken."""
    if trainer.divergence_cause is None:
        return trainer.divergence
    return _(DIVERGED).format(epoch=trainer.epoch, step=trainer.steps, cause=_(trainer.divergence_cause))
