"""Plotly figure builders: pure functions from arrays (or a Trainer) to go.Figure; no Streamlit."""
