"""Random links for every page (Hypothesis): a page's lenient read never raises and gives settings its
own controls accept; a strict read (the export's) gives the same settings or raises ParameterError
naming a parameter of the link; and the link a page writes for its settings reads back to them."""
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnlab_export.catalog import PAGES, export_controls
from specs.controls import Choice, Number, ParameterError, as_text

PAYLOADS = ["[click](https://example.org)", "![i](https://example.org/p.png)", "**x**", "<b>x</b>",
            "<a href='https://example.org'>x</a>", ":red[x]", "$x^2$", "nan", "inf", "-inf", "1e308",
            "-1e308", "", " ", "0", "1", "-1", "1.5", "none", "yes", "true", "a,b", "1,1,2", "9" * 400]


def offered_texts(control):
    """Texts a link may well hold for `control`: its default's, its range's ends and its options."""
    texts = []
    default = control.default_for(export_controls_defaults(control))
    if default is not None:
        texts.append(control.text(default))
    if isinstance(control, Number):
        texts += [as_text(control.low), as_text(control.high)]
    if isinstance(control, Choice) and not callable(control.options):
        texts += [as_text(option) for option in control.options]
    return texts


def export_controls_defaults(control):
    for spec in PAGES.values():
        controls = export_controls(spec)
        if control.name in controls and controls[control.name] is control:
            return controls.defaults()
    raise LookupError(control.name)


@st.composite
def links(draw, controls):
    names = [control.name for control in controls]
    params = {}
    for _ in range(draw(st.integers(0, 6))):
        name = draw(st.sampled_from(names) | st.sampled_from(PAYLOADS) | st.text(max_size=12))
        control = controls[name] if name in controls else None
        texts = offered_texts(control) if control else []
        params[name] = draw(st.sampled_from(texts + PAYLOADS) | st.text(max_size=30))
    return params


def same(a, b):
    return a == b or (isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b))


def check_page(page, params):
    controls = export_controls(PAGES[page])
    settings_read, notes = controls.read(params)
    assert isinstance(notes, list) and all(isinstance(note, str) for note in notes)
    assert controls.checked(settings_read) == settings_read  # every value one the page offers
    try:
        strict, _ = controls.read(params, strict=True)
    except ParameterError as refused:
        assert refused.names and set(refused.names) <= set(params), refused
        assert notes, "the strict read refused what the lenient one took without a note"
    else:
        assert strict == settings_read and notes == []
    link = controls.link(settings_read)
    assert all(same(controls.read(link)[0][name], value) for name, value in settings_read.items())
    assert controls.read(link)[1] == []


def property_test(page):
    @settings(max_examples=60, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(links(export_controls(PAGES[page])))
    def test(params):
        check_page(page, params)
    test.__name__ = f"test_random_links_of_{page}"
    return test


for _page in PAGES:
    globals()[f"test_random_links_of_{_page}"] = property_test(_page)
