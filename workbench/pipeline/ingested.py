"""What an ingest run says about each file: the same lines for the CLI and the app."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from workbench.model import Document, command_ref
from workbench.naming import shell_word, untagged
from workbench.pipeline.documents import FileResult, IngestReport
from workbench.pipeline.readings import CarryOver
from workbench.wording import counted


class Level(StrEnum):
    DONE = "done"  # what was stored: the CLI prints it on standard output
    WARNING = "warning"
    NOTE = "note"
    ERROR = "error"


@dataclass(frozen=True)
class ReportLine:
    level: Level
    text: str
    # A note on a new document that is not French: that document, and its French
    # translation when the run holds it, for a shell that says how to align them its way.
    original: Document | None = None
    french: Document | None = None


def report_lines(
    report: IngestReport, *, paths: bool = True, documents: Sequence[Document] = ()
) -> list[ReportLine]:
    """One line for each file of ``report`` in order ("marseille.en: new, 11 segments
    [en]", or its error), then its warning, its note and, for a new document that is not French,
    how to align its French translation with it, named when the run holds it (the
    French document of the same name but for its language tag: ``marseille.fr`` for
    ``marseille.en``).

    ``paths``: False names files by their names alone, for the app, whose paths are
    the server's (its uploads folder), not the user's. ``documents``: the store's, so
    that a French partner whose name another document shares is named by its id.
    """
    lines = [
        line
        for result in report.files
        for line in file_lines(result, report, paths=paths, documents=documents)
    ]
    if report.project_files:
        lines.append(ReportLine(Level.NOTE, project_files_note(report.project_files)))
    return lines


def project_files_note(found: Sequence[Path]) -> str:
    """The one line said of the files of the folders given left out by name
    (`ingest.files.project_file`), and how to ingest one."""
    shown = ", ".join(str(p) for p in found[:3]) + (", …" if len(found) > 3 else "")
    one = "it" if len(found) == 1 else "one"
    return (
        f"{counted(len(found), 'file')} of the folders skipped by name ({shown}): a README, "
        "LICENSE or CHANGELOG is the folder's, and a saved page's NAME_files folder holds its "
        f"frames and widgets, not documents; to ingest {one}, name it: "
        f"`workbench ingest {shell_word(str(found[0]))}`"
    )


def file_lines(
    result: FileResult,
    report: IngestReport,
    *,
    paths: bool = True,
    documents: Sequence[Document] = (),
) -> list[ReportLine]:
    """The lines `report_lines` gives one file of ``report``: its line, or its error, then
    its warning and notes (the rows of `ingest -f json` carry the same words)."""
    if result.failed:
        return [ReportLine(Level.ERROR, _error(result, paths))]
    doc = result.document
    assert doc is not None
    lines = [ReportLine(Level.DONE, f"{doc.name}: {_what(result)} [{doc.lang}]")]
    if result.warning:
        lines.append(ReportLine(Level.WARNING, _shown(result.warning, result, paths)))
    if result.note:
        lines.append(ReportLine(Level.NOTE, _shown(result.note, result, paths)))
    # (a file named as French says so in its warning, `documents._warned_of_language`; one
    # beside namesakes is asked in its warning whether it is a new version of one: a note
    # to align it as an original beside that suggested the very command `align` then
    # refused, newcomer38 LOW 16)
    if (
        result.status == "new" and doc.lang != "fr"
        and not result.misnamed and not result.beside_namesakes
    ):  # fmt: skip
        from workbench.pipeline.alignment import not_french_note

        original = None if paths else result.path.name
        french = _french_partner(doc, report)
        ref = command_ref(french, documents or [french]) if french else None
        note = not_french_note(doc, original=original, french=ref)
        lines.append(ReportLine(Level.NOTE, note, doc, french))
    return lines


def _french_partner(doc: Document, report: IngestReport) -> Document | None:
    """The one French document of ``report`` whose name is ``doc``'s but for its
    language tag (``marseille.fr`` or ``marseille`` for ``marseille.en``)."""
    base = untagged(doc.name, doc.lang)
    found = [
        f.document
        for f in report.files
        if f.document is not None
        and f.document.lang == "fr"
        and untagged(f.document.name, "fr") == base
    ]
    return found[0] if len(found) == 1 else None


def _what(result: FileResult) -> str:
    doc = result.document
    assert doc is not None
    if result.status == "updated":
        # newcomer37: "version 2 … kept" of a French file ingested once read as a mistake;
        # its version 2 was made by `align`, for its original's new version
        made = f" ({result.previous_why})" if result.previous_why else ""
        return (
            f"changed: stored as version {doc.version}; version {result.previous_version}"
            f"{made} and its review work are kept"
        )
    if result.status == "reread":
        previous = result.previous_version or doc.version - 1
        return (result.carry or CarryOver(0, 0)).line(doc.version, previous)
    if result.status == "unchanged":
        return "unchanged"
    return f"new, {counted(doc.segment_count, 'segment')}"


def _error(result: FileResult, paths: bool) -> str:
    text = _shown(result.error or "could not be ingested", result, paths)
    name = result.path.name
    return text if paths or name in text else f"{name}: {text}"


def _shown(text: str, result: FileResult, paths: bool) -> str:
    """``text`` with the file's path as given, and as resolved, put as its name alone
    unless ``paths``."""
    if paths:
        return text
    for path in (str(result.path.resolve()), str(result.path)):
        text = text.replace(path, result.path.name)
    return text
