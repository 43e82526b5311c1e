"""An alignment remembers the fingerprint of what its last `align` was computed from.

A nullable column ``alignments.inputs``: the revision the alignment stood at once that
`align` had saved, then a JSON object with the digest of its inputs (both sides' stored
segments, languages, aligner code, encoder and its package's version, dictionary files)
and the report it printed (`pipeline.align_inputs`). A re-run whose inputs and revision
are the same prints that report without loading the encoder or aligning again: a night
with nothing new spent most of its minutes there (newcomer26).

NULL for every alignment stored before, and for TMX or XLIFF imports: the next `align`
computes as always and records it.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 12:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN of a nullable column: no table rebuild on SQLite, no rewrite on PostgreSQL.
    op.add_column("alignments", sa.Column("inputs", sa.Text(), nullable=True))


def downgrade() -> None:
    # DROP COLUMN in place (SQLite 3.35+): a batch rebuild of `alignments` would drop the
    # table, and its ON DELETE CASCADE would take every bead and unsaved text with it.
    op.execute("ALTER TABLE alignments DROP COLUMN inputs")
