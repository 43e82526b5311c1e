"""Unsaved texts are found by their tab: an index on ``unsaved_texts (reviewer, client)``.

Every ``unsaved`` event a browser tab sends, and its beat every 20 s, marks that tab's
rows heard from (``UPDATE … WHERE reviewer = ? AND client = ?``, `Store.note_unsaved`),
and a page opened anew asks which of the reviewer's tabs were heard from lately
(`Store.tabs_heard_since`) and reads the reviewer's texts (`Store.unsaved`). The table's
key begins with the alignment and the bead, so each of these read every row of every
reviewer's tabs: a team's table grows with its tabs, and each event paid for all of them
(newcomer21). The index leads with the reviewer, so the last two use it too.

A new index only: no row changes, the downgrade drops it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 23:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

INDEX = "ix_unsaved_texts_reviewer_client"


def upgrade() -> None:
    op.create_index(INDEX, "unsaved_texts", ["reviewer", "client"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="unsaved_texts")
