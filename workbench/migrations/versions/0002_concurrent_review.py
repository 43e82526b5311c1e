"""Safe under concurrent review: unique bead positions and alignments, ids never reused.

- beads: positions renumbered 0..n-1 in their order (repairing the duplicates
  that racing edits could leave before), then unique per alignment;
- alignments: one per (document version, counterpart language);
- beads and events: AUTOINCREMENT on SQLite, so that an id is never given
  twice (undo and redo bring beads back by id; a bead's version is an event id).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 15:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from workbench.model import StoreError

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _refuse_duplicate_alignments(bind: sa.Connection) -> None:
    rows = bind.execute(
        sa.text(
            "SELECT version_id, cp_lang, MIN(id), MAX(id) FROM alignments "
            "GROUP BY version_id, cp_lang HAVING COUNT(*) > 1"
        )
    ).all()
    if rows:
        pairs = "; ".join(f"ids {lo}…{hi} ({lang})" for _, lang, lo, hi in rows)
        raise StoreError(
            f"cannot upgrade: one document version has several alignments with one language "
            f"({pairs}), left by two `align` runs at once; export the one to keep, delete "
            "the others (DELETE FROM alignments WHERE id = …), then open the database again"
        )


def _renumber_positions(bind: sa.Connection) -> None:
    rows = bind.execute(
        sa.text("SELECT id, alignment_id, position FROM beads ORDER BY alignment_id, position, id")
    ).all()
    current, rank = None, 0
    for bead_id, alignment_id, position in rows:
        rank = rank + 1 if alignment_id == current else 0
        current = alignment_id
        if position != rank:
            bind.execute(
                sa.text("UPDATE beads SET position = :p WHERE id = :id"), {"p": rank, "id": bead_id}
            )


def upgrade() -> None:
    bind = op.get_bind()
    if not op.get_context().as_sql:  # offline DDL (`--sql`) has no rows to look at
        _refuse_duplicate_alignments(bind)
        _renumber_positions(bind)
    sqlite = bind.dialect.name == "sqlite"
    # Only beads and events are rebuilt on SQLite: no table refers to them, so
    # dropping the old copy cascades nowhere.
    with op.batch_alter_table(
        "beads",
        recreate="always" if sqlite else "auto",
        table_kwargs={"sqlite_autoincrement": True},
    ) as batch_op:
        batch_op.drop_index("ix_beads_alignment_position")
        batch_op.create_index(
            "uq_beads_alignment_position", ["alignment_id", "position"], unique=True
        )
    if sqlite:
        with op.batch_alter_table(
            "events", recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass
    op.create_index(
        "uq_alignments_version_lang", "alignments", ["version_id", "cp_lang"], unique=True
    )


def downgrade() -> None:
    op.drop_index("uq_alignments_version_lang", table_name="alignments")
    with op.batch_alter_table("beads") as batch_op:
        batch_op.drop_index("uq_beads_alignment_position")
        batch_op.create_index(
            "ix_beads_alignment_position", ["alignment_id", "position"], unique=False
        )
