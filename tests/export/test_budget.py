"""The export's training budget: the updates it plans are the updates its training runs, a link over
MAX_UPDATES is refused naming `epochs` and the most it may be, and a long training says how far it is
on stderr."""
import itertools

import pytest

from nncore import Trainer
from nnlab_export.__main__ import progress_on_stderr
from nnlab_export.budget import MAX_UPDATES, TRAINED, counting_updates
from nnlab_export.catalog import PAGES, export_controls, export_settings, figures_for
from specs.controls import ParameterError

SHORT = {"playground": "epochs=3&batch_size=7&n_points=100",  # a short last minibatch each epoch
         "single_layer": "epochs=3", "universal_approximation": "epochs=3", "hidden_codes": "epochs=3",
         "overfitting": "epochs=500&n_train=7"}
# 1800 training points in minibatches of 1 (the link): 1800 updates an epoch.
SLOW = {"n_points": "2000", "train_ratio": "0.9", "batch_size": "1"}


def test_every_page_with_epochs_to_train_has_its_training_planned():
    assert set(TRAINED) == {page for page, spec in PAGES.items() if "epochs" in export_controls(spec)}
    assert set(SHORT) == set(TRAINED)


@pytest.mark.parametrize("page", TRAINED)
def test_the_updates_planned_are_the_updates_the_training_runs(page):
    settings, planned = export_settings(page, dict(pair.split("=") for pair in SHORT[page].split("&")))
    counted = []
    with counting_updates(counted.append):
        figures_for(page, settings)
    assert planned >= settings["epochs"] > 0 and counted[-1] == planned


def test_a_link_over_the_budget_is_refused_naming_epochs_and_the_most_it_may_be():
    most = MAX_UPDATES // 1800
    assert export_settings("playground", {**SLOW, "epochs": str(most)})[1] == most * 1800
    with pytest.raises(ParameterError) as refused:
        export_settings("playground", {**SLOW, "epochs": str(most + 1)})
    assert refused.value.names == ["epochs"]
    assert f"{(most + 1) * 1800:,} updates" in str(refused.value)
    assert f"here epochs from 0 to {most}" in str(refused.value)


def test_counting_ends_with_its_block_even_one_that_fails():
    with pytest.raises(ZeroDivisionError), counting_updates(lambda done: 1 / 0):
        Trainer.__new__(Trainer).step(0)
    counted = []
    with counting_updates(counted.append):
        pass
    Trainer(PAGES["playground"].config(export_settings("playground", {})[0])).step(3)
    assert counted == []


def test_progress_says_how_far_at_most_every_interval_and_nothing_at_first(capsys):
    ticks = itertools.count()  # each reading of the clock is one second later
    report = progress_on_stderr(every=3, clock=lambda: next(ticks))
    for done in range(100, 1000, 100):
        report(done, 1000)
    for done in (1000, 1100, 1200):
        report(done, None)  # a page whose training is not planned
    assert capsys.readouterr().err.splitlines() == [
        "training: 300 updates of 1,000 (30%)", "training: 600 updates of 1,000 (60%)",
        "training: 900 updates of 1,000 (90%)", "training: 1,200 updates"]
