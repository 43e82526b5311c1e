"""`export` and `qa` without --to: the document's one counterpart language (newcomer32: the
default was es, and an fr–en translator's `workbench export crue.fr` was refused with "crue.fr
is aligned with en, not es: pass --to en"). Several languages: a usage line naming them."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from workbench.cli import app

runner = CliRunner()
FRENCH = "Le pont a ouvert lundi.\n\nIl relie les deux rives du fleuve.\n"
ENGLISH = "The bridge opened on Monday.\n\nIt links the two banks of the river.\n"
SPANISH = "El puente abrió el lunes.\n\nUne las dos orillas del río.\n"


def _aligned(tmp_path: Path, *langs: str) -> str:
    db = str(tmp_path / "t.db")
    (tmp_path / "pont.fr.txt").write_text(FRENCH, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(tmp_path / "pont.fr.txt"), "--db", db]).exit_code == 0
    for lang in langs:
        original = tmp_path / f"pont.{lang}.txt"
        original.write_text({"en": ENGLISH, "es": SPANISH}[lang], encoding="utf-8")
        args = ["align", "pont.fr", "--to", lang, "--original", str(original), "--db", db]
        assert runner.invoke(app, args).exit_code == 0
    return db


def test_export_and_qa_take_the_document_s_one_language(tmp_path: Path) -> None:
    db = _aligned(tmp_path, "en")
    out = tmp_path / "pont.tmx"
    done = runner.invoke(app, ["export", "pont.fr", "-o", str(out), "--db", db])
    assert done.exit_code == 0, done.output
    assert 'xml:lang="en"' in out.read_text(encoding="utf-8")
    qa = runner.invoke(app, ["qa", "pont.fr", "--encoder", "none", "--db", db])
    assert qa.exit_code == 0, qa.output


def test_with_two_languages_export_asks_which(tmp_path: Path) -> None:
    db = _aligned(tmp_path, "en", "es")
    one = runner.invoke(app, ["export", "pont.fr", "-o", str(tmp_path / "p.tmx"), "--db", db])
    assert one.exit_code == 1
    assert "pont.fr is aligned with en, es: pass --to one of them" in one.output
    every = runner.invoke(app, ["export", "--all", "-o", str(tmp_path / "all"), "--db", db])
    assert every.exit_code == 2
    assert "the documents are aligned with en, es: pass --to one of them" in every.output
    assert not (tmp_path / "p.tmx").exists()
