"""nnlab: run with `streamlit run app.py`. Declares the pages; each lives in views/ (the README says
why not pages/)."""
import streamlit as st

from webui.server_memory import look_after_server_memory
from webui.plot import export_options_sidebar

st.set_page_config(page_title="nnlab", page_icon="🧠", layout="wide")

PAGES = [
    # (file in views/, title, icon, one line for the home page)
    ("views/playground.py", "Playground", "🎛️",
     "train a network live on 2D data and watch every neuron; share a configuration as a link"),
    ("views/neuron.py", "The artificial neuron", "🔘",
     "s = w·x + b and h = g(s), the angle test with its cone, one neuron as a linear classifier"),
    ("views/activations.py", "Activation functions", "📈",
     "sigmoid, tanh, ReLU, leaky ReLU, linear with their derivatives and vanishing gradients"),
    ("views/single_layer.py", "Single-layer networks", "🎯",
     "softmax calculator, winner-take-all, softmax vs hinge loss, L1/L2 regularization live"),
    ("views/gradient_descent.py", "Gradient descent", "⛰️",
     "loss surfaces, GD vs SGD vs minibatch, learning rate, stopping rules, optimizer race"),
    ("views/capacity.py", "From one neuron to a hidden layer", "🧩",
     "XOR and circle: one neuron fails, a hidden layer separates them; linear hidden units do not"),
    ("views/universal_approximation.py", "Universal approximation", "〰️",
     "fit 1D curves live, each hidden unit's contribution stacked; bumps from two sigmoids"),
    ("views/hidden_codes.py", "Hidden representations: 8-3-8", "🧬",
     "the 8-3-8 network learns a code for eight patterns: table, heatmap, unit cube"),
    ("views/backprop.py", "Backpropagation step by step", "🔁",
     "computation graph with Forward / Backward / Update, error signals checked numerically"),
    ("views/numpy_net.py", "A two-layer net in NumPy", "🐍",
     "the lecture's NumPy program next to the same loop live on nncore (and PyTorch)"),
    ("views/overfitting.py", "Over- and underfitting", "🎚️",
     "capacity and regularization sliders, train/test curves, early stopping, the U-shaped test loss"),
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
look_after_server_memory()
export_options_sidebar()
navigation.run()
