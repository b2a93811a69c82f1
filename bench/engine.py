"""Engine benchmark: nncore's training step against a hand-written NumPy loop of the same network,
measured in the same run (ratios, not absolute times, are the result).

    python bench/engine.py            # about a minute on 2 cores
"""
import os
import sys
import time
import warnings
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one core each: a fair, steadier comparison
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from lessons.numpy_net import lecture_arrays, lecture_trainer  # noqa: E402
from nncore import Config, Trainer, make_dataset  # noqa: E402
from programs.two_layer_numpy import train  # noqa: E402  (the lecture's program, as on the slide)


def best_time(run, repeats=5):
    """Seconds of the fastest of `repeats` calls (the least disturbed by other processes)."""
    return best_times([run], repeats)[0]


def best_times(runs, repeats=7):
    """Fastest of `repeats` calls of each run, the runs taking turns so that both see the same load."""
    times = [[] for _ in runs]
    for _ in range(repeats):
        for run, seen in zip(runs, times):
            start = time.perf_counter()
            run()
            seen.append(time.perf_counter() - start)
    return [min(seen) for seen in times]


def moons_config(**changes):
    settings = dict(dataset="moons", n_points=500, noise=0.2, train_ratio=1.0, hidden_layers=(8, 8),
                    activation="tanh", output="sigmoid_bce", learning_rate=0.03, batch_size=10)
    return Config(**{**settings, **changes})


def hand_written_moons(X, y, steps, rng, lr=0.03, batch=10):
    """2-8-8-1 tanh, sigmoid + binary cross-entropy, minibatch SGD reshuffled every epoch."""
    W1, b1 = rng.normal(0, 0.7, (2, 8)), np.zeros(8)
    W2, b2 = rng.normal(0, 0.35, (8, 8)), np.zeros(8)
    W3, b3 = rng.normal(0, 0.35, (8, 1)), np.zeros(1)
    t = y.reshape(-1, 1).astype(float)
    done = 0
    while done < steps:
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch):
            idx = order[start:start + batch]
            xb, tb = X[idx], t[idx]
            h1 = np.tanh(xb @ W1 + b1)
            h2 = np.tanh(h1 @ W2 + b2)
            z = h2 @ W3 + b3
            dz = (0.5 + 0.5 * np.tanh(0.5 * z) - tb) / len(xb)
            dW3, db3 = h2.T @ dz, dz.sum(0)
            dh2 = (dz @ W3.T) * (1 - h2 * h2)
            dW2, db2 = h1.T @ dh2, dh2.sum(0)
            dh1 = (dh2 @ W2.T) * (1 - h1 * h1)
            dW1, db1 = xb.T @ dh1, dh1.sum(0)
            W1 -= lr * dW1; b1 -= lr * db1; W2 -= lr * dW2; b2 -= lr * db2
            W3 -= lr * dW3; b3 -= lr * db3
            done += 1
            if done == steps:
                return


def row(label, *cells):
    print(f"  {label:<44}" + "".join(f"{c:>15}" for c in cells))


def main():
    warnings.simplefilter("error")  # a NumPy warning in the engine would be a bug
    print("nncore engine benchmark (best of 5; µs per training step)\n")

    print("1. 2-8-8-1 tanh, sigmoid + cross-entropy, 500 moons points, batch 10, SGD")
    steps = 5000
    data = make_dataset("moons", 500, 0.2, 1.0, seed=0)
    hand, ours = (t / steps for t in best_times([
        lambda: hand_written_moons(data.X_train, data.y_train, steps, np.random.default_rng(0)),
        lambda: Trainer(moons_config()).step(steps)]))
    row("", "hand NumPy", "nncore", "nncore/hand")
    row("µs per step", f"{hand * 1e6:.1f}", f"{ours * 1e6:.1f}", f"{ours / hand:.2f}", "target ≤ 1.5")
    moons_step = ours

    print("\n2. The lecture's two-layer ReLU net: 64 × 1000 → 100 → 10, no biases, Σ(y−t)², lr 1e-6")
    x, y, w1, w2 = lecture_arrays(seed=0)
    iterations = 500
    hand, ours = (t / iterations for t in best_times([
        lambda: train(x, y, w1.copy(), w2.copy(), iterations=iterations),
        lambda: lecture_trainer(x, y, w1, w2).step(iterations)]))
    row("", "hand NumPy", "nncore", "nncore/hand")
    row("µs per iteration", f"{hand * 1e6:.0f}", f"{ours * 1e6:.0f}", f"{ours / hand:.2f}", "target ≤ 1.1")

    print("\n3. Evaluating a 100×100 grid: every neuron's output (2-8-8-1 tanh)")
    trainer = Trainer(moons_config())
    grid = np.stack(np.meshgrid(np.linspace(-6, 6, 100), np.linspace(-6, 6, 100)), -1).reshape(-1, 2)
    grid_time = best_time(lambda: trainer.neuron_outputs(grid), repeats=20)
    row("ms per grid (10,000 points, 19 neurons)", f"{grid_time * 1e3:.2f}")

    print("\n4. Step time against batch size (2-8-8-1) and width (2-w-w-1, batch 10)")
    row("batch size", *[str(b) for b in (1, 10, 100, 1000)])
    big = make_dataset("moons", 1000, 0.2, 1.0, seed=0)
    cells = []
    for batch in (1, 10, 100, 1000):
        trainer = Trainer(moons_config(batch_size=batch, n_points=1000), dataset=big)
        cells.append(f"{best_time(lambda: trainer.step(500), 3) / 500 * 1e6:.0f} µs")
    row("µs per step", *cells)
    row("width", *[str(w) for w in (8, 64, 256)])
    cells = []
    for width in (8, 64, 256):
        trainer = Trainer(moons_config(hidden_layers=(width, width)))
        cells.append(f"{best_time(lambda: trainer.step(500), 3) / 500 * 1e6:.0f} µs")
    row("µs per step", *cells)

    # Last, because importing PyTorch starts threads that would disturb the timings above.
    print("\n5. Other libraries on the same 2-8-8-1 work as in 1.")
    other_libraries(data, steps, moons_step)


def other_libraries(data, steps, ours):
    """scikit-learn's MLPClassifier (and PyTorch, if installed) on the same 2-8-8-1 work."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier
    epochs = steps // 50
    model = MLPClassifier((8, 8), activation="tanh", solver="sgd", batch_size=10, momentum=0.0,
                          learning_rate_init=0.03, max_iter=epochs, n_iter_no_change=10**6,
                          shuffle=True, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        sk = best_time(lambda: model.fit(data.X_train, data.y_train), 3) / (epochs * 50)
    row("", "µs per step", "", "nncore/other")
    row("scikit-learn MLPClassifier (sgd, batch 10)", f"{sk * 1e6:.1f}", "", f"{ours / sk:.2f}")
    try:
        import torch
    except ImportError:
        row("PyTorch", "not installed (optional)")
        return
    torch.set_num_threads(1)
    X = torch.tensor(data.X_train, dtype=torch.float64)
    t = torch.tensor(data.y_train, dtype=torch.float64).reshape(-1, 1)
    net = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.Tanh(), torch.nn.Linear(8, 8),
                              torch.nn.Tanh(), torch.nn.Linear(8, 1)).double()
    optimizer = torch.optim.SGD(net.parameters(), lr=0.03)
    loss_fn = torch.nn.BCEWithLogitsLoss()

    def run_torch():
        done = 0
        while done < steps:
            for idx in torch.randperm(len(X)).split(10):
                optimizer.zero_grad()
                loss_fn(net(X[idx]), t[idx]).backward()
                optimizer.step()
                done += 1
    pt = best_time(run_torch, 3) / (steps + 50)
    row("PyTorch (CPU, float64)", f"{pt * 1e6:.1f}", "", f"{ours / pt:.2f}")


if __name__ == "__main__":
    main()
