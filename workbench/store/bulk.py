"""Bulk writes: a stream of translation units stored as segments and beads, in chunks.

An imported translation memory holds hundreds of thousands of units. The ORM
path (one object per segment and bead, and an event payload repeating every
bead) costs ten times the parse and holds the whole memory at once. Here the
rows go in with SQLAlchemy Core ``insert()`` executemany, a chunk at a time,
so CPU stays near the parse and memory stays flat however long the stream.
Nothing here commits: called inside `Database.atomic`, an import is all or
nothing whatever its size.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from itertools import islice
from typing import Any, NamedTuple

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.orm import Session

from workbench.model import Alignment, Kind, LeftBehind, StoreError
from workbench.store import alignment_rows as aligned
from workbench.store import rows as sql
from workbench.store import runs
from workbench.store.base import Database
from workbench.store.column_insert import ColumnInsert
from workbench.store.schema import AlignmentRow, BeadRow, EventRow, SegmentRow, utcnow

CHUNK = 2000  # units per round of inserts: large enough to amortise, small enough to stay flat


class PairDraft(NamedTuple):
    """A translation unit about to be stored: a segment on each side and the bead between.

    A side whose text is empty gets no segment: the bead is a null alignment
    (1–0, a French sentence not translated yet, as an untranslated XLIFF hands
    it over; or 0–1). One of the two texts must not be empty.

    ``score`` in [0, 1], None for none (a unit not translated yet); ``status`` a
    `workbench.model.Status` value;
    ``created``/``changed``: the unit's dates in the file (now when None);
    ``tuid``: its id in the file, given back by `AlignmentStore.unit_ids`;
    ``fr_meta``/``cp_meta``: each side's segment metadata (a subtitle's
    ``{"timecode": "00:00:01,000 --> 00:00:03,500"}``), None for none.

    A named tuple, not a dataclass: built once per unit of a memory that may
    hold millions, at a third of a frozen dataclass's cost, and a chunk of them
    turns into columns with one ``zip``.
    """

    fr_text: str
    cp_text: str
    score: float | None
    status: str
    origin: str
    reviewer: str | None = None
    note: str | None = None
    created: datetime | None = None
    changed: datetime | None = None
    tuid: str | None = None
    fr_meta: Mapping[str, str] | None = None
    cp_meta: Mapping[str, str] | None = None


class BulkStore(Database):
    """Streams of aligned pairs, stored without an ORM object per row."""

    def fill_pairs(
        self,
        *,
        french: tuple[int, int],
        counterpart: tuple[int, int],
        fr_lang: str,
        cp_lang: str,
        aligner: str,
        pairs: Iterable[PairDraft],
        actor: str = "cli",
        progress: Callable[[int], None] | None = None,
        came_from: Callable[[], Mapping[int, int]] | None = None,
        left_behind: Callable[[Iterable[tuple[str, str, str]]], LeftBehind | None] | None = None,
    ) -> tuple[Alignment, int]:
        """Store ``pairs`` as the segments of two document versions and their alignment.

        ``french`` and ``counterpart`` are (document id, version) of versions
        stored with no segments (`store_file` with ``sentences=[]``); pair *i*
        becomes bead *i*, joining the next segment of each side that has text
        (1–1), or of the one side that has (a null alignment, 1–0 or 0–1). ``progress`` is
        called with the number of pairs stored after each chunk. Returns the
        new alignment and the number of pairs. Raises InputError, storing
        nothing once the caller's `atomic` rolls back, for text the database
        cannot hold; StoreError when the versions already have an alignment
        with ``cp_lang`` or hold segments. ``came_from``, asked once every pair is
        stored: pair *i* → the bead of an earlier version it carries over
        (`merging.Merger.came_from`), logged as `rows.carried` says. ``left_behind``, given
        the new beads' (French, counterpart, status) in this transaction: the reviewed
        beads of the earlier version the new one does not hold (`merging.unheld`), logged
        in the same event for `Store.left_behind`.
        """
        with self.transaction() as s:
            v, cpv = sql.version(s, *french), sql.version(s, *counterpart)
            _check_empty(s, (v.id, cpv.id), french, cp_lang)
            row = aligned.new_alignment(s, v.id, cpv.id, fr_lang, cp_lang, aligner)
            event = sql.new_event(s, actor, "align", row)
            writer = _Writer(s, row.id, event, (v.id, fr_lang), (cpv.id, cp_lang))
            stored = 0
            for chunk in _chunks(pairs, CHUNK):
                writer.write(stored, chunk)
                stored += len(chunk)
                if progress is not None:
                    progress(stored)
            event.payload = _align_payload(s, row.id, stored, aligner, came_from, left_behind)
            return sql.alignment(s, row), stored


def _check_empty(
    s: Session, version_ids: tuple[int, int], french: tuple[int, int], cp_lang: str
) -> None:
    """StoreError unless both versions are without segments and the French one without an
    alignment with ``cp_lang``: bulk pairs go into new versions only."""
    taken = s.scalar(
        select(func.count())
        .select_from(AlignmentRow)
        .where(AlignmentRow.version_id == version_ids[0], AlignmentRow.cp_lang == cp_lang)
    )
    filled = s.scalar(select(func.count()).where(SegmentRow.version_id.in_(version_ids)))
    if taken or filled:
        raise StoreError(
            f"document {french[0]} version {french[1]} already holds segments or an "
            f"alignment with {cp_lang}: bulk pairs go into new versions only"
        )


def _align_payload(
    s: Session,
    alignment_id: int,
    stored: int,
    aligner: str,
    came_from: Callable[[], Mapping[int, int]] | None,
    left_behind: Callable[[Iterable[tuple[str, str, str]]], LeftBehind | None] | None = None,
) -> dict[str, Any]:
    """The align event's payload once every pair is stored: how many, the beads of an
    earlier version they carry over (asked of ``came_from`` now), and those left behind
    (asked of ``left_behind``, given the new beads' texts and statuses)."""
    # The beads are the log of an import (their version is this event):
    # repeating every one in the payload would hold the whole memory at once.
    # The units' ids went out with each chunk (`_Writer.write`), for the same reason.
    payload: dict[str, Any] = {"before": [], "after": [], "beads": stored, "aligner": aligner}
    kept = came_from() if came_from is not None else {}
    if kept:
        at = s.execute(
            select(BeadRow.position, BeadRow.id).where(BeadRow.alignment_id == alignment_id)
        )
        payload["carried"] = sql.carried(s, kept, {p: i for p, i in at})
    if left_behind is not None:
        held = s.execute(
            select(BeadRow.fr_text, BeadRow.cp_text, BeadRow.status)
            .where(BeadRow.alignment_id == alignment_id)
            .execution_options(yield_per=CHUNK)
        )
        found = left_behind((r.fr_text, r.cp_text, r.status) for r in held)
        if found is not None:
            payload["left_behind"] = {"ids": list(found.bead_ids), "note": found.note}
    return payload


def _chunks(pairs: Iterable[PairDraft], size: int) -> Iterator[list[PairDraft]]:
    it = iter(pairs)
    while chunk := list(islice(it, size)):
        yield chunk


class _Writer:
    """Inserts chunks of pairs: segments on both sides, then the beads that join them."""

    def __init__(
        self,
        s: Session,
        alignment_id: int,
        event: EventRow,
        fr: tuple[int, str],
        cp: tuple[int, str],
    ) -> None:
        self._conn = s.connection()
        self._alignment, self._event = alignment_id, event.id
        # A chunk's unit ids go in an event of their own, beside the align event.
        self._ids_event = {
            "actor": event.actor, "action": sql.UNIT_IDS, "document_id": event.document_id,
            "alignment_id": alignment_id, "undone": False,
        }  # fmt: skip
        self._events: Any = EventRow.__table__
        self._fr, self._cp = fr, cp
        self._next = {fr[0]: 0, cp[0]: 0}  # each side's next segment idx
        segments: Any = SegmentRow.__table__
        beads: Any = BeadRow.__table__
        self._segment_rows = ColumnInsert(self._conn, segments, _SEGMENT, as_text=("meta",))
        # The one-id lists go in as JSON text: json.dumps per id was a fifth of the import.
        self._bead_rows = ColumnInsert(self._conn, beads, _BEAD, as_text=("fr_ids", "cp_ids"))
        self._body = str(Kind.BODY)

    def write(self, start: int, chunk: list[PairDraft]) -> None:
        n, positions = len(chunk), list(range(start, start + len(chunk)))
        # The chunk's columns, by field name, in one pass in C.
        fields = zip(*chunk, strict=True)
        column: dict[str, tuple[Any, ...]] = dict(zip(PairDraft._fields, fields, strict=True))
        fr_texts, cp_texts = column["fr_text"], column["cp_text"]
        fr_ids = self._side(fr_texts, column["fr_meta"], *self._fr)
        cp_ids = self._side(cp_texts, column["cp_meta"], *self._cp)
        now = utcnow()
        # Dates read from a file are in UTC: dropping the zone is all naive_utc would do.
        created = [
            now if c is None else c.replace(tzinfo=None) if c.tzinfo is UTC else runs.naive_utc(c)
            for c in column["created"]
        ]
        changed = [
            made if c is None else c.replace(tzinfo=None) if c.tzinfo is UTC else runs.naive_utc(c)
            for c, made in zip(column["changed"], created, strict=True)
        ]
        tuids = column["tuid"]
        self._bead_rows.run(
            n,
            {
                "position": positions, "fr_ids": fr_ids, "cp_ids": cp_ids, "fr_text": fr_texts,
                "cp_text": cp_texts,
                "score": column["score"], "status": column["status"], "origin": column["origin"],
                "reviewer": column["reviewer"], "note": column["note"], "created_at": created,
                "updated_at": changed,
            },
            {"alignment_id": self._alignment, "version": self._event},
        )  # fmt: skip
        if any(tuids):
            ids = _new_ids(
                self._conn, BeadRow.id, BeadRow.position, positions,
                BeadRow.alignment_id == self._alignment,
            )  # fmt: skip
            found = {str(i): tuid for i, tuid in zip(ids, tuids, strict=True) if tuid}
            payload = {"tuids": found}  # bead id (as JSON keys are) -> the unit's id
            self._conn.execute(
                insert(self._events), {**self._ids_event, "at": utcnow(), "payload": payload}
            )

    def _side(
        self,
        texts: Sequence[str],
        metas: Sequence[Mapping[str, str] | None],
        version_id: int,
        lang: str,
    ) -> list[str]:
        """One side's segments for a chunk; each bead's ids on that side as JSON text.

        A pair with no text on this side gets no segment (``[]``): segments
        are numbered on, so a side's idx stays 0, 1, 2… whatever the gaps.
        """
        start = self._next[version_id]
        present = [i for i, text in enumerate(texts) if text]
        found = ["[]"] * len(texts)
        if not present:
            return found
        places = list(range(start, start + len(present)))
        self._next[version_id] += len(present)
        ids = self._segments(
            places, [texts[i] for i in present], _meta(metas[i] for i in present), version_id,
            lang,
        )  # fmt: skip
        for i, segment_id in zip(present, ids, strict=True):
            found[i] = f"[{segment_id}]"
        return found

    def _segments(
        self,
        positions: list[int],
        texts: Sequence[str],
        meta: list[str | None],
        version_id: int,
        lang: str,
    ) -> Sequence[int]:
        """Insert one body segment per text at idx ``positions``; their ids, in order."""
        self._segment_rows.run(
            len(texts),
            {"idx": positions, "block": positions, "text": texts, "meta": meta},
            {"version_id": version_id, "kind": self._body, "lang": lang},
        )
        return _new_ids(
            self._conn, SegmentRow.id, SegmentRow.idx, positions,
            SegmentRow.version_id == version_id,
        )  # fmt: skip


def _new_ids(
    conn: Connection,
    key: Any,
    place: Any,
    places: list[int],
    where: Any,
) -> list[int]:
    """The ids (``key``) of the rows just inserted at ``places`` (consecutive values of
    the column ``place``) among the rows ``where`` selects, in the order of ``places``.

    Portable (no RETURNING with executemany, no guess at the sequence): one
    aggregate asks whether every row's id minus its place is the same number,
    as it is when nothing else inserted meanwhile (always on SQLite, which
    holds the write lock), and then the ids follow from the places without
    fetching a row; else they are read back, one indexed range scan.
    """
    rows = where & place.between(places[0], places[-1])
    low, high, count = conn.execute(
        select(func.min(key - place), func.max(key - place), func.count()).where(rows)
    ).one()
    if count != len(places):
        raise StoreError(f"expected {len(places)} new rows, found {count}")
    if low == high:
        return [p + low for p in places]
    return list(conn.scalars(select(key).where(rows).order_by(place)).all())


def _meta(found: Iterable[Mapping[str, str] | None]) -> list[str | None]:
    """Segment metadata as the JSON text the column holds (None: SQL NULL)."""
    return [json.dumps(dict(m), ensure_ascii=False) if m else None for m in found]


_SEGMENT = ("version_id", "idx", "block", "kind", "lang", "text", "meta")
_BEAD = ("alignment_id", "position", "fr_ids", "cp_ids", "fr_text", "cp_text", "score", "status",
         "origin", "reviewer", "note", "version", "created_at", "updated_at")  # fmt: skip
