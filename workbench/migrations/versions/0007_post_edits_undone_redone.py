"""Post-edits an undo or redo wrote, and those in the log, are marked as post-edits too.

Before 0005 an edit of an MT draft's text stored the bead as the raw draft it
looked like (origin ``mt:…``, status ``draft``), and the event log kept it so
in the edit's payload. An undo or redo restores beads from those payloads: a
post-edit it brought back was a raw draft again, and 0005, which looked only
at drafts an ``edit`` wrote, left it so (`align` dropped it, fill could write
over it). The log itself still held the old form, so undoing or redoing an
edit 0005 had marked was refused as "changed since" (an undo compares the bead
with the payload) although nobody had touched it.

A bead state is named by (bead id, version): the version is the id of the
event that wrote it. A state is a post-edit when an ``edit`` wrote it as a
draft, or when an undo or redo wrote it by restoring a state that is one.
Every such state is marked, in the beads and in every payload that holds it,
so the store and its log agree and undo/redo give post-edits back as they are.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 21:30:00
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

POST_EDIT = "postedit:"
AUTO, DRAFT = "auto", "draft"
# The aligner's runs and an import's unit ids hold no state an edit or an undo restores.
_SKIPPED = ("align", "unit ids")

events = sa.table(
    "events",
    sa.column("id", sa.Integer),
    sa.column("alignment_id", sa.Integer),
    sa.column("action", sa.String),
    sa.column("payload", sa.JSON),
)


def upgrade() -> None:
    if op.get_context().as_sql:  # offline DDL (`--sql`) has no rows to look at
        return
    conn = op.get_bind()
    edited = conn.execute(
        sa.select(events.c.alignment_id).where(events.c.action == "edit").distinct()
    ).scalars()
    for alignment_id in list(edited):
        _mark_alignment(conn, alignment_id)


def _mark_alignment(conn: Any, alignment_id: int) -> None:
    rows = conn.execute(
        sa.select(events.c.id, events.c.action, events.c.payload)
        .where(events.c.alignment_id == alignment_id, events.c.action.not_in(_SKIPPED))
        .order_by(events.c.id)
    ).all()
    logged = [(int(i), action, _loaded(payload)) for i, action, payload in rows]
    marked = _post_edit_states(logged)
    if not marked:
        return
    for event_id, _, payload in logged:
        if _mark_snapshots(payload, marked):
            conn.execute(events.update().where(events.c.id == event_id).values(payload=payload))
    for bead_id, version in marked:
        conn.execute(
            sa.text(
                "UPDATE beads SET origin = :prefix || origin, status = :auto "
                "WHERE id = :id AND version = :version AND status = :draft "
                "AND (origin = 'mt' OR origin LIKE 'mt:%')"
            ),
            {"prefix": POST_EDIT, "auto": AUTO, "draft": DRAFT, "id": bead_id,
             "version": version},
        )  # fmt: skip


def _post_edit_states(logged: Iterable[tuple[int, str, dict[str, Any]]]) -> set[tuple[int, int]]:
    """The (bead id, version) of every draft state that is a reviewer's post-edit."""
    marked: set[tuple[int, int]] = set()
    by_id = {}
    for event_id, action, payload in logged:
        by_id[event_id] = payload
        after = _snapshots(payload, "after")
        if action == "edit":
            marked |= {_state(b) for b in after if _raw_draft(b)}
        elif action in ("undo", "redo"):
            target = by_id.get(payload.get("of"))  # type: ignore[arg-type]
            if target is None:
                continue
            restored = {
                b.get("id"): b
                for b in _snapshots(target, "before" if action == "undo" else "after")
            }
            marked |= {
                _state(b) for b in after
                if _raw_draft(b) and b.get("id") in restored
                and _state(restored[b.get("id")]) in marked
            }  # fmt: skip
    return marked


def _mark_snapshots(payload: dict[str, Any], marked: set[tuple[int, int]]) -> bool:
    """Mark the post-edits among the payload's beads; whether any was."""
    changed = False
    for b in (*_snapshots(payload, "before"), *_snapshots(payload, "after")):
        if _raw_draft(b) and _state(b) in marked:
            b["origin"], b["status"] = POST_EDIT + str(b["origin"]), AUTO
            changed = True
    return changed


def _loaded(payload: Any) -> dict[str, Any]:
    if isinstance(payload, str):
        payload = json.loads(payload)
    return payload if isinstance(payload, dict) else {}


def _snapshots(payload: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    found = payload.get(key)
    return [b for b in found if isinstance(b, dict)] if isinstance(found, list) else []


def _state(b: Mapping[str, Any]) -> tuple[int, int]:
    return int(b.get("id") or 0), int(b.get("version") or 0)


def _raw_draft(b: Mapping[str, Any]) -> bool:
    origin = str(b.get("origin") or "")
    return b.get("status") == DRAFT and (origin == "mt" or origin.startswith("mt:"))


def downgrade() -> None:
    # An older workbench knows post-edits only as drafts, in its log as in its beads
    # (0005's downgrade turns the beads back).
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(events.c.id, events.c.payload).where(
            events.c.action.not_in(_SKIPPED), events.c.alignment_id.is_not(None)
        )
    ).all()
    for event_id, payload in rows:
        loaded, changed = _loaded(payload), False
        for b in (*_snapshots(loaded, "before"), *_snapshots(loaded, "after")):
            if b.get("status") == AUTO and str(b.get("origin") or "").startswith(POST_EDIT):
                b["origin"], b["status"] = str(b["origin"])[len(POST_EDIT) :], DRAFT
                changed = True
        if changed:
            conn.execute(events.update().where(events.c.id == event_id).values(payload=loaded))
