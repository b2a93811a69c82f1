"""The lecture's two-layer ReLU network in plain NumPy: no biases, loss = sum of squared errors."""
import numpy as np


def train(x, y, w1, w2, learning_rate=1e-6, iterations=500):
    """Gradient descent on x (N, D_in), y (N, D_out); updates w1 (D_in, H), w2 (H, D_out) in place.
    Returns the loss before each update."""
    losses = []
    for t in range(iterations):
        # Forward pass: compute predicted y
        h = x.dot(w1)
        h_relu = np.maximum(h, 0)
        y_pred = h_relu.dot(w2)

        # Compute and record loss
        loss = np.square(y_pred - y).sum()
        losses.append(loss)

        # Backprop to compute gradients of w1 and w2 with respect to loss
        grad_y_pred = 2.0 * (y_pred - y)
        grad_w2 = h_relu.T.dot(grad_y_pred)
        grad_h_relu = grad_y_pred.dot(w2.T)
        grad_h = grad_h_relu.copy()
        grad_h[h < 0] = 0
        grad_w1 = x.T.dot(grad_h)

        # Update weights
        w1 -= learning_rate * grad_w1
        w2 -= learning_rate * grad_w2
    return losses


if __name__ == "__main__":
    # N is batch size; D_in is input dimension; H is hidden dimension; D_out is output dimension.
    N, D_in, H, D_out = 64, 1000, 100, 10

    # Create random input and output data, and randomly initialize weights
    x = np.random.randn(N, D_in)
    y = np.random.randn(N, D_out)
    w1 = np.random.randn(D_in, H)
    w2 = np.random.randn(H, D_out)

    for t, loss in enumerate(train(x, y, w1, w2)):
        print(t, loss)
