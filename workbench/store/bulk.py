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

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sqlalchemy import String, Table, func, insert, select
from sqlalchemy.orm import Session

from workbench.model import Alignment, Kind, StoreError
from workbench.store import rows as sql
from workbench.store.base import Database
from workbench.store.dialect import FIELD_NAMES, check_text, too_long
from workbench.store.schema import AlignmentRow, BeadRow, SegmentRow, utcnow

CHUNK = 2000  # units per round of inserts: large enough to amortise, small enough to stay flat


@dataclass(frozen=True)
class PairDraft:
    """A translation unit about to be stored: one segment on each side and the bead between.

    ``score`` in [0, 1]; ``status`` a `workbench.model.Status` value.
    """

    fr_text: str
    cp_text: str
    score: float
    status: str
    origin: str
    reviewer: str | None = None
    note: str | None = None


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
            filled = s.scalar(
                select(func.count()).where(SegmentRow.version_id.in_((v.id, cpv.id)))
            )
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
            writer = _Writer(s, row.id, event.id, (v.id, fr_lang), (cpv.id, cp_lang))
            stored = 0
            for chunk in _chunks(pairs, CHUNK):
                writer.write(stored, chunk)
                stored += len(chunk)
                if progress is not None:
                    progress(stored)
            # The beads are the log of an import (their version is this event):
            # repeating every one in the payload would hold the whole memory at once.
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
        event_id: int,
        fr: tuple[int, str],
        cp: tuple[int, str],
    ) -> None:
        self._conn = s.connection()
        self._alignment, self._event = alignment_id, event_id
        self._fr, self._cp = fr, cp
        self._check_segment = _checker(SegmentRow.__table__)  # type: ignore[arg-type]
        self._check_bead = _checker(BeadRow.__table__)  # type: ignore[arg-type]
        self._body = str(Kind.BODY)

    def write(self, start: int, chunk: list[PairDraft]) -> None:
        fr_ids = self._segments(start, [p.fr_text for p in chunk], *self._fr)
        cp_ids = self._segments(start, [p.cp_text for p in chunk], *self._cp)
        now = utcnow()
        beads = [
            {
                "alignment_id": self._alignment, "position": start + i,
                "fr_ids": [fr_ids[i]], "cp_ids": [cp_ids[i]],
                "fr_text": p.fr_text, "cp_text": p.cp_text, "score": p.score,
                "status": p.status, "origin": p.origin, "reviewer": p.reviewer, "note": p.note,
                "version": self._event, "created_at": now, "updated_at": now,
            }
            for i, p in enumerate(chunk)
        ]  # fmt: skip
        for bead in beads:
            self._check_bead(bead)
        self._conn.execute(insert(BeadRow), beads)

    def _segments(self, start: int, texts: list[str], version_id: int, lang: str) -> list[int]:
        """Insert one body segment per text at idx start…; their ids, in order."""
        rows = [
            {"version_id": version_id, "idx": start + i, "block": start + i,
             "kind": self._body, "lang": lang, "text": text}
            for i, text in enumerate(texts)
        ]  # fmt: skip
        for row in rows:
            self._check_segment(row)
        self._conn.execute(insert(SegmentRow), rows)
        # Ids read back by (version, idx): portable, and one indexed range scan a chunk.
        found = dict(
            self._conn.execute(
                select(SegmentRow.idx, SegmentRow.id).where(
                    SegmentRow.version_id == version_id,
                    SegmentRow.idx.between(start, start + len(texts) - 1),
                )
            ).all()
        )
        return [found[start + i] for i in range(len(texts))]


def _checker(table: Table) -> Callable[[Mapping[str, Any]], None]:
    """A check of one row's values by PostgreSQL's rules (as `dialect.check_row` for ORM rows)."""
    texts = []
    for column in table.columns:
        if isinstance(column.type, String):
            name = FIELD_NAMES.get((table.name, column.key), f"{table.name} {column.key}")
            texts.append((column.key, name, column.type.length))

    def check(row: Mapping[str, Any]) -> None:
        for key, name, length in texts:
            value = row.get(key)
            if isinstance(value, str):
                check_text(value, name)
                if length is not None and len(value) > length:
                    raise too_long(name, value, length)

    return check
