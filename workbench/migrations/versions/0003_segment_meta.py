"""Segments keep what their file said of them beyond the text: a subtitle cue's timecode.

A nullable JSON column ``segments.meta`` ({"timecode": "00:00:01,000 -->
00:00:03,500"}); NULL for every segment stored before, and for most after.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN of a nullable column: no table rebuild on SQLite, no rewrite on PostgreSQL.
    op.add_column("segments", sa.Column("meta", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("segments") as batch_op:
        batch_op.drop_column("meta")
