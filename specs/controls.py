"""A page's controls as one table, after TensorFlow Playground's `state.ts` PROPS table: each control
names a setting once, and that name is at once the widget's key suffix (`{page}_{name}` in
st.session_state), the link's query parameter and `python -m nnlab_export`'s parameter. A control
knows its label, help, range or choices and default (fixed, or derived from the settings before it
in the table); reading a link is one loop over the table and writing one is another.

Every bad value raises ParameterError naming the parameter and what is allowed. A page reads its
link leniently (a bad parameter falls back to its default with a note), an export strictly. Problems,
notes and `allowed()` are Words: English text, as the export says them, that also keeps its message
template and values, so that a page says them in its language with what the link gave as literal text
(webui/messages.say_words).
Pure Python: nothing here imports Streamlit (webui/controls.py draws the widgets).
"""
import math
import numbers
from dataclasses import dataclass, field
from typing import Any, Callable

from lessons.language import N_

FLAG_WORDS = {"1": True, "true": True, "on": True, "yes": True,
              "0": False, "false": False, "off": False, "no": False}


class Words(str):
    """English text made of a message `template` (marked N_, with named placeholders) and its `values`:
    a value that is Words is a message too, said in the same language; any other (what a link or a
    user gave, numbers, parameter names, options) is text to show as it is. As a str it is the
    English, so that messages, tests and the export read as they always did."""

    def __new__(cls, template, **values):
        words = super().__new__(cls, template.format(**values))
        words.template, words.values = template, values
        return words

    def __reduce__(self):
        return _words, (self.template, self.values)


def _words(template, values):
    return Words(template, **values)


def _problem(error):
    """What a ValueError says, as Words where it was made of them."""
    message = error.args[0] if len(error.args) == 1 else None
    return message if isinstance(message, Words) else str(error)


def _options(options):
    return ", ".join(as_text(v) for v in options)


class ParameterError(ValueError):
    """A bad parameter: its name (several, for unknown ones) and what is wrong with it."""

    def __init__(self, names, problem):
        self.names = [names] if isinstance(names, str) else list(names)
        self.problem = problem
        super().__init__(f"{', '.join(self.names)}: {problem}")


class UnknownParameters(ParameterError):
    """Parameters that are not settings of the page."""


class ParameterErrors(ParameterError):
    """Several bad parameters, said in one line."""

    def __init__(self, errors):
        ValueError.__init__(self, "; ".join(str(error) for error in errors))
        self.names = [name for error in errors for name in error.names]
        self.problem = str(self)


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


def _number(name, text):
    try:
        return float(text)
    except (TypeError, ValueError):
        raise ParameterError(name, Words(N_("{value} is not a number"), value=repr(text))) from None


@dataclass(frozen=True)
class Control:
    """One setting. `default` is a value or a function of the settings before it in the table;
    `applies` (settings -> bool) says when the setting exists (otherwise it is None), `only` says so
    in words for a message; `follows` names the settings whose change resets this one to its
    default (a surface's learning rate follows the surface); `widget` is how webui/controls.py draws
    it ("" where the page draws it itself)."""
    name: str
    label: str
    default: Any = None
    help: str = None
    widget: str = ""
    applies: Callable = None
    only: str = ""
    follows: tuple = ()

    def default_for(self, settings):
        return self.default(settings) if callable(self.default) else self.default

    def applies_to(self, settings):
        return self.applies is None or bool(self.applies(settings))

    def parse(self, text, settings):
        """The value link text stands for; ParameterError if it is not one this control offers."""
        raise NotImplementedError

    def check(self, value, settings):
        """`value` if this control offers it (a widget's or a saved value), else ParameterError."""
        return self.parse(as_text(value), settings)

    def text(self, value):
        return as_text(value)

    def allowed(self, settings=None):
        """What the control offers, in words (for messages and `python -m nnlab_export --parameters`)."""
        return Words(N_("a value"))


@dataclass(frozen=True)
class Number(Control):
    """A number from `low` to `high` (both included); whole numbers when `whole` (sliders and number
    boxes then hold ints). `step` is the widget's step, `format` its printf format."""
    low: float = -math.inf
    high: float = math.inf
    step: float = None
    whole: bool = False
    format: str = None

    def allowed(self, settings=None):
        if self.whole:
            return Words(N_("a whole number from {low} to {high}"), low=str(int(self.low)),
                         high=str(int(self.high)))
        return Words(N_("a number from {low} to {high}"), low=f"{self.low:g}", high=f"{self.high:g}")

    def parse(self, text, settings):
        value = _number(self.name, text)
        if not (math.isfinite(value) and self.low <= value <= self.high):
            raise ParameterError(self.name, _must_be(repr(text), self.allowed()))
        if self.whole:
            if not value.is_integer():
                raise ParameterError(self.name, _must_be(repr(text), self.allowed()))
            return int(value)
        return value

    def check(self, value, settings):
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise ParameterError(self.name, _must_be(repr(value), self.allowed()))
        return self.parse(repr(float(value)), settings)


def _must_be(value, allowed):
    return Words(N_("{value} must be {allowed}"), value=value, allowed=allowed)


@dataclass(frozen=True)
class OptionalNumber(Number):
    """A Number that may be off (None, left out of a link): a stopping rule with its ε. `initial` is
    what its box shows when switched on."""
    initial: float = None

    def check(self, value, settings):
        return None if value is None else Number.check(self, value, settings)

    def allowed(self, settings=None):
        return Words(N_("{allowed}, or left out (off)"), allowed=Number.allowed(self))


@dataclass(frozen=True)
class Choice(Control):
    """One of `options` (a tuple, or a function of the settings before it); numbers compare by value
    (1e-3 is 0.001). `labels` maps a value to the words a widget shows."""
    options: Any = ()
    labels: Any = None

    def options_for(self, settings):
        return tuple(self.options(settings) if callable(self.options) else self.options)

    def allowed(self, settings=None):
        return Words(N_("one of {options}"), options=_options(self.options_for(settings or {})))

    def label_of(self, value):
        labels = self.labels(value) if callable(self.labels) else (self.labels or {}).get(value)
        return str(value) if labels is None else labels

    def parse(self, text, settings):
        options = self.options_for(settings)
        for value in options:
            if text == as_text(value) or (isinstance(value, numbers.Real) and not isinstance(value, bool)
                                          and _same_number(text, value)):
                return value
        raise ParameterError(self.name, Words(N_("{value} not allowed; choose from {options}"),
                                              value=repr(text), options=_options(options)))


def _same_number(text, value):
    try:
        return float(text) == value
    except ValueError:
        return False


@dataclass(frozen=True)
class Choices(Choice):
    """Several different ones of `options`, comma-separated in a link; `count` of them exactly, or at
    least `at_least` when `count` is None."""
    count: int = None
    at_least: int = 1

    def parse(self, text, settings):
        chosen = []
        for item in (part.strip() for part in str(text).split(",") if part.strip() or self.at_least):
            try:
                chosen.append(Choice.parse(self, item, settings))
            except ParameterError:
                chosen = None
                break
        if (chosen is None or len(set(chosen)) != len(chosen) or len(chosen) < self.at_least
                or self.count not in (None, len(chosen))):
            template = (N_("{value} not allowed; choose {count} different ones of {options}") if self.count
                        else N_("{value} not allowed; choose {count} or more different ones of {options}")
                        if self.at_least else N_("{value} not allowed; choose different ones of {options}"))
            problem = Words(template, value=repr(text), count=str(self.count or self.at_least),
                            options=_options(self.options_for(settings)))
            if self.only:
                problem = Words(N_("{problem}, {only}"), problem=problem, only=Words(self.only))
            raise ParameterError(self.name, problem)
        return chosen

    def allowed(self, settings=None):
        options = _options(self.options_for(settings or {}))
        if self.count:
            return Words(N_("{count} of {options}, comma-separated"), count=str(self.count), options=options)
        return Words(N_("one or more of {options}, comma-separated") if self.at_least else
                     N_("any of {options}, comma-separated"), options=options)

    def salvage(self, text, settings):
        """(the value of `text` without the items this control does not offer, a note naming them),
        for a lenient read of a link; ParameterError if what is left is not a value either."""
        items = [item.strip() for item in str(text).split(",") if item.strip()]
        known = [item for item in items if _offers(self, item, settings)]
        value = self.parse(",".join(known), settings)
        return value, Words(N_("{values} not allowed; ignored"),
                            values=", ".join(item for item in items if item not in known))

    def check(self, value, settings):
        """A widget may hold fewer than `count` while the user chooses them: the page then says so."""
        if not isinstance(value, (list, tuple)):
            raise ParameterError(self.name, Words(N_("{value} is not a list"), value=repr(value)))
        chosen = [Choice.parse(self, as_text(item), settings) for item in value]
        if len(set(chosen)) != len(chosen) or len(chosen) > (self.count or len(chosen)):
            raise ParameterError(self.name, Words(N_("{value}: choose different ones, at most {count}"),
                                                  value=repr(value), count=str(self.count)))
        return chosen if self.count else self.parse(as_text(chosen), settings)


def _offers(control, item, settings):
    try:
        Choice.parse(control, item, settings)
        return True
    except ParameterError:
        return False


@dataclass(frozen=True)
class Flag(Control):
    """On or off: 1/0 in a link (true/false, on/off, yes/no are read too)."""

    def allowed(self, settings=None):
        return Words(N_("1 or 0"))

    def parse(self, text, settings):
        word = str(text).strip().lower()
        if word not in FLAG_WORDS:
            raise ParameterError(self.name, _must_be(repr(text), self.allowed()))
        return FLAG_WORDS[word]

    def check(self, value, settings):
        if not isinstance(value, bool):
            raise ParameterError(self.name, _must_be(repr(value), self.allowed()))
        return value


@dataclass(frozen=True)
class Text(Control):
    """Free text; `read(text)` raises ValueError (its message says what is wrong) if the page cannot
    use it, `max_length` bounds it."""
    read: Callable = None
    max_length: int = 10_000

    def allowed(self, settings=None):
        return Words(N_("text of at most {count} characters"), count=str(self.max_length))

    def check(self, value, settings):
        """A widget's text is kept while the user edits it, readable or not: the page says why not."""
        if not isinstance(value, str) or len(value) > self.max_length:
            raise ParameterError(self.name, Words(N_("not a text of at most {count} characters"),
                                                  count=str(self.max_length)))
        return value

    def parse(self, text, settings):
        text = str(text)
        if len(text) > self.max_length:
            raise ParameterError(self.name, Words(N_("{length} characters; at most {count}"),
                                                  length=str(len(text)), count=str(self.max_length)))
        if self.read is not None:
            try:
                self.read(text)
            except ValueError as error:
                raise ParameterError(self.name, _problem(error)) from None
        return text


@dataclass(frozen=True)
class Layers(Control):
    """Hidden layer widths as a tuple: "4,2" in a link, "none" for no hidden layer; at most
    `max_layers` layers of 1 to `max_width` neurons."""
    max_layers: int = 6
    max_width: int = 8

    def parse(self, text, settings):
        text = str(text).strip()
        items = [] if text.lower() in ("none", "") else [item.strip() for item in text.split(",")]
        allowed = Words(N_("{value} not allowed; {allowed}"), value=repr(text), allowed=self.allowed())
        if len(items) > self.max_layers or not all(item.isdigit() for item in items):
            raise ParameterError(self.name, allowed)
        widths = tuple(int(item) for item in items)
        if not all(1 <= width <= self.max_width for width in widths):
            raise ParameterError(self.name, allowed)
        return widths

    def check(self, value, settings):
        if not isinstance(value, (list, tuple)) or not all(
                isinstance(w, numbers.Integral) and not isinstance(w, bool) for w in value):
            raise ParameterError(self.name, Words(N_("{value} is not a list of layer widths"),
                                                  value=repr(value)))
        return self.parse(self.text(value), settings)

    def text(self, value):
        return as_text(tuple(value)) or "none"

    def allowed(self, settings=None):
        return Words(N_("at most {layers} comma-separated widths from {low} to {high}, or {none}"),
                     layers=str(self.max_layers), low="1", high=str(self.max_width), none="none")


def _salvaged(control, text, settings):
    """(value, note) of a lenient read that refused `text`: the control's salvage of it where it has
    one (a list with an unknown item), else its default and no note."""
    if control.applies_to(settings) and text is not None and hasattr(control, "salvage"):
        try:
            return control.salvage(text, settings)
        except ParameterError:
            pass
    return (control.default_for(settings) if control.applies_to(settings) else None), None


@dataclass
class Controls:
    """A page's table of controls, in the order the page reads them (a derived default may use the
    settings before it)."""
    controls: tuple
    by_name: dict = field(init=False)

    def __init__(self, *controls):
        self.controls = controls
        self.by_name = {control.name: control for control in controls}
        if len(self.by_name) != len(controls):
            raise ValueError("two controls share a name")

    def __iter__(self):
        return iter(self.controls)

    def __getitem__(self, name):
        return self.by_name[name]

    def __contains__(self, name):
        return name in self.by_name

    def names(self):
        return list(self.by_name)

    def defaults(self):
        return self.read({})[0]

    def read(self, params, strict=False, ignore=()):
        """(settings {name: value}, notes) from link parameters {name: text}; a setting that does not
        apply is None. strict: bad or unknown parameters raise ParameterError, all of them named in
        one message; otherwise each falls back to its default with a note naming it. Parameters in
        `ignore` belong to others."""
        settings, notes, errors = {}, [], []
        for control in self.controls:
            name, given = control.name, control.name in params
            try:
                if not control.applies_to(settings):
                    if given:
                        raise ParameterError(name, Words(N_("{value}: {why}"), value=repr(params[name]),
                                                         why=Words(control.only or N_("not used here"))))
                    value = None
                else:
                    value = (control.parse(params[name], settings) if given
                             else control.default_for(settings))
            except ParameterError as error:
                errors.append(error)
                value, note = _salvaged(control, params.get(name), settings)
                notes.append(Words(N_("{name}: {problem}"), name=name, problem=note) if note else
                             Words(N_("{name}: {problem}; the default is used instead"),
                                   name=", ".join(error.names), problem=error.problem))
            settings[name] = value
        unknown = sorted(name for name in params if name not in self.by_name and name not in ignore)
        if unknown:
            errors.append(UnknownParameters(unknown, Words(N_("not a setting of this page; settings: {names}"),
                                                           names=", ".join(sorted(self.by_name)))))
        if strict and errors:
            raise errors[0] if len(errors) == 1 else ParameterErrors(errors)
        notes += [Words(N_("{name}: not a setting of this page; ignored"), name=name) for name in unknown]
        return settings, notes

    def checked(self, values):
        """The settings from values a page holds ({name: value}, e.g. its widgets'), each checked
        against its control: a missing, refused or inapplicable one takes its default."""
        settings = {}
        for control in self.controls:
            if not control.applies_to(settings):
                settings[control.name] = None
                continue
            try:
                settings[control.name] = control.check(values[control.name], settings)
            except (KeyError, ParameterError):
                settings[control.name] = control.default_for(settings)
        return settings

    def link(self, settings):
        """{name: text} of the settings that differ from their defaults (a derived default computed
        from the settings themselves); None and refused values are left out, as a link would drop them."""
        link = {}
        for control in self.controls:
            value = settings.get(control.name)
            if value is None or not control.applies_to(settings):
                continue
            text = control.text(value)
            try:
                control.parse(text, settings)
            except ParameterError:
                continue
            default = control.default_for(settings)
            if default is None or text != control.text(default):
                link[control.name] = text
        return link
