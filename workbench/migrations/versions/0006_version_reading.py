"""A document version remembers the reading that produced its segments.

A nullable column ``document_versions.reading``: the SHA-256 of how a read
cut the file into sentences (block, language, text and metadata of each, in
order; `workbench.pipeline.readings.reading_of`). Ingesting the same bytes
again with a reader or segmenter that now cuts them otherwise makes a new
version, whose review work `align` carries over, instead of keeping the old cut.

NULL for every version stored before (the old reading is not known: ingest
then compares the stored segments with a fresh read, and records the digest
when they agree) and for TMX or XLIFF imports, whose units are not a reading
of a file.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 20:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN of a nullable column: no table rebuild on SQLite, no rewrite on PostgreSQL.
    op.add_column("document_versions", sa.Column("reading", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("document_versions") as batch_op:
        batch_op.drop_column("reading")
