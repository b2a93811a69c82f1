"""Every page of app.py, opened in headless Chromium as a student would: it loads, shows no Streamlit
exception box, draws its figures, and leaves a full-page screenshot."""
import re

import pytest

import harness
from nnlab_export.render import png_size

PAGES = [("", "Home")] + harness.app_pages()


@pytest.mark.parametrize("url_path, title", PAGES, ids=[title for _, title in PAGES])
def test_page_opens_without_exception_and_draws_its_figure(page, screenshot, url_path, title):
    page.goto(f"/{url_path}")
    harness.wait_ready(page)
    if url_path:  # every lecture page shows at least one chart; Home is text and links
        page.wait_for_selector(harness.RENDERED_CHART)
        box = page.locator(harness.RENDERED_CHART).first.bounding_box()
        assert box["width"] > 100 and box["height"] > 100, f"{title}: first chart is {box}"
    else:
        page.get_by_text("nnlab: feed-forward neural networks").wait_for()  # visible, or a timeout
    harness.wait_ready(page)
    path = screenshot(page, url_path or "home")
    assert page.locator(harness.EXCEPTION).count() == 0, f"{title} shows an exception, see {path}"


def test_presentation_link_styles_charts_for_a_projector_across_pages(page, screenshot):
    page.goto("/activations?presentation=1")
    harness.wait_ready(page)
    page.wait_for_selector(harness.RENDERED_CHART)
    assert page.locator(f'{harness.keyed("presentation")} input').is_checked()
    background = page.locator(f"{harness.PLOTLY_CHART} .bg").first.get_attribute("style")
    assert "fill: rgb(255, 255, 255)" in background
    tick_style = page.locator(f"{harness.PLOTLY_CHART} .xtick text").first.get_attribute("style")
    assert int(re.search(r"font-size: (\d+)px", tick_style).group(1)) >= 20  # 12 px by default
    screenshot(page, "presentation_activations")
    page.locator('[data-testid="stTopNavSection"]', has_text="The neuron").click()
    page.locator('[data-testid="stTopNavDropdownLink"]', has_text="Neuron").click()
    page.wait_for_url("**/neuron?presentation=1")
    harness.wait_ready(page)
    assert page.locator(f'{harness.keyed("presentation")} input').is_checked()


def test_camera_button_downloads_png_at_3x_or_svg_named_after_page_and_figure(page, tmp_path):
    page.goto("/activations")
    harness.wait_ready(page)
    chart = page.locator('[data-testid="stPlotlyChart"]').first
    chart.locator(".main-svg").first.wait_for()
    width, height = (round(v) for v in page.evaluate(
        "() => { const l = document.querySelector('.js-plotly-plot')._fullLayout;"
        " return [l.width, l.height]; }"))

    def camera_download():
        chart.hover()
        with page.expect_download() as download:
            chart.locator('.modebar-btn[data-title^="Download plot"]').click()
        return download.value

    png = camera_download()
    assert png.suggested_filename == "nnlab_activations_functions_and_derivatives.png"
    png.save_as(tmp_path / "chart.png")
    assert png_size((tmp_path / "chart.png").read_bytes()) == (3 * width, 3 * height)
    harness.open_sidebar(page)
    page.locator(harness.keyed("image_format")).get_by_text("SVG").click()
    harness.wait_ready(page)
    chart.locator(".main-svg").first.wait_for()
    svg = camera_download()
    assert svg.suggested_filename == "nnlab_activations_functions_and_derivatives.svg"
    svg.save_as(tmp_path / "chart.svg")
    assert (tmp_path / "chart.svg").read_text().startswith("<svg")
