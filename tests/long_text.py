"""A long plain-text file made from the sample corpus, and the rows `ingest` stores for it.

Shared by `tests/test_ingest_speed.py` (the rows must not change when
ingest gets faster) and `bench/ingest_speed.py` (which times it).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sqlalchemy import create_engine, text

CORPUS = Path(__file__).resolve().parent.parent / "corpora"


def long_text(copies: int) -> str:
    """The corpus's files one after another, ``copies`` times, each line numbered
    ("§ 12. …") so that no paragraph is the same twice, as in a long report."""
    lines = [
        line
        for path in sorted(CORPUS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    out: list[str] = []
    for copy in range(copies):
        for n, line in enumerate(lines):
            out.append(f"§ {copy * len(lines) + n + 1}. {line}" if line.strip() else line)
    return "\n".join(out) + "\n"


def stored_rows(url: str) -> list[tuple[object, ...]]:
    """Every segment a store at ``url`` holds: document, version, index, block, kind,
    language, text and metadata, in order. Read by SQL so that two checkouts' stores
    compare whatever their code."""
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT d.name, v.version, s.idx, s.block, s.kind, s.lang, s.text, s.meta "
                "FROM segments s JOIN document_versions v ON s.version_id = v.id "
                "JOIN documents d ON v.document_id = d.id ORDER BY d.name, v.version, s.idx"
            )
        ).all()
    engine.dispose()
    return [tuple(r) for r in rows]


def rows_digest(rows: list[tuple[object, ...]]) -> str:
    """SHA-256 of ``rows`` (64 hex digits)."""
    data = json.dumps(rows, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()
