"""nnlab: run with `streamlit run app.py`. Declares the pages in the lecture's sections
(specs/pages.py); each page's script lives in views/ (the README says why not pages/)."""
import streamlit as st

import labs
from lessons.language import _
from specs.pages import FIRST, PAGES, SECTIONS
from webui.labs import LESSON, progress
from webui.icon import app_icon
from webui.page_style import style_page
from webui.plot import export_options_sidebar, presentation_on, session_palette
from webui.server_memory import look_after_server_memory

st.set_page_config(page_title="nnlab", page_icon=app_icon(), layout="wide",
                   initial_sidebar_state="collapsed")


def home():
    st.title(_("nnlab: feed-forward neural networks, interactively"))
    st.markdown(_(
        "nnlab accompanies an introductory lecture on neural networks. Train small networks live on "
        "toy 2D data, look inside every neuron, and follow the lecture's pictures: the neuron as an "
        "angle test, activation functions, softmax and losses, gradient descent and its optimizers, "
        "backpropagation, universal approximation, hidden representations and over-fitting. "
        "Every chart's camera button saves a PNG for slides."))
    st.page_link(f"views/{FIRST}.py",
                 label=_("New here? Start with **{page}**").format(page=_(PAGES[FIRST].TITLE)),
                 icon=":material/arrow_forward:")
    for section, specs in SECTIONS.items():
        st.subheader(_(section))
        for spec in specs:
            stem = spec.__name__.rsplit(".", 1)[1]
            st.page_link(f"views/{stem}.py",
                         label=_("**{title}**: {summary}").format(title=_(spec.TITLE),
                                                                 summary=_(spec.SUMMARY)) + lab_done(stem),
                         icon=spec.ICON)


def lab_done(stem):
    """How far this session is in the page's lab, for Home's list."""
    lab = labs.of(stem)
    if lab is None:
        return ""
    done, total = progress(stem, lab.LAB)
    return _(" (lab: {done} of {total} steps done)").format(done=done, total=total)


def lesson_bar(stem):
    """Lesson mode: the previous and the next page in lecture order, and where this one is."""
    stems = list(PAGES)
    if stem not in stems:
        return
    at = stems.index(stem)
    bar = st.container(horizontal=True, vertical_alignment="center", key="lesson_bar")
    if at > 0:
        bar.page_link(f"views/{stems[at - 1]}.py",
                      label=_("Previous: {page}").format(page=_(PAGES[stems[at - 1]].SHORT)),
                      icon=":material/arrow_back:")
    bar.markdown(_("**Lesson, page {number} of {pages}: {title}**").format(
        number=at + 1, pages=len(stems), title=_(PAGES[stem].TITLE)))
    if at + 1 < len(stems):
        bar.page_link(f"views/{stems[at + 1]}.py",
                      label=_("Next: {page}").format(page=_(PAGES[stems[at + 1]].SHORT)),
                      icon=":material/arrow_forward:")


def page(spec):
    stem = spec.__name__.rsplit(".", 1)[1]
    return st.Page(f"views/{stem}.py", title=_(spec.SHORT), icon=spec.ICON)


navigation = st.navigation(
    {"": [st.Page(home, title=_("Home"), icon=":material/home:", default=True)],
     **{_(section): [page(spec) for spec in specs] for section, specs in SECTIONS.items()}},
    position="top")
look_after_server_memory()
export_options_sidebar()
style_page(presentation_on())
if st.session_state.get(LESSON):
    lesson_bar(navigation.url_path)
with session_palette():
    navigation.run()
