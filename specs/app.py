"""The settings of the whole app rather than of one page, in a table like a page's: they hold on every
page, and a link or an export takes them beside the page's own."""
from figures.style import PALETTES
from lessons.language import DEFAULT, LANGUAGES, N_

from .controls import Choice, Controls, Flag, Number

MAX_LAB_STEPS = 6  # a page's lab has 3 to 6 steps (labs/)

CONTROLS = Controls(
    # Its label in both languages, to be found by one who cannot read the one on screen; without
    # ?lang= the page takes the browser's language (webui/language.py).
    Choice("lang", "Language · 语言", DEFAULT, options=tuple(LANGUAGES), labels=LANGUAGES,
           widget="radio"),
    Flag("presentation", N_("Presentation style"), False, widget="toggle",
         help=N_("Larger type and thicker lines on white, for a projector and for print.")),
    Choice("palette", N_("Colours"), "playground", options=tuple(PALETTES), widget="radio",
           labels={"playground": N_("Playground"), "okabe_ito": N_("Colour-blind safe")},
           help=N_("Class and sign colours. Colour-blind safe: Okabe and Ito's colours, and a map from "
                   "orange to blue that stays in order when printed in grey.")),
    Flag("lesson", N_("Lesson mode"), False, widget="toggle",
         help=N_("Previous and next buttons walk the pages in lecture order, each page's lab on top.")),
    Number("lab", N_("Lab step"), 1, low=1, high=MAX_LAB_STEPS, whole=True,
           help=N_("The step of the page's lab in hand; the page writes it (?lab=3 opens step 3).")),
)
PAGE_WRITES = ("lab",)  # link parameters of the app that the page on screen writes, not the app
