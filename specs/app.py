"""The settings of the whole app rather than of one page, in a table like a page's: they hold on every
page, and a link or an export takes them beside the page's own."""
from .controls import Controls, Flag

CONTROLS = Controls(
    Flag("presentation", "Presentation style", False, widget="toggle",
         help="Larger type and thicker lines on white, for a projector and for print."),
)
