"""A subtitle document exported as subtitles before any alignment (verify25: `export -f
srt` of a document only ingested said "not aligned yet"): a subtitler who ingested only to
get the file back gets its cues as read, byte for byte, and the summary says nothing was
reviewed. A document that was aligned is still refused where its review is not the one
asked for: a file without the reviewer's edits must not pass for the reviewed one."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_subtitles_export import ENGLISH, FRENCH
from workbench.cli import app
from workbench.pipeline.alignment import align_document
from workbench.pipeline.documents import ingest_file
from workbench.store import Store

CASES = [
    # (case, what was done before, format, --to, exit code, what the one line says)
    ("ingested-srt", "ingested", "srt", "en", 0,
     "9 cues written to {out}; not aligned with en yet: the cues as read"),
    ("ingested-vtt", "ingested", "vtt", "en", 0,
     "9 cues written to {out}; not aligned with en yet: the cues as read"),
    ("aligned-other-language", "aligned", "srt", "es", 1,
     "is aligned with en, not es: pass --to en"),
    ("new-version-unaligned", "new version", "srt", "en", 1,
     "is not aligned yet in version 2 (its en alignment is of version 1)"),
    ("aligned", "aligned", "srt", "en", 0, "9 cues written to {out}"),
]  # fmt: skip


def _prepared(tmp_path: Path, done: str) -> str:
    """The store's URL after ``done``: the French file ingested, aligned with its English,
    or aligned and then given a new version (whose review is version 1's)."""
    fr, en = tmp_path / "glacier.fr.srt", tmp_path / "glacier.en.vtt"
    fr.write_text(FRENCH, encoding="utf-8")
    en.write_text(ENGLISH, encoding="utf-8")
    db = str(tmp_path / "test.db")
    store = Store.open(db)
    try:
        doc = ingest_file(store, fr).document
        assert doc is not None
        if done != "ingested":
            align_document(store, "glacier.fr", "en", original_path=en)
        if done == "new version":
            fr.write_text(FRENCH.replace("silencieuse", "muette"), encoding="utf-8")
            ingest_file(store, fr, version_of=doc.id)
    finally:
        store.close()
    return db


@pytest.mark.parametrize(
    ("case", "done", "fmt", "to", "code", "said"), CASES, ids=[c[0] for c in CASES]
)
def test_a_subtitle_document_never_aligned_comes_back_as_read(
    tmp_path: Path, case: str, done: str, fmt: str, to: str, code: int, said: str
) -> None:
    db = _prepared(tmp_path, done)
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(
        app, ["export", "glacier.fr", "--to", to, "-f", fmt, "-o", str(out), "--db", db]
    )
    assert result.exit_code == code, result.output
    assert said.format(out=out) in result.output.replace("\n", " ")
    assert out.exists() == (code == 0)
    if fmt == "srt" and code == 0:
        assert out.read_text(encoding="utf-8") == FRENCH
    if fmt == "vtt":
        assert out.read_text(encoding="utf-8").startswith("WEBVTT\n\n1\n00:00:02.324 --> ")
