"""webui/live_chart.kept_payload: a kept figure is sent as the bytes sent last, and a repainted plane
as those bytes with the new picture, which are the bytes of the repainted figure serialised anew."""
import json

from figures.plane import plane_figure, repaint
from nncore import Config, Trainer
from webui.live_chart import figure_payload_bytes, kept_payload

OPTIONS = ({"displaylogo": False}, "streamlit", ("click",))


def payload(fig):
    return figure_payload_bytes(fig, *OPTIONS[:2], "the plane", OPTIONS[2])


def figure_sent(data):
    sent = json.loads(data)["figure"]
    for trace in sent["data"]:
        trace.pop("uid", None)
    return sent


def test_a_kept_figure_is_not_serialised_again():
    plane = plane_figure(Trainer(Config()), live=True)
    first = kept_payload(None, plane, OPTIONS, lambda: payload(plane))
    again = kept_payload(first, plane, OPTIONS, lambda: (_ for _ in ()).throw(AssertionError("built")))
    assert again is first


def test_a_repainted_plane_is_sent_with_its_new_picture_as_if_serialised_anew():
    trainer = Trainer(Config())
    plane = plane_figure(trainer, live=True)
    first = kept_payload(None, plane, OPTIONS, lambda: payload(plane))
    trainer.step(40)
    assert repaint(plane, trainer)
    built = []
    spliced = kept_payload(first, plane, OPTIONS, lambda: built.append(1) or payload(plane))
    assert not built and spliced[3] == plane.layout.images[0].source != first[3]
    assert figure_sent(spliced[2]) == figure_sent(payload(plane))


def test_another_figure_or_other_options_are_serialised():
    trainer = Trainer(Config())
    plane = plane_figure(trainer, live=True)
    first = kept_payload(None, plane, OPTIONS, lambda: payload(plane))
    other = plane_figure(trainer, live=True)
    assert kept_payload(first, other, OPTIONS, lambda: b"new")[2] == b"new"
    assert kept_payload(first, plane, (OPTIONS[0], None, OPTIONS[2]), lambda: b"new")[2] == b"new"
