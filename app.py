"""nnlab: run with `streamlit run app.py`. Declares the pages; each lives in pages/."""
import streamlit as st

st.set_page_config(page_title="nnlab", page_icon="🧠", layout="wide")

PAGES = [
    # (file in pages/, title, icon, one line for the home page)
]


def home():
    st.title("nnlab: feed-forward neural networks, interactively")
    st.markdown(
        "nnlab accompanies an introductory lecture on neural networks. Train small networks live on "
        "toy 2D data, look inside every neuron, and follow the lecture's pictures: the neuron as an "
        "angle test, activation functions, softmax and losses, gradient descent and its optimizers, "
        "backpropagation, universal approximation, hidden representations and over-fitting. "
        "Every chart's camera button saves a PNG for slides.")
    st.subheader("Pages")
    for path, title, icon, blurb in PAGES:
        st.page_link(path, label=f"**{title}**: {blurb}", icon=icon)


navigation = st.navigation([st.Page(home, title="Home", icon="🏠", default=True)]
                           + [st.Page(path, title=title, icon=icon) for path, title, icon, _ in PAGES])
navigation.run()
