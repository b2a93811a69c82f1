"""Markup a user supplies comes back as the text it is, in Chromium: link parameter names and values in
the warnings, class names in the page's words and a chart's labels, an uploaded file's name in its
refusal. Never a live link, an image (nothing is fetched from another site) or formatting."""
from urllib.parse import urlencode, urlparse

import harness

PAYLOADS = ["[click](https://example.org)", "![i](https://example.org/p.png)", "**x**",
            "<b>bold</b>", ":red[x]", "$x^2$", "<a href='https://example.org'>y</a>"]
ALERTS = ':is([data-testid="stAlertContentWarning"], [data-testid="stAlertContentError"])'


def visit(page, path, ready=ALERTS):
    """Open `path` (until `ready` shows) recording every request that leaves localhost."""
    outside = []
    page.on("request", lambda request: outside.append(request.url)
            if urlparse(request.url).hostname not in ("127.0.0.1", None) else None)
    page.goto(path)
    harness.wait_ready(page)
    page.locator(ready).first.wait_for()  # alert text is lazily loaded markdown
    return outside


def assert_plain(page, container):
    """No link, image or formatting inside `container`'s elements (code spans quote what users
    supplied, as webui/messages.py does)."""
    for tag in ("a", "img", "em", ".katex", '[data-testid="stMarkdownColoredText"]'):
        assert page.locator(f"{container} {tag}").count() == 0, tag


def test_link_parameter_names_and_values_are_shown_as_text(page, screenshot):
    params = {payload: "1" for payload in PAYLOADS} | {"data": PAYLOADS[1], "activation": PAYLOADS[3]}
    outside = visit(page, "/neuron?" + urlencode(params))
    shown = " ".join(page.locator(ALERTS).all_inner_texts())
    for payload in PAYLOADS:
        assert payload in shown, payload
    assert_plain(page, ALERTS)
    assert not outside, outside
    screenshot(page, "hostile_link_neuron")


def test_class_names_are_text_in_the_words_and_in_the_chart(page, screenshot):
    names = [PAYLOADS[6], PAYLOADS[2], PAYLOADS[0]]
    scores = ",".join(f"{name}:{score}" for name, score in zip(names, (1, 2, 3)))
    chart = harness.keyed("single_layer-softmax")  # live_chart(..., "single_layer", "softmax")
    outside = visit(page, "/single_layer?" + urlencode({"scores": scores, "correct": names[0]}), chart)
    page.locator(f"{chart} .xtick text").first.wait_for()
    ticks = page.locator(f"{chart} .xtick text").all_text_contents()
    assert ticks[:3] == names, ticks
    assert page.locator(f"{chart} svg a").count() == 0
    words = page.locator('[data-testid="stMarkdownContainer"]', has_text="Cross-entropy loss")
    assert f"p({names[0]})" in words.inner_text()
    assert_plain(page, '[data-testid="stMarkdownContainer"]:has-text("Cross-entropy loss")')
    assert not outside, outside
    screenshot(page, "hostile_class_names")


def test_an_uploaded_file_name_is_text_in_its_refusal(page):
    name = "**bold** [x](https://example.org) <b>y</b>.csv"
    page.goto("/playground")
    harness.wait_ready(page)
    page.set_input_files(f'{harness.keyed("playground_csv_file")} input[type="file"]',
                         files=[{"name": name, "mimeType": "text/csv", "buffer": b"x1,label\n1,0\n"}])
    error = page.locator('[data-testid="stAlertContentError"]', has_text="was refused")
    error.wait_for()
    assert error.inner_text().startswith(f"{name} was refused: missing column(s) x2")
    assert_plain(page, '[data-testid="stAlertContentError"]')
