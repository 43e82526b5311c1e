"""`workbench ingest - --name NAME`: a pasted text, read from standard input, as a document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.cli import app

runner = CliRunner()
PASTE = (
    "Le conseil municipal se réunira demain soir. Il examinera le budget de la ville.\n\n"
    "La séance sera publique et retransmise en direct.\n"
)


def _ingest(args: list[str], text: str | bytes) -> tuple[int, str]:
    result = runner.invoke(app, ["ingest", *args, "--db", "w.db"], input=text)
    return result.exit_code, result.output


def _docs() -> list[dict[str, object]]:
    docs = json.loads(runner.invoke(app, ["docs", "--db", "w.db", "-f", "json"]).output)
    assert isinstance(docs, list)
    return docs


def test_a_paste_becomes_a_document_and_a_changed_paste_its_new_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _ingest(["-", "--name", "conseil"], PASTE) == (0, "conseil: new, 3 segments [fr]\n")
    assert _ingest(["-", "--name", "conseil"], PASTE) == (0, "conseil: unchanged [fr]\n")
    code, said = _ingest(["-", "--name", "conseil"], PASTE + "Les journalistes sont invités.\n")
    assert code == 0 and said.startswith("conseil: changed: stored as version 2")
    assert [(d["name"], d["version"]) for d in _docs()] == [("conseil", 2)]
    segments = runner.invoke(app, ["segments", "conseil", "--db", "w.db", "-f", "json"]).output
    assert "Les journalistes sont invités." in [s["text"] for s in json.loads(segments)]


def test_a_paste_and_files_in_one_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seance.txt").write_text("La séance est levée à midi.\n", encoding="utf-8")
    code, _ = _ingest(["seance.txt", "-", "--name", "conseil"], PASTE)
    assert code == 0
    assert sorted(str(d["name"]) for d in _docs()) == ["conseil", "seance"]


@pytest.mark.parametrize("name", ["page", "page.html"])
def test_a_pasted_web_page_is_read_as_html(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """A page's source pasted (it opens with <!DOCTYPE html>, or the name says .html):
    its markup is parsed, never stored as text."""
    monkeypatch.chdir(tmp_path)
    page = f"<!DOCTYPE html><html><body><h1>Conseil</h1><p>{PASTE}</p></body></html>"
    code, said = _ingest(["-", "--name", name], page)
    assert code == 0 and said.startswith("page: new")
    segments = runner.invoke(app, ["segments", "page", "--db", "w.db", "-f", "json"]).output
    texts = [s["text"] for s in json.loads(segments)]
    assert "Conseil" in texts and not any("<" in t for t in texts)


@pytest.mark.parametrize(
    ("args", "text", "said", "code"),
    [
        (["-"], PASTE, "error: -: a pasted text needs a name: run `workbench ingest - --name "
         "article`", 2),
        (["notes.txt", "--name", "x"], PASTE, "error: --name x names a pasted text, read with "
         "`-`", 2),
        (["-", "--name", "conseil"], "", "error: -: the pasted text is empty; paste the text, "
         "then press Ctrl+D on a new line", 1),
        (["-", "--name", "conseil"], " \n\n", "error: -: the pasted text is empty", 1),
        (["-", "--name", "rapport.docx"], PASTE, "error: --name rapport.docx: a .docx document "
         "is a file, not a paste; save it and run `workbench ingest rapport.docx`", 2),
        (["-", "--name", "a/b"], PASTE, "error: --name 'a/b': name the pasted text with a plain "
         "word", 2),
        (["-", "--name", "x", "--max-size", "0.001"], PASTE * 20, "error: -: the pasted text is "
         "over the 1,048-byte limit; ingest it with a larger --max-size (in MB)", 1),
    ],
    ids=["no-name", "name-without-paste", "empty", "blank", "docx", "slash", "too-large"],
)  # fmt: skip
def test_a_bad_paste_is_one_line_and_stores_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    text: str,
    said: str,
    code: int,
) -> None:
    monkeypatch.chdir(tmp_path)
    ended, output = _ingest(args, text)
    assert ended == code  # 2: a bad --name or mix of options, before the paste is read
    [line] = output.splitlines()
    assert line.startswith(said)
    assert _docs() == []
