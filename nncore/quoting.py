"""How a refusal quotes what a user supplied: as repr() (markup and invisible characters come back
as plain, visible text), shortened so that a huge value cannot make a huge message."""
import reprlib

_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 80
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxdict = _SHORT.maxset = 10


def quoted(value):
    """repr(value), at most about 80 characters per string or number and 10 items per container."""
    return _SHORT.repr(value)
