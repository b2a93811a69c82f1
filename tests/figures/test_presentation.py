"""Presentation style for a projector."""
import plotly.graph_objects as go

from figures.presentation import presentation_style


def test_presentation_style_enlarges_on_white_without_touching_the_original():
    fig = go.Figure([go.Scatter(x=[0, 1], y=[1, 0], line={"width": 3}, marker={"size": 8}),
                     go.Heatmap(z=[[0, 1], [1, 0]])], layout={"plot_bgcolor": "#222"})
    styled = presentation_style(fig)
    assert styled.data[0].line.width == 6 and styled.data[0].marker.size == 12
    assert styled.layout.plot_bgcolor == styled.layout.paper_bgcolor == "white"
    assert styled.layout.font.size >= 18
    assert fig.data[0].line.width == 3 and fig.layout.plot_bgcolor == "#222"
