"""What beads were before reviewers changed them: the base of a three-way merge.

Every reviewer's edit logs the beads it replaced, as they were, in its
event's payload (`rows.log`); the first such event after an import holds a
bead as the import left it. `pipeline.merging` compares that base with the
bead now and with the unit of a file imported again.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, NamedTuple

from sqlalchemy import select

from workbench.store import rows as sql
from workbench.store.base import Database
from workbench.store.schema import EventRow


class MergeBases(Database):
    """The states beads had before the edits made since an event."""

    def bead_bases(
        self, alignment_id: int, since: int, bead_ids: Collection[int]
    ) -> dict[int, Mapping[str, Any]]:
        """Bead id → its snapshot (`runs.FIELDS`) just before the first event after ``since``
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

    def write(self, alignment_id: int, bead_id: int, version: int) -> Write | None:
        """How the event ``version`` (a bead's version: the id of the event that last
        wrote it) wrote bead ``bead_id`` of the alignment; None when the log has no such
        event of that alignment."""
        with self.reading() as s:
            e = s.get(EventRow, version)
            if e is None or e.alignment_id != alignment_id or not isinstance(e.payload, dict):
                return None
            before = e.payload.get("before")
            snaps = [x for x in before if isinstance(x, dict)] if isinstance(before, list) else []
            file = e.payload.get("file")
            return Write(
                e.actor, file if isinstance(file, str) else None,
                e.payload.get("conflict") is True,
                next((x for x in snaps if x.get("id") == bead_id), None), e.action,
            )  # fmt: skip

    def bead_states(self, alignment_id: int, versions: Mapping[int, int]) -> ExportedStates:
        """For beads at versions given (bead id → the version an export wrote: the id of the
        event that wrote it), read in one pass over the events after the oldest of them:

        - ``bases``: bead id → its snapshot (`runs.FIELDS`) as it was at that version, from
          the first later event which replaced the bead; a bead no later event replaced has
          none (it is still that version, or the version is not one it had);
        - ``texts``: bead id → the (French, counterpart) texts it held after that version,
          the states every later event that replaced it logged. A file whose texts are
          among them brings nothing the workbench has not had since (`pipeline.returned`:
          a file imported twice).
        """
        states = ExportedStates({}, {})
        if not versions:
            return states
        replaced: set[int] = set()
        with self.reading() as s:
            query = (
                select(EventRow.id, EventRow.payload)
                .where(
                    EventRow.alignment_id == alignment_id,
                    EventRow.id > min(versions.values()),
                    EventRow.action != sql.UNIT_IDS,
                )
                .order_by(EventRow.id)
            )
            for event_id, payload in s.execute(query):
                before = payload.get("before") if isinstance(payload, dict) else None
                for snap in before if isinstance(before, list) else ():
                    bead_id = snap.get("id") if isinstance(snap, dict) else None
                    if not isinstance(bead_id, int) or bead_id not in versions:
                        continue
                    version = versions[bead_id]
                    if event_id <= version:
                        continue
                    if bead_id not in replaced:  # the first event after the version
                        replaced.add(bead_id)
                        if snap.get("version") == version:  # else: not a version it had
                            states.bases[bead_id] = snap
                    if snap.get("version", 0) > version:
                        texts = (str(snap.get("fr_text") or ""), str(snap.get("cp_text") or ""))
                        states.texts.setdefault(bead_id, set()).add(texts)
        return states


class Write(NamedTuple):
    """How an event wrote a bead (`MergeBases.write`)."""

    actor: str
    file: str | None  # the file an import read the bead's texts from; None: no import
    conflict: bool  # that import found the bead changed since the export as well
    before: Mapping[str, Any] | None  # the bead just before (`runs.FIELDS`); None: new
    action: str = ""  # the event's: "import", "align" (a bead carried into a new version)…


class ExportedStates(NamedTuple):
    """What `MergeBases.bead_states` found: each bead's base, and the texts it held since."""

    bases: dict[int, Mapping[str, Any]]
    texts: dict[int, set[tuple[str, str]]]
