"""Beads out as translation units (TMX, XLIFF, TSV, CSV, XLSX) and TMX or XLIFF back in."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.formats.registry import file_format, write_units
from workbench.formats.tmx_read import read_tmx
from workbench.formats.xliff import NS_2, NS_12
from workbench.formats.xliff_read import NS_11, read_xliff
from workbench.formats.xmlsafe import root_tag
from workbench.ingest.readers_subtitles import timecode_props
from workbench.langtags import language
from workbench.model import (
    Alignment,
    BeadDraft,
    Document,
    InputError,
    Kind,
    NotFoundError,
    Sentence,
    Status,
    TranslationUnit,
    WorkbenchError,
)
from workbench.pipeline.alignment import alignment_for

if TYPE_CHECKING:
    from workbench.formats.units import ExportOptions, ExportReport
    from workbench.store import Store

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
    imported = store.unit_ids(alignment.id)  # ids the pairs had in an imported file
    offset = 0
    while page := store.beads(alignment.id, offset=offset, limit=PAGE):
        offset += len(page)
        meta = store.segment_meta([i for b in page for i in (*b.fr, *b.cp)])
        for b in page:
            if b.status is Status.REJECTED:
                continue
            yield TranslationUnit(
                tuid=imported.get(b.id) or f"{doc.name}-{alignment.id}-{b.id}",
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
                props=timecode_props(b.fr, b.cp, meta, alignment.fr_lang, alignment.cp_lang),
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
    languages read original → French, as the units do. XLIFF files end in ``.xlf``.
    """
    return folder / f"{stem}.{cp_lang}-{fr_lang}.{file_format(fmt).file_suffix}"


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
    left_out: tuple[str, ...] = ()  # languages of the file not imported (a TMX with more)
    kind: str = "TMX"  # what the file was: TMX, XLIFF 1.2, XLIFF 2.1


_SPACE = re.compile(r"\s+")
_XLIFF_NAMESPACES = {NS_12: "1.2", NS_11: "1.1", NS_2: "2"}


def import_file(
    store: Store, path: Path, *, to: str | None = None, actor: str = "cli"
) -> ImportReport:
    """Read a TMX or an XLIFF (1.2 or 2.x, told by its root element, whatever its
    name) into a French document, its counterpart and their one-to-one alignment,
    ready to review and export again.

    ``to`` chooses the counterpart language where a TMX has more than two
    (the others are listed in ``left_out``); for an XLIFF it must be the
    file's non-French side. Texts are normalised as ingested sentences are
    (NFC, runs of white space as one space). The French document is named
    after the document the units name (x-document, ``<file original>``) when
    they name one and no other document has that name, else after the file.

    All or nothing: the two documents and the alignment are stored in one
    transaction, so an error or a kill part-way leaves nothing behind and the
    import can simply be run again. Text the database cannot hold (NUL, a
    field too long) is an InputError before anything is written.
    """
    from workbench.store.dialect import Clash

    kind, read, skipped, left_out = _read_bilingual(Path(path), to)
    units = [_normalised(u) for u in read]
    units = [u for u in units if u.source and u.target]
    skipped += len(read) - len(units)
    if not units and skipped and not read:
        raise InputError(
            f"{path}: none of its {skipped} units pairs French with another language; the "
            "workbench imports translation memories with French on one side"
        )
    if not units:
        raise InputError(f"{path}: holds no translation unit with text on both sides")
    fr_side = [_french(u) for u in units]
    langs = {lang for _, _, lang in fr_side}
    if len(langs) != 1:
        raise InputError(
            f"{path}: mixes language pairs ({', '.join(sorted(langs))} with French); "
            "split it by pair first"
        )
    cp_lang = langs.pop()
    if to and language(to) != cp_lang:
        raise InputError(f"{path} pairs French with {cp_lang}, not {to}: run with --to {cp_lang}")
    name = _document_name(store, path, units)
    try:
        with store.atomic():
            report = _store_import(store, path, units, fr_side, cp_lang, skipped, actor, name)
    except Clash:  # another import of the same file committed first: ours now finds it
        with store.atomic():
            report = _store_import(store, path, units, fr_side, cp_lang, skipped, actor, name)
    return replace(report, left_out=left_out, kind=kind)


def import_tmx(store: Store, path: Path, *, actor: str = "cli") -> ImportReport:
    """:func:`import_file`, under the name it had when it read TMX only."""
    return import_file(store, path, actor=actor)


def _read_bilingual(
    path: Path, to: str | None
) -> tuple[str, list[TranslationUnit], int, tuple[str, ...]]:
    """(kind, units, units skipped for a missing side, languages left out) of a file."""
    namespace, _, name = root_tag(path).lstrip("{").rpartition("}")
    if name == "tmx" and not namespace:
        tmx = read_tmx(path, "fr", source_lang=to)
        return "TMX", list(tmx.units), tmx.skipped, tmx.left_out
    if name == "xliff" and namespace in _XLIFF_NAMESPACES:
        xliff = read_xliff(path)
        return f"XLIFF {xliff.version}", list(xliff.units), xliff.skipped, ()
    raise InputError(
        f"{path} is neither TMX nor XLIFF (its root element is <{name}>): "
        "`workbench import` reads translation memories (.tmx) and XLIFF 1.2 or 2.x (.xlf)"
    )


def _normalised(unit: TranslationUnit) -> TranslationUnit:
    """The unit's texts as ingested sentences are: NFC, white space runs as one space."""

    def text(value: str) -> str:
        return _SPACE.sub(" ", unicodedata.normalize("NFC", value)).strip()

    return replace(unit, source=text(unit.source), target=text(unit.target))


def _document_name(store: Store, path: Path, units: Sequence[TranslationUnit]) -> str:
    """The one document the units name (ours: x-document, <file original>), if free; else
    the file's stem."""
    names = {u.document for u in units}
    if len(names) != 1:
        return path.stem
    name = names.pop().replace("\\", "/").rsplit("/", 1)[-1].strip()[:255]
    if not name or name == path.stem:
        return path.stem
    french_path = f"{path.resolve()}#fr"
    try:
        taken = store.document(name).path != french_path
    except NotFoundError:
        taken = False
    except WorkbenchError:  # several documents have it already
        taken = True
    return path.stem if taken else name


def _store_import(
    store: Store,
    path: Path,
    units: Sequence[TranslationUnit],
    fr_side: Sequence[tuple[str, str, str]],
    cp_lang: str,
    skipped: int,
    actor: str,
    name: str,
) -> ImportReport:
    digest = _sha256(path)
    resolved = str(path.resolve())
    french = store.store_file(
        name=name, path=f"{resolved}#fr", lang="fr", encoding="tmx", sha256=digest,
        size=path.stat().st_size, actor=actor,
        sentences=[Sentence(fr, Kind.BODY, "fr", i) for i, (fr, _, _) in enumerate(fr_side)],
    )  # fmt: skip
    counterpart = store.store_file(
        name=f"{name}.{cp_lang}", path=f"{resolved}#{cp_lang}", lang=cp_lang,
        encoding="tmx", sha256=digest, size=path.stat().st_size, actor=actor,
        original_of=french.document.id,
        sentences=[Sentence(cp, Kind.BODY, cp_lang, i) for i, (_, cp, _) in enumerate(fr_side)],
    )  # fmt: skip
    if french.status == "unchanged" and counterpart.status == "unchanged":
        try:
            alignment = alignment_for(store, french.document.id, cp_lang)
            return ImportReport(
                french.document, counterpart.document, alignment, len(units), 0, unchanged=True
            )
        except NotFoundError:
            pass  # documents left by an import that stopped half-way (before 0002): finish it
    fr_ids = [s.id for s in store.segments(french.document.id)]
    cp_ids = [s.id for s in store.segments(counterpart.document.id)]
    drafts = [
        BeadDraft(
            fr=(fr_ids[i],), cp=(cp_ids[i],), fr_text=fr, cp_text=cp,
            score=u.score if u.score is not None else 1.0,
            status=Status(u.status) if u.status in set(Status) else Status.CONFIRMED,
            origin=u.origin or "human", reviewer=u.reviewer,
            note="\n".join(u.notes) or None, created=u.created, changed=u.changed,
        )
        for i, (u, (fr, cp, _)) in enumerate(zip(units, fr_side, strict=True))
    ]  # fmt: skip
    alignment = store.save_alignment(
        doc_id=french.document.id, version=french.document.version,
        counterpart=(counterpart.document.id, counterpart.document.version),
        fr_lang="fr", cp_lang=cp_lang, aligner=f"tmx:{path.name}"[:80], beads=drafts, actor=actor,
        unit_ids=[u.tuid for u in units],
    )  # fmt: skip
    return ImportReport(
        french.document,
        counterpart.document,
        alignment,
        len(units),
        skipped,
        unchanged=False,
    )


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
