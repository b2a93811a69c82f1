"""The export's training budget: a page's export trains epochs x (updates an epoch) Trainer updates,
refused above MAX_UPDATES before it starts, and counted while it trains for a progress line."""
from contextlib import contextmanager

from lessons.overfitting import CAPACITIES
from nncore import Trainer
from specs import hidden_codes, overfitting, playground, single_layer, universal_approximation
from specs.controls import ParameterError

# Measured: 3,400 to 16,000 Playground updates a second on this machine, so minutes at most.
MAX_UPDATES = 1_000_000

# The pages whose training grows with their `epochs`: (the Trainer the export builds, as the spec
# builds it, and how many networks of its data the export trains).
TRAINED = {
    "single_layer": (lambda settings: Trainer(single_layer.config(settings)), 1),
    "universal_approximation": (lambda settings: Trainer(*universal_approximation.setup(settings)), 1),
    "hidden_codes": (lambda settings: Trainer(hidden_codes.config(settings)), 1),
    # The page's own network and the sweep's, one per capacity.
    "overfitting": (lambda settings: Trainer(overfitting.config(settings)), 1 + len(CAPACITIES)),
    "playground": (lambda settings: Trainer(playground.config(settings)), 1),
}


def planned_updates(page, settings):
    """The Trainer updates the export of `page` runs for `settings`, or None for a page whose
    training does not grow with its settings; ParameterError naming `epochs` above MAX_UPDATES."""
    if page not in TRAINED:
        return None
    build, networks = TRAINED[page]
    per_epoch = networks * build(settings).steps_per_epoch
    updates = settings["epochs"] * per_epoch
    if updates > MAX_UPDATES:
        raise ParameterError("epochs", f"{settings['epochs']} epochs x {per_epoch:,} updates an epoch = "
                                       f"{updates:,} updates; an export trains at most {MAX_UPDATES:,}: "
                                       f"here epochs from 0 to {MAX_UPDATES // per_epoch}")
    return updates


@contextmanager
def counting_updates(report):
    """Within it every Trainer update is counted: `report(updates so far)` after each Trainer.step,
    which the pages' training calls once an epoch or once a minibatch."""
    step, done = Trainer.step, 0

    def counted(trainer, k=1):
        nonlocal done
        ran = step(trainer, k)
        done += ran
        report(done)
        return ran

    Trainer.step = counted
    try:
        yield
    finally:
        Trainer.step = step
