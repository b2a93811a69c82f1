"""The 8-3-8 network learns eight distinct codes; untrained it does not reconstruct."""
from lessons.hidden_codes import CODES_CONFIG, TRAINING_EPOCHS, code_table
from nncore import Trainer


def test_838_defaults_reconstruct_all_inputs_with_distinct_codes():
    trainer = Trainer(CODES_CONFIG)
    trainer.step(TRAINING_EPOCHS)
    table = code_table(trainer)
    assert table.n_reconstructed == 8
    assert table.min_code_distance > 0.1
    assert table.n_distinct_binary == 8
    assert table.hidden.shape == (8, 3) and ((table.hidden > 0) & (table.hidden < 1)).all()


def test_838_untrained_net_does_not_reconstruct():
    table = code_table(Trainer(CODES_CONFIG))
    assert table.n_reconstructed < 8
