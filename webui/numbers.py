"""How a page writes a number it computed: as asked, or "—" where it is NaN or infinite (a diverged
network's loss, the test loss without test points), so that no NaN or inf reaches the screen; the
page says why beside it."""
import math

NOT_A_NUMBER = "—"


class shown:  # noqa: N801  (used like a function: f"{shown(loss):.4f}")
    """A number for an f-string: f"{shown(value):.4f}" is "—" when value is not finite."""

    def __init__(self, value):
        self.value = value

    def __format__(self, spec):
        value = float(self.value)
        return format(value, spec) if math.isfinite(value) else NOT_A_NUMBER
