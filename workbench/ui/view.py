"""Review progress as the Corpus and Scores pages count it. Pure: no Streamlit, no store.

What a row of the review editor shows is decided in workbench/ui/parallel.py.
"""

from __future__ import annotations

from workbench.model import Status

LOW_CONFIDENCE = 0.5  # the aligner's score below which the Scores page counts a bead as low


def progress(counts: dict[str, int]) -> tuple[int, int]:
    """(confirmed, total) from the store's bead counts per status."""
    return counts.get(str(Status.CONFIRMED), 0), sum(counts.values())
