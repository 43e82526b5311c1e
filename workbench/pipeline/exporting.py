"""Beads out as translation units (TMX, XLIFF, TSV, CSV, XLSX): a document's units,
streamed a page of beads at a time, written to one file; where an export goes and
what it is named. `exchange` reads them back in."""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.formats.choices import (
    SUBTITLE_FORMATS,
    CueStyling,
    ExportFormat,
    default_min_score,
    default_mt,
)
from workbench.formats.continuation import joined_cues
from workbench.formats.cue_styling import styled_side
from workbench.formats.markers import unit_text
from workbench.formats.registry import file_format, write_some_units
from workbench.formats.units import ESTIMATE_PROP, ExportOptions
from workbench.ingest.readers_subtitles import STYLED, TIMECODE, laid_out, timecode_props
from workbench.model import (
    Alignment,
    Document,
    InputError,
    NotFoundError,
    Prop,
    StoredBead,
    TranslationUnit,
    labels,
)
from workbench.pipeline.alignment import alignment_for
from workbench.pipeline.subtitling import export_subtitles, reviewed_in
from workbench.review import estimate_of

if TYPE_CHECKING:
    from workbench.formats.units import ExportReport
    from workbench.store import Store

EXPORTS = Path("exports")
PAGE = 2000


def units_for_export(
    store: Store, ref: str | int, cp_lang: str, *, styled: bool = False
) -> Iterator[TranslationUnit]:
    """Every bead of a document's alignment as a unit, original → French; ``styled``: a
    subtitle cue's side with its styling as the cue wrote it (a TMX, `formats.cue_styling`).

    Rejected and null beads are units too: the writer decides (TMX skips and counts
    them, the review tables write every bead as its row, XLIFF asks for a new
    translation of a rejected pair); the export options
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
        cues = store.segment_texts(_cues_apart(page, meta))
        for b in page:
            props = timecode_props(b.fr, b.cp, meta, alignment.fr_lang, alignment.cp_lang)
            if how := estimate_of(b, estimates):  # the draft's score is this estimate
                props += (Prop(ESTIMATE_PROP, how),)
            yield TranslationUnit(
                tuid=imported.get(b.id) or f"{doc.name}-{alignment.id}-{b.id}",
                source=_unit_side(b.cp_text, b.cp, _Cues(meta, cues, styled)),
                target=_unit_side(b.fr_text, b.fr, _Cues(meta, cues, styled)),
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


def _cues_apart(page: Sequence[StoredBead], meta: Mapping[int, Mapping[str, str]]) -> list[int]:
    """The segment ids of the bead sides of several cues, whose texts the units need."""
    return [
        i
        for b in page
        for ids in (b.fr, b.cp)
        if len(ids) > 1 and all(TIMECODE in meta.get(j, {}) for j in ids)
        for i in ids
    ]


@dataclass(frozen=True)
class _Cues:
    """What a unit's side needs to know of the cues: segment id → metadata, the texts of
    the cues of sides of several cues, and whether the unit carries their styling."""

    meta: Mapping[int, Mapping[str, str]]
    texts: Mapping[int, str]
    styled: bool


def _unit_side(text: str, ids: Sequence[int], cues: _Cues) -> str:
    """A bead side's text as its unit holds it: a subtitle cue with its lines
    (`laid_out`: a cue's "- " is a speaker's turn, the cue's text) and, when styled,
    its styling while its text is unchanged; a side of several cues unchanged, each
    cue so on its own lines, without the continuation dots between them
    (`formats.continuation`: a CAT tool's segment is one cue of the other film); any
    other side without the list marker that opens its line (`markers.unit_text`)."""
    meta = cues.meta
    if not any(TIMECODE in meta.get(i, {}) for i in ids):
        return unit_text(text)
    said = [cues.texts.get(i) for i in ids]
    if len(ids) > 1 and " ".join(t or "" for t in said) == text:
        return joined_cues(
            [_unit_side(t or "", (i,), cues) for i, t in zip(ids, said, strict=True)]
        )
    laid = laid_out(text, ids, meta)
    if cues.styled and len(ids) == 1:
        return styled_side(laid, meta.get(ids[0], {}).get(STYLED, ""))
    return laid


def cue_sides(
    store: Store, beads: Sequence[StoredBead]
) -> dict[int, tuple[str | None, str | None]]:
    """Bead id → its (French, counterpart) sides as a unit holds them (`_unit_side`, no
    styling: a table's), for each side of subtitle cues; None for any other side. What a
    reviewer's file says of a cue is compared with it (`cue_breaks`): the export writes a
    cue's lines where the bead has spaces."""
    meta = store.segment_meta([i for b in beads for i in (*b.fr, *b.cp)])
    cues = _Cues(meta, store.segment_texts(_cues_apart(beads, meta)), styled=False)

    def side(text: str, ids: Sequence[int]) -> str | None:
        timed = bool(ids) and any(TIMECODE in meta.get(i, {}) for i in ids)
        return _unit_side(text, ids, cues) if timed else None

    return {b.id: (side(b.fr_text, b.fr), side(b.cp_text, b.cp)) for b in beads}


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


def _subtitles(
    store: Store, docs: Sequence[Document], cp_lang: str, fmt: ExportFormat, path: Path
) -> ExportReport:
    """A subtitle file is one document's cues (`pipeline.subtitling`)."""
    if len(docs) != 1:
        raise InputError(
            f"a {fmt} file holds one document's cues: export one DOC at a time, not --all"
        )
    return export_subtitles(store, docs[0], cp_lang, fmt, path)


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
    suffix = fmt.lower() if fmt.lower() in SUBTITLE_FORMATS else file_format(fmt).file_suffix
    return folder / f"{stem}.{source}-{target}.{suffix}"


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
    none to write: no file, an InputError saying why (`registry.write_some_units`).

    ``options`` None is the CLI's defaults, the confidence floor of a memory included
    (`choices.default_min_score`: 0.5 for TMX and XLIFF, none for the tables), and the MT
    drafts of a table (`choices.default_mt`); pass ``ExportOptions(min_score=None)`` to
    write every pair but the drafts.
    """
    if options is None and fmt in SUBTITLE_FORMATS:  # a subtitle file: its cues, no floor
        options = ExportOptions(min_score=None)
    elif options is None:
        kind = file_format(fmt).name
        options = ExportOptions(min_score=default_min_score(kind), mt=default_mt(kind))
    docs = [store.document(r) for r in refs] if refs else aligned_documents(store, cp_lang)
    if not docs:
        raise NotFoundError(
            f"no document is aligned with {cp_lang}: run `workbench align DOC --to {cp_lang}`"
        )
    for doc in docs:  # fail before writing anything when one is not aligned
        if fmt in SUBTITLE_FORMATS:  # a subtitle document never aligned goes as read
            reviewed_in(store, doc, cp_lang)
        else:
            alignment_for(store, doc.id, cp_lang)
    if path is None:
        # Named source-target as the file reads: fr-en with --french-source, else en-fr.
        langs = (cp_lang, docs[0].lang)
        source, target = langs[::-1] if options is not None and options.french_source else langs
        path = export_path(export_stem(store, docs), source, target, fmt)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True)

    unsaved = unsaved_elsewhere(store, docs, cp_lang)
    if fmt in SUBTITLE_FORMATS:
        return replace(_subtitles(store, docs, cp_lang, ExportFormat(fmt), path), unsaved=unsaved)

    # a cue's styling goes into a TMX only, unless --cue-styling none (`CueStyling`)
    plain = options is not None and options.cue_styling is CueStyling.NONE
    styled = fmt.lower() == ExportFormat.TMX and not plain

    def units() -> Iterator[TranslationUnit]:
        for doc in docs:
            yield from units_for_export(store, doc.id, cp_lang, styled=styled)

    # nothing to write: no file
    return replace(write_some_units(units(), path, fmt, options), unsaved=unsaved)


def unsaved_elsewhere(store: Store, docs: Sequence[Document], cp_lang: str) -> tuple[str, ...]:
    """The texts reviewers typed in the review app on these documents' alignments with
    ``cp_lang`` and have not saved, which an export cannot hold (newcomer29: a draft typed
    on bead 50 was left out without a word): ``bead 50 (ines)`` each, by bead number, or
    ``a bead since changed (ines)`` for one typed on a bead no longer in the alignment."""
    found = [
        a for d in docs for a in store.alignments(d.id) if a.cp_lang == cp_lang
        and a.version == d.version
    ]  # fmt: skip
    texts = store.unsaved(None, [a.id for a in found])
    if not texts:
        return ()
    said: list[str] = []
    for alignment in found:
        numbers = {b.id: n for n, b in enumerate(store.beads(alignment.id), start=1)}
        for t in texts:
            if t.alignment_id == alignment.id:
                where = (
                    f"bead {numbers[t.bead_id]}" if t.bead_id in numbers else "a bead since changed"
                )
                said.append(f"{where} ({t.reviewer})")
    return tuple(dict.fromkeys(said))  # two tabs' texts of one bead said once
