"""A student's first visit after the server starts is often a shared link straight to a page. It must
run app.py (page config, navigation, the presentation option) like any other visit.

Streamlit 1.67 treats a `pages/` folder beside app.py as a legacy multipage app until app.py has called
st.navigation once in the server process: the first deep link then ran pages/<page>.py alone, with the
raw file names as navigation and no app-wide sidebar options. That is why the page scripts live in
views/; this test guards it.
"""
import harness


def test_first_visit_by_a_deep_link_runs_app_py(chromium):
    with harness.streamlit_server() as (base_url, _):
        page = chromium.new_page()
        page.goto(f"{base_url}/playground?dataset=xor")
        harness.wait_ready(page)
        page.wait_for_selector(harness.RENDERED_CHART)
        assert page.title() == "nnlab"
        assert page.locator(harness.keyed("presentation")).count() == 1
        assert "Home" in page.locator('[data-testid="stTopNav"]').inner_text()
        page.close()
