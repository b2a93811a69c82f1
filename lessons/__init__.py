"""The lecture's mathematics beside the engine, one module per page (named like the page's views/ file):
the neuron's angle test, activation regions, the softmax calculator and linear classifier, loss surfaces
and optimizer paths, capacity, universal approximation, the 8-3-8 codes, backpropagation on a
computation graph, the lecture's NumPy program and the capacity sweep. NumPy and nncore only."""
