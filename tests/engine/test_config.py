"""Config refuses every value of a wrong type or range with a ValueError naming the field."""
import pytest
from engine.json_values import JSON_VALUES
from hypothesis import given, settings
from hypothesis import strategies as st

from nncore import Config
from nncore.config import fields_by_name

FIELDS = sorted(fields_by_name)


@pytest.mark.parametrize("field, value", [
    ("features", 5), ("features", "x1"), ("features", [5]), ("features", [{}]), ("features", None),
    ("features", ["x1", "x2", "x1"]),
    ("hidden_layers", None), ("hidden_layers", 4), ("hidden_layers", "4"), ("hidden_layers", [4.0]),
    ("hidden_layers", [True]), ("hidden_layers", [[4]]),
    ("dataset", ["circle"]), ("dataset", 5), ("activation", None), ("output", {"a": 1}),
    ("use_bias", "no"), ("use_bias", 1), ("use_bias", None),
    ("n_points", True), ("n_points", "500"), ("n_points", 10**400), ("noise", float("nan")),
    ("learning_rate", [0.1]), ("seed", -1), ("batch_size", 2.5),
])
def test_a_value_of_the_wrong_type_names_the_field_and_what_is_allowed(field, value):
    with pytest.raises(ValueError) as refused:
        Config(**{field: value})
    message = str(refused.value)
    assert message.startswith(f"{field}: ")
    assert "allowed" in message or "must be" in message


def test_train_ratio_goes_down_to_one_percent():
    assert Config(train_ratio=0.01).train_ratio == 0.01
    with pytest.raises(ValueError, match="train_ratio: 0.009 is not allowed; must be a number from "
                                         "0.01 to 1"):
        Config(train_ratio=0.009)


def test_from_dict_refuses_what_is_not_a_set_of_known_fields():
    with pytest.raises(ValueError, match="config: \\[1\\] is not a set of fields"):
        Config.from_dict([1])
    with pytest.raises(ValueError, match="unknown config field\\(s\\): 'colour'"):
        Config.from_dict({"colour": "red"})


@settings(max_examples=150, deadline=None, database=None)
@given(st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), JSON_VALUES, max_size=4))
def test_from_dict_of_any_json_values_gives_a_config_or_a_value_error(values):
    try:
        config = Config.from_dict(values)
    except ValueError as error:
        assert str(error).split(":")[0] in (*FIELDS, "unknown config field(s)")
    else:
        assert Config.from_dict(config.to_dict()) == config


@settings(max_examples=200, deadline=None, database=None)
@given(st.sampled_from(FIELDS), JSON_VALUES)
def test_one_field_of_any_json_value_is_accepted_or_refused_by_its_name(field, value):
    try:
        Config.from_dict({field: value})
    except ValueError as error:
        # a dataset of another kind makes the default output the field that no longer fits
        assert str(error).startswith((f"{field}: ", "output: "))
