"""Typed reads of a page's query parameters {name: text}, and the two ways to take a bad one.

A page's parser (webui/lecture_params.py) reads its settings through a `Query`; every bad value
raises ParameterError naming the parameter and what is allowed, and `finish()` refuses any parameter
no read asked for. `python -m nnlab_export` uses the parser as it is and refuses a bad link (strict);
a page opening a link uses `read_leniently`, which drops each bad parameter with a note and keeps the
good ones. `link_params` goes the other way: a page's current settings to the link's text, without
the values that are the page's defaults. Pure Python: nothing here imports Streamlit.
"""
import math
import numbers

from .lecture_settings import Options, Range

MAX_EPOCHS = 10_000  # training before an export draws: seconds, not minutes


class ParameterError(ValueError):
    """A bad query parameter: its name (several, for unknown ones) and what is wrong with it."""

    def __init__(self, names, problem):
        self.names = [names] if isinstance(names, str) else list(names)
        self.problem = problem
        super().__init__(f"{', '.join(self.names)}: {problem}")


class UnknownParameters(ParameterError):
    """Parameters that are not settings of the page."""


class Query:
    def __init__(self, params):
        self.params, self.used = params, set()

    def text(self, name, default):
        self.used.add(name)
        return self.params.get(name, default)

    def number(self, name, default, low=-math.inf, high=math.inf):
        text = self.text(name, None)
        if text is None:
            return default
        try:
            value = float(text)
        except ValueError:
            raise ParameterError(name, f"{text!r} is not a number") from None
        if not (math.isfinite(value) and low <= value <= high):
            bounded = math.isfinite(low) or math.isfinite(high)
            allowed = f"a number from {low:g} to {high:g}" if bounded else "a finite number"
            raise ParameterError(name, f"{text!r} must be {allowed}")
        return value

    def whole(self, name, default, low, high):
        value = self.number(name, default, low, high)
        if value != int(value):
            raise ParameterError(name, f"{self.params[name]!r} must be a whole number from {low} to "
                                       f"{high}")
        return int(value)

    def epochs(self, default, name="epochs"):
        """How many epochs to train before drawing, since a link holds no weights."""
        return self.whole(name, default, 0, MAX_EPOCHS)

    def setting(self, name, control, default=None):
        """A value the page's control (a webui.lecture_settings Range or Options) can take; `default`
        replaces the control's own where the page derives it."""
        default = control.default if default is None else default
        if isinstance(control, Options):
            return self.option(name, control.values, default)
        if not isinstance(control, Range):
            raise TypeError(f"{name}: {control!r} is not a Range or Options")
        if control.whole:
            return self.whole(name, default, control.low, control.high)
        return self.number(name, default, control.low, control.high)

    def optional(self, name, control):
        """setting(), or None where the parameter is left out (for what the page switches on)."""
        self.used.add(name)
        return self.setting(name, control) if name in self.params else None

    def option(self, name, allowed, default):
        """One of `allowed` (names, or numbers compared by value: 1e-3 is 0.001)."""
        text = self.text(name, None)
        if text is None:
            return default
        for value in allowed:
            if text == str(value) or (isinstance(value, (int, float)) and _equal_number(text, value)):
                return value
        raise ParameterError(name, f"{text!r} not allowed; choose from {', '.join(map(str, allowed))}")

    def flag(self, name, default):
        text = self.text(name, None)
        if text is None:
            return default
        if text.lower() in ("1", "true", "on", "yes", "0", "false", "off", "no"):
            return text.lower() in ("1", "true", "on", "yes")
        raise ParameterError(name, f"{text!r} must be 1 or 0")

    def choices(self, name, default, allowed):
        """A comma-separated list of names out of `allowed`."""
        text = self.text(name, None)
        if text is None:
            return list(default)
        chosen = [item.strip() for item in text.split(",") if item.strip()]
        unknown = [item for item in chosen if item not in allowed]
        if unknown or not chosen:
            raise ParameterError(name, f"{text!r} not allowed; choose from {', '.join(allowed)}")
        return chosen

    def choice(self, name, default, allowed):
        chosen = self.choices(name, [default], allowed)
        if len(chosen) != 1:
            raise ParameterError(name, f"{self.params[name]!r}: choose one of {', '.join(allowed)}")
        return chosen[0]

    def finish(self):
        unknown = sorted(set(self.params) - self.used)
        if unknown:
            raise UnknownParameters(unknown, f"not a setting of this page; settings: "
                                             f"{', '.join(sorted(self.used))}")


def _equal_number(text, value):
    try:
        return float(text) == value
    except ValueError:
        return False


def read_leniently(parse, params):
    """(settings, notes): what parse(Query) reads from `params`, where each bad or unknown parameter
    is left out (its default is used) with a note naming it; never raises for a bad link."""
    params, notes = dict(params), []
    while True:
        query = Query(params)
        try:
            settings = parse(query)
            query.finish()
            return settings, notes
        except ParameterError as error:
            if any(name not in params for name in error.names):
                raise  # a default the parser refuses: a bug of the page, not a bad link
            for name in error.names:
                del params[name]
                notes.append(f"{name}: not a setting of this page; ignored"
                             if isinstance(error, UnknownParameters) else
                             f"{error}; the default is used instead")


def as_text(value):
    """A setting as a link writes it: numbers as Python writes them (exactly, 1.0 as 1), flags as 1/0,
    lists comma-separated, {name: number} as name:number pairs."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real):
        value = float(value)
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dict):
        return ",".join(f"{name}:{as_text(number)}" for name, number in value.items())
    if isinstance(value, (list, tuple)):
        return ",".join(as_text(item) for item in value)
    return str(value)


def link_params(parse, settings):
    """The link of a page's current `settings` ({name: value}; None: left out): {name: text} for
    every setting that differs from its default, where a default may depend on other settings
    (a surface's learning rate). A value the parser refuses is left out, as a link would drop it."""
    texts = {name: as_text(value) for name, value in settings.items() if value is not None}
    values, _ = read_leniently(parse, texts)
    link = {}
    for name, text in texts.items():
        default, _ = read_leniently(parse, {n: t for n, t in texts.items() if n != name})
        if values[name] != default[name]:
            link[name] = text
    return link


def parameter_names(parse):
    """Every parameter a page's parser reads (its settings' names)."""
    return set(parse(Query({})))
