"""A file whose name has no file type is read by what it holds (newcomer28, MED 7).

A client's letter saved as `canal-lettre` (no extension) was refused by `ingest` as "not a
file type the workbench reads", skipped without a word by `ingest FOLDER`, and yet read
as plain text by `align-files`. Now `ingest` reads such a file by its bytes (a PDF, a Word
or OpenDocument package, a web page, WebVTT, SubRip, else plain text) and says so in a
note; bytes it does not read are refused in one line, nothing stored. A hidden file
(`.DS_Store`) in a folder is still left alone.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.store import Store

DATA = Path(__file__).parent / "data"
LETTER = (
    "Le canal du Midi rouvre après trois ans de travaux.\n\n"
    "Les péniches\u202fpourront de nouveau passer l’écluse dès samedi.\n"
)  # a narrow no-break space, as French typography writes it, is text


def _ingest(db: str, *paths: Path) -> tuple[int, str, list[tuple[str, int]]]:
    run = CliRunner().invoke(app, ["ingest", *map(str, paths), "--db", db])
    store = Store.open(db)
    try:
        stored = [(d.name, len(store.segments(d.id))) for d in store.documents()]
    finally:
        store.close()
    return run.exit_code, run.output, stored


def test_a_bare_text_file_is_read_as_plain_text_with_a_note(db_url: str, tmp_path: Path) -> None:
    letter = tmp_path / "canal-lettre"
    letter.write_text(LETTER, encoding="utf-8")

    code, output, stored = _ingest(db_url, letter)

    assert code == 0, output
    assert "its name has no file type: read as plain text, as a .txt file is" in output
    assert stored == [("canal-lettre", 2)]


def test_a_folder_ingests_its_bare_files_and_leaves_hidden_ones(
    db_url: str, tmp_path: Path
) -> None:
    (tmp_path / "client").mkdir()
    (tmp_path / "client" / "canal-lettre").write_text(LETTER, encoding="utf-8")
    (tmp_path / "client" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1\x00")

    code, output, stored = _ingest(db_url, tmp_path / "client")

    assert code == 0, output
    assert stored == [("canal-lettre", 2)]  # on main: nothing ingested, nothing said


@pytest.mark.parametrize(
    ("made", "what"),
    [
        (lambda p: shutil.copy(DATA / "pdf" / "revue-haies.fr.pdf", p), "a PDF"),
        (lambda p: p.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nBonjour.\n"),
         "WebVTT subtitles"),
        (lambda p: p.write_text("1\n00:00:01,000 --> 00:00:02,500\nBonjour.\n"),
         "SubRip subtitles"),
        (lambda p: p.write_text("<!DOCTYPE html><html><body><p>Bonjour à tous.</p></body></html>"),
         "a web page"),
        (lambda p: p.write_text('<?xml version="1.0"?>\n<!-- saved -->\n<html xmlns="http://www.w3.org/'
                                '1999/xhtml"><body><p>Bonjour à tous.</p></body></html>'),
         "a web page"),
    ],
)  # fmt: skip
def test_a_bare_file_of_a_format_we_read_is_read_as_that_format(
    db_url: str, tmp_path: Path, made: Callable[[Path], object], what: str
) -> None:
    bare = tmp_path / "piece-jointe"
    made(bare)

    code, output, stored = _ingest(db_url, bare)

    assert code in (0, 3), output  # 3: a reader's own warning (none of these loses text)
    assert f"read as {what}" in output
    assert len(stored) == 1 and stored[0][1] > 0


def test_bare_bytes_we_do_not_read_are_refused_in_one_line_and_nothing_is_stored(
    db_url: str, tmp_path: Path
) -> None:
    image = tmp_path / "scan"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))

    code, output, stored = _ingest(db_url, image)

    assert code == 1
    assert output.strip() == (
        f"error: {image}: its name has no file type and it holds a PNG image, which the "
        "workbench does not read; check that it is the file you meant"
    )
    assert stored == []
