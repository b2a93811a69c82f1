"""One spec per page, named like the page's views/ file: the table of its controls (specs/controls.py),
what it trains or builds from its settings, and one function from settings (and that model) to the
page's figures. The page's view draws its widgets from the table and calls that function, and
`python -m nnlab_export` does the same, so an export is the page by construction. No Streamlit here."""
