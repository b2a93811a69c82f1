"""What each page exports: PAGES maps a page (its views/ file stem, also the first part of its image
file names) to a function from the page's configuration, as query parameters {name: text}, to its
figures [(figure name, go.Figure)], under the names the page gives its charts and drawn by the same
functions the page calls. A parameter left out takes the page's default; an unknown or bad one raises
ValueError naming it. The lecture pages' functions live in lecture1_pages.py and lecture2_pages.py;
they read a page's settings with the parser its link uses (webui/lecture_params.py).
"""
from figures.playground import playground_figures
from nncore import Trainer
from lessons.overfitting import train_to_epoch
from webui import playground_session
from webui.query import Query
from webui.urlstate import HIDE, config_from_params

from . import lecture1_pages, lecture2_pages


def playground_page(params):
    """views/playground.py: its shareable link (webui/urlstate.py) plus `epochs` (default 50) to train
    before drawing, since a link holds the configuration but not the weights."""
    epochs = Query({"epochs": params["epochs"]} if "epochs" in params else {}).epochs(50)
    # `hide=` changes which controls the page shows, not its figures.
    link = {name: text for name, text in params.items() if name not in ("epochs", HIDE)}
    config, notes, _ = config_from_params(link, playground_session.DEFAULTS,
                                          playground_session.URL_RULES)
    if notes:  # the page falls back to its defaults; an export refuses instead of guessing
        raise ValueError("; ".join(note.replace("; the default is used instead", "")
                                   for note in notes))
    trainer = train_to_epoch(Trainer(config), epochs)
    names = {"plane": "output"}  # the names the page gives its charts (camera button file names)
    return [(names.get(name, name), figure) for name, figure in playground_figures(trainer).items()]


PAGES = {
    "playground": playground_page,
    "neuron": lecture1_pages.neuron_page,
    "activations": lecture1_pages.activations_page,
    "single_layer": lecture1_pages.single_layer_page,
    "gradient_descent": lecture1_pages.gradient_descent_page,
    "capacity": lecture2_pages.capacity_page,
    "universal_approximation": lecture2_pages.universal_approximation_page,
    "hidden_codes": lecture2_pages.hidden_codes_page,
    "backprop": lecture2_pages.backprop_page,
    "numpy_net": lecture2_pages.numpy_net_page,
    "overfitting": lecture2_pages.overfitting_page,
}
