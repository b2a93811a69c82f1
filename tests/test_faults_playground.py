"""Bad input to the Playground under AppTest (the browser suite repeats the cases in Chromium): every
numeric link parameter as text, negative, huge, NaN or empty falls back to its default with a note
naming it; Adam at learning rate 10 never shows a stack trace."""
import math
import pytest
from playground_apptest import load, play

from nncore.config import RANGES
from webui import playground_session as session

NUMERIC = [*RANGES, "hidden_layers"]  # every numeric field a link can carry


@pytest.mark.parametrize("bad", ["abc", "-1", "1e308", "nan", "inf", ""],
                         ids=["text", "negative", "huge", "nan", "infinite", "empty"])
def test_every_numeric_link_parameter_falls_back_with_a_note(bad):
    at = load({name: bad for name in NUMERIC})
    assert not at.exception
    notes = [warning.value for warning in at.warning]
    for name in NUMERIC:
        if name == "hidden_layers" and bad == "":
            continue  # an empty layer list is a network without hidden layers, allowed
        assert any(note.startswith(f"Link parameter {name}") for note in notes), (name, notes)
    config = at.session_state[session.TRAINER].config
    for name in RANGES:
        assert getattr(config, name) == getattr(session.DEFAULTS, name), name
    assert all(math.isfinite(m.value if isinstance(m.value, float) else 0.0) for m in at.metric)


def test_adam_at_learning_rate_10_trains_or_stops_with_a_message():
    at = play(load({"learning_rate": "10", "optimizer": "adam", "dataset": "spiral"}), 100, 5)
    assert not at.exception
    trainer = at.session_state[session.TRAINER]
    assert trainer.config.optimizer == "adam" and trainer.config.learning_rate == 10
    if trainer.diverged:
        assert any("learning rate is too high" in error.value for error in at.error)
    else:
        assert math.isfinite(trainer.metrics().train_loss) and trainer.epoch > 0


def test_binary_file_named_csv_is_refused_and_nothing_is_lost():
    at = load({})
    at.button(key="pg_step").click().run()
    at.file_uploader(key=session.CSV_FILE).upload("photo.csv", bytes(range(256)) * 80, "text/csv").run()
    assert not at.exception
    assert any("photo.csv was refused" in error.value for error in at.error)
    assert at.session_state[session.OWN_DATA] is None and at.session_state[session.TRAINER].epoch == 1


def test_uploads_are_capped_at_5_mb():
    at = load({})
    assert at.file_uploader(key=session.CSV_FILE).proto.max_upload_size_mb == 5
