"""What each page exports: its figures for a configuration given as query parameters {name: text},
read with the page's own table of controls (specs/<page>.py) strictly, built by the spec's `export`
(what the page trains or computes, with the export-only settings such as `epochs`) and drawn by the
spec's `figures`: the same function the page calls, under the names the page gives its charts. A
parameter left out takes the page's default; an unknown or bad one raises ParameterError naming it."""
from specs.controls import Controls
from specs.pages import PAGES


def export_controls(spec):
    """The page's controls and its export-only ones (epochs to train first, ...), one table."""
    return Controls(*spec.CONTROLS, *getattr(spec, "EXPORT", ()))


def export_figures(page, params):
    """[(chart name, go.Figure)] of `page` for link parameters `params`."""
    spec = PAGES[page]
    settings, _ = export_controls(spec).read(params, strict=True)
    model = spec.export(settings) if hasattr(spec, "export") else None
    return list(spec.figures(settings, model).items())
