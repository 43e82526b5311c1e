"""Rows for `-f json|tsv` of the commands whose default output is a summary line
(`ingest`, `align`, `fill`, `export`): each row carries what its line says, as
fields a script reads instead of matching the words (newcomer21)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

    from workbench.formats.units import ExportReport
    from workbench.model import Document
    from workbench.pipeline.alignment import AlignReport
    from workbench.pipeline.documents import IngestReport
    from workbench.pipeline.mt import FillReport

Row = dict[str, Any]

INGESTED = [
    "file", "status", "document", "id", "lang", "version", "previous_version", "segments",
    "carried", "to_review_again", "warning", "note", "error",
]  # fmt: skip
ALIGNED = [
    "document", "alignment", "lang", "to", "beads", "pairs", "null_fr", "null_cp",
    "reviewed_kept", "left_behind", "warnings",
]  # fmt: skip
FILLED = [
    "document", "alignment", "to", "drafted", "redrafted", "unchanged", "unsaved",
    "changed_meanwhile", "already", "origin", "estimated", "estimate", "untranslated",
    "glossary", "forced", "missing", "rejected", "unglossed", "unglossed_missing", "no_french",
    "elsewhere",
]  # fmt: skip
EXPORTED = [
    "document", "to", "format", "files", "written", "skipped", "mt_written", "untranslated",
    "to_translate_again", "characters_removed", "notice",
]  # fmt: skip


def ingested(report: IngestReport, documents: Sequence[Document] = ()) -> list[Row]:
    """One row a file, in the report's order; a file that failed has status "failed"
    and its error. "warning", "note" and "error" hold the words the lines on standard
    error give (`ingested.file_lines`), notes one a line: a document that is not French
    says what it reads as and how to align its translation with it. "carried" and
    "to_review_again" count, for a file read again ("reread"), the reviewed beads
    `align` will carry over and those it cannot (None for any other status).
    ``documents``: the store's, as `report_lines` takes them."""
    from workbench.pipeline.ingested import Level, file_lines
    from workbench.pipeline.readings import CarryOver

    rows = []
    for result in report.files:
        doc = result.document
        lines = file_lines(result, report, documents=documents)
        said = {
            level: "\n".join(line.text for line in lines if line.level is level) or None
            for level in (Level.WARNING, Level.NOTE, Level.ERROR)
        }
        carry = (result.carry or CarryOver(0, 0)) if result.status == "reread" else None
        rows.append({
            "file": str(result.path), "status": result.status or "failed",
            "document": doc.name if doc else None, "id": doc.id if doc else None,
            "lang": doc.lang if doc else None, "version": doc.version if doc else None,
            "previous_version": result.previous_version,
            "segments": doc.segment_count if doc else None,
            "carried": carry.carried if carry else None,
            "to_review_again": carry.again if carry else None,
            "warning": said[Level.WARNING], "note": said[Level.NOTE], "error": said[Level.ERROR],
        })  # fmt: skip
    return rows


def aligned(report: AlignReport, document: str, to: str) -> list[Row]:
    """`align`'s line as one row: "null_fr"/"null_cp" are the sentences without
    counterpart on each side, "left_behind" the reviewed beads of an earlier version
    that stay there (exit code 3)."""
    return [
        {
            "document": document, "alignment": report.alignment.id,
            "lang": report.alignment.fr_lang, "to": to, "beads": report.beads,
            "pairs": report.pairs, "null_fr": report.unaligned_fr,
            "null_cp": report.unaligned_cp, "reviewed_kept": report.kept_confirmed,
            "left_behind": report.left_behind, "warnings": list(report.warnings),
        }
    ]  # fmt: skip


def filled(
    report: FillReport, document: str, to: str, glossary: str | None, *, redraft: bool = False
) -> list[Row]:
    """`fill`'s lines as one row; "estimate" is the estimate's signature (or why there is
    none), "forced", "missing", "unglossed" and "unglossed_missing" count drafts for the
    glossary given (else None); "redrafted", "unchanged" and "unsaved" count drafts with
    ``redraft`` (else None); "changed_meanwhile" the gaps and drafts a reviewer changed
    while fill ran, left as they made them; "no_french" the beads whose counterpart
    sentences have no French, which fill does not draft."""
    with_glossary = glossary is not None
    return [
        {
            "document": document, "alignment": report.alignment.id, "to": to,
            "drafted": report.filled,
            "redrafted": report.redrafted if redraft else None,
            "unchanged": report.unchanged if redraft else None,
            "unsaved": report.unsaved if redraft else None,
            "changed_meanwhile": report.changed_meanwhile,
            "already": report.already, "origin": report.origin,
            "estimated": report.estimated, "estimate": report.estimate or None,
            "untranslated": report.untranslated, "glossary": glossary,
            "forced": report.forced if with_glossary else None,
            "missing": report.missing if with_glossary else None,
            "rejected": list(report.rejected),
            "unglossed": report.unglossed if with_glossary else None,
            "unglossed_missing": report.unglossed_missing if with_glossary else None,
            "no_french": list(report.no_french),
            "elsewhere": list(report.elsewhere[0]),
        }
    ]  # fmt: skip


def exported(report: ExportReport, document: str | None, to: str, file_format: str) -> list[Row]:
    """`export`'s line as one row: "written" units in "files", "skipped" units by reason
    (the words the line gives, e.g. "empty target"); "mt_written" the MT drafts written,
    into the MT file (--mt separate) or marked in the file (--mt include, a review table's
    default); document None for --all; "notice" the
    CAT tool's known limit with the format the line ends with (OmegaT 3.6 and XLIFF), or
    None."""
    return [
        {
            "document": document, "to": to, "format": file_format,
            "files": [str(p) for p in report.paths], "written": report.written,
            "skipped": {str(reason): count for reason, count in report.skipped},
            "mt_written": report.mt_written + report.drafts_written,
            "untranslated": report.untranslated,
            "to_translate_again": report.to_translate_again,
            "characters_removed": report.characters_removed, "notice": report.notice or None,
        }
    ]  # fmt: skip
