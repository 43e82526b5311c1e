"""Unsaved texts are kept by the server: a table ``unsaved_texts``.

The Review page kept what a reviewer typed and had not saved only in the
browser's localStorage, which Chromium writes to disk lazily: a browser killed
in the second after the last keystroke lost it, and it never followed the
reviewer to another browser. The page now sends it to the server shortly after
typing pauses; one row per alignment, bead, reviewer and browser tab
(``client``), with the bead version and the texts it was typed over. A row is
never a change to a bead: it leaves when the reviewer saves, reverts or
dismisses the text in its tab.

``client`` was added to the key in place (newcomer17b: two tabs of one reviewer
on one bead shared the row, and one tab's save deleted the other's text): this
migration came in session 17 and was in no release.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 09:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unsaved_texts",
        sa.Column(
            "alignment_id",
            sa.Integer,
            sa.ForeignKey("alignments.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("bead_id", sa.Integer, primary_key=True),
        sa.Column("reviewer", sa.String(120), primary_key=True),
        sa.Column("client", sa.String(64), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("base_fr", sa.Text, nullable=False),
        sa.Column("base_cp", sa.Text, nullable=False),
        sa.Column("fr", sa.Text, nullable=False),
        sa.Column("cp", sa.Text, nullable=False),
        sa.Column("typed_at", sa.BigInteger, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("unsaved_texts")
