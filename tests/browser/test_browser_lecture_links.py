"""A lecture page's shareable link in Chromium: the widgets show the link's values (a learning rate
over its surface's preset), a bad parameter is named in a warning, and the address bar keeps exactly
the good ones, so copying it shares the page."""
from urllib.parse import parse_qs, urlparse

import harness

WARNING = '[data-testid="stAlertContentWarning"]'


def test_gradient_descent_link_sets_its_widgets_and_stays_in_the_address_bar(page, screenshot):
    page.goto("/gradient_descent?surface=valley&learning_rate=0.05&max_steps=50&seed=abc")
    harness.wait_ready(page)
    page.wait_for_selector(harness.RENDERED_CHART)
    surface = page.locator(f'{harness.keyed("gradient_descent_surface")} input').input_value()
    assert surface == "Elongated valley"
    rate = page.locator(f'{harness.keyed("gradient_descent_learning_rate")} input').input_value()
    assert rate == "0.05"  # the link's, not the valley's preset 0.15
    assert harness.slider_value(page, "gradient_descent_max_steps") == "50"
    page.locator(WARNING, has_text="Link parameter seed").wait_for()  # its text is lazily loaded markdown
    notes = page.locator(WARNING).all_inner_texts()
    assert any(note.startswith("Link parameter seed: 'abc'") for note in notes), notes
    assert page.locator(f'{harness.keyed("gradient_descent_seed")} input').input_value() == "0"
    page.wait_for_function("() => !location.search.includes('seed=')")
    assert parse_qs(urlparse(page.url).query) == {"surface": ["valley"], "learning_rate": ["0.05"],
                                                  "max_steps": ["50"]}
    path = screenshot(page, "link_gradient_descent")
    assert page.locator(harness.EXCEPTION).count() == 0, f"see {path}"
