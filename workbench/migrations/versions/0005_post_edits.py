"""A post-edited MT draft is a reviewer's translation: origin ``postedit:mt:…``, status auto.

Before this revision a reviewer who edited an MT draft's text left it origin
``mt:…``, status ``draft``, exactly as a raw fill, so `align`, a new version
of the file and the default export took it for the engine's. A draft whose
latest write was a reviewer's text edit (the event that wrote its version is
an ``edit`` whose payload holds the bead with these very texts) is marked as
the post-edit it is. Raw drafts, and drafts an undo or redo wrote, stay as
they were.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 19:00:00
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

POST_EDIT = "postedit:"


def upgrade() -> None:
    if op.get_context().as_sql:  # offline DDL (`--sql`) has no rows to look at
        return
    conn = op.get_bind()
    # A bead's version is the id of the event that last wrote it (`runs.replace_run`).
    found = conn.execute(
        sa.text(
            "SELECT b.id, b.fr_text, b.cp_text, e.payload FROM beads b "
            "JOIN events e ON e.id = b.version AND e.alignment_id = b.alignment_id "
            "WHERE b.status = 'draft' AND (b.origin = 'mt' OR b.origin LIKE 'mt:%') "
            "AND e.action = 'edit'"
        )
    ).all()
    post_edits = [bead_id for bead_id, fr, cp, payload in found if _wrote(payload, bead_id, fr, cp)]
    for bead_id in post_edits:
        conn.execute(
            sa.text("UPDATE beads SET origin = :prefix || origin, status = 'auto' WHERE id = :id"),
            {"prefix": POST_EDIT, "id": bead_id},
        )


def _wrote(payload: Any, bead_id: int, fr: str, cp: str) -> bool:
    """Whether the event's payload wrote bead ``bead_id`` with these texts."""
    if isinstance(payload, str):
        payload = json.loads(payload)
    after = payload.get("after") if isinstance(payload, dict) else None
    return any(
        isinstance(b, dict)
        and b.get("id") == bead_id
        and (b.get("fr_text"), b.get("cp_text")) == (fr, cp)
        for b in after or []
    )


def downgrade() -> None:
    # An older workbench knows post-edits only as drafts.
    op.execute(
        "UPDATE beads SET origin = substr(origin, 10), status = 'draft' "
        "WHERE origin LIKE 'postedit:%' AND status = 'auto'"
    )
