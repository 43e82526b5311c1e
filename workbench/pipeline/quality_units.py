"""QA of the beads an imported TMX or XLIFF made (`quality.qa_document` runs it): a unit
delivered with an empty side, and each unit as the file delivered it, inline codes and
spaces included (the stored text has neither: `pipeline.bilingual` keeps the delivered
text in the segment's metadata, `quality.qa_delivered` checks it)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.model import Alignment, Status, StoredBead
from workbench.pipeline.bilingual import DELIVERED
from workbench.quality.qa_base import IssueKind, QaIssue, Severity

if TYPE_CHECKING:
    from workbench.store import Store


def imported(alignment: Alignment) -> bool:
    """Whether ``alignment`` is a file's units, one bead each (`Pairs.aligner`)."""
    return alignment.aligner.startswith(("xliff", "tmx"))


def empty_sides(
    alignment: Alignment, beads: Sequence[StoredBead]
) -> Iterator[tuple[StoredBead, QaIssue]]:
    """An error on each bead of an imported file with one side empty: a unit the file
    delivered untranslated (XLIFF's ``state="new"`` with no target). A null alignment the
    aligner made between two documents is no finding: the review shows it."""
    if not imported(alignment):
        return
    for bead in beads:
        if bead.status is Status.REJECTED or bool(bead.fr_text.strip()) == bool(
            bead.cp_text.strip()
        ):
            continue
        lang = alignment.cp_lang if not bead.cp_text.strip() else alignment.fr_lang
        message = f"the {lang} side is empty: the unit was delivered untranslated"
        yield bead, QaIssue(IssueKind.EMPTY, Severity.ERROR, message, bead.position)


def copied_targets(
    alignment: Alignment, beads: Sequence[StoredBead], issues: Sequence[QaIssue]
) -> list[QaIssue]:
    """``issues`` (``index``: a position in ``beads``, source the counterpart) with each
    `identical` one on an imported file's unit made an error where the source is prose
    (`qa_delivered.prose`): a target copied from its source is a unit delivered
    untranslated, as an empty one is, and a delivery gate must stop it. A name, a number,
    a code or a short label copied unchanged stays a warning; a translator's own
    alignment, whose pairs no one delivered, keeps the warning too."""
    from workbench.quality.qa_delivered import prose

    if not imported(alignment):
        return list(issues)
    message = (
        f"{alignment.fr_lang} is {alignment.cp_lang} copied: the unit was delivered untranslated"
    )
    return [
        replace(issue, severity=Severity.ERROR, message=message)
        if issue.kind is IssueKind.IDENTICAL
        and prose(beads[issue.index].cp_text, alignment.cp_lang)
        else issue
        for issue in issues
    ]


def delivered_issues(
    store: Store, alignment: Alignment, beads: Sequence[StoredBead]
) -> Iterator[tuple[StoredBead, QaIssue]]:
    """The findings on each bead's sides as its file delivered them (the counterpart,
    then the French, as `qa_document` pairs them, each named by its language), for the
    beads of one
    segment a side whose text is still the one imported (an edit or a merge since: the
    delivered text is no longer what the bead says)."""
    from workbench.quality.qa_delivered import as_delivered, delivered_findings, same_text

    single = [b for b in beads if len(b.fr) == 1 and len(b.cp) == 1]
    meta = store.segment_meta([i for b in single for i in (*b.fr, *b.cp)])
    for bead in single:
        cp_raw = meta.get(bead.cp[0], {}).get(DELIVERED)
        fr_raw = meta.get(bead.fr[0], {}).get(DELIVERED)
        if cp_raw is None and fr_raw is None:
            continue
        if (cp_raw is not None and not same_text(cp_raw, bead.cp_text)) or (
            fr_raw is not None and not same_text(fr_raw, bead.fr_text)
        ):
            continue
        source = cp_raw if cp_raw is not None else as_delivered(bead.cp_text)
        target = fr_raw if fr_raw is not None else as_delivered(bead.fr_text)
        names = (alignment.cp_lang, alignment.fr_lang)
        for kind, severity, message in delivered_findings(source, target, names):
            yield bead, QaIssue(kind, severity, message, bead.position)
