"""Every chart has a text alternative with its numbers: a live chart sends it beside its figure
(webui/live_chart.js puts it on the chart as aria-label), an st.plotly_chart gets it as alt."""
from apptest import open_page
from figures.describe import describe
from specs import activations
from webui.live_chart import figure_alt, figure_payload


def test_every_chart_of_the_playground_says_what_it_shows_and_the_loss_follows_the_steps():
    at = open_page("playground", {"dataset": "xor"})
    for _ in range(3):
        at.button(key="playground_step").click().run()
    charts = at.get("bidi_component")
    alts = {figure_payload(chart)[1]["toImageButtonOptions"]["filename"]: figure_alt(chart)
            for chart in charts}
    assert len(alts) == len(charts) >= 3 and all(alts.values())
    loss = alts["nnlab_playground_loss"]
    history = at.session_state["playground_trainer"].history  # what the loss chart draws
    epoch = int(history.column("epoch")[-1])
    assert epoch == 2  # the losses of epochs 0, 1 and 2, each recorded as it is trained
    for name, column in (("training", "train_loss"), ("test", "test_loss")):
        assert f"{name} loss {history.column(column)[-1]:.3g} at epoch {epoch}" in loss, loss


def test_a_static_chart_gets_its_description_as_alt():
    at = open_page("activations", {"names": "relu,tanh"})
    chart = at.get("plotly_chart")[0].proto
    [figure] = activations.figures(activations.CONTROLS.checked({"names": ["relu", "tanh"]})).values()
    assert chart.alt == describe(figure, "functions and derivatives")
    assert "ReLU 6 at z 6" in chart.alt and "Tanh 1 at z 6" in chart.alt  # g(6) on the curves' ends
