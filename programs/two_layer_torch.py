"""The same two-layer ReLU network with PyTorch tensors (CPU): the lecture's NumPy loop, line by line."""
import torch


def train(x, y, w1, w2, learning_rate=1e-6, iterations=500):
    """x (N, D_in), y (N, D_out), w1 (D_in, H), w2 (H, D_out): float64 tensors; w1 and w2 are
    updated in place. Returns the loss before each update."""
    losses = []
    for t in range(iterations):
        # Forward pass: compute predicted y
        h = x.mm(w1)
        h_relu = h.clamp(min=0)
        y_pred = h_relu.mm(w2)

        # Compute and record loss
        loss = (y_pred - y).pow(2).sum().item()
        losses.append(loss)

        # Backprop to compute gradients of w1 and w2 with respect to loss
        grad_y_pred = 2.0 * (y_pred - y)
        grad_w2 = h_relu.t().mm(grad_y_pred)
        grad_h_relu = grad_y_pred.mm(w2.t())
        grad_h = grad_h_relu.clone()
        grad_h[h < 0] = 0
        grad_w1 = x.t().mm(grad_h)

        # Update weights using gradient descent
        w1 -= learning_rate * grad_w1
        w2 -= learning_rate * grad_w2
    return losses


if __name__ == "__main__":
    dtype, device = torch.float64, torch.device("cpu")
    # N is batch size; D_in is input dimension; H is hidden dimension; D_out is output dimension.
    N, D_in, H, D_out = 64, 1000, 100, 10

    # Create random input and output data, and randomly initialize weights
    x = torch.randn(N, D_in, device=device, dtype=dtype)
    y = torch.randn(N, D_out, device=device, dtype=dtype)
    w1 = torch.randn(D_in, H, device=device, dtype=dtype)
    w2 = torch.randn(H, D_out, device=device, dtype=dtype)

    for t, loss in enumerate(train(x, y, w1, w2)):
        print(t, loss)
