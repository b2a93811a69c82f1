"""Fixtures of the real-browser suite: one `streamlit run app.py` and one headless Chromium per test
session, a new tab (its own Streamlit session) per test.

Without Chromium or Playwright the suite skips and says how to enable it; with CI=true it fails instead.
"""
import pytest
from system_packages import require

import harness

saved_screenshots = []


@pytest.fixture(scope="session")
def server():
    """Base URL and process of the app under test; its log goes to artifacts/streamlit-server.log."""
    require(harness.missing_browser())
    harness.SCREENSHOTS.parent.mkdir(parents=True, exist_ok=True)
    with harness.streamlit_server(log_path=harness.SCREENSHOTS.parent / "streamlit-server.log") as served:
        yield served


@pytest.fixture(scope="session")
def base_url(server):
    return server[0]


@pytest.fixture(scope="session")
def chromium():
    require(harness.missing_browser())
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = harness.launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def browser_context(chromium, base_url):
    """One context for the session so Plotly's JavaScript is parsed and cached once; every tab of it
    is still its own Streamlit session (a session is one websocket)."""
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, base_url=base_url)
    context.set_default_timeout(30_000)
    yield context
    context.close()


@pytest.fixture
def page(browser_context):
    tab = browser_context.new_page()
    yield tab
    tab.close()


@pytest.fixture
def screenshot():
    """screenshot(page, name): save a full-page PNG to artifacts/screenshots, listed at the end of the run."""
    def save(page, name):
        path = harness.full_page_screenshot(page, name)
        saved_screenshots.append(path)
        return path
    return save


def pytest_terminal_summary(terminalreporter):
    if saved_screenshots:
        terminalreporter.write_line(f"browser screenshots ({len(saved_screenshots)}) saved in "
                                    f"{harness.SCREENSHOTS}")
