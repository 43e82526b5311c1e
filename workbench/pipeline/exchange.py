"""TMX or XLIFF back in: a file read (`bilingual`) into a French document, its counterpart
and their alignment, merged with the reviews made since it was last imported. The export
side is `exporting`; its entry points are named here too, where their callers take them."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.model import (
    Alignment,
    BeadDraft,
    ConflictError,
    Document,
    InputError,
    NotFoundError,
    Status,
)
from workbench.pipeline.alignment import alignment_for
from workbench.pipeline.bilingual import Pairs
from workbench.pipeline.exporting import export_documents as export_documents
from workbench.pipeline.exporting import export_path as export_path
from workbench.pipeline.exporting import export_stem as export_stem
from workbench.pipeline.merging import left_behind, unheld, workbench_side

if TYPE_CHECKING:
    from workbench.store import Store, StoredFile


@dataclass(frozen=True)
class ImportReport:
    french: Document
    counterpart: Document
    alignment: Alignment
    units: int
    skipped: int
    unchanged: bool
    left_out: tuple[str, ...] = ()  # languages of the file not imported (a TMX with more)
    kind: str = "TMX"  # what the file was: TMX, XLIFF 1.2, XLIFF 2.1
    # The language the file names as its source (TMX srclang, XLIFF source language),
    # "" when it names none. Not proof of which text is the original: a CAT tool's
    # memory of a French original translated to English may well say srclang="en".
    source_lang: str = ""
    # Lines to show: a file imported again over a version reviewers edited since
    # (`merging.left_behind`: conflicts, beads no unit matched).
    warnings: tuple[str, ...] = ()
    # Beads reviewers changed since the last import carried into the new version
    # (`merging.Merger`: the file left them as they were, or changed them the same way).
    kept: int = 0
    # Beads whose one side the file changed and the other a reviewer since the last import,
    # merged side by side (`merging.by_side`): one line each, a note (both kept, no choice).
    by_side: tuple[str, ...] = ()


def import_file(
    store: Store,
    path: Path,
    *,
    to: str | None = None,
    actor: str = "cli",
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Read a TMX or an XLIFF (1.2 or 2.x, told by its root element, whatever its
    name) into a French document, its counterpart and their one-to-one alignment,
    ready to review and export again.

    ``to`` chooses the counterpart language where a TMX has more than two
    (the others are listed in ``left_out``); for an XLIFF it must be the
    file's non-French side. Texts are normalised as ingested sentences are
    (NFC, runs of ordinary white space as one space, no-break
    spaces kept). Units keep their status, notes,
    dates and ids. The French document is named after the document the first
    unit names (x-document, ``<file original>``) when no other document has
    that name and every unit names it, else after the file.

    All or nothing: the two documents and the alignment are stored in one
    transaction, so an error or a kill part-way leaves nothing behind and the
    import can simply be run again. Text the database cannot hold (NUL, a
    field too long) is an InputError and nothing is stored. A TMX is streamed:
    memory stays flat however many units it holds (but for their ids, kept
    for the next export). ``progress`` is called with (bytes of the file
    read, its size in bytes) as reading goes.
    """
    path = Path(path)
    digest = _sha256(path)
    # Another import of the same file that commits first: ours, run again, finds it.
    return store.atomic_retrying(lambda: _store_import(store, path, to, digest, actor, progress))


def import_tmx(
    store: Store,
    path: Path,
    *,
    to: str | None = None,
    actor: str = "cli",
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """:func:`import_file`, under the name it had when it read TMX only."""
    return import_file(store, path, to=to, actor=actor, progress=progress)


def _document_name(store: Store, path: Path, named: str) -> str:
    """The document the first unit names (ours: x-document, <file original>), if free;
    else the file's stem."""
    name = named.replace("\\", "/").rsplit("/", 1)[-1].strip()[:255]
    if not name or name == path.stem:
        return path.stem
    french_path = f"{path.resolve()}#fr"
    holders = [d for d in store.documents() if d.name == name]
    taken = any(d.path != french_path for d in holders)
    return path.stem if taken else name


def _store_import(
    store: Store,
    path: Path,
    to: str | None,
    digest: str,
    actor: str,
    progress: Callable[[int, int], None] | None,
) -> ImportReport:
    pairs = Pairs(path, to, progress)
    assert pairs.first is not None
    name = _document_name(store, path, pairs.first[3].document)
    french, counterpart = _store_sides(store, path, name, pairs, digest, actor)
    if french.status == "unchanged" and counterpart.status == "unchanged":
        return _report_unchanged(store, french.document, counterpart.document, pairs, actor)
    return _fill_sides(store, path, name, french.document, counterpart.document, pairs, actor)


def _store_sides(
    store: Store, path: Path, name: str, pairs: Pairs, digest: str, actor: str
) -> tuple[StoredFile, StoredFile]:
    """The file's French document and its counterpart, stored (or found unchanged) with no
    sentences: their segments come with the beads (`_fill_sides`)."""
    cp_lang = pairs.cp_lang
    resolved, size = str(path.resolve()), path.stat().st_size
    french = store.store_file(
        name=name, path=f"{resolved}#fr", lang="fr", encoding=pairs.format, sha256=digest,
        size=size, actor=actor, sentences=[],
    )  # fmt: skip
    # ``original_of`` is the store's one link from a counterpart to its French document
    # (review, `align` again and the app follow it). An import only knows which side is
    # the counterpart, not which text was translated from which: what the file names as
    # its source is reported apart (``ImportReport.source_lang``), never as the original.
    counterpart = store.store_file(
        name=f"{name}.{cp_lang}", path=f"{resolved}#{cp_lang}", lang=cp_lang,
        encoding=pairs.format, sha256=digest, size=size, actor=actor,
        original_of=french.document.id, sentences=[],
    )  # fmt: skip
    return french, counterpart


def _report_unchanged(
    store: Store, french: Document, counterpart: Document, pairs: Pairs, actor: str
) -> ImportReport:
    """The file was imported before as it is: its alignment as stored, or aligned now when
    an import that stopped half-way (before migration 0002) left the documents alone."""
    try:
        alignment, unchanged = alignment_for(store, french.id, pairs.cp_lang), True
    except NotFoundError:
        alignment, unchanged = _align_stored(store, french, counterpart, pairs, actor), False
    units = sum(store.bead_counts(alignment.id).values())  # a unit is a bead, 1–1 or not
    return ImportReport(
        french, counterpart, alignment, units, 0 if unchanged else pairs.skipped,
        unchanged=unchanged, left_out=pairs.left_out, kind=pairs.kind,
        source_lang=pairs.source_lang,
    )  # fmt: skip


def _fill_sides(
    store: Store,
    path: Path,
    name: str,
    french: Document,
    counterpart: Document,
    pairs: Pairs,
    actor: str,
) -> ImportReport:
    """The file's units as the new versions' segments and beads, merged with the reviews
    made since its last import."""
    cp_lang = pairs.cp_lang
    # Read after the new version took the document's row: no reviewer's save is lost.
    pairs.merge = merge = workbench_side(store, french, cp_lang, path.name)
    alignment, units = store.fill_pairs(
        french=(french.id, french.version),
        counterpart=(counterpart.id, counterpart.version),
        fr_lang="fr", cp_lang=cp_lang, aligner=pairs.aligner, pairs=pairs, actor=actor,
        came_from=(lambda: merge.came_from) if merge is not None else None,
        left_behind=partial(unheld, merge) if merge is not None else None,
    )  # fmt: skip
    if len(pairs.names) > 1 and name != path.stem:  # the units name several documents
        store.rename_document(french.id, path.stem, actor=actor)
        store.rename_document(counterpart.id, f"{path.stem}.{cp_lang}", actor=actor)
    return ImportReport(
        store.document(french.id),
        store.document(counterpart.id),
        alignment,
        units,
        pairs.skipped,
        unchanged=False,
        left_out=pairs.left_out,
        kind=pairs.kind,
        source_lang=pairs.source_lang,
        warnings=left_behind(pairs.merge),
        kept=len(pairs.merge.kept) if pairs.merge else 0,
        by_side=tuple(pairs.merge.by_side) if pairs.merge else (),
    )


def _align_stored(
    store: Store, french: Document, counterpart: Document, pairs: Pairs, actor: str
) -> Alignment:
    """Align the segments an earlier, interrupted import stored (rare: before migration 0002)."""
    fr_ids = iter([s.id for s in store.segments(french.id)])
    cp_ids = iter([s.id for s in store.segments(counterpart.id)])
    found = list(pairs)
    drafts = [
        BeadDraft(
            fr=(next(fr_ids),) if p.fr_text else (), cp=(next(cp_ids),) if p.cp_text else (),
            fr_text=p.fr_text, cp_text=p.cp_text, score=p.score, status=Status(p.status),
            origin=p.origin, reviewer=p.reviewer, note=p.note, created=p.created,
            changed=p.changed,
        )
        for p in found
    ]  # fmt: skip
    try:
        # expected_revision=0: only while there is no alignment; another import of the
        # same file that saved one first (and any review of it since) is left alone.
        return store.save_alignment(
            doc_id=french.id, version=french.version,
            counterpart=(counterpart.id, counterpart.version), fr_lang="fr",
            cp_lang=pairs.cp_lang, aligner=pairs.aligner, beads=drafts, actor=actor,
            unit_ids=[p.tuid or "" for p in found], expected_revision=0,
        )  # fmt: skip
    except ConflictError:
        return alignment_for(store, french.id, pairs.cp_lang)


def _sha256(path: Path) -> str:
    """The file's SHA-256; InputError in one line when it cannot be read (missing, a folder)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except IsADirectoryError:
        raise InputError(f"{path} is a folder: give a .tmx or .xlf file") from None
    except FileNotFoundError:  # worded as ingest and align word it
        raise InputError(f"{path}: no such file; check the name and the folder") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    return digest.hexdigest()
