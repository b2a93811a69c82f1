"""The capacity page."""
from apptest import click, open_page, plotly_figures, rerun_ok, shown
from page_charts import assert_export_draws_the_page, camera_file_names, file_names


def test_capacity_page():
    at = open_page("capacity")
    assert camera_file_names(at) == file_names("capacity")
    assert_export_draws_the_page(at, "capacity")
    assert "One neuron" in plotly_figures(at)[0]["layout"]["title"]["text"]
    click(at, "Train 500 more steps")
    at.radio(key="capacity_dataset").set_value("circle")
    at.slider(key="capacity_hidden_units").set_value(2)
    rerun_ok(at)
    assert plotly_figures(at)[2]["data"][0]["type"] == "scatter"  # 2 hidden units: a 2D picture
    at.slider(key="capacity_hidden_units").set_value(4)
    at.selectbox(key="capacity_activation").set_value("relu")
    rerun_ok(at)
    at.multiselect(key="capacity_plotted_units").set_value([2, 4])
    rerun_ok(at)
    assert any("exactly three" in shown(info) for info in at.info)


def _hidden_space_text(at):
    return next(m.value for m in at.markdown if m.value.startswith("The same training points"))


def test_the_text_says_what_the_hidden_space_picture_shows():
    at = open_page("capacity")
    trainers = at.session_state["capacity_networks"][1]
    accuracy = f"{trainers['hidden'].metrics().train_accuracy:.0%}"
    text = _hidden_space_text(at)
    assert "three of the four: (h₁, h₂, h₃)" in text and "cannot show it" in text
    assert f"puts {accuracy} of them on their class's side" in text
    assert not any(t["name"].startswith("output") for t in plotly_figures(at)[2]["data"])
    for units, drawn in ((2, "dashed line"), (3, "grey plane")):
        at.slider(key="capacity_hidden_units").set_value(units)
        rerun_ok(at)
        accuracy = at.session_state["capacity_networks"][1]["hidden"].metrics().train_accuracy
        assert f"The {drawn} is the output neuron's boundary" in _hidden_space_text(at)
        assert f"puts {accuracy:.0%} of them" in _hidden_space_text(at)
        assert any(t["name"].startswith("output") for t in plotly_figures(at)[2]["data"])


def test_networks_are_trained_once_per_setting_and_each_session_trains_its_own_copy(monkeypatch):
    import lessons.capacity

    calls = []
    train = lessons.capacity.train_network
    monkeypatch.setattr(lessons.capacity, "train_network",
                        lambda *args: calls.append(args) or train(*args))
    first = open_page("capacity", {"seed": "4321"})  # a seed no other test trains
    assert len(calls) == 3
    first.multiselect(key="capacity_plotted_units").set_value([1, 2, 4])
    rerun_ok(first)
    click(first, "Train 500 more steps")
    assert first.session_state["capacity_networks"][1]["hidden"].steps == 2000
    second = open_page("capacity", {"seed": "4321"})
    assert len(calls) == 3  # the same settings: nothing trained again
    assert second.session_state["capacity_networks"][1]["hidden"].steps == 1500
    assert second.session_state["capacity_networks"][1]["hidden"] is not (
        first.session_state["capacity_networks"][1]["hidden"])
