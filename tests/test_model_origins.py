"""One rule says which counterpart is machine translation nobody post-edited: the
review's beads (`review.holds_mt`) and the exported units
(`formats.units.is_machine_translation`) must never disagree (they were two copies
of the rule, and the bead's copy took any ``draft`` for MT)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.factories import unit
from workbench.formats.units import is_machine_translation
from workbench.model import Status, StoredBead, holds_machine_translation
from workbench.review import holds_mt

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def bead(origin: str, status: Status) -> StoredBead:
    return StoredBead(
        id=1, alignment_id=1, position=0, fr=(1,), cp=(), fr_text="Le chat.",
        cp_text="The cat.", score=None, status=status, origin=origin, reviewer=None,
        version=1, created_at=NOW, updated_at=NOW,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("origin", "status", "machine"),
    [
        ("mt:apertium:fr-es", Status.DRAFT, True),
        ("mt:argos:translate-fr_en", Status.CONFIRMED, True),  # confirmed raw: still MT
        ("mt", Status.AUTO, True),
        # a draft kept beside a reviewer's words, or whose French they corrected
        ("postedit:mt:apertium:fr-es", Status.DRAFT, True),
        ("human", Status.DRAFT, True),
        # their post-edit once confirmed, and the aligner's or a reviewer's pairs
        ("postedit:mt:apertium:fr-es", Status.CONFIRMED, False),
        ("human", Status.CONFIRMED, False),
        ("auto:vecalign", Status.AUTO, False),
        # a CAT tool's unconfirmed segment, imported: a translator's draft, not MT
        ("xliff:omegat", Status.DRAFT, False),
        ("tmx", Status.DRAFT, False),
    ],
)
def test_beads_and_units_share_one_rule_for_machine_translation(
    origin: str, status: Status, machine: bool
) -> None:
    assert holds_machine_translation(origin, status) is machine
    assert holds_mt(bead(origin, status)) is machine
    assert is_machine_translation(unit(origin=origin, status=str(status))) is machine
