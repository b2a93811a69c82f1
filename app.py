"""nnlab: run with `streamlit run app.py`. Declares the pages (specs/pages.py lists them in lecture
order); each page's script lives in views/ (the README says why not pages/)."""
import streamlit as st

from specs.pages import PAGES
from webui.icon import app_icon
from webui.plot import export_options_sidebar
from webui.server_memory import look_after_server_memory

st.set_page_config(page_title="nnlab", page_icon=app_icon(), layout="wide")


def home():
    st.title("nnlab: feed-forward neural networks, interactively")
    st.markdown(
        "nnlab accompanies an introductory lecture on neural networks. Train small networks live on "
        "toy 2D data, look inside every neuron, and follow the lecture's pictures: the neuron as an "
        "angle test, activation functions, softmax and losses, gradient descent and its optimizers, "
        "backpropagation, universal approximation, hidden representations and over-fitting. "
        "Every chart's camera button saves a PNG for slides.")
    st.subheader("Pages")
    for stem, spec in PAGES.items():
        st.page_link(f"views/{stem}.py", label=f"**{spec.TITLE}**: {spec.SUMMARY}", icon=spec.ICON)


navigation = st.navigation([st.Page(home, title="Home", icon=":material/home:", default=True)]
                           + [st.Page(f"views/{stem}.py", title=spec.TITLE, icon=spec.ICON)
                              for stem, spec in PAGES.items()])
look_after_server_memory()
export_options_sidebar()
navigation.run()
