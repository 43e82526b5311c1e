"""`-f json|tsv` of the commands whose default output is a summary line (`ingest`, `align`,
`fill`; `export --summary`, its -f being the file's format) and `score doc -f json`,
through the CLI runner: a script reads fields instead of matching "alignment 1: 26
beads, 20 pairs…" (newcomer21), and the default lines stay as they were."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.formats.xliff import OMEGAT_NOTICE

runner = CliRunner()

FR = """Le conseil municipal a voté le projet de tramway lundi soir.
La nouvelle ligne reliera la gare au campus en vingt minutes.
Les travaux commenceront à l'automne prochain.
Le maire a salué un vote historique pour la ville.
"""
ES = """El concejo municipal votó el proyecto de tranvía el lunes por la noche.
La nueva línea unirá la estación con el campus en veinte minutos.
Las obras empezarán el próximo otoño.
"""
APERTIUM = shutil.which("apertium") is not None


def run(db: Path, *args: str, code: int = 0) -> Any:
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == code, result.output
    return result


def rows(db: Path, *args: str, code: int = 0) -> list[dict[str, Any]]:
    return json.loads(run(db, *args, "-f", "json", code=code).stdout)  # type: ignore[no-any-return]


@pytest.fixture
def job(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A French text and its Spanish original (one French sentence has no counterpart)."""
    (tmp_path / "tram.fr.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "tram.es.txt").write_text(ES, encoding="utf-8")
    return tmp_path / "w.db", tmp_path / "tram.fr.txt", tmp_path / "tram.es.txt"


def test_ingest_rows_say_per_file_what_its_lines_say(job: tuple[Path, Path, Path]) -> None:
    db, fr, _ = job
    missing = fr.with_name("gone.fr.txt")
    first = rows(db, "ingest", str(fr), str(missing), code=4)
    by_file = {r["file"]: r for r in first}
    assert by_file[str(fr)] | {"id": None} == {
        "file": str(fr), "status": "new", "document": "tram.fr", "id": None, "lang": "fr",
        "version": 1, "previous_version": None, "segments": 4, "carried": None,
        "to_review_again": None, "warning": None, "note": None, "error": None,
    }  # fmt: skip
    assert by_file[str(missing)]["status"] == "failed"
    assert "no such file" in by_file[str(missing)]["error"]
    again = run(db, "ingest", str(fr), "-f", "tsv")
    header, line = again.stdout.splitlines()
    assert dict(zip(header.split("\t"), line.split("\t"), strict=True))["status"] == "unchanged"
    assert run(db, "ingest", str(fr)).stdout == "tram.fr: unchanged [fr]\n"  # lines by default


OVERLAPPING_EN = """1
00:00:01,000 --> 00:00:04,000
The council voted for the tramway on Monday.

2
00:00:03,500 --> 00:00:06,000
The new line will link the station to the campus.
"""


def test_ingest_row_notes_say_what_the_note_lines_say(tmp_path: Path) -> None:
    """newcomer28: "reads as en, not French: … align …" was said on standard error alone;
    the row's note was null, so a script never learnt how to align the original. Both
    notes of an English subtitle file with overlapping cues, one a line, as the lines."""
    (tmp_path / "tram.fr.txt").write_text(FR, encoding="utf-8")
    english = tmp_path / "tram.en.srt"
    english.write_text(OVERLAPPING_EN, encoding="utf-8")
    files = (str(english), str(tmp_path / "tram.fr.txt"))
    said = run(tmp_path / "lines.db", "ingest", *files)
    notes = [line.removeprefix("note: ") for line in said.stderr.splitlines()]
    assert len(notes) == 2 and "overlap" in notes[0]
    assert notes[1].startswith("tram.en reads as en, not French")
    assert "`workbench align tram.fr --to en --original " in notes[1]
    by_file = {r["file"]: r for r in rows(tmp_path / "rows.db", "ingest", *files)}
    assert by_file[str(english)]["note"] == "\n".join(notes)
    assert by_file[str(tmp_path / "tram.fr.txt")]["note"] is None


def test_ingest_row_of_a_file_read_again_counts_the_reviews_align_carries(
    job: tuple[Path, Path, Path],
) -> None:
    """The line says how many reviewed beads `align` carries over to the new reading;
    the row said "reread" and nothing of them."""
    db, fr, es = job
    run(db, "ingest", str(fr))
    run(db, "align", "tram.fr", "--to", "es", "--original", str(es), "--encoder", "none")
    run(db, "confirm", "tram.fr", "1", "2", "--to", "es", "--reviewer", "ana")
    [row] = rows(db, "ingest", str(fr), "--reread")
    assert (row["status"], row["carried"], row["to_review_again"]) == ("reread", 2, 0)
    line = run(db, "ingest", str(fr), "--reread").stdout
    assert "`workbench align` carries 2 reviewed beads over, 0 beads to review again" in line
    [unchanged] = rows(db, "ingest", str(fr))
    assert (unchanged["carried"], unchanged["to_review_again"]) == (None, None)


def test_align_row_carries_the_summary_line_s_counts(job: tuple[Path, Path, Path]) -> None:
    db, fr, es = job
    run(db, "ingest", str(fr))
    args = ("align", "tram.fr", "--to", "es", "--original", str(es), "--encoder", "none")
    line = run(db, *args).stdout.strip()
    [row] = rows(db, *args)
    assert line == (
        f"alignment {row['alignment']}: {row['beads']} beads, {row['pairs']} pairs, "
        f"{row['null_fr']} French sentence and {row['null_cp']} es sentences without "
        f"counterpart, {row['reviewed_kept']} reviewed beads kept"
    )
    assert (row["document"], row["lang"], row["to"], row["pairs"]) == ("tram.fr", "fr", "es", 3)
    assert (row["null_fr"], row["null_cp"], row["left_behind"]) == (1, 0, 0)


@pytest.mark.parametrize(
    ("file_format", "skipped", "notice"),
    [
        ("tmx", {"empty source": 1}, None),
        ("xliff12", {"empty source": 1}, OMEGAT_NOTICE["1.2"]),
        ("xliff21", {"empty source": 1}, OMEGAT_NOTICE["2.1"]),
    ],
)
def test_export_summary_row_names_the_file_and_what_was_left_out(
    job: tuple[Path, Path, Path], file_format: str, skipped: dict[str, int], notice: str | None
) -> None:
    db, fr, es = job
    run(db, "ingest", str(fr))
    run(db, "align", "tram.fr", "--to", "es", "--original", str(es), "--encoder", "none")
    out = db.with_name(f"tram.{file_format}")
    args = ("export", "tram.fr", "--to", "es", "-f", file_format, "-o", str(out))
    [row] = json.loads(run(db, *args, "--summary", "json").stdout)
    assert row["files"] == [str(out)] and out.is_file()
    assert (row["document"], row["format"], row["skipped"]) == ("tram.fr", file_format, skipped)
    line = run(db, *args).stdout.strip()
    assert line.startswith(f"{row['written']} units written to {out}")
    # a script reading the row gets the CAT tool's limit the line ends with (OmegaT 3.6)
    assert row["notice"] == notice
    assert line.endswith(notice or "(empty source)")
    refused = run(db, *args[:-1], "-", "--summary", "json", code=2)
    assert refused.stdout == "" and "standard output holds the file" in refused.stderr


@pytest.mark.skipif(not APERTIUM, reason="needs Debian package apertium-fr-es")
def test_fill_row_and_score_doc_json_carry_what_the_lines_and_table_show(
    job: tuple[Path, Path, Path],
) -> None:
    db, fr, es = job
    run(db, "ingest", str(fr))
    run(db, "align", "tram.fr", "--to", "es", "--original", str(es), "--encoder", "none")
    fill = ("fill", "tram.fr", "--to", "es", "--engine", "apertium", "--no-estimate")
    [row] = rows(db, *fill)
    assert (row["document"], row["drafted"], row["already"]) == ("tram.fr", 1, 0)
    assert row["origin"].startswith("mt:apertium:")
    [again] = rows(db, *fill)
    assert (again["drafted"], again["already"]) == (0, 1)
    scored = ("score", "doc", "tram.fr", "--to", "es", "--engine", "apertium", "--worst", "2")
    score = rows(db, *scored)
    assert {r["segments"] for r in score} == {3}
    [chrf] = [r for r in score if r["metric"].startswith("chrF")]
    assert len(chrf["worst"]) == 2 and set(chrf["worst"][0]) == {"chrF", "MT", "human"}
    assert all(r["worst"] is None for r in score if r is not chrf)
    # -w as score mt's: the decimals of every score (2 by default, as before)
    assert {str(r["score"])[::-1].find(".") for r in rows(db, *scored, "-w", "1")} <= {1}
