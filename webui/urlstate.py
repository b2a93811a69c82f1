"""A Config as URL query parameters, for links that restore a page's whole configuration.

Only values that differ from the page's defaults go into the link. Reading a link never fails: a
malformed, unknown-choice or out-of-range value falls back to its default and yields a note naming
the parameter. `hide=dataset,noise` lists controls a page should not show (a focused exercise).
"""
from dataclasses import fields

from nncore import DATASETS, DEFAULT_OUTPUT, Config

HIDE = "hide"
FIELD_TYPES = {f.name: f.type for f in fields(Config)}


def _format(value):
    if isinstance(value, tuple):
        return ",".join(str(item) for item in value) or "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


def config_to_params(config, defaults, hidden=()):
    """Query parameters {name: text} for `config`, leaving out values equal to `defaults`."""
    params = {name: _format(value) for name, value in config.to_dict().items()
              if value != getattr(defaults, name)}
    if hidden:
        params[HIDE] = ",".join(hidden)
    return params


def _parse(name, text):
    """The value of field `name` written as `text`; ValueError if it is not of the field's type."""
    kind = FIELD_TYPES[name]
    text = text.strip()
    if kind is bool:
        if text.lower() not in ("true", "false"):
            raise ValueError("must be true or false")
        return text.lower() == "true"
    if kind is int:
        return int(text)
    if kind is float:
        return float(text)
    if kind is tuple:
        items = [] if text.lower() == "none" else [item.strip() for item in text.split(",")]
        return tuple(int(item) for item in items) if name == "hidden_layers" else tuple(items)
    return text


def allowed(value, rule):
    """rule: a (low, high) pair, a collection of allowed values, or a function value -> bool."""
    if callable(rule):
        return rule(value)
    if isinstance(rule, tuple) and len(rule) == 2 and all(isinstance(v, (int, float)) for v in rule):
        return rule[0] <= value <= rule[1]
    return value in rule


def write_params(query_params, params):
    """Make the Config part of `query_params` (e.g. st.query_params) equal to `params`, touching
    neither other parameters (those of the whole app) nor values that are already right."""
    for name in (*FIELD_TYPES, HIDE):
        if name in params:
            if query_params.get(name) != params[name]:
                query_params[name] = params[name]
        elif name in query_params:
            del query_params[name]


def config_from_params(params, defaults, rules=None, hideable=(), foreign=()):
    """(config, notes, hidden) from query parameters {name: text}.

    `rules` narrows fields to what the page offers ({field: rule}, see `allowed`); Config's own
    validation applies on top. `hideable` lists control names `hide=` may name; `foreign` lists
    parameters that belong to the app, not to the config. Never raises.
    """
    rules = rules or {}
    notes, values = [], {}
    for name, text in params.items():
        if name == HIDE or name in foreign:
            continue
        if name not in FIELD_TYPES:
            notes.append(f"{name}: not a setting of this page; ignored")
            continue
        try:
            value = _parse(name, str(text))
        except ValueError:
            notes.append(f"{name}: {text!r} is malformed; the default is used instead")
            continue
        if name in rules and not allowed(value, rules[name]):
            notes.append(f"{name}: {text!r} is not offered here; the default is used instead")
            continue
        values[name] = value
    config = _validated(values, defaults, notes)
    hidden = [name.strip() for name in str(params.get(HIDE, "")).split(",") if name.strip()]
    unknown = [name for name in hidden if name not in hideable]
    if unknown:
        notes.append(f"hide: {', '.join(unknown)} cannot be hidden; ignored")
    return config, notes, tuple(name for name in hidden if name in hideable)


def _validated(values, defaults, notes):
    """Config from `values` over `defaults`; a field Config refuses falls back with a note."""
    while True:
        try:
            return defaults.replace(**values)
        except ValueError as error:
            name = str(error).split(":", 1)[0]
            if name in values:
                notes.append(f"{error}; the default is used instead")
                del values[name]
            elif name == "output":  # the default output does not fit the link's problem
                values["output"] = DEFAULT_OUTPUT[DATASETS[values["dataset"]].kind]
            else:  # the page's own defaults are invalid: a bug, not a bad link
                raise
