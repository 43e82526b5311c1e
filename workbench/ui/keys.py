"""The Review page's filters and the keys that toggle them, as the editor shows them.

One table for the head's checkboxes, the key handler and the keys legend
(workbench/ui/static/review/, renderFilters): a translator reviewing with
the keyboard only turns a filter on and off with its number, as the head
numbers them, and shows every bead again with ``SHOW_ALL``. A digit pressed
in a text field is text; one pressed elsewhere never writes and never moves
a draft (the filters live in the browser). Pure: no Streamlit.
"""

from __future__ import annotations

from typing import NamedTuple


class FilterKey(NamedTuple):
    key: str  # the key pressed outside a text field
    name: str  # the filter's name in review/*.js (passes)
    label: str  # the checkbox's label in the head
    title: str  # what it shows, as a tooltip


FILTERS: tuple[FilterKey, ...] = (
    FilterKey("1", "unconfirmed", "Unconfirmed", "Beads no reviewer confirmed or rejected yet"),
    FilterKey("2", "low", "Low confidence", "The aligner's pairs it scored below 0.5"),
    FilterKey("3", "shape", "Not 1:1", "Beads with other than one sentence on each side"),
    FilterKey("4", "mt", "MT drafts", "Counterparts machine translation drafted"),
    FilterKey("5", "qa", "QA warnings",
              "Beads the translator's QA checks flag (numbers, tags, length); "
              "ticking it runs the checks"),
    FilterKey("6", "drafts", "Unsaved drafts", "Beads holding text typed here and not saved"),
    FilterKey("7", "qe", "MT on-topic below",
              "MT drafts less likely than this to be about their French: wrong, empty, "
              "off-topic or left untranslated. A faithful but clumsy draft scores near 1 and "
              "is not shown (drafts filled without an estimate are left out)"),
)  # fmt: skip
SHOW_ALL = "0"  # every filter off and the find emptied: every bead shown


def filters_data() -> dict[str, object]:
    """The table as the editor reads it (``data["filters"]``)."""
    return {"all": SHOW_ALL, "boxes": [list(f) for f in FILTERS]}
