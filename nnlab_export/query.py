"""Typed reads of a page's query parameters {name: text}. Every bad value raises ValueError naming the
parameter and what is allowed; `finish()` refuses any parameter no read asked for."""
import math

from webui.lecture_settings import Options, Range

MAX_EPOCHS = 10_000  # training before an export draws: seconds, not minutes


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
            raise ValueError(f"{name}: {text!r} is not a number") from None
        if not (math.isfinite(value) and low <= value <= high):
            bounded = math.isfinite(low) or math.isfinite(high)
            allowed = f"a number from {low:g} to {high:g}" if bounded else "a finite number"
            raise ValueError(f"{name}: {text!r} must be {allowed}")
        return value

    def whole(self, name, default, low, high):
        value = self.number(name, default, low, high)
        if value != int(value):
            raise ValueError(f"{name}: {self.params[name]!r} must be a whole number from {low} to {high}")
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
        raise ValueError(f"{name}: {text!r} not allowed; choose from {', '.join(map(str, allowed))}")

    def flag(self, name, default):
        text = self.text(name, None)
        if text is None:
            return default
        if text.lower() in ("1", "true", "on", "yes", "0", "false", "off", "no"):
            return text.lower() in ("1", "true", "on", "yes")
        raise ValueError(f"{name}: {text!r} must be 1 or 0")

    def choices(self, name, default, allowed):
        """A comma-separated list of names out of `allowed`."""
        text = self.text(name, None)
        if text is None:
            return list(default)
        chosen = [item.strip() for item in text.split(",") if item.strip()]
        unknown = [item for item in chosen if item not in allowed]
        if unknown or not chosen:
            raise ValueError(f"{name}: {text!r} not allowed; choose from {', '.join(allowed)}")
        return chosen

    def choice(self, name, default, allowed):
        chosen = self.choices(name, [default], allowed)
        if len(chosen) != 1:
            raise ValueError(f"{name}: {self.params[name]!r}: choose one of {', '.join(allowed)}")
        return chosen[0]

    def finish(self):
        unknown = sorted(set(self.params) - self.used)
        if unknown:
            raise ValueError(f"{', '.join(unknown)}: not a setting of this page; "
                             f"settings: {', '.join(sorted(self.used))}")


def _equal_number(text, value):
    try:
        return float(text) == value
    except ValueError:
        return False
