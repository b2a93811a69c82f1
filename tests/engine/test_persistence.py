"""A model saved as JSON loads back with identical predictions, whatever its configuration; bad and
hostile files are refused with a ValueError naming the entry at fault, before anything large is built."""
import json
import tracemalloc
from dataclasses import astuple

import numpy as np
import pytest
from engine.json_values import JSON_VALUES
from hypothesis import given, settings
from hypothesis import strategies as st

from nncore import (
    ACTIVATIONS,
    DATASETS,
    FEATURES,
    INITS,
    OPTIMIZERS,
    OUTPUT_LOSSES,
    Config,
    Dataset,
    Trainer,
)
from nncore.persistence import ModelLimits, trainer_from_json, trainer_to_json
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


def test_a_model_trained_on_a_three_row_csv_without_test_points_loads_back():
    data = dataset_from_csv("x1,x2,label\n0,0,0\n1,1,1\n2,2,0\n", "binary", 0.9, seed=0, name="CSV 3")
    trainer = trained(dataset=data, steps=3)
    assert json.loads(trainer_to_json(trainer))["data"]["X_test"] == []
    loaded = trainer_from_json(trainer_to_json(trainer))
    assert loaded.dataset.X_test.shape == (0, 2) and loaded.dataset.y_test.shape == (0,)
    assert np.isnan(loaded.metrics().test_loss) and loaded.metrics().train_loss == pytest.approx(
        trainer.metrics().train_loss)


def with_data(change):
    data = dataset_from_csv("x1,x2,label\n0,0,0\n1,1,1\n2,2,0\n3,3,1\n", "binary", 0.5, seed=0,
                            name="CSV 4")
    document = json.loads(trainer_to_json(trained(dataset=data, steps=1)))
    change(document)
    return json.dumps(document)


def setter(path, value):
    """A change setting document[path[0]][path[1]]... to value."""
    def change(document):
        for key in path[:-1]:
            document = document[key]
        document[path[-1]] = value
    return change


@pytest.mark.parametrize("text, reason", [
    ("[" * 100_000 + "]" * 100_000, "nests lists and objects 100000 deep; a model file nests at most 8"),
    ('{"a": ' * 100_000 + "1" + "}" * 100_000, "100000 deep"),
    ('["' + "[" * 100 + '"]', "not an nnlab model file"),  # brackets inside a string do not nest
    (" " * 2_000_001, "2,000,001 characters; a model file may have at most 2,000,000"),
    (b"\xff{}", "not UTF-8 text"),
    (edited(setter(["config", "features"], 5)), "features: 5 is not allowed; must be a list of one"),
    (edited(setter(["config", "hidden_layers"], None)), "hidden_layers: None not allowed"),
    (edited(setter(["config", "features"], ["x1"] * 300_000)), "choose each feature at most once"),
    (edited(setter(["config", "dataset"], ["circle"])), "dataset: unknown value ['circle']; allowed"),
    (edited(setter(["config", "use_bias"], "no")), "use_bias: 'no' is not allowed; must be true or"),
    (edited(setter(["config"], [1])), "config: [1] is not a set of fields"),
    (edited(setter(["version"], True)), "version True"),
    (edited(setter(["steps"], 10**400)), "steps: inf is not a whole number >= 0"),
    (edited(setter(["steps"], 1.5)), "steps: 1.5 is not a whole number >= 0"),
    (edited(setter(["weights", 0, 0, 0], True)), "weights of layer 1: not an array of numbers"),
    (edited(setter(["weights", 0, 0, 0], "0.5")), "weights of layer 1: not an array of numbers"),
    (edited(setter(["weights", 0, 0, 0], 1e400)), "weights of layer 1: contains NaN or infinite"),
    (edited(setter(["weights", 0, 0], [1.0])), "weights of layer 1: shape does not fit; 2 rows of 3"),
    (edited(setter(["biases", 0], None)), "biases of layer 1: present in one of file and config"),
    (with_data(setter(["data"], [])), "data: not a set of entries"),
    (with_data(lambda d: d["data"].pop("y_test")), "data: no y_test entry"),
    (with_data(setter(["data", "kind"], "regression")), "data kind: 'regression' does not fit"),
    (with_data(setter(["data", "n_classes"], 3)), "data n_classes: 3 not allowed for a binary problem"),
    (with_data(setter(["data", "name"], 7)), "data name: 7 not allowed; must be a text"),
    (with_data(setter(["data", "name"], "\ud800")), "data name: '\\ud800' is not valid Unicode"),
    (with_data(setter(["data", "X_train"], 5)), "data X_train: 5 is not a list"),
    (with_data(setter(["data", "X_train"], [])), "data X_train: no training points"),
    (with_data(setter(["data", "X_train", 0], [1.0, 2.0, 3.0])),
     "data X_train: shape does not fit; 2 rows of 2 numbers needed (dataset 'circle' has 2 inputs)"),
    (with_data(setter(["data", "X_test", 0, 0], 1e7)), "data X_test: numbers must lie from -1e+06"),
    (with_data(setter(["data", "y_train"], [0])), "data y_train: shape does not fit; 2 numbers"),
    (with_data(setter(["data", "y_train", 0], 2)), "class labels must be whole numbers from 0 to 1"),
    (with_data(setter(["data", "y_train", 0], 0.5)), "class labels must be whole numbers from 0 to 1"),
    (with_data(setter(["data", "y_test", 0], -1)), "class labels must be whole numbers from 0 to 1"),
    (with_data(setter(["data", "y_test", 0], None)), "data y_test: not an array of numbers"),
])
def test_a_hostile_file_is_refused_by_the_entry_at_fault(text, reason):
    with pytest.raises(ValueError) as refused:
        trainer_from_json(text)
    assert reason in str(refused.value)


@pytest.mark.parametrize("layers", [[1_000_000, 1_000_000], [4000, 4000], [8] * 9, [65]])
def test_a_network_over_the_limits_is_refused_before_anything_is_built(layers):
    text = edited(setter(["config", "hidden_layers"], layers))
    tracemalloc.start()
    try:
        with pytest.raises(ValueError) as refused:
            trainer_from_json(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(refused.value) == (f"hidden_layers: {layers} not allowed; at most 8 layers of 1 to 64 "
                                  f"neurons")
    assert peak < 2_000_000  # bytes: [4000, 4000] alone would take 128 MB


def test_a_page_passes_its_own_limits():
    playground = ModelLimits(max_hidden_layers=6, max_neurons=8, max_points=2000)
    largest = trainer_to_json(trained(Config(hidden_layers=(8,) * 6)))
    assert trainer_from_json(largest, playground).config.hidden_layers == (8,) * 6
    with pytest.raises(ValueError, match=r"hidden_layers: \[9\] not allowed; at most 6 layers of 1 to 8"):
        trainer_from_json(trainer_to_json(trained(Config(hidden_layers=(9,)))), playground)
    with pytest.raises(ValueError, match="n_points: 2500 points not allowed; at most 2000"):
        trainer_from_json(trainer_to_json(trained(Config(n_points=2500))), playground)
    with pytest.raises(ValueError, match="data: 4 points not allowed; at most 3"):
        trainer_from_json(with_data(lambda d: None), ModelLimits(max_points=3))


def test_the_largest_model_within_the_default_limits_fits_in_a_file_and_loads_back():
    limits = ModelLimits()
    rng = np.random.default_rng(0)
    data = Dataset.from_arrays(rng.uniform(-1e6, 1e6, (limits.max_points, 2)),
                               rng.uniform(-1e6, 1e6, limits.max_points), "regression", 0.5, rng,
                               name="CSV " + "n" * 296)
    config = Config(dataset="plane", output="linear_mse", features=tuple(FEATURES),
                    hidden_layers=(limits.max_neurons,) * limits.max_hidden_layers)
    text = trainer_to_json(Trainer(config, data))
    assert len(text) < limits.max_characters // 2
    assert trainer_from_json(text).dataset.name == data.name


@st.composite
def csv_data(draw, kind, train_ratio):
    """What the Playground's upload makes of a tiny CSV of 2 to 4 points."""
    n = draw(st.integers(2, 4))
    numbers = st.floats(-1e6, 1e6)
    labels = [0, 1] + draw(st.lists(st.integers(0, 1 if kind == "binary" else 4), min_size=n - 2,
                                    max_size=n - 2))
    outputs = draw(st.lists(numbers, min_size=n, max_size=n)) if kind == "regression" else labels
    rows = "".join(f"{draw(numbers)!r},{draw(numbers)!r},{t!r}\n" for t in outputs)
    header = "x1,x2," + ("target" if kind == "regression" else "label")
    return dataset_from_csv(f"{header}\n{rows}", kind, train_ratio, draw(st.integers(0, 9)),
                            name="CSV tiny.csv")


@st.composite
def trained_trainers(draw):
    """A briefly trained Trainer of any valid configuration, on generated or tiny own data."""
    dataset = draw(st.sampled_from(sorted(DATASETS)))
    kind = DATASETS[dataset].kind
    config = Config(
        dataset=dataset, n_points=draw(st.integers(4, 40)), noise=draw(st.sampled_from([0.0, 0.3])),
        train_ratio=draw(st.sampled_from([0.01, 0.5, 0.9, 1.0])), n_classes=draw(st.integers(2, 8)),
        data_seed=draw(st.integers(0, 2**32 - 1)), seed=draw(st.integers(0, 2**32 - 1)),
        features=tuple(draw(st.lists(st.sampled_from(sorted(FEATURES)), min_size=1, unique=True))),
        hidden_layers=tuple(draw(st.lists(st.integers(1, 5), max_size=3))),
        activation=draw(st.sampled_from(sorted(ACTIVATIONS))),
        output=draw(st.sampled_from([name for name, o in OUTPUT_LOSSES.items() if kind in o.kinds])),
        init=draw(st.sampled_from(sorted(INITS))), use_bias=draw(st.booleans()),
        optimizer=draw(st.sampled_from(sorted(OPTIMIZERS))), batch_size=draw(st.integers(1, 50)))
    own_data = DATASETS[dataset].input_dim == 2 and draw(st.booleans())
    trainer = Trainer(config, draw(csv_data(kind, config.train_ratio)) if own_data else None)
    trainer.step(draw(st.integers(0, 5)))
    return trainer


@settings(max_examples=60, deadline=None, database=None)
@given(trained_trainers())
def test_whatever_is_saved_loads_back_with_the_same_predictions_counters_and_data(trainer):
    loaded = trainer_from_json(trainer_to_json(trainer))
    assert (loaded.config, loaded.steps, loaded.epoch) == (trainer.config, trainer.steps, trainer.epoch)
    for field in ("kind", "n_classes", "name", "X_train", "y_train", "X_test", "y_test"):
        np.testing.assert_array_equal(getattr(loaded.dataset, field), getattr(trainer.dataset, field))
    assert loaded.dataset.X_test.shape == trainer.dataset.X_test.shape
    X = np.random.default_rng(0).uniform(-6, 6, (20, trainer.dataset.input_dim))
    np.testing.assert_array_equal(loaded.predict(X), trainer.predict(X))
    np.testing.assert_array_equal(astuple(loaded.metrics()), astuple(trainer.metrics()))


def loaded_or_refused(text):
    """trainer_from_json(text), which must give a usable Trainer or raise ValueError."""
    try:
        trainer = trainer_from_json(text)
    except ValueError:
        return None
    trainer.metrics()
    trainer.predict(np.zeros((3, trainer.dataset.input_dim)))
    trainer.step(2)
    return trainer


ENVELOPES = st.fixed_dictionaries(  # random entries under a valid format and version
    {"format": st.just("nnlab-model"), "version": st.just(1),
     "config": st.dictionaries(st.sampled_from(sorted(Config.__dataclass_fields__)), JSON_VALUES,
                               max_size=4),
     **{key: JSON_VALUES for key in ("weights", "biases", "steps", "epoch")}},
    optional={"data": JSON_VALUES})


@settings(max_examples=100, deadline=None, database=None)
@given(JSON_VALUES.map(json.dumps) | ENVELOPES.map(json.dumps) | st.text(max_size=30))
def test_any_json_document_or_text_loads_or_is_refused_with_a_value_error(text):
    loaded_or_refused(text)


VALID_FILES = [json.loads(trainer_to_json(trained(Config(hidden_layers=(2,), n_points=20)))),
               json.loads(with_data(lambda document: None))]


def entries(node):
    """(container, key) of every entry of a JSON document: each key of an object, the first and
    last item of an array (all items of an array are alike)."""
    keys = node if isinstance(node, dict) else sorted({0, len(node) - 1}) if node else []
    for key in keys:
        yield node, key
        if isinstance(node[key], (dict, list)):
            yield from entries(node[key])


@st.composite
def mutated_files(draw):
    """A valid model file with one entry, at any depth, replaced by a JSON value or deleted."""
    document = json.loads(json.dumps(draw(st.sampled_from(VALID_FILES))))
    container, key = draw(st.sampled_from(list(entries(document))))
    if draw(st.booleans()):
        container[key] = draw(JSON_VALUES)
    else:
        del container[key]
    return json.dumps(document)


@settings(max_examples=200, deadline=None, database=None)
@given(mutated_files())
def test_a_file_with_any_entry_changed_loads_or_is_refused_with_a_value_error(text):
    loaded_or_refused(text)
