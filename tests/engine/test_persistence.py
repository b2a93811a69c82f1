"""A model saved as JSON loads back with identical predictions; bad files are refused with their reason."""
import json

import numpy as np
import pytest

from nncore import Config, Trainer
from nncore.persistence import trainer_from_json, trainer_to_json
from nncore.tabular import dataset_from_csv


def trained(config=Config(hidden_layers=(3, 2)), dataset=None, steps=60):
    trainer = Trainer(config, dataset)
    trainer.step(steps)
    return trainer


def edited(change):
    document = json.loads(trainer_to_json(trained()))
    change(document)
    return json.dumps(document)


def test_a_saved_model_gives_identical_predictions_and_counters():
    trainer = trained(Config(dataset="spiral_k", output="softmax_ce", n_classes=4, use_bias=False))
    loaded = trainer_from_json(trainer_to_json(trainer))
    X = np.random.default_rng(1).uniform(-6, 6, (100, 2))
    np.testing.assert_array_equal(loaded.predict(X), trainer.predict(X))
    assert (loaded.steps, loaded.epoch, loaded.config) == (trainer.steps, trainer.epoch, trainer.config)
    np.testing.assert_array_equal(loaded.dataset.X_train, trainer.dataset.X_train)


def test_own_data_is_saved_with_the_model():
    data = dataset_from_csv("x1,x2,label\n" + "\n".join(f"{i},{-i},{i % 2}" for i in range(10)),
                            "binary", 0.5, seed=0, name="CSV mine")
    trainer = trained(dataset=data)
    loaded = trainer_from_json(trainer_to_json(trainer))
    np.testing.assert_array_equal(loaded.dataset.X_test, data.X_test)
    assert loaded.dataset.name == "CSV mine"


@pytest.mark.parametrize("text, reason", [
    ("{oops", "not a JSON file"),
    ('{"format": "something else"}', "not an nnlab model file"),
    (edited(lambda d: d.update(version=99)), "version 99"),
    (edited(lambda d: d.pop("weights")), "no 'weights' entry"),
    (edited(lambda d: d["config"].update(hidden_layers=[5, 2])), "weights of layer 1: shape"),
    (edited(lambda d: d["weights"].pop()), "do not match its config"),
    (edited(lambda d: d["weights"][0][0].__setitem__(0, "x")), "not an array of numbers"),
    (edited(lambda d: d["config"].update(activation="swish")), "activation: unknown value"),
    (edited(lambda d: d.update(epoch=-1)), "epoch: -1"),
])
def test_a_corrupt_or_mismatched_file_is_refused_with_its_reason(text, reason):
    with pytest.raises(ValueError, match=None) as refused:
        trainer_from_json(text)
    assert reason in str(refused.value)
