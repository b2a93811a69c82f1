"""Server-side cost of one Playground tick while playing: the training steps, then the figures a
tick rebuilds (specs/playground.py live_figures: the large view and one other chart in turn)
built, described and serialised the way the page's live charts do it (webui/live_chart.py), and the diagnosis
in words that the page writes on every tick (nncore.diagnosis, lessons.diagnosis).

    python bench/playground_tick.py [ticks]

Prints, for the default settings and for the largest network (6 hidden layers of 8), the median
milliseconds of a whole tick next to those of the training steps alone, measured in the same run; and
the default settings' tick with 3 kept runs drawn beside the curves (specs/kept_runs.py, 200 epochs
each) against the same tick without them.
"""
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit  # noqa: E402,F401  (makes Streamlit's Plotly theme the default, as in the app)

from figures.describe import describe  # noqa: E402
from figures.playground import ViewOptions  # noqa: E402
from lessons.diagnosis import explain  # noqa: E402
from nncore import Config, Trainer  # noqa: E402
from nncore.diagnosis import diagnose  # noqa: E402
from specs.kept_runs import MAX_KEPT, keep  # noqa: E402
from specs.playground import CONTROLS, live_figures  # noqa: E402
from webui.live_chart import figure_payload_bytes, kept_payload  # noqa: E402

STEPS_PER_TICK = CONTROLS["steps_per_tick"].default
SETTINGS = {"default": Config(), "6 layers of 8": Config(hidden_layers=(8,) * 6)}


def serialise(figure):
    """What the page's live chart does with a figure before sending it (webui/live_chart.py)."""
    return figure_payload_bytes(figure, {}, "streamlit", describe(figure))


def median_ms(*actions, repeats):
    """Median milliseconds of each action, the actions run in turn so that a busy machine slows them
    alike."""
    times = [[] for _ in actions]
    for _ in range(repeats):
        for action, taken in zip(actions, times):
            start = time.perf_counter()
            action()
            taken.append(time.perf_counter() - start)
    return [1000 * statistics.median(taken) for taken in times]


def ticking(config, runs=()):
    """One tick at `config` with kept `runs` drawn, as the page runs it (warmed up: imports, caches)."""
    trainer, view, kept, sent = Trainer(config), ViewOptions(runs=runs), [None], {}

    def tick():
        trainer.step(STEPS_PER_TICK)
        figures, kept[0] = live_figures(kept[0], trainer, view, True)
        for name, figure in figures.items():  # as each live chart does (webui/live_chart.py)
            sent[name] = kept_payload(sent.get(name), figure, (), lambda: serialise(figure))
        [explain(finding) for finding in diagnose(trainer)]  # the page says them every tick

    tick()
    return tick


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    print(f"one tick = {STEPS_PER_TICK} training steps + the figures it rebuilds; median of {repeats} "
          f"ticks")
    print(f"{'settings':<16}{'tick ms':>10}{'steps only ms':>16}{'figures share':>16}")
    for name, config in SETTINGS.items():
        steps_trainer = Trainer(config)
        tick_ms, steps_ms = median_ms(ticking(config), lambda: steps_trainer.step(STEPS_PER_TICK),
                                      repeats=repeats)
        print(f"{name:<16}{tick_ms:>10.1f}{steps_ms:>16.1f}{1 - steps_ms / tick_ms:>16.0%}")
    finished, runs = Trainer(Config()).train_to_epoch(200), ()
    for number in range(MAX_KEPT):  # one state, three settings: three runs
        runs = keep(runs, finished, {"seed": str(number)})
    without, with_runs = median_ms(ticking(Config()), ticking(Config(), runs), repeats=repeats)
    print(f"default, {len(runs)} kept runs of 200 epochs: tick {with_runs:.1f} ms against {without:.1f} "
          f"ms without: ratio {with_runs / without:.2f}")


if __name__ == "__main__":
    main()
