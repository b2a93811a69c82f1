"""A page's lab on the page (labs/<page>.py holds it): its numbered steps with the one in hand
shown, the prediction recorded before the student acts, the live check, the explanation once it
holds, "Show me" for a lecturer, and the page's challenge with the session's best score as a link.

Progress is kept per session (`progress`), and the step in hand is in the address bar (`?lab=3`), so
a lecturer can open "step 3 of this lab" directly. On a page that trains live, `watch` runs in the
live view every tick: a step whose check starts to hold turns done at once.
"""
import streamlit as st

import labs
from lessons.language import _
from specs import app

from .messages import say
from .share import page_address

# session state: {page: ...}; ANSWERED: {page: {step number: the answer, on the state that did it}}
DONE, PREDICTED, ANSWERED, BEST = "labs_done", "labs_predicted", "labs_answered", "labs_best"
LINK = "lab"  # the app's link parameter of the step in hand (specs/app.py)
LESSON = "lesson"  # the app's lesson mode (specs/app.py): each page's lab open on top


def progress(page, lab):
    """(steps done, steps) of `page`'s lab in this session."""
    return len(_done(page)), len(lab.steps)


def _done(page):
    return st.session_state.setdefault(DONE, {}).setdefault(page, set())


def _step_key(page):
    return f"{page}_lab_step"


def current_step(page, lab):
    """The number (from 1) of the step in hand: on the page's first visit the link's (`?lab=`), else
    the first step not done; then the one chosen."""
    key = _step_key(page)
    if st.session_state.get(key) is None:
        linked = (app.CONTROLS.read({LINK: st.query_params[LINK]})[0][LINK]  # the app names a bad one
                  if LINK in st.query_params else None)
        undone = [i for i in range(1, len(lab.steps) + 1) if i - 1 not in _done(page)]
        st.session_state[key] = linked if linked and linked <= len(lab.steps) else (undone or [1])[0]
    st.session_state[key] = st.session_state[key]  # kept while another page is on screen
    return st.session_state[key]


def watch(page, lab, settings, model, link=None, playing=False):
    """Mark the steps whose check holds as done and keep the challenge's best score (with `link`, the
    page's link parameters that scored it); while `playing`, not the steps about where to stop. True
    when a step turned done: a live view then reruns the page so that its lab says so."""
    done = _done(page)
    newly = [i for i, step in enumerate(lab.steps) if i not in done and not (playing and step.paused)
             and _holds(step.check, settings, model)]
    done.update(newly)
    answered = st.session_state.setdefault(ANSWERED, {}).setdefault(page, {})
    for i in newly:  # the prediction is about the state that did the task, not what follows it
        if lab.steps[i].prediction is not None:
            answered[i + 1] = _holds(lab.steps[i].prediction.result, settings, model, None)
    challenge = lab.challenge
    if challenge is not None:
        score = _holds(challenge.score, settings, model, None)
        best = st.session_state.setdefault(BEST, {})
        if score is not None and challenge.better(score, best.get(page, (None,))[0]):
            best[page] = score, dict(link or {})
    return bool(newly)


def _holds(check, settings, model, otherwise=False):
    try:
        return check(settings, model)
    except (ArithmeticError, LookupError, ValueError, TypeError):  # a state the check cannot read yet
        return otherwise


def expanded():
    """Whether the lab opens expanded: in lesson mode, or from a link to a step."""
    return bool(st.session_state.get(LESSON)) or LINK in st.query_params


class PageLab:
    """A page's lab on the page: `panel(settings, model)` draws it, `watch(settings, model)` checks it
    from the live view, and its Show me puts a solution's settings in the page's widgets (`controls`,
    the page's PageControls), then (`live`, the page's LiveTraining) makes the page's trainer the one
    the lab's `model` trains for it. `also(settings)`: what else the page sets up for a solution."""

    def __init__(self, page, controls, live=None, data_key=None, also=None):
        self.page, self.controls, self.live, self.data_key, self.also = page, controls, live, data_key, also
        self.module = labs.of(page)
        self.lab = self.module.LAB

    def show_me(self, solution):
        """Button callback: a step's or the challenge's solution set up (trained as far as it says)."""
        settings = labs.solution_settings(self.controls.controls, solution)
        self.controls.put(settings)
        if self.also is not None:
            self.also(settings)
        if self.live is not None:
            self.live.replace(self.module.model(settings, solution.train), self.data_key)

    def _playing(self):
        return self.live is not None and self.live.playing

    def watch(self, settings, model):
        return watch(self.page, self.lab, settings, model, self.controls.controls.link(settings),
                     self._playing())

    def panel(self, settings, model):
        panel(self.page, self.lab, settings, model, self.show_me, self.controls.controls.link(settings),
              self._playing())


def panel(page, lab, settings, model, show_me, link=None, playing=False):
    """The lab, in an expander. `show_me(solution_holder)` sets a step's (or the challenge's) solution
    up, as a button callback; `link`: the page's link parameters of `settings`; `playing`: whether
    the page's training plays."""
    watch(page, lab, settings, model, link, playing)
    done, total = progress(page, lab)
    number = current_step(page, lab)
    opened = f"{page}_lab_open"  # keyed: it stays open while its label counts the steps done
    st.session_state[opened] = st.session_state.get(opened, expanded())
    with st.expander(_("Lab: {done} of {total} steps done").format(done=done, total=total), key=opened,
                     on_change="rerun",
                     icon=":material/science:"):
        step = lab.steps[number - 1]
        head = st.container(horizontal=True, vertical_alignment="center")
        head.segmented_control(_("Lab step"), list(range(1, total + 1)), key=_step_key(page),
                               format_func=lambda i: f"{i} ✓" if i - 1 in _done(page) else str(i),
                               label_visibility="collapsed")
        head.markdown(_("**Step {number}: {title}**").format(number=number, title=said(step, step.title)))
        head.button(_("Show me"), key=f"{page}_lab_show_{number}", on_click=show_me, args=(step,),
                    icon=":material/visibility:", help=_("Set the solution up, for a demonstration"))
        parts = [part for part, shown in ((_prediction, step.prediction is not None), (_task, True),
                                          (_challenge, lab.challenge is not None)) if shown]
        for part, column in zip(parts, st.columns(max(len(parts), 2), gap="medium")):
            with column:
                part(page, lab, number, step, settings, model, show_me)
    if number != 1:
        if st.query_params.get(LINK) != str(number):
            st.query_params[LINK] = str(number)
    elif LINK in st.query_params:
        del st.query_params[LINK]


def said(step, text):
    """One of a step's texts in the language spoken, with its numbers (a text without any may hold
    braces, as LaTeX does)."""
    return _(text).format(**step.values) if step.values else _(text)


def _task(page, lab, number, step, settings, model, show_me):
    st.markdown(said(step, step.task))
    if number - 1 in _done(page):
        say("success", _("**Done.** {why}").format(why=said(step, step.why)))
    else:
        st.caption(_("The app checks this as you work: the step turns done when it holds."))


def _prediction(page, lab, number, step, settings, model, show_me):
    """The question, answered and locked in before acting; once the step is done, the answer."""
    prediction = step.prediction
    recorded = st.session_state.setdefault(PREDICTED, {}).setdefault(page, {})
    st.markdown(_("*Predict first:* {question}").format(question=said(step, prediction.question)))
    if number not in recorded:
        guess_key = f"{page}_lab_guess_{number}"
        if prediction.options:
            st.radio(_("Your prediction"), prediction.options, index=None, key=guess_key, horizontal=True,
                     format_func={option: _(option) for option in prediction.options}.get)
        else:
            st.number_input(_("Your prediction"), value=None, key=guess_key, format="%g")
        given = st.session_state.get(guess_key)
        if st.button(_("Lock in my prediction"), key=f"{page}_lab_lock_{number}", disabled=given is None):
            recorded[number] = given
            st.rerun()
        return
    given = recorded[number]
    answered = st.session_state.get(ANSWERED, {}).get(page, {})
    if number - 1 in _done(page) and answered.get(number) is not None:
        answer = answered[number]
        say("success" if prediction.matches(given, answer) else "warning",
            _("You predicted {}; the answer is {}."), _answer(given), _answer(answer))
    else:
        say("info", _("Your prediction: {}. Now do the task."), _answer(given))


def _answer(value):
    """A number to 3 digits; an option in the language spoken."""
    return f"{value:.3g}" if isinstance(value, float) else _(value) if isinstance(value, str) else value


def _challenge(page, lab, number, step, settings, model, show_me):
    challenge = lab.challenge
    st.markdown(_("**Challenge: {title}**").format(title=_(challenge.title)))
    st.markdown(_(challenge.task))
    score = _holds(challenge.score, settings, model, None)
    unit = _(challenge.unit)
    st.caption(_("Not met yet.") if score is None else
               _("Now: {score:g} {unit}.").format(score=score, unit=unit))
    best = st.session_state.get(BEST, {}).get(page)
    if best is not None:
        st.markdown(_("Your best this session: **{score:g} {unit}**, with these settings:").format(
            score=best[0], unit=unit))
        st.code(page_address(page, best[1]), language=None, wrap_lines=True)
    st.button(_("Show me a solution"), key=f"{page}_lab_show_challenge", on_click=show_me,
              args=(challenge,), icon=":material/visibility:")
