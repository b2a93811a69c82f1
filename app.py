"""nnlab: run with `streamlit run app.py`. Declares the pages in the lecture's sections
(specs/pages.py); each page's script lives in views/ (the README says why not pages/)."""
import streamlit as st

from specs.pages import FIRST, PAGES, SECTIONS
from webui.icon import app_icon
from webui.page_style import style_page
from webui.plot import export_options_sidebar, presentation_on
from webui.server_memory import look_after_server_memory

st.set_page_config(page_title="nnlab", page_icon=app_icon(), layout="wide",
                   initial_sidebar_state="collapsed")


def home():
    st.title("nnlab: feed-forward neural networks, interactively")
    st.markdown(
        "nnlab accompanies an introductory lecture on neural networks. Train small networks live on "
        "toy 2D data, look inside every neuron, and follow the lecture's pictures: the neuron as an "
        "angle test, activation functions, softmax and losses, gradient descent and its optimizers, "
        "backpropagation, universal approximation, hidden representations and over-fitting. "
        "Every chart's camera button saves a PNG for slides.")
    st.page_link(f"views/{FIRST}.py", label=f"New here? Start with **{PAGES[FIRST].TITLE}**",
                 icon=":material/arrow_forward:")
    for section, specs in SECTIONS.items():
        st.subheader(section)
        for spec in specs:
            stem = spec.__name__.rsplit(".", 1)[1]
            st.page_link(f"views/{stem}.py", label=f"**{spec.TITLE}**: {spec.SUMMARY}", icon=spec.ICON)


def page(spec):
    stem = spec.__name__.rsplit(".", 1)[1]
    return st.Page(f"views/{stem}.py", title=spec.SHORT, icon=spec.ICON)


navigation = st.navigation(
    {"": [st.Page(home, title="Home", icon=":material/home:", default=True)],
     **{section: [page(spec) for spec in specs] for section, specs in SECTIONS.items()}},
    position="top")
look_after_server_memory()
export_options_sidebar()
style_page(presentation_on())
navigation.run()
