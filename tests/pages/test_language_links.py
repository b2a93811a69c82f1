"""Link parameter problems and chart descriptions in Chinese: a bad or unknown link parameter is named in
a Chinese warning that says what is allowed, with what the link gave as literal text (a code span, never
markdown or HTML), and the setting keeps its default; the export's English (str(ParameterError)) is the
same as ever; figures/describe.py speaks Chinese inside `speaking("zh")`."""
import numpy as np
import plotly.graph_objects as go
import pytest

from apptest import open_page, shown
from english import english
from figures.activations import activation_figure
from figures.describe import describe
from lessons.language import speaking
from specs.activations import CONTROLS
from specs.controls import ParameterError


def link_warnings(at):
    return [w.value for w in at.warning if w.value.startswith("链接参数")]


@pytest.mark.parametrize("params, warning, widget", [
    ({"z": "abc"}, "链接参数 `z`：`'abc'` 不是数字；已改用默认值", ("activations_z", 1.0)),
    ({"z": "9"}, "链接参数 `z`：`'9'` 应为 `-6` 到 `6` 之间的数；已改用默认值", ("activations_z", 1.0)),
    ({"threshold": "0.3"},
     "链接参数 `threshold`：`'0.3'` 不可用；请从 `0.001, 0.01, 0.05, 0.1, 0.2` 中选择；已改用默认值",
     ("activations_threshold", 0.05)),
    ({"bogus": "1"}, "链接参数 `bogus`：不是本页的设置；已忽略", None),
    ({"names": "relu,**x**"}, "链接参数 `names`：`**x**` 不可用；已忽略", ("activations_names", ["relu"])),
], ids=["not a number", "out of range", "not an option", "unknown", "unknown option"])
def test_a_bad_link_parameter_warns_in_chinese_naming_it_and_what_is_allowed(params, warning, widget):
    at = open_page("activations", {"lang": "zh", **params})
    warnings = link_warnings(at)
    assert warnings == [warning]
    assert english(warnings[0]) == []
    if widget:
        key, value = widget
        assert [w.value for w in [*at.slider, *at.select_slider, *at.multiselect] if w.key == key] == [value]


def test_what_the_link_gave_stays_literal_text():
    at = open_page("activations", {"lang": "zh", "z": "**x**", "threshold": "<img src=x onerror=alert(1)>",
                                   "<b>name</b>": "1"})
    warnings = link_warnings(at)
    assert "链接参数 `z`：`'**x**'` 不是数字；已改用默认值" in warnings
    assert any(w.startswith("链接参数 `threshold`：`'<img src=x onerror=alert(1)>'` 不可用") for w in warnings)
    assert "链接参数 `<b>name</b>`：不是本页的设置；已忽略" in warnings
    assert at.slider(key="activations_z").value == 1.0
    assert at.select_slider(key="activations_threshold").value == 0.05


def test_in_english_the_warning_and_the_export_say_the_same_words_as_before():
    at = open_page("activations", {"z": "9"})
    assert [shown(w) for w in at.warning] == [
        "Link parameter z: '9' must be a number from -6 to 6; the default is used instead"]
    with pytest.raises(ParameterError) as refused:
        CONTROLS.read({"z": "9", "threshold": "0.3"}, strict=True)
    assert str(refused.value) == ("z: '9' must be a number from -6 to 6; threshold: '0.3' not allowed; "
                                  "choose from 0.001, 0.01, 0.05, 0.1, 0.2")
    with speaking("zh"), pytest.raises(ParameterError, match=r"^z: '9' must be a number from -6 to 6$"):
        CONTROLS.read({"z": "9"}, strict=True)  # the export's words do not follow the language


def test_chart_descriptions_in_chinese():
    z = np.array([[-0.5, 0.25], [1.5, 0.0]])
    fig = go.Figure([go.Heatmap(z=z, name="h"), go.Scatter(x=[1, 2, 3], y=[1, 2, 3], mode="markers",
                                                           name="p"),
                     go.Bar(x=["a", "b"], y=[0.25, 0.75], name="q")],
                    layout=dict(xaxis_title="z", yaxis_title="g"))
    with speaking("zh"):
        assert describe(fig, "picture") == "Picture。g 随 z 的变化。h 从 -0.5 到 1.5。p：3 个点。q：a 0.25、b 0.75。"
        text = describe(activation_figure(["sigmoid", "relu"], 1.0, 0.05))
    assert english(text) == [], text
    assert "随" in text and "。" in text and " at " not in text and "against" not in text
    assert describe(fig, "picture") == ("Picture. g against z. h from -0.5 to 1.5. p: 3 points. "
                                        "q: a 0.25, b 0.75.")
