"""Every page of the app in lecture order: its stem (the name of its file in views/, specs/, lessons/,
figures/ and tests/, and the first part of its charts' file names) and its spec."""
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

PAGES = {spec.__name__.rsplit(".", 1)[1]: spec for spec in (
    playground, neuron, activations, single_layer, gradient_descent, capacity, universal_approximation,
    hidden_codes, backprop, numpy_net, overfitting)}
