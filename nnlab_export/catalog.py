"""What each page exports: its figures for a configuration given as query parameters {name: text},
read with the page's own table of controls (specs/<page>.py) and the app's (specs/app.py:
presentation, ...) strictly, built by the spec's `export` (what the page trains or computes, with the
export-only settings such as `epochs`, within the training budget) and drawn by the spec's `figures`:
the same function the page calls, under the names the page gives its charts. A parameter left out
takes the page's default; an unknown or bad one raises ParameterError naming it."""
from specs import app
from specs.controls import Controls
from specs.pages import PAGES

from .budget import planned_updates


def export_controls(spec):
    """The page's controls and its export-only ones (epochs to train first, ...), one table."""
    return Controls(*spec.CONTROLS, *getattr(spec, "EXPORT", ()))


def export_settings(page, params):
    """(settings {name: value} of `page` and of the app, the Trainer updates building them takes or
    None) for link parameters `params`; ParameterError naming every bad one, or `epochs` over the
    training budget."""
    settings, _ = Controls(*export_controls(PAGES[page]), *app.CONTROLS).read(params, strict=True)
    return settings, planned_updates(page, settings)


def figures_for(page, settings):
    """[(chart name, go.Figure)] of `page` for its `settings`: trains what the page trains first."""
    spec = PAGES[page]
    model = spec.export(settings) if hasattr(spec, "export") else None
    return list(spec.figures(settings, model).items())


def export_figures(page, params):
    """[(chart name, go.Figure)] of `page` for link parameters `params`."""
    return figures_for(page, export_settings(page, params)[0])
