"""The database schema: SQLAlchemy 2 declarative tables.

Migrations in workbench/migrations must produce exactly this schema; a test
compares them. Change both together, with a new migration.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), index=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    current_version: Mapped[int] = mapped_column(Integer)
    original_of: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class VersionRow(Base):
    __tablename__ = "document_versions"
    __table_args__ = (UniqueConstraint("document_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    encoding: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    lang: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # SHA-256 of the sentences the file's read gave; None: not known (before 0006, imports)
    reading: Mapped[str | None] = mapped_column(String(64), nullable=True)


class SegmentRow(Base):
    __tablename__ = "segments"
    __table_args__ = (UniqueConstraint("version_id", "idx"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("document_versions.id", ondelete="CASCADE"))
    idx: Mapped[int] = mapped_column(Integer)
    block: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    lang: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    # What the file said of the segment beyond its text, e.g. a subtitle cue's
    # {"timecode": "00:00:01,000 --> 00:00:03,500"}; NULL for most (migration 0003).
    # none_as_null: a segment without metadata is SQL NULL, not the JSON text 'null'.
    meta: Mapped[dict[str, str] | None] = mapped_column(JSON(none_as_null=True), nullable=True)


class AlignmentRow(Base):
    __tablename__ = "alignments"
    # One alignment per document version and counterpart language: two `align`
    # runs at once cannot leave two (migration 0002).
    __table_args__ = (Index("uq_alignments_version_lang", "version_id", "cp_lang", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("document_versions.id", ondelete="CASCADE"), index=True
    )
    counterpart_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_versions.id", ondelete="CASCADE"), nullable=True
    )
    fr_lang: Mapped[str] = mapped_column(String(8))
    cp_lang: Mapped[str] = mapped_column(String(8))
    aligner: Mapped[str] = mapped_column(String(80))
    # "<revision> <json>": what the last `align` was computed from and said (migration 0010)
    inputs: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class BeadRow(Base):
    __tablename__ = "beads"
    # Positions are unique within an alignment, and ids are never reused
    # (AUTOINCREMENT on SQLite) because undo and redo bring beads back by id.
    __table_args__ = (
        Index("uq_beads_alignment_position", "alignment_id", "position", unique=True),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    alignment_id: Mapped[int] = mapped_column(ForeignKey("alignments.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    fr_ids: Mapped[list[int]] = mapped_column(JSON)
    cp_ids: Mapped[list[int]] = mapped_column(JSON)
    fr_text: Mapped[str] = mapped_column(Text)
    cp_text: Mapped[str] = mapped_column(Text)
    # In [0, 1]; NULL once a reviewer changed the bead: no aligner's score applies.
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    origin: Mapped[str] = mapped_column(String(120))
    reviewer: Mapped[str | None] = mapped_column(String(120), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The id of the event that last wrote the bead: grows with every write and
    # is never given twice, even to a bead that undo or redo brings back.
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class TranslationRow(Base):
    __tablename__ = "translations"
    __table_args__ = (
        UniqueConstraint("engine", "model", "model_version", "src_lang", "tgt_lang", "source_sha1"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    engine: Mapped[str] = mapped_column(String(40))
    model: Mapped[str] = mapped_column(String(120))
    model_version: Mapped[str] = mapped_column(String(40))
    src_lang: Mapped[str] = mapped_column(String(8))
    tgt_lang: Mapped[str] = mapped_column(String(8))
    source_sha1: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class EventRow(Base):
    __tablename__ = "events"
    # Event ids are never reused: a bead's version is the id of the event that wrote it.
    __table_args__ = (
        Index("ix_events_alignment", "alignment_id", "id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40))
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), nullable=True
    )
    alignment_id: Mapped[int | None] = mapped_column(
        ForeignKey("alignments.id", ondelete="CASCADE"), nullable=True
    )
    payload: Mapped[dict[str, object]] = mapped_column(JSON)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)


class UnsavedTextRow(Base):
    """A reviewer's unsaved text for one bead (`model.UnsavedText`), one per reviewer,
    browser tab (``client``), alignment and bead. ``bead_id`` is no foreign key: a text
    typed on a bead merged away since is kept, to be put where it belongs (migration 0008).
    Found by tab (reviewer, client) with every event a tab sends (migration 0009)."""

    __tablename__ = "unsaved_texts"
    __table_args__ = (Index("ix_unsaved_texts_reviewer_client", "reviewer", "client"),)

    alignment_id: Mapped[int] = mapped_column(
        ForeignKey("alignments.id", ondelete="CASCADE"), primary_key=True
    )
    bead_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reviewer: Mapped[str] = mapped_column(String(120), primary_key=True)
    client: Mapped[str] = mapped_column(String(64), primary_key=True, default="")
    version: Mapped[int] = mapped_column(Integer)
    base_fr: Mapped[str] = mapped_column(Text)
    base_cp: Mapped[str] = mapped_column(Text)
    fr: Mapped[str] = mapped_column(Text)
    cp: Mapped[str] = mapped_column(Text)
    typed_at: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
