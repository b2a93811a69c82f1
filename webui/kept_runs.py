"""Compare runs: a page's kept runs (specs/kept_runs.py) in session state, the "Keep run" button
and the panel that lists them (picture, final numbers, the settings that differ from the page's now),
each with Forget and "Use these settings" (which puts them back and starts again at epoch 0).

The page draws each run's curves in its live charts (figures/kept_runs.py) from `runs`."""
import math

import streamlit as st

from figures.kept_runs import run_name
from lessons.language import N_, _
from specs.kept_runs import MAX_KEPT, differences, forget, keep, training_link

from .messages import say
from .numbers import shown

FULL = N_("At most {count} runs are kept: forget one to keep another.")


class KeptRuns:
    """One page's kept runs. `trainer()`: the session's trainer when a button is clicked; `names`: the
    training settings a run keeps; `restore(settings)`: put a run's settings in the page's widgets
    and start again (the page knows what else goes with its settings)."""

    def __init__(self, page, controls, trainer, names, restore):
        self.page, self.controls, self.trainer, self.names, self.restore = (page, controls, trainer,
                                                                            names, restore)

    def _key(self, name):
        return f"{self.page}_{name}"

    @property
    def runs(self):
        """The kept runs, a tuple, by number."""
        return st.session_state.get(self._key("kept_runs"), ())

    def link(self):
        return training_link(self.controls.controls, self.controls.current(), self.names)

    # --- callbacks (idempotent: a run kept twice in one state is kept once) ------------------------
    def _keep(self):
        trainer = self.trainer()
        if trainer is None or not len(trainer.history):
            st.session_state[self._key("kept_note")] = N_(
                "Nothing to keep yet: train first (Play or Step).")
            return
        st.session_state[self._key("kept_runs")] = keep(self.runs, trainer, self.link())
        st.session_state[self._key("kept_note")] = None

    def _forget(self, number):
        st.session_state[self._key("kept_runs")] = forget(self.runs, number)

    def _restore(self, run):
        settings = self.controls.controls.read(run.settings)[0]
        self.restore({name: settings[name] for name in self.names})

    # --- drawing -----------------------------------------------------------------------------------
    def button(self, container):
        full = len(self.runs) >= MAX_KEPT
        # two words, no icon: the Playground's top bar keeps to one row at 1280 pixels
        container.button(_("Keep run"), key=self._key("keep_run"), on_click=self._keep, disabled=full,
                         help=_(FULL).format(count=MAX_KEPT) if full else _(
                             "Keep this run: its curves, its picture and its settings; the next runs "
                             "are drawn over them."))

    def panel(self):
        """The kept runs side by side: each one's picture, numbers and differences from now."""
        note = st.session_state.get(self._key("kept_note"))
        runs = self.runs
        if not runs and not note:
            return
        st.markdown(_("**Kept runs** ({count} of {most}) · their curves: dashed training, dotted test · "
                      "their settings that differ: the run's → now").format(count=len(runs),
                                                                            most=MAX_KEPT))
        if note:
            say("info", _(note))
        if len(runs) >= MAX_KEPT:
            st.caption(_(FULL).format(count=MAX_KEPT))
        now = self.link()
        row = st.container(horizontal=True, key=self._key("kept_runs"))
        for run in runs:
            box = row.container(border=True, width=320, key=self._key(f"kept_run_{run.number}"))
            picture, words = box.columns([1, 3], gap="small")
            picture.image(run.picture, width=64)
            words.markdown(_("**{run}** · epoch {epoch}").format(run=run_name(run),
                                                                 epoch=run.final.epoch))
            words.text(numbers(run.final))
            changed = differences(self.controls.controls, run.settings, now)
            box.text("\n".join(_("{setting}: {then} → {now}").format(setting=_(label), then=_(then),
                                                                       now=_(current))
                               for label, then, current in changed)
                     if changed else _("Same settings as now."))
            buttons = box.container(horizontal=True)
            buttons.button(_("Use these settings"), key=self._key(f"restore_run_{run.number}"),
                           on_click=self._restore, args=(run,), disabled=not changed,
                           help=_("Put this run's settings back and start again from epoch 0: "
                                  "the same seed replays it."))
            buttons.button(_("Forget"), key=self._key(f"forget_run_{run.number}"),
                           on_click=self._forget, args=(run.number,))


def numbers(metrics):
    """A run's final losses (and accuracies, for classification); "—" for what it has none of."""
    lines = [_("loss {train:.4f} (test {test:.4f})").format(train=shown(metrics.train_loss),
                                                           test=shown(metrics.test_loss))]
    if math.isfinite(metrics.train_accuracy):
        lines.append(_("accuracy {train:.1%} (test {test:.1%})").format(
            train=shown(metrics.train_accuracy), test=shown(metrics.test_accuracy)))
    return "\n".join(lines)
