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


def test_presentation_style_enlarges_the_type_sizes_a_figure_sets_itself():
    fig = go.Figure(go.Scatter(x=[0], y=[0], mode="text", text=["a"], textfont={"size": 10}),
                    layout={"title": {"text": "t", "font": {"size": 14}},
                            "annotations": [{"text": "n", "font": {"size": 12}}]})
    styled = presentation_style(fig)
    factor = styled.layout.font.size / 12
    assert factor > 1.5
    assert styled.data[0].textfont.size == 10 * factor and styled.layout.title.font.size == 14 * factor
    assert styled.layout.annotations[0].font.size == 12 * factor
    assert fig.layout.title.font.size == 14 and fig.data[0].textfont.size == 10
