"""Hypothesis strategies for what json.loads can return: any JSON value, nested a few levels
(imported as engine.json_values; tests/ is on sys.path)."""
from hypothesis import strategies as st

JSON_SCALARS = (st.none() | st.booleans() | st.integers() | st.floats()  # NaN and ±inf too
                | st.text(max_size=12))
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children,
                                                                       max_size=4),
    max_leaves=12)
