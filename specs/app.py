"""The settings of the whole app rather than of one page, in a table like a page's: they hold on every
page, and a link or an export takes them beside the page's own."""
from figures.style import PALETTES

from .controls import Choice, Controls, Flag, Number

MAX_LAB_STEPS = 6  # a page's lab has 3 to 6 steps (labs/)

CONTROLS = Controls(
    Flag("presentation", "Presentation style", False, widget="toggle",
         help="Larger type and thicker lines on white, for a projector and for print."),
    Choice("palette", "Colours", "playground", options=tuple(PALETTES), widget="radio",
           labels={"playground": "Playground", "okabe_ito": "Colour-blind safe"},
           help="Class and sign colours. Colour-blind safe: Okabe and Ito's colours, and a map from "
                "orange to blue that stays in order when printed in grey."),
    Flag("lesson", "Lesson mode", False, widget="toggle",
         help="Previous and next buttons walk the pages in lecture order, each page's lab on top."),
    Number("lab", "Lab step", 1, low=1, high=MAX_LAB_STEPS, whole=True,
           help="The step of the page's lab in hand; the page writes it (?lab=3 opens step 3)."),
)
PAGE_WRITES = ("lab",)  # link parameters of the app that the page on screen writes, not the app
