"""Beads out as translation units (TMX, TSV, CSV, XLSX) and TMX files back in."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.formats.registry import write_units
from workbench.formats.tmx_read import stream_units
from workbench.langtags import language
from workbench.model import (
    Alignment,
    BeadDraft,
    Document,
    InputError,
    NotFoundError,
    Status,
    TranslationUnit,
)
from workbench.pipeline.alignment import alignment_for

if TYPE_CHECKING:
    from workbench.formats.units import ExportOptions, ExportReport
    from workbench.store import Store
    from workbench.store.bulk import PairDraft

EXPORTS = Path("exports")
PAGE = 2000


def units_for_export(store: Store, ref: str | int, cp_lang: str) -> Iterator[TranslationUnit]:
    """Every bead of a document's alignment as a unit, original → French.

    Rejected beads are left out; the export options decide the rest
    (confirmed only, a score threshold, what to do with machine translations).
    Beads are read a page at a time so that a long document streams.
    """
    doc = store.document(ref)
    alignment = alignment_for(store, doc.id, cp_lang)
    offset = 0
    while page := store.beads(alignment.id, offset=offset, limit=PAGE):
        offset += len(page)
        for b in page:
            if b.status is Status.REJECTED:
                continue
            yield TranslationUnit(
                tuid=f"{doc.name}-{alignment.id}-{b.id}",
                source=b.cp_text,
                target=b.fr_text,
                source_lang=alignment.cp_lang,
                target_lang=alignment.fr_lang,
                origin=b.origin,
                status=str(b.status),
                score=b.score,
                document=doc.name,
                reviewer=b.reviewer,
                created=b.created_at,
                changed=b.updated_at,
                notes=(b.note,) if b.note else (),
            )


def aligned_documents(store: Store, cp_lang: str) -> list[Document]:
    """Documents whose current version has an alignment with ``cp_lang``."""
    found = []
    for doc in store.documents():
        if any(a.version == doc.version and a.cp_lang == cp_lang for a in store.alignments(doc.id)):
            found.append(doc)
    return found


def export_path(stem: str, cp_lang: str, fr_lang: str, fmt: str, folder: Path = EXPORTS) -> Path:
    """Where an export goes unless the user names a file: ``exports/NAME.es-fr.tmx``.

    ``stem`` is the document's name (``all`` for several documents); the
    languages read original → French, as the units do.
    """
    return folder / f"{stem}.{cp_lang}-{fr_lang}.{fmt.lower()}"


def export_documents(
    store: Store,
    refs: Sequence[str | int] | None,
    cp_lang: str,
    fmt: str,
    path: Path | None = None,
    options: ExportOptions | None = None,
) -> ExportReport:
    """Write the units of some documents (all aligned ones when ``refs`` is None) to one file."""
    docs = [store.document(r) for r in refs] if refs else aligned_documents(store, cp_lang)
    if not docs:
        raise NotFoundError(
            f"no document is aligned with {cp_lang}: run `workbench align DOC --to {cp_lang}`"
        )
    for doc in docs:  # fail before writing anything when one is not aligned
        alignment_for(store, doc.id, cp_lang)
    if path is None:
        path = export_path(docs[0].name if len(docs) == 1 else "all", cp_lang, docs[0].lang, fmt)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True)

    def units() -> Iterator[TranslationUnit]:
        for doc in docs:
            yield from units_for_export(store, doc.id, cp_lang)

    return write_units(units(), path, fmt, options)


@dataclass(frozen=True)
class ImportReport:
    french: Document
    counterpart: Document
    alignment: Alignment
    units: int
    skipped: int
    unchanged: bool


def import_tmx(
    store: Store,
    path: Path,
    *,
    actor: str = "cli",
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Read a TMX (OmegaT, Trados, memoQ, ours) into a French document, its
    counterpart and their one-to-one alignment, ready to review and export again.

    All or nothing: the two documents and the alignment are stored in one
    transaction, so an error or a kill part-way leaves nothing behind and the
    import can simply be run again. Text the database cannot hold (NUL, a
    field too long) is an InputError and nothing is stored. The file is
    streamed: memory stays flat however many units it holds. ``progress`` is
    called with (bytes of the file read, its size in bytes) as reading goes.
    """
    from workbench.store.dialect import Clash

    digest = _sha256(path)
    try:
        with store.atomic():
            return _store_import(store, path, digest, actor, progress)
    except Clash:  # another import of the same file committed first: ours now finds it
        with store.atomic():
            return _store_import(store, path, digest, actor, progress)


class _Pairs:
    """The units of a TMX as pairs, French side first, counting those left out."""

    def __init__(self, path: Path, progress: Callable[[int, int], None] | None) -> None:
        size = path.stat().st_size
        read = (lambda done: progress(done, size)) if progress is not None else None
        _, self._units = stream_units(path, progress=read)
        self.path, self.skipped = path, 0
        self.first = next(self._french(), None)
        if self.first is None:
            raise InputError(f"{path}: holds no translation unit with text on both sides")
        self.cp_lang = self.first[2]

    def _french(self) -> Iterator[tuple[str, str, str, TranslationUnit]]:
        for u in self._units:
            if u is None or not (u.source.strip() and u.target.strip()):
                self.skipped += 1
                continue
            yield (*_french(u), u)

    def __iter__(self) -> Iterator[PairDraft]:
        from workbench.store.bulk import PairDraft

        assert self.first is not None
        rest = self._french()
        statuses = {str(s) for s in Status}
        for fr, cp, lang, u in chain((self.first,), rest):
            if lang != self.cp_lang:
                raise InputError(
                    f"{self.path}: mixes language pairs ({', '.join(sorted({lang, self.cp_lang}))} "
                    "with French); split it by pair first"
                )
            yield PairDraft(
                fr_text=fr, cp_text=cp,
                score=u.score if u.score is not None else 1.0,
                status=u.status if u.status in statuses else str(Status.CONFIRMED),
                origin=u.origin or "human", reviewer=u.reviewer,
                note="\n".join(u.notes) or None,
            )  # fmt: skip


def _store_import(
    store: Store,
    path: Path,
    digest: str,
    actor: str,
    progress: Callable[[int, int], None] | None,
) -> ImportReport:
    pairs = _Pairs(path, progress)
    cp_lang = pairs.cp_lang
    resolved, size = str(path.resolve()), path.stat().st_size
    french = store.store_file(
        name=path.stem, path=f"{resolved}#fr", lang="fr", encoding="tmx", sha256=digest,
        size=size, actor=actor, sentences=[],
    )  # fmt: skip
    counterpart = store.store_file(
        name=f"{path.stem}.{cp_lang}", path=f"{resolved}#{cp_lang}", lang=cp_lang,
        encoding="tmx", sha256=digest, size=size, actor=actor,
        original_of=french.document.id, sentences=[],
    )  # fmt: skip
    if french.status == "unchanged" and counterpart.status == "unchanged":
        try:
            alignment = alignment_for(store, french.document.id, cp_lang)
        except NotFoundError:  # documents left by an import that stopped half-way (before 0002)
            alignment = _align_stored(store, french.document, counterpart.document, pairs, actor)
            return ImportReport(
                french.document, counterpart.document, alignment,
                french.document.segment_count, pairs.skipped, unchanged=False,
            )  # fmt: skip
        units = french.document.segment_count
        return ImportReport(
            french.document, counterpart.document, alignment, units, 0, unchanged=True
        )
    alignment, units = store.fill_pairs(
        french=(french.document.id, french.document.version),
        counterpart=(counterpart.document.id, counterpart.document.version),
        fr_lang="fr", cp_lang=cp_lang, aligner=f"tmx:{path.name}"[:80], pairs=pairs, actor=actor,
    )  # fmt: skip
    return ImportReport(
        store.document(french.document.id),
        store.document(counterpart.document.id),
        alignment,
        units,
        pairs.skipped,
        unchanged=False,
    )


def _align_stored(
    store: Store, french: Document, counterpart: Document, pairs: _Pairs, actor: str
) -> Alignment:
    """Align the segments an earlier, interrupted import stored (rare: before migration 0002)."""
    fr_ids = [s.id for s in store.segments(french.id)]
    cp_ids = [s.id for s in store.segments(counterpart.id)]
    drafts = [
        BeadDraft(
            fr=(fr_ids[i],), cp=(cp_ids[i],), fr_text=p.fr_text, cp_text=p.cp_text,
            score=p.score, status=Status(p.status), origin=p.origin, reviewer=p.reviewer,
            note=p.note,
        )
        for i, p in enumerate(pairs)
    ]  # fmt: skip
    return store.save_alignment(
        doc_id=french.id, version=french.version,
        counterpart=(counterpart.id, counterpart.version), fr_lang="fr",
        cp_lang=pairs.cp_lang, aligner=f"tmx:{pairs.path.name}"[:80], beads=drafts, actor=actor,
    )  # fmt: skip


def _french(unit: TranslationUnit) -> tuple[str, str, str]:
    """(French text, counterpart text, counterpart language) of a unit, either way round."""
    if language(unit.target_lang) == "fr":
        return unit.target, unit.source, language(unit.source_lang)
    if language(unit.source_lang) == "fr":
        return unit.source, unit.target, language(unit.target_lang)
    raise InputError(
        f"unit {unit.tuid or '?'} is {unit.source_lang}→{unit.target_lang}: the workbench "
        "imports translation memories with French on one side"
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
