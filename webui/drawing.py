"""Data drawn on a page's plane chart (the Playground's output): a click adds a point of the class, or
for regression of the value, chosen beside the plane; a shift-click, or a click in the remove mode,
removes the nearest point. Clear empties the data, Back restores the generated ones. The points are
the trainer's dataset (nncore/drawn.py) and replace it with `LiveTraining.set_data`: training goes
on with the same weights, playing or not. The first click on generated data starts from their
training points.

The page holds the drawn Dataset where it holds uploaded data (`own_data_key`), so a rebuild of the
network and a saved model take them along; `link_text` is what the page's `points` link parameter
keeps (up to nncore.drawn.LINK_POINTS points).
"""
import streamlit as st

from figures.style import palette
from lessons.language import N_, _
from nncore import make_dataset
from nncore.drawn import (
    LINK_POINTS,
    MAX_VALUE,
    drawn,
    is_drawn,
    points_text,
    with_point,
    without_nearest,
)


REMOVE = "remove"
MODE_NAMES = {"add": N_("add"), REMOVE: N_("remove")}  # the pills' words for a click's modes


def generated(config):
    """The data the config itself describes (as the Trainer makes them)."""
    return make_dataset(config.dataset, config.n_points, config.noise, config.train_ratio,
                        config.data_seed, config.n_classes)


class Drawing:
    """One page's drawn data. `live`: its LiveTraining; `message_key`: where a refusal is kept for
    the page to say; `max_points`: the most points the plane may hold; `config()`: the page's Config
    now (its generated data are Back's)."""

    def __init__(self, page, live, own_data_key, message_key, max_points, config):
        self.live, self.own_data_key, self.message_key = live, own_data_key, message_key
        self.max_points, self.config = max_points, config
        self.mode_key, self.value_key = f"{page}_draw_mode", f"{page}_draw_value"
        self.press_key = f"{page}_draw_press"  # the last press acted on: a click arriving twice is one

    @staticmethod
    def link_text(own_data):
        """The `points` link parameter's text for the page's data ("": none to keep)."""
        return (points_text(own_data) or "") if is_drawn(own_data) else ""

    def _use(self, dataset):
        self.live.set_data(dataset, id(dataset))
        st.session_state.update({self.own_data_key: dataset, self.message_key: None})

    def on_plane(self, event):
        """A click on the plane (webui/chart_events.py): add or remove a point there."""
        trainer = self.live.current
        if trainer is None or event.kind != "click" or st.session_state.get(self.press_key) == event.press:
            return
        st.session_state[self.press_key] = event.press
        data = trainer.dataset
        if not is_drawn(data):
            data = drawn(data.X_train, data.y_train, data.kind, data.n_classes)
        mode = st.session_state.get(self.mode_key, 0)
        if event.shift or mode == REMOVE:
            self._use(without_nearest(data, event.x, event.y))
            return
        label = st.session_state.get(self.value_key, 1.0) if data.kind == "regression" else mode
        try:
            self._use(with_point(data, event.x, event.y, label, self.max_points))
        except ValueError as error:
            st.session_state[self.message_key] = _("The point"), str(error)

    def clear(self):
        data = self.live.current.dataset
        self._use(drawn([], [], data.kind, data.n_classes))

    def back(self):
        """Back to the config's generated data, with the same weights."""
        self.live.set_data(generated(self.config()), id(None))
        st.session_state.update({self.own_data_key: None, self.message_key: None})

    def tools(self, own_data, kind, n_classes):
        """Beside the plane: what a click does (a class, the value, or remove), Clear, and Back to
        generated data while the data are drawn."""
        if kind == "regression":
            modes = ["add", REMOVE]
            st.number_input(_("Value of a new point"), -MAX_VALUE, MAX_VALUE, 1.0, 0.1,
                            key=self.value_key,
                            help=_("The target of a point a click adds"))
        else:
            modes = [*range(n_classes), REMOVE]
        if st.session_state.get(self.mode_key) not in modes:
            st.session_state[self.mode_key] = modes[0]
        names = palette().class_names  # read in the run: the palette is the session's
        # pills, not a segmented control: they wrap in the narrow data column (K classes, presenting)
        words = {mode: _(MODE_NAMES[mode]) if isinstance(mode, str) else _(names[mode])
                 for mode in modes}
        st.pills(_("A click on the output adds"), modes, key=self.mode_key, required=True, wrap=True,
                 format_func=words.get,
                 help=_("A point of this class where you click; shift-click removes the nearest point"))
        row = st.container(horizontal=True)
        row.button(_("Clear"), on_click=self.clear, key=f"{self.mode_key}_clear",
                   help=_("Remove every point; then click points in"))
        if is_drawn(own_data):
            row.button(_("Back to generated data"), on_click=self.back, key=f"{self.mode_key}_back")
            st.caption(_("Drawn points are all training points, none is a test point."))

    @staticmethod
    def caption(own_data):
        """Under the plane (in the live view, which a click redraws): how many points are drawn."""
        if is_drawn(own_data):
            n = len(own_data.X_train)
            words = (_("{count} drawn point; shift-click removes the nearest.") if n == 1 else
                     _("{count} drawn points; shift-click removes the nearest.")).format(count=n)
            if n > LINK_POINTS:
                words = _("{words} The link keeps at most {most}: download the model to keep "
                          "them.").format(words=words, most=LINK_POINTS)
            st.caption(words)
