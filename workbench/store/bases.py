"""What beads were before reviewers changed them: the base of a three-way merge.

Every reviewer's edit logs the beads it replaced, as they were, in its
event's payload (`rows.log`); the first such event after an import holds a
bead as the import left it. `pipeline.merging` compares that base with the
bead now and with the unit of a file imported again.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import select

from workbench.store import rows as sql
from workbench.store.base import Database
from workbench.store.schema import EventRow


class MergeBases(Database):
    """The states beads had before the edits made since an event."""

    def bead_bases(
        self, alignment_id: int, since: int, bead_ids: Collection[int]
    ) -> dict[int, Mapping[str, Any]]:
        """Bead id → its snapshot (`rows.FIELDS`) just before the first event after ``since``
        that changed it, for each of ``bead_ids`` such an event replaced. A bead an edit
        created after ``since`` (an insert, a merge's or a split's new bead) has none.

        Events are read one at a time, oldest first: an edit's payload holds only
        the few beads it changed (an aligner's run over the whole alignment holds
        them all, as a re-alignment's base should).
        """
        wanted, found = set(bead_ids), dict[int, Mapping[str, Any]]()
        with self.reading() as s:
            query = (
                select(EventRow.payload)
                .where(
                    EventRow.alignment_id == alignment_id,
                    EventRow.id > since,
                    EventRow.action != sql.UNIT_IDS,
                )
                .order_by(EventRow.id)
            )
            for payload in s.scalars(query):
                if not wanted:
                    break
                before = payload.get("before") if isinstance(payload, dict) else None
                for snap in before if isinstance(before, list) else ():
                    if isinstance(snap, dict) and (bead_id := snap.get("id")) in wanted:
                        found[int(bead_id)] = snap
                        wanted.discard(bead_id)
        return found

    def bead_states(
        self, alignment_id: int, versions: Mapping[int, int]
    ) -> dict[int, Mapping[str, Any]]:
        """Bead id → its snapshot (`rows.FIELDS`) as it was at the version given (bead id →
        the version an export wrote: the id of the event that wrote it), read from the first
        event after that version which replaced the bead. A bead no later event replaced
        has none (it is still that version, or the version is not one it had).
        """
        wanted, found = dict(versions), dict[int, Mapping[str, Any]]()
        if not wanted:
            return found
        with self.reading() as s:
            query = (
                select(EventRow.id, EventRow.payload)
                .where(
                    EventRow.alignment_id == alignment_id,
                    EventRow.id > min(wanted.values()),
                    EventRow.action != sql.UNIT_IDS,
                )
                .order_by(EventRow.id)
            )
            for event_id, payload in s.execute(query):
                if not wanted:
                    break
                before = payload.get("before") if isinstance(payload, dict) else None
                for snap in before if isinstance(before, list) else ():
                    bead_id = snap.get("id") if isinstance(snap, dict) else None
                    if bead_id not in wanted or wanted[bead_id] >= event_id:
                        continue
                    if snap.get("version") == wanted.pop(bead_id):  # else: not a version it had
                        found[bead_id] = snap
        return found

    def texts_since(
        self, alignment_id: int, versions: Mapping[int, int]
    ) -> dict[int, set[tuple[str, str]]]:
        """Bead id → the (French, counterpart) texts the bead held after the version given
        (bead id → an event id, as `bead_states` takes them): the states every later event
        that replaced it logged. A file whose texts are among them brings nothing the
        workbench has not had since (`pipeline.returned`: a file imported twice).
        """
        seen: dict[int, set[tuple[str, str]]] = {}
        if not versions:
            return seen
        with self.reading() as s:
            query = (
                select(EventRow.payload)
                .where(
                    EventRow.alignment_id == alignment_id,
                    EventRow.id > min(versions.values()),
                    EventRow.action != sql.UNIT_IDS,
                )
                .order_by(EventRow.id)
            )
            for payload in s.scalars(query):
                before = payload.get("before") if isinstance(payload, dict) else None
                for snap in before if isinstance(before, list) else ():
                    bead_id = snap.get("id") if isinstance(snap, dict) else None
                    if not isinstance(bead_id, int) or bead_id not in versions:
                        continue
                    if snap.get("version", 0) > versions[bead_id]:
                        texts = (str(snap.get("fr_text") or ""), str(snap.get("cp_text") or ""))
                        seen.setdefault(bead_id, set()).add(texts)
        return seen
