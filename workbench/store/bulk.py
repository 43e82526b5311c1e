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
from dataclasses import dataclass
from datetime import datetime
from itertools import islice, repeat
from typing import Any

from sqlalchemy import Connection, String, Table, func, insert, select
from sqlalchemy.orm import Session

from workbench.model import Alignment, Kind, StoreError
from workbench.store import rows as sql
from workbench.store.base import Database
from workbench.store.dialect import FIELD_NAMES, check_text, too_long
from workbench.store.schema import AlignmentRow, BeadRow, EventRow, SegmentRow, utcnow

CHUNK = 2000  # units per round of inserts: large enough to amortise, small enough to stay flat


@dataclass(frozen=True)
class PairDraft:
    """A translation unit about to be stored: one segment on each side and the bead between.

    ``score`` in [0, 1]; ``status`` a `workbench.model.Status` value;
    ``created``/``changed``: the unit's dates in the file (now when None);
    ``tuid``: its id in the file, given back by `AlignmentStore.unit_ids`;
    ``fr_meta``/``cp_meta``: each side's segment metadata (a subtitle's
    ``{"timecode": "00:00:01,000 --> 00:00:03,500"}``), None for none.
    """

    fr_text: str
    cp_text: str
    score: float
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
    ) -> tuple[Alignment, int]:
        """Store ``pairs`` as the segments of two document versions and their 1:1 alignment.

        ``french`` and ``counterpart`` are (document id, version) of versions
        stored with no segments (`store_file` with ``sentences=[]``); pair *i*
        becomes segment *i* of each and bead *i* between them. ``progress`` is
        called with the number of pairs stored after each chunk. Returns the
        new alignment and the number of pairs. Raises InputError, storing
        nothing once the caller's `atomic` rolls back, for text the database
        cannot hold; StoreError when the versions already have an alignment
        with ``cp_lang`` or hold segments.
        """
        with self.transaction() as s:
            v, cpv = sql.version(s, *french), sql.version(s, *counterpart)
            taken = s.scalar(
                select(func.count())
                .select_from(AlignmentRow)
                .where(AlignmentRow.version_id == v.id, AlignmentRow.cp_lang == cp_lang)
            )
            filled = s.scalar(select(func.count()).where(SegmentRow.version_id.in_((v.id, cpv.id))))
            if taken or filled:
                raise StoreError(
                    f"document {french[0]} version {french[1]} already holds segments or an "
                    f"alignment with {cp_lang}: bulk pairs go into new versions only"
                )
            row = AlignmentRow(
                version_id=v.id,
                counterpart_version_id=cpv.id,
                fr_lang=fr_lang,
                cp_lang=cp_lang,
                aligner=aligner,
            )
            s.add(row)
            s.flush()
            event = sql.new_event(s, actor, "align", row)
            writer = _Writer(s, row.id, event, (v.id, fr_lang), (cpv.id, cp_lang))
            stored = 0
            for chunk in _chunks(pairs, CHUNK):
                writer.write(stored, chunk)
                stored += len(chunk)
                if progress is not None:
                    progress(stored)
            # The beads are the log of an import (their version is this event):
            # repeating every one in the payload would hold the whole memory at once.
            # The units' ids went out with each chunk (`_Writer.write`), for the same reason.
            event.payload = {"before": [], "after": [], "beads": stored, "aligner": aligner}
            return sql.alignment(s, row), stored


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
        segments: Any = SegmentRow.__table__
        beads: Any = BeadRow.__table__
        self._segment_rows = _Insert(self._conn, segments, _SEGMENT, as_text=("meta",))
        # The one-id lists go in as JSON text: json.dumps per id was a fifth of the import.
        self._bead_rows = _Insert(self._conn, beads, _BEAD, as_text=("fr_ids", "cp_ids"))
        self._body = str(Kind.BODY)

    def write(self, start: int, chunk: list[PairDraft]) -> None:
        n, positions = len(chunk), list(range(start, start + len(chunk)))
        fr_texts = [p.fr_text for p in chunk]
        cp_texts = [p.cp_text for p in chunk]
        fr_ids = self._segments(positions, fr_texts, _meta(p.fr_meta for p in chunk), *self._fr)
        cp_ids = self._segments(positions, cp_texts, _meta(p.cp_meta for p in chunk), *self._cp)
        now = utcnow()
        created = [sql.naive_utc(p.created) if p.created is not None else now for p in chunk]
        changed = [
            sql.naive_utc(p.changed) if p.changed is not None else c
            for p, c in zip(chunk, created, strict=True)
        ]
        self._bead_rows.run(
            n,
            {
                "position": positions, "fr_ids": [f"[{i}]" for i in fr_ids],
                "cp_ids": [f"[{i}]" for i in cp_ids], "fr_text": fr_texts, "cp_text": cp_texts,
                "score": [p.score for p in chunk], "status": [p.status for p in chunk],
                "origin": [p.origin for p in chunk], "reviewer": [p.reviewer for p in chunk],
                "note": [p.note for p in chunk], "created_at": created, "updated_at": changed,
            },
            {"alignment_id": self._alignment, "version": self._event},
        )  # fmt: skip
        if any(p.tuid for p in chunk):
            ids = self._conn.scalars(
                select(BeadRow.id)
                .where(
                    BeadRow.alignment_id == self._alignment,
                    BeadRow.position.between(positions[0], positions[-1]),
                )
                .order_by(BeadRow.position)
            )
            tuids = {str(i): p.tuid for i, p in zip(ids, chunk, strict=True) if p.tuid}
            payload = {"tuids": tuids}  # bead id (as JSON keys are) -> the unit's id
            self._conn.execute(
                insert(self._events), {**self._ids_event, "at": utcnow(), "payload": payload}
            )

    def _segments(
        self,
        positions: list[int],
        texts: list[str],
        meta: list[str | None],
        version_id: int,
        lang: str,
    ) -> list[int]:
        """Insert one body segment per text at idx ``positions``; their ids, in order."""
        self._segment_rows.run(
            len(texts),
            {"idx": positions, "block": positions, "text": texts, "meta": meta},
            {"version_id": version_id, "kind": self._body, "lang": lang},
        )
        # Ids read back by (version, idx): portable, and one indexed range scan a chunk.
        ids = list(
            self._conn.scalars(
                select(SegmentRow.id)
                .where(
                    SegmentRow.version_id == version_id,
                    SegmentRow.idx.between(positions[0], positions[-1]),
                )
                .order_by(SegmentRow.idx)
            )
        )
        assert len(ids) == len(positions)
        return ids


def _meta(found: Iterable[Mapping[str, str] | None]) -> list[str | None]:
    """Segment metadata as the JSON text the column holds (None: SQL NULL)."""
    return [json.dumps(dict(m), ensure_ascii=False) if m else None for m in found]


_SEGMENT = ("version_id", "idx", "block", "kind", "lang", "text", "meta")
_BEAD = ("alignment_id", "position", "fr_ids", "cp_ids", "fr_text", "cp_text", "score", "status",
         "origin", "reviewer", "note", "version", "created_at", "updated_at")  # fmt: skip


class _Insert:
    """A Core ``insert()`` of some columns, compiled once, run by the driver's executemany.

    Core's own executemany passes every value of every row through its
    column type in Python, which was a third of an import's time. Here the
    values come a column at a time: each column's converter (SQLAlchemy's
    own bind processor for this database: JSON everywhere, dates on SQLite)
    is looked up once and mapped over the column, and the checks by
    PostgreSQL's rules (as the ORM's flush makes them) run over whole
    columns, so SQLite and PostgreSQL refuse the same input.
    """

    def __init__(
        self, conn: Connection, table: Table, columns: Sequence[str], as_text: Sequence[str] = ()
    ) -> None:
        """``as_text``: JSON columns whose values come serialized (PostgreSQL casts the text)."""
        dialect = conn.dialect
        # inline: no RETURNING of the new ids, which executemany would have to fetch.
        compiled = insert(table).inline().compile(dialect=dialect, column_keys=list(columns))
        self._conn, self._sql = conn, str(compiled)
        self._positional = compiled.positional
        self._order = list(compiled.positiontup or ()) if compiled.positional else list(columns)
        self._check = _checker(table)
        self._convert = {
            key: convert
            for key in columns
            if key not in as_text
            and (convert := table.c[key].type.dialect_impl(dialect).bind_processor(dialect))
        }

    def run(self, n: int, columns: dict[str, list[Any]], same: dict[str, Any]) -> None:
        """Insert ``n`` rows: ``columns`` maps a column to its ``n`` values, ``same`` to one."""
        self._check(columns, same)
        values: list[Iterable[Any]] = []
        for key in self._order:
            convert = self._convert.get(key)
            if key in same:
                values.append(repeat(convert(same[key]) if convert else same[key], n))
            else:
                values.append(map(convert, columns[key]) if convert else columns[key])
        rows: list[Any] = list(zip(*values, strict=False))
        if not self._positional:
            rows = [dict(zip(self._order, row, strict=True)) for row in rows]
        self._conn.exec_driver_sql(self._sql, rows)


def _checker(table: Table) -> Callable[[dict[str, list[Any]], dict[str, Any]], None]:
    """A check of columns of values by PostgreSQL's rules (as `dialect.check_row` for a row).

    Runs over whole columns in C (``max``, ``join``); only when a column holds
    NUL or a lone surrogate (rare) are its values checked one by one, for the
    message.
    """
    texts = []
    for column in table.columns:
        if isinstance(column.type, String):
            name = FIELD_NAMES.get((table.name, column.key), f"{table.name} {column.key}")
            texts.append((column.key, name, column.type.length))

    def check(columns: dict[str, list[Any]], same: dict[str, Any]) -> None:
        for key, name, length in texts:
            values = columns[key] if key in columns else [same[key]]
            present = [v for v in values if v is not None]
            if length is not None and max(map(len, present), default=0) > length:
                value = next(v for v in present if len(v) > length)
                raise too_long(name, value, length)
            joined = "".join(present)
            if "\x00" in joined or not _encodable(joined):
                for value in present:
                    check_text(value, name)

    return check


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
