"""TSV, CSV and XLSX exports: same columns, same selection, readable by the tools people use."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import unit
from workbench.formats.delimited import tsv_escape, tsv_unescape
from workbench.formats.registry import read_units, write_units
from workbench.formats.tabular import COLUMNS, OLD_COLUMNS, changed_text
from workbench.formats.units import ExportOptions, MtPolicy, SkipReason, strip_illegal
from workbench.model import InputError

DRAFTS = ExportOptions(mt=MtPolicy.INCLUDE)  # unit 3 is an MT draft: written, not left out
HEADER = ("source (es)", "target (fr)", *COLUMNS[2:])  # the languages named, as people read them
TRICKY = 'Il a dit "oui",\tpuis\nil est parti; C:\\dossier'


UNITS = [
    unit(1, score=0.8734),
    unit(2, target=TRICKY, reviewer=None, score=None),
    unit(3, origin="mt:argos:translate-fr_es", status="draft"),
    unit(4, source="=SUM(A1:A3)", target="+33 1 23 45 67 89"),
]


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""  # every line ends with a newline
    header, *rows = (line.split("\t") for line in lines[:-1])
    assert tuple(header) == HEADER
    return [dict(zip(COLUMNS, map(tsv_unescape, row), strict=True)) for row in rows]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        assert tuple(next(reader)) == HEADER
        return [dict(zip(COLUMNS, row, strict=True)) for row in reader]


def read_xlsx(path: Path) -> list[dict[str, str]]:
    import pandas as pd

    frame = pd.read_excel(path, sheet_name="units", dtype=str, keep_default_na=False)
    assert tuple(frame.columns) == HEADER
    frame.columns = list(COLUMNS)
    return [
        {str(k): (f"{float(v):.3f}" if k == "score" and v else v) for k, v in row.items()}
        for row in frame.to_dict("records")
    ]


READERS = {"tsv": read_tsv, "csv": read_csv, "xlsx": read_xlsx}


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_every_format_carries_the_same_rows(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out.{fmt}"
    report = write_units(UNITS, path, fmt, DRAFTS)
    assert report.written == 4 and report.paths == (path,)
    rows = READERS[fmt](path)
    assert rows[0] == {
        "source": "El presidente ruso aterrizó el 1 de junio.",
        "target": "Le président russe a atterri le 1 juin.",
        "score": "0.873",
        "status": "confirmed",
        "origin": "auto:vecalign",
        "document": "004_c5001f9aa01043f8",
        "reviewer": "ana",
        "id": "004:1",  # the bead's id and when it last changed: to import the file back
        "changed": changed_text(UNITS[0].changed),
        "version": "",  # the bead's version: these units come from no store
    }
    assert rows[1]["target"] == TRICKY and rows[1]["score"] == "" and rows[1]["reviewer"] == ""
    # text, never a formula: CSV cells get the apostrophe spreadsheets read as "this is text",
    # TSV cells only before "=", the one start LibreOffice runs from a TSV
    assert rows[3]["source"] == ("=SUM(A1:A3)" if fmt == "xlsx" else "'=SUM(A1:A3)")
    assert rows[3]["target"] == ("'" if fmt == "csv" else "") + "+33 1 23 45 67 89"


def test_tsv_is_one_line_per_unit(tmp_path: Path) -> None:
    path = tmp_path / "out.tsv"
    write_units(UNITS, path, "tsv", DRAFTS)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + len(UNITS)
    assert all(line.count("\t") == len(COLUMNS) - 1 for line in lines)
    assert "\\t" in lines[2] and "\\n" in lines[2] and "C:\\\\dossier" in lines[2]


def test_csv_quotes_and_ends_lines_the_excel_way(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_units(UNITS, path, "csv", DRAFTS)
    data = path.read_bytes()
    assert data.startswith(b"source (es),target (fr),score") and data.count(b"\r\n") >= 5
    assert b'"Il a dit ""oui"",\tpuis\nil est parti; C:\\dossier"' in data


@pytest.mark.parametrize(
    ("fmt", "bom"), [("tsv", True), ("tsv", False), ("csv", True), ("csv", False)]
)
def test_an_optional_bom_lets_excel_guess_utf8(tmp_path: Path, fmt: str, bom: bool) -> None:
    path = tmp_path / f"out.{fmt}"
    write_units(UNITS, path, fmt, ExportOptions(bom=bom))
    assert path.read_bytes().startswith(b"\xef\xbb\xbf") is bom


def test_xlsx_cells_are_text_not_formulas(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "out.xlsx"
    write_units(UNITS, path, "xlsx", DRAFTS)
    sheet = load_workbook(path)["units"]
    assert sheet["A5"].value == "=SUM(A1:A3)" and sheet["A5"].data_type == "s"
    assert sheet["C2"].value == 0.873  # a number Excel can sort, as the CLI prints it


@pytest.mark.parametrize(
    ("score", "value", "shown"),
    [
        (0.449999722849714, 0.45, "0.450"),  # newcomer33: an MT estimate, 0.4499997 in Excel
        (0.8734, 0.873, "0.873"),  # an aligner's score
        (1.0, 1.0, "1.000"),
        (0.0004, 0.0, "0.000"),
    ],
)
def test_an_xlsx_score_is_the_number_the_tsv_and_cli_show(
    tmp_path: Path, score: float, value: float, shown: str
) -> None:
    """A sheet shows what `beads`, the TSV and the app show, and a filter "≥ 0.45" keeps
    what they show as 0.450 (`--min-score` judges the score so too)."""
    from openpyxl import load_workbook

    units = [unit(1, score=score)]
    write_units(units, tmp_path / "out.xlsx", "xlsx")
    write_units(units, tmp_path / "out.tsv", "tsv")
    cell = load_workbook(tmp_path / "out.xlsx")["units"]["C2"]
    assert (cell.value, cell.number_format) == (value, "0.000")
    assert read_tsv(tmp_path / "out.tsv")[0]["score"] == shown


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_the_options_select_and_the_cleaning_match_the_tmx_export(tmp_path: Path, fmt: str) -> None:
    """The options leave out what they leave out of a TMX; a unit whose target is empty once
    cleaned is a row all the same, its cell empty: a table is every bead (session 37)."""
    units = [*UNITS, unit(5, target="\x01"), unit(6, source="  Hola\x0b  ")]
    options = ExportOptions(confirmed_only=True, mt=MtPolicy.EXCLUDE)
    report = write_units(units, tmp_path / f"out.{fmt}", fmt, options)
    assert report.written == 5
    assert dict(report.skipped) == {SkipReason.NOT_CONFIRMED: 1}
    # counted where a unit is written: unit 6's \x0b, unit 5's \x01
    assert report.characters_removed == 2
    rows = READERS[fmt](tmp_path / f"out.{fmt}")
    assert [(row["id"], row["target"]) for row in rows[-2:]] == [
        ("004:5", ""),
        ("004:6", unit(6).target),
    ]
    assert rows[-1]["source"] == "Hola"


def test_the_original_is_the_source_column_unless_asked(tmp_path: Path) -> None:
    french_first = unit(source="Bonjour.", target="Hola.", source_lang="fr", target_lang="es")
    write_units([french_first], tmp_path / "a.tsv", "tsv")
    write_units([french_first], tmp_path / "b.tsv", "tsv", ExportOptions(french_source=True))
    assert (tmp_path / "a.tsv").read_text().startswith("source (es)\ttarget (fr)\t")
    assert (tmp_path / "b.tsv").read_text().startswith("source (fr)\ttarget (es)\t")
    assert read_units(tmp_path / "a.tsv")[0].source == "Hola."
    assert read_units(tmp_path / "b.tsv")[0].source == "Bonjour."


# What the first two columns are called → the languages a reader gives the units.
HEADERS = [
    ("source (es)\ttarget (fr)", ("es", "fr")),
    ("source (fr-FR)\ttarget (es-ES)", ("fr-FR", "es-ES")),  # --regions
    ("source\ttarget", ("", "")),  # an empty export, or one from before languages were named
]


@pytest.mark.parametrize(("names", "langs"), HEADERS)
def test_the_header_names_the_languages_the_reader_gives_back(
    tmp_path: Path, names: str, langs: tuple[str, str]
) -> None:
    path = tmp_path / "in.tsv"
    rest = "\t".join(COLUMNS[2:])
    row = "Hola.\tBonjour.\t\tconfirmed\thuman\tdoc\t\tdoc-3-7\t2026-11-30T14:50:03.120456Z\t12"
    path.write_text(f"{names}\t{rest}\n{row}\n")
    (read,) = read_units(path)
    assert (read.source, read.target, read.source_lang, read.target_lang) == (
        "Hola.", "Bonjour.", *langs,
    )  # fmt: skip
    assert (read.tuid, read.changed) == ("doc-3-7", datetime(2026, 11, 30, 14, 50, 3, 120456, UTC))
    assert read.version == 12


def test_a_table_from_before_the_id_and_changed_columns_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "in.tsv"
    rest = "\t".join(OLD_COLUMNS[2:])
    path.write_text(f"source (es)\ttarget (fr)\t{rest}\nHola.\tBonjour.\t\tauto\thuman\tdoc\t\n")
    (read,) = read_units(path)
    assert (read.source, read.target, read.tuid) == ("Hola.", "Bonjour.", "doc-1")


def test_a_unit_of_another_pair_is_skipped_as_in_tmx(tmp_path: Path) -> None:
    english = unit(2, source="The Russian president landed.", source_lang="en")
    report = write_units([unit(1), english], tmp_path / "o.csv", "csv")
    assert report.written == 1 and dict(report.skipped) == {SkipReason.OTHER_LANGUAGES: 1}


@pytest.mark.parametrize("fmt", ["tsv", "csv", "xlsx", "tmx"])
def test_a_failed_export_leaves_the_previous_file(tmp_path: Path, fmt: str) -> None:
    def units() -> object:
        yield unit(1)
        raise RuntimeError("interrupted")

    path = tmp_path / f"out.{fmt}"
    path.write_text("previous")
    with pytest.raises(RuntimeError):
        write_units(units(), path, fmt)  # type: ignore[arg-type]
    assert path.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == [f"out.{fmt}"]


@pytest.mark.parametrize(
    ("fmt", "options", "message"),
    [
        ("docx", ExportOptions(), "unknown export format 'docx'"),
        ("tsv", ExportOptions(mt=MtPolicy.SEPARATE), "TMX only"),
        # XLIFF is the document to translate: every sentence in its place, repeats too
        ("xliff12", ExportOptions(dedupe=True), "an XLIFF is the document to translate"),
        ("xliff21", ExportOptions(dedupe=True), "leave --dedupe out"),
    ],
)
def test_unusable_choices_say_what_to_do(
    tmp_path: Path, fmt: str, options: ExportOptions, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        write_units(UNITS, tmp_path / "out", fmt, options)


@pytest.mark.parametrize("fmt", ["tsv", "tmx"])
def test_a_place_that_cannot_be_written_is_an_input_error(tmp_path: Path, fmt: str) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(InputError, match="cannot write"):
        write_units(UNITS, blocker / f"out.{fmt}", fmt)  # a file where a folder should be
    folder = tmp_path / f"folder.{fmt}"
    folder.mkdir()
    with pytest.raises(InputError, match=r"cannot write .*nothing was changed"):
        write_units(UNITS, folder, fmt)  # a folder where the file should go
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", f"folder.{fmt}"]


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(exclude_categories=()), max_size=30))
def test_tsv_escaping_round_trips_any_text(text: str) -> None:
    cleaned = strip_illegal(text)[0]
    assert tsv_unescape(tsv_escape(cleaned)) == cleaned
    assert "\t" not in tsv_escape(cleaned) and "\n" not in tsv_escape(cleaned)


def test_too_many_units_for_excel_is_refused_before_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("workbench.formats.tabular.XLSX_MAX_UNITS", 3)
    with pytest.raises(InputError, match="do not fit in one Excel sheet"):
        write_units(UNITS, tmp_path / "out.xlsx", "xlsx", DRAFTS)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["tmx", "tsv", "csv", "xlsx"])
def test_dedupe_writes_one_unit_per_distinct_pair_the_first_with_its_metadata(
    tmp_path: Path, fmt: str
) -> None:
    """newcomer17: `export enorme.fr --to es --mt include` wrote the corpus's repeated
    sentences once per bead (42,147 units); OmegaT keeps one unit per pair."""
    same = {"source": "Artículo 3.", "target": "Article 3."}
    units = [
        unit(1, **same, reviewer="ana"),
        unit(2),
        unit(3, **same, reviewer="luis"),  # the same pair again: skipped
        unit(4, source="Artículo 3.", target="Article trois."),  # another target: kept
        # a TMX leaves it out as rejected; a table, every bead, as the repeat it is there
        unit(5, **same, status="rejected"),
    ]
    path = tmp_path / f"out.{fmt}"
    report = write_units(units, path, fmt, ExportOptions(dedupe=True))
    assert report.written == 3
    rejected = {SkipReason.REJECTED: 1, SkipReason.DUPLICATE: 1}
    assert dict(report.skipped) == (rejected if fmt == "tmx" else {SkipReason.DUPLICATE: 2})
    repeats = 1 if fmt == "tmx" else 2
    assert f"{repeats} skipped (same source and target as a unit before it)" in report.summary()
    written = read_units(path, fmt)
    assert [(u.tuid, u.target, u.reviewer) for u in written] == [
        ("004:1", "Article 3.", "ana"),
        ("004:2", unit(2).target, "ana"),
        ("004:4", "Article trois.", "ana"),
    ]
    # without --dedupe: every pair (a table: every bead, the rejected one too)
    assert write_units(units, path, fmt).written == (4 if fmt == "tmx" else 5)


def test_the_report_says_what_happened(tmp_path: Path) -> None:
    path = tmp_path / "out.tsv"
    report = write_units([*UNITS, unit(9, target="\x01")], path, "tsv", DRAFTS)
    # The \x01 that was the whole target is removed, and its unit is a row with an empty
    # cell: a table is every bead (until session 37: "1 skipped (empty target)").
    assert report.summary() == (
        f"5 units written to {path}; 1 of them an MT draft, marked as machine translation; "
        "1 character illegal in XML removed"
    )


def test_a_table_cut_off_mid_row_is_one_line_naming_the_row(tmp_path: Path) -> None:
    """A half-written TSV read "row 5 has 1 fields" (the newcomer pass)."""
    path = tmp_path / "out.tsv"
    write_units(UNITS[:2], path, "tsv", DRAFTS)
    path.write_text(path.read_text(encoding="utf-8")[:-150], encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_units(path)
    assert str(raised.value) == (
        f"{path}: row 3 has 1 field, expected 10 (is the file cut off?); export the file "
        "again from the workbench"
    )
