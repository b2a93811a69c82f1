"""Babel's extraction of a spec's messages (babel.cfg names it for specs/*.py): those marked with `_`
or `N_`, and its TITLE, SHORT and SUMMARY, which the navigation and Home show translated and which
are plain strings, so that every spec has them the same way."""
import ast

from babel.messages.extract import extract_python

NAMES = ("TITLE", "SHORT", "SUMMARY")


def extract(fileobj, keywords, comment_tags, options):
    """Babel's extraction method: (line, function name, message, comments) of each message."""
    source = fileobj.read()
    fileobj.seek(0)
    yield from extract_python(fileobj, keywords, comment_tags, options)
    for statement in ast.parse(source).body:
        if isinstance(statement, ast.Assign):
            for target, value in _pairs(statement):
                if (isinstance(target, ast.Name) and target.id in NAMES
                        and isinstance(value, ast.Constant) and isinstance(value.value, str)):
                    yield statement.lineno, None, value.value, []


def _pairs(assignment):
    """(name, value) of `A = v` and of `A, B = v, w`."""
    for target in assignment.targets:
        if isinstance(target, ast.Tuple) and isinstance(assignment.value, ast.Tuple):
            yield from zip(target.elts, assignment.value.elts)
        else:
            yield target, assignment.value
