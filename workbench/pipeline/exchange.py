"""Beads out as translation units (TMX, XLIFF, TSV, CSV, XLSX) and TMX or XLIFF back in."""

from __future__ import annotations

import codecs
import hashlib
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.formats.markers import unit_text
from workbench.formats.registry import file_format, write_some_units
from workbench.formats.tmx_read import STATUSES, TIMECODE_PROP, stream_units
from workbench.formats.units import ESTIMATE_PROP, is_machine_translation
from workbench.formats.xliff import NS_2, NS_12
from workbench.formats.xliff_read import NS_11, stream_xliff
from workbench.formats.xmlsafe import root_tag
from workbench.ingest.readers_subtitles import TIMECODE, laid_out, timecode_props
from workbench.langtags import language
from workbench.model import (
    Alignment,
    BeadDraft,
    ConflictError,
    Document,
    InputError,
    NotFoundError,
    ParseError,
    Prop,
    Status,
    TranslationUnit,
    labels,
)
from workbench.pipeline.alignment import alignment_for
from workbench.pipeline.merging import Merger, left_behind, workbench_side
from workbench.review import estimate_of
from workbench.spaces import collapse
from workbench.wording import counted

if TYPE_CHECKING:
    from workbench.formats.units import ExportOptions, ExportReport
    from workbench.store import Store
    from workbench.store.bulk import PairDraft

EXPORTS = Path("exports")
PAGE = 2000


def units_for_export(store: Store, ref: str | int, cp_lang: str) -> Iterator[TranslationUnit]:
    """Every bead of a document's alignment as a unit, original → French.

    Rejected beads are units too: the writer decides (TMX and the tables skip
    and count them, XLIFF asks for a new translation); the export options
    decide the rest (confirmed only, a score threshold, machine translations).
    Beads are read a page at a time so that a long document streams.
    """
    doc = store.document(ref)
    alignment = alignment_for(store, doc.id, cp_lang)
    imported = _ImportedIds(store, alignment.id)  # ids the pairs had in an imported file
    estimates = store.draft_estimates(alignment.id)
    key = alignment_key(alignment)
    offset = 0
    while page := store.beads(alignment.id, offset=offset, limit=PAGE):
        offset += len(page)
        meta = store.segment_meta([i for b in page for i in (*b.fr, *b.cp)])
        for b in page:
            props = timecode_props(b.fr, b.cp, meta, alignment.fr_lang, alignment.cp_lang)
            if how := estimate_of(b, estimates):  # the draft's score is this estimate
                props += (Prop(ESTIMATE_PROP, how),)
            yield TranslationUnit(
                tuid=imported.get(b.id) or f"{doc.name}-{alignment.id}-{b.id}",
                source=_unit_side(b.cp_text, b.cp, meta),
                target=_unit_side(b.fr_text, b.fr, meta),
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
                props=props,
                version=b.version,
                alignment_key=key,
                drafted=alignment.cp_lang if b.cp_text and not b.cp else None,
            )


def _unit_side(text: str, ids: Sequence[int], meta: Mapping[int, Mapping[str, str]]) -> str:
    """A bead side's text as its unit holds it: a subtitle cue with its lines
    (`laid_out`: a cue's "- " is a speaker's turn, the cue's text); any other side
    without the list marker that opens its line (`markers.unit_text`)."""
    if any(TIMECODE in meta.get(i, {}) for i in ids):
        return laid_out(text, ids, meta)
    return unit_text(text)


def alignment_key(alignment: Alignment) -> str:
    """A short name for ``alignment`` no other database's alignment has (its id and its
    creation time to the microsecond, hashed): an export carries it with each bead's
    version, so a unit comes back into its bead only where that bead lives."""
    stamp = f"{alignment.id}/{alignment.created_at.isoformat()}"
    return f"{alignment.id}.{hashlib.sha256(stamp.encode()).hexdigest()[:10]}"


class _ImportedIds:
    """Bead id → imported unit id, one chunk event in memory at a time.

    A first pass notes each chunk's first and last bead id (the chunks of an
    import hold disjoint, rising ids); a look-up reads the one chunk that may
    hold the bead, kept until a bead of another chunk is asked for. An export
    in bead order reads each chunk about once, and memory stays flat where
    `Store.unit_ids` would hold every id (about 250 bytes a unit).
    """

    def __init__(self, store: Store, alignment_id: int) -> None:
        self._store = store
        spans = []
        for event in store.unit_id_events(alignment_id):
            if ids := store.unit_id_chunk(event):
                spans.append((min(ids), max(ids), event))
        spans.sort()
        self._firsts = [first for first, _, _ in spans]
        self._spans = spans
        self._event, self._chunk = -1, dict[int, str]()

    def get(self, bead_id: int) -> str | None:
        i = bisect_right(self._firsts, bead_id) - 1
        if i < 0 or bead_id > self._spans[i][1]:
            return None
        event = self._spans[i][2]
        if event != self._event:
            self._event, self._chunk = event, self._store.unit_id_chunk(event)
        return self._chunk.get(bead_id)


def aligned_documents(store: Store, cp_lang: str) -> list[Document]:
    """Documents whose current version has an alignment with ``cp_lang``."""
    found = []
    for doc in store.documents():
        if any(a.version == doc.version and a.cp_lang == cp_lang for a in store.alignments(doc.id)):
            found.append(doc)
    return found


def export_path(stem: str, source: str, target: str, fmt: str, folder: Path = EXPORTS) -> Path:
    """Where an export goes unless the user names a file: ``exports/NAME.es-fr.tmx``.

    ``stem`` is the document's name (``all`` for several documents); the
    languages read source → target, as the file's units do (``es-fr``, or
    ``fr-es`` with French as the source). XLIFF files end in
    ``.xliff12.xlf`` or ``.xliff21.xlf``: every format's default name is its own.
    """
    return folder / f"{stem}.{source}-{target}.{file_format(fmt).file_suffix}"


def export_stem(store: Store, docs: Sequence[Document]) -> str:
    """The name an export of ``docs`` goes by: the document's name, with its id when
    another document has that name too (``pont.fr-2``: ``pont.fr.docx`` and
    ``pont.fr.odt`` must not write one file over the other); ``all`` for several."""
    if len(docs) != 1:
        return "all"
    (label,) = labels(docs, store.documents())
    return label


def export_documents(
    store: Store,
    refs: Sequence[str | int] | None,
    cp_lang: str,
    fmt: str,
    path: Path | None = None,
    options: ExportOptions | None = None,
) -> ExportReport:
    """Write the units of some documents (all aligned ones when ``refs`` is None) to one file;
    none to write: no file, an InputError saying why (`registry.write_some_units`)."""
    docs = [store.document(r) for r in refs] if refs else aligned_documents(store, cp_lang)
    if not docs:
        raise NotFoundError(
            f"no document is aligned with {cp_lang}: run `workbench align DOC --to {cp_lang}`"
        )
    for doc in docs:  # fail before writing anything when one is not aligned
        alignment_for(store, doc.id, cp_lang)
    if path is None:
        # Named source-target as the file reads: fr-en with --french-source, else en-fr.
        langs = (cp_lang, docs[0].lang)
        source, target = langs[::-1] if options is not None and options.french_source else langs
        path = export_path(export_stem(store, docs), source, target, fmt)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True)

    def units() -> Iterator[TranslationUnit]:
        for doc in docs:
            yield from units_for_export(store, doc.id, cp_lang)

    return write_some_units(units(), path, fmt, options)  # nothing to write: no file


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


_XLIFF_NAMESPACES = {NS_12: "1.2", NS_11: "1.1", NS_2: "2"}


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


class _Pairs:
    """The units of a TMX or XLIFF as pairs, French side first, counting those left out.

    An XLIFF unit with text on one side only (not translated yet: a hand-off)
    is kept as a pair with one empty side, a null alignment. A TMX is a memory:
    a unit with an empty side is a fault there, counted in ``skipped`` as units
    with no text at all are.
    """

    def __init__(
        self, path: Path, to: str | None, progress: Callable[[int, int], None] | None
    ) -> None:
        self.path, self.skipped, self.names = path, 0, set[str]()
        self.merge: Merger | None = None  # a file imported again: merged with the reviews since
        self.kind, self.format, self._units, self._left_out, header_source = _read_bilingual(
            path, to, progress
        )
        self.hand_off = self.format.startswith("xliff")
        self.first = next(self._french(), None)
        if self.first is None:
            if self.skipped and to:  # --to chose a language the file may not hold
                named = language(header_source) if header_source not in ("", "*all*") else ""
                todo = f"run with --to {named}" if named not in ("", "fr") else "run without --to"
                raise InputError(
                    f"{path}: no unit pairs French with {to} (of its "
                    f"{counted(self.skipped, 'unit')}, none has both): {todo}"
                )
            if self.skipped:
                raise InputError(
                    f"{path}: of its {counted(self.skipped, 'unit')}, none pairs French with "
                    "text in another language; the workbench imports translation memories with "
                    "French on one side"
                )
            raise InputError(f"{path}: holds no translation unit with text")
        self.cp_lang = self.first[2]
        named = header_source or self.first[3].source_lang
        self.source_lang = language(named) if named and named != "*all*" else ""
        if to and language(to) != self.cp_lang:
            raise InputError(
                f"{path} pairs French with {self.cp_lang}, not {to}: run with --to {self.cp_lang}"
            )

    @property
    def left_out(self) -> tuple[str, ...]:
        return self._left_out()

    @property
    def aligner(self) -> str:
        """What made the alignment: the file, by its family (``tmx:NAME``, ``xliff:NAME``)."""
        return f"{self.format.rstrip('0123456789')}:{self.path.name}"[:80]

    def _french(self) -> Iterator[tuple[str, str, str, TranslationUnit]]:
        for u in self._units:
            if u is None:
                self.skipped += 1
                continue
            fr, cp, lang = _french(u)
            fr, cp = _clean(fr), _clean(cp)
            if not (fr and cp) and not (self.hand_off and (fr or cp)):
                self.skipped += 1
                continue
            self.names.add(u.document)
            yield fr, cp, lang, u

    def __iter__(self) -> Iterator[PairDraft]:
        from workbench.store.bulk import PairDraft

        assert self.first is not None
        for fr, cp, lang, u in chain((self.first,), self._french()):
            if lang != self.cp_lang:
                raise InputError(
                    f"{self.path}: mixes language pairs ({', '.join(sorted({lang, self.cp_lang}))} "
                    "with French); split it by pair first"
                )
            fr_meta, cp_meta = _timecodes(u.props, lang) if u.props else (None, None)
            # A pair the file gives without a score is taken as it is (1.0); a unit with
            # one side (not translated yet) is a null alignment nobody scored, and a
            # machine translation's score is its quality estimate, which the file lacks:
            # no score (so `--min-score` leaves the draft out, as one `fill` did not score).
            given = 1.0 if fr and cp and not is_machine_translation(u) else None
            pair = PairDraft(
                fr_text=fr, cp_text=cp,
                score=u.score if u.score is not None else given,
                status=u.status if u.status in STATUSES else str(Status.CONFIRMED),
                origin=u.origin or "human", reviewer=u.reviewer,
                note="\n".join(u.notes) or None, created=u.created, changed=u.changed,
                tuid=u.tuid or None, fr_meta=fr_meta, cp_meta=cp_meta,
            )  # fmt: skip
            yield pair if self.merge is None else self.merge(pair)


def _timecodes(
    props: Sequence[Prop], cp_lang: str
) -> tuple[dict[str, str] | None, dict[str, str] | None]:
    """(French, counterpart) segment metadata from a unit's ``x-timecode`` props, as a
    subtitle's segments hold it; a prop without a language is both sides'."""
    fr: dict[str, str] = {}
    cp: dict[str, str] = {}
    for prop in props:
        if prop.type == TIMECODE_PROP:
            side = language(prop.lang) if prop.lang else ""
            if side in ("fr", ""):
                fr[TIMECODE] = prop.value
            if side in (cp_lang, ""):
                cp[TIMECODE] = prop.value
    return fr or None, cp or None


def _read_bilingual(
    path: Path, to: str | None, progress: Callable[[int, int], None] | None
) -> tuple[str, str, Iterator[TranslationUnit | None], Callable[[], tuple[str, ...]], str]:
    """(kind, format, units (None: a unit missing a side), languages left out so far,
    the header's source language or "") of a file, its units streamed. ``kind`` names
    the format for people ("XLIFF 1.2"), ``format`` as the export formats do ("xliff12")."""
    try:
        namespace, _, name = root_tag(path).lstrip("{").rpartition("}")
    except ParseError:
        if (error := _document_to_ingest(path)) is not None:
            raise error from None
        raise
    size = path.stat().st_size
    read = (lambda done: progress(done, size)) if progress is not None else None
    if name == "tmx" and not namespace:
        header, units, left_out = stream_units(path, "fr", source_lang=to, progress=read)
        return "TMX", "tmx", units, left_out, header.srclang
    if name == "xliff" and namespace in _XLIFF_NAMESPACES:
        version, xliff_units = stream_xliff(path, progress=read)
        return f"XLIFF {version}", f"xliff{version.replace('.', '')}", xliff_units, tuple, ""
    raise _document_to_ingest(path) or InputError(
        f"{path} is neither TMX nor XLIFF (its root element is <{name}>): "
        "`workbench import` reads translation memories (.tmx) and XLIFF 1.2 or 2.x (.xlf)"
    )


def _document_to_ingest(path: Path) -> InputError | None:
    """The error for a file `workbench ingest` reads (Word, PDF, subtitles, a web page…)
    or a table export given to `import` by mistake; None for any other file."""
    from workbench.ingest.readers import BY_SUFFIX

    suffix = path.suffix.lower()
    if suffix in (".tsv", ".csv", ".xlsx"):  # the workbench's own tables: they go out only
        return InputError(
            f"{path} is a {suffix} table: a reviewed export goes back into its beads with "
            f"`workbench import {path} --reviewer NAME` (`pipeline.reviewed.import_reviewed`)"
        )
    reader = BY_SUFFIX.get(suffix)
    if reader is None:
        return None
    if not reader.structured and _binary_data(path):  # ingest would refuse it as well
        return InputError(
            f"{path} holds binary data: neither a TMX or XLIFF nor a {path.suffix.lower()} text "
            "to ingest; check that it is the file you meant (not a damaged copy)"
        )
    return InputError(
        f"{path} is a {path.suffix.lower()} file ({reader.name}), not a TMX or XLIFF: run "
        f"`workbench ingest {path}` to read it as a document, then `workbench align` it"
    )


def _binary_data(path: Path) -> bool:
    """Whether the file's first 64 KB hold NUL bytes, as no text file does but UTF-16's."""
    try:
        with path.open("rb") as file:
            head = file.read(65536)
    except OSError:
        return False
    return b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _clean(text: str) -> str:
    """A unit's text as ingested sentences are: NFC, runs of ordinary white space as one
    space, no-break spaces kept as written (`spaces.collapse`)."""
    return collapse(unicodedata.normalize("NFC", text))


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
    pairs = _Pairs(path, to, progress)
    assert pairs.first is not None
    name = _document_name(store, path, pairs.first[3].document)
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
    if french.status == "unchanged" and counterpart.status == "unchanged":
        try:
            alignment = alignment_for(store, french.document.id, cp_lang)
        except NotFoundError:  # documents left by an import that stopped half-way (before 0002)
            alignment = _align_stored(store, french.document, counterpart.document, pairs, actor)
            return ImportReport(
                french.document, counterpart.document, alignment,
                sum(store.bead_counts(alignment.id).values()), pairs.skipped, unchanged=False,
                left_out=pairs.left_out, kind=pairs.kind, source_lang=pairs.source_lang,
            )  # fmt: skip
        units = sum(store.bead_counts(alignment.id).values())  # a unit is a bead, 1–1 or not
        return ImportReport(
            french.document, counterpart.document, alignment, units, 0, unchanged=True,
            left_out=pairs.left_out, kind=pairs.kind, source_lang=pairs.source_lang,
        )  # fmt: skip
    # Read after the new version took the document's row: no reviewer's save is lost.
    pairs.merge = merge = workbench_side(store, french.document, cp_lang, path.name)
    alignment, units = store.fill_pairs(
        french=(french.document.id, french.document.version),
        counterpart=(counterpart.document.id, counterpart.document.version),
        fr_lang="fr", cp_lang=cp_lang, aligner=pairs.aligner, pairs=pairs, actor=actor,
        came_from=(lambda: merge.came_from) if merge is not None else None,
    )  # fmt: skip
    if len(pairs.names) > 1 and name != path.stem:  # the units name several documents
        store.rename_document(french.document.id, path.stem, actor=actor)
        store.rename_document(counterpart.document.id, f"{path.stem}.{cp_lang}", actor=actor)
    return ImportReport(
        store.document(french.document.id),
        store.document(counterpart.document.id),
        alignment,
        units,
        pairs.skipped,
        unchanged=False,
        left_out=pairs.left_out,
        kind=pairs.kind,
        source_lang=pairs.source_lang,
        warnings=left_behind(store, pairs.merge, alignment.id),
        kept=len(pairs.merge.kept) if pairs.merge else 0,
    )


def _align_stored(
    store: Store, french: Document, counterpart: Document, pairs: _Pairs, actor: str
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
