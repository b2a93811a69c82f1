"""Every page of the app in lecture order and in the lecture's sections: its stem (the name of its file
in views/, specs/, lessons/, figures/ and tests/, and the first part of its charts' file names) and its
spec. The Playground comes last: it uses everything the lecture teaches."""
from lessons.language import N_

from . import (
               activations,
               backprop,
               capacity,
               gradient_descent,
               hidden_codes,
               neuron,
               numpy_net,
               overfitting,
               playground,
               single_layer,
               universal_approximation,
)

SECTIONS = {
    N_("The neuron"): (neuron, activations),
    N_("One layer"): (single_layer, gradient_descent),
    N_("Hidden layers"): (capacity, universal_approximation, hidden_codes, backprop),
    N_("In practice"): (numpy_net, overfitting, playground),
}
PAGES = {spec.__name__.rsplit(".", 1)[1]: spec for specs in SECTIONS.values() for spec in specs}
FIRST = "neuron"  # where a newcomer starts
