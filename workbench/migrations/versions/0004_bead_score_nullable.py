"""A bead a reviewer changed has no aligner's score: ``beads.score`` may be NULL.

The aligner's confidence describes the texts it aligned; once a reviewer edits,
merges, splits or moves a bead, the figure is about other texts and is dropped
(NULL), while undo puts it back. Every score stored before stays as it was.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite cannot drop NOT NULL in place: batch mode copies the table once, and the copy
    # must keep AUTOINCREMENT, or a bead deleted last would hand its id to the next one (a
    # merged bead's id reused by its split, an undo misled, an export's unit id reused).
    with op.batch_alter_table("beads", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.alter_column("score", existing_type=sa.Float(), nullable=True)


def downgrade() -> None:
    # An older workbench reads every score as a number: a changed bead scores 0 there.
    op.execute("UPDATE beads SET score = 0 WHERE score IS NULL")
    with op.batch_alter_table("beads", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.alter_column("score", existing_type=sa.Float(), nullable=False)
