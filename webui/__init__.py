"""Streamlit helpers shared by the pages (nothing here does mathematics or builds figures)."""
