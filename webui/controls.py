"""A page's widgets drawn from its table of controls (specs/controls.py), and its shareable link.

`PageControls(page, controls)` is made once per run, before the page draws anything that depends on
its settings:
- on the session's first run of the page, the link's settings go into the widgets' session state
  (`{page}_{name}`); a bad or unknown parameter is named in a warning and takes its default;
- `controls(name, container)` draws the widget of setting `name` with the table's label, range or
  options, help and key, and returns its value; a value the control does not offer (a deleted class,
  an option another setting took away) is reset to its default first;
- a setting whose default follows another (a surface's learning rate) is reset when that one changes;
- `write_link()` makes the page's parameters in the address bar the settings that differ from their
  defaults, so copying it shares the page. Other parameters (the app's, unknown ones) stay.
"""
import streamlit as st

from lessons.language import N_, _
from specs import app
from specs.controls import ParameterError, Words

from .messages import say_words


def key(page, name, part=None):
    """The session-state key of setting `name`'s widget (`part`: one of several widgets it has); the
    app's own settings (page None) are keyed by their names alone."""
    stem = name if page is None else f"{page}_{name}"
    return stem if part is None else f"{stem}_{part}"


class Widget:
    """How one kind of widget holds a setting: its session-state values, and how to draw it."""
    holds_none = False  # whether None (a setting switched off) is a value it shows

    def keys(self, page, control):
        return [key(page, control.name)]

    def state(self, page, control, value):
        """{session-state key: widget value} that make the widget show `value`."""
        return {key(page, control.name): value}

    def value(self, page, control):
        """The setting the widget holds (KeyError if it has no state yet)."""
        return st.session_state[key(page, control.name)]

    def draw(self, page, control, container, on_change, settings, **options):
        raise NotImplementedError


class Streamlit(Widget):
    """A Streamlit widget that holds the setting itself: st.slider, st.selectbox, st.toggle, ..."""

    def __init__(self, function, arguments):
        self.function, self.arguments = function, arguments

    def draw(self, page, control, container, on_change, settings, **options):
        widget = getattr(container, self.function)
        return widget(_(control.label), **{**self.arguments(control, settings), **options},
                      key=key(page, control.name), help=_help(control), on_change=on_change)


def _help(control):
    return control.help and _(control.help)


def _number(control, settings):
    if control.whole:
        return {"min_value": int(control.low), "max_value": int(control.high),
                "step": int(control.step or 1)}
    return {"min_value": float(control.low), "max_value": float(control.high),
            **({"step": float(control.step)} if control.step else {}),
            **({"format": control.format} if control.format else {})}


def _choice(control, settings):
    """Its options and their words, translated now: AppTest formats them outside the run too."""
    options = control.options_for(settings)
    return {"options": options, "format_func": dict(zip(options, map(_, map(control.label_of, options)))).get}


class Checkboxes(Widget):
    """Several of a Choices' options, a checkbox each (in `columns` columns)."""

    def keys(self, page, control):
        return [key(page, control.name, option) for option in control.options_for({})]

    def state(self, page, control, value):
        return {key(page, control.name, option): option in value
                for option in control.options_for({})}

    def value(self, page, control):
        return [option for option in control.options_for({})
                if st.session_state[key(page, control.name, option)]]

    def draw(self, page, control, container, on_change, settings, columns=2, **options):
        boxes = container.columns(columns)
        for i, option in enumerate(control.options_for({})):
            boxes[i % columns].checkbox(_(control.label_of(option)), key=key(page, control.name, option),
                                        on_change=on_change)
        return self.value(page, control)


class LayerWidths(Widget):
    """Hidden layers: how many, then a number box per layer's width."""

    def keys(self, page, control):
        return [key(page, control.name, "count")] + [key(page, control.name, i)
                                                     for i in range(control.max_layers)]

    def state(self, page, control, value):
        return {key(page, control.name, "count"): len(value),
                **{key(page, control.name, i): value[i] if i < len(value) else 4
                   for i in range(control.max_layers)}}

    def value(self, page, control):
        count = st.session_state[key(page, control.name, "count")]
        return tuple(st.session_state[key(page, control.name, i)] for i in range(count))

    def draw(self, page, control, container, on_change, settings, **options):
        container.number_input(_(control.label), 0, control.max_layers,
                               key=key(page, control.name, "count"), help=_help(control),
                               on_change=on_change)
        count = st.session_state[key(page, control.name, "count")]
        boxes = container.columns(3)
        for i in range(count):
            boxes[i % 3].number_input(_("Layer {number}").format(number=i + 1), 1, control.max_width,
                                      key=key(page, control.name, i), help=_("Neurons in this layer"),
                                      on_change=on_change)
        return self.value(page, control)


class OptionalNumberBox(Widget):
    """A checkbox that switches the setting on, and a number box for its value."""
    holds_none = True

    def keys(self, page, control):
        return [key(page, control.name, "on"), key(page, control.name)]

    def state(self, page, control, value):
        return {key(page, control.name, "on"): value is not None,
                key(page, control.name): control.initial if value is None else value}

    def value(self, page, control):
        on = st.session_state[key(page, control.name, "on")]
        return st.session_state[key(page, control.name)] if on else None

    def draw(self, page, control, container, on_change, settings, **options):
        on = container.checkbox(_help(control), key=key(page, control.name, "on"), on_change=on_change)
        container.number_input(_(control.label), float(control.low), float(control.high),
                               format=control.format, key=key(page, control.name), disabled=not on,
                               on_change=on_change)
        return self.value(page, control)


WIDGETS = {
    "slider": Streamlit("slider", _number),
    "number": Streamlit("number_input", _number),
    "select_slider": Streamlit("select_slider", _choice),
    # A box's words when nothing is chosen are given: Streamlit's own are English.
    "selectbox": Streamlit("selectbox", lambda control, settings: {
        **_choice(control, settings), "placeholder": _("Choose an option")}),
    "radio": Streamlit("radio", _choice),
    "multiselect": Streamlit("multiselect", lambda control, settings: {
        **_choice(control, settings), "placeholder": _("Choose options"),
        **({"max_selections": control.count} if control.count else {})}),
    "toggle": Streamlit("toggle", lambda control, settings: {}),
    "checkbox": Streamlit("checkbox", lambda control, settings: {}),
    "text_area": Streamlit("text_area", lambda control, settings: {}),
    "checkboxes": Checkboxes(),
    "layers": LayerWidths(),
    "optional_number": OptionalNumberBox(),
}


class PageControls:
    """This run's widgets and settings of one page (see the module's docstring). A setting drawn by
    the page itself (no `widget` in its table) is given with `set`; until then it is the link's."""

    def __init__(self, page, controls):
        """`page` None: the app's own settings (specs/app.py), read beside every page's."""
        self.page, self.controls, self.values = page, controls, {}
        link = key(page, "link") if page else "app_link"
        if link not in st.session_state:
            params = st.query_params.to_dict()
            if page is None:  # the pages say what is unknown
                params = {name: text for name, text in params.items() if name in controls}
            settings, notes = controls.read(params, ignore=app.CONTROLS.names())
            self.put(settings)
            st.session_state[link] = settings, notes
        self.link_settings, notes = st.session_state[link]
        for control in controls:  # a widget not drawn this run keeps its value
            for state_key in self._keys(control):
                if state_key in st.session_state:
                    st.session_state[state_key] = st.session_state[state_key]
        for note in notes:
            say_words("warning", Words(N_("Link parameter {note}"), note=note))

    def key(self, name, part=None):
        return key(self.page, name, part)

    def _keys(self, control):
        widget = WIDGETS.get(control.widget)
        return widget.keys(self.page, control) if widget else []

    def put(self, settings):
        """Make the widgets show `settings` ({name: value}; None: left as they are)."""
        for name, value in settings.items():
            control, widget = self.controls[name], WIDGETS.get(self.controls[name].widget)
            if widget and (value is not None or widget.holds_none):
                st.session_state.update(widget.state(self.page, control, value))

    def current(self):
        """The settings as the page holds them now: what the page `set` this run, the widgets'
        values, the link's for the rest; each checked against its control (a refused one takes its
        default)."""
        held = {}
        for control in self.controls:
            widget = WIDGETS.get(control.widget)
            try:
                held[control.name] = (self.values[control.name] if control.name in self.values else
                                      widget.value(self.page, control) if widget else
                                      self.link_settings[control.name])
            except KeyError:
                continue
        return self.controls.checked(held)

    def __call__(self, name, container=None, **options):
        """Draw the widget of setting `name` in `container` (default: the page) and return its value;
        `options` go to the widget (Choice options narrowed by the page, `horizontal=True`, ...)."""
        control, widget = self.controls[name], WIDGETS[self.controls[name].widget]
        settings = self.current()
        offered = options.get("options")
        if not self._holds(widget, control, settings, offered):
            self.put({name: settings[name] if offered is None or settings[name] in offered
                      else offered[0]})
        followers = [c for c in self.controls if name in c.follows]
        return widget.draw(self.page, control, container or st,
                           (lambda: self._reset(followers)) if followers else None, settings,
                           **options)

    def _holds(self, widget, control, settings, offered=None):
        """Whether the widget holds a value the control (and the page's narrower `offered`) offers."""
        try:
            held = widget.value(self.page, control)
            return (control.check(held, settings) is not None or held is None) and (
                offered is None or held in offered)
        except (KeyError, ParameterError):
            return False

    def _reset(self, followers):
        """Callback of a setting others follow: they go back to their defaults for its new value."""
        for control in followers:
            settings = self.controls.checked({**self.current(), control.name: None})
            self.put({control.name: settings[control.name]})

    def set(self, name, value):
        """Record a setting the page drew or computed itself (not with the table's widget)."""
        self.values[name] = value

    def settings(self):
        return self.current()

    def write_link(self, leave=()):
        """The address bar's page parameters become the settings that differ from their defaults;
        those in `leave` are someone else's to write (the app's `lab`: the page on screen's)."""
        link = self.controls.link(self.settings())
        for name in self.controls.names():
            if name in leave:
                continue
            if name in link:
                if st.query_params.get(name) != link[name]:
                    st.query_params[name] = link[name]
            elif name in st.query_params:
                del st.query_params[name]
