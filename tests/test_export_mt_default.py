"""Which MT drafts an export writes when `--mt` is not given (newcomer34 LOW 7).

A reviewer who gets a review table (TSV, CSV, XLSX) post-edits what is in it: with the
drafts left out, the sentences `fill` drafted were simply missing from the sheet, and
nobody saw the gaps to post-edit unless the sender knew `--mt include`. The tables now
write them, each marked as a draft (status "draft", origin "mt:…"); a memory (TMX) or a
hand-off (XLIFF) still leaves out what nobody post-edited unless asked, as a TM must not
carry unreviewed MT.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_export_summaries import DRAFT, LOW_DRAFT, REVIEWED
from workbench.cli import app
from workbench.formats.choices import ExportFormat, MtPolicy, default_mt
from workbench.formats.registry import read_units, write_units
from workbench.formats.units import ExportOptions

DOC = REVIEWED.document
DRAFTS = {LOW_DRAFT.target, DRAFT.target}  # the two French sentences `fill` drafted


@pytest.fixture
def drafted(db_url: str, tmp_path: Path) -> str:
    """A database (SQLite, then PostgreSQL) holding a document of one reviewed pair and two
    MT drafts; its URL."""
    memory = tmp_path / "memory.tmx"
    write_units([LOW_DRAFT, DRAFT, REVIEWED], memory, "tmx", ExportOptions(mt=MtPolicy.INCLUDE))
    done = CliRunner().invoke(app, ["import", str(memory), "--db", db_url])
    assert done.exit_code == 0, done.output
    return db_url


@pytest.mark.parametrize(
    ("fmt", "args", "drafts_in"),
    [
        ("tsv", [], True),
        ("csv", [], True),
        ("xlsx", [], True),
        ("tsv", ["--mt", "exclude"], False),  # still the sender's to choose
        ("tmx", [], False),  # a memory carries no unreviewed MT unless asked
        ("tmx", ["--mt", "include", "--min-score", "0"], True),
        ("xliff12", ["--french-source"], False),  # the French goes untranslated
    ],
)
def test_the_review_tables_write_the_mt_drafts_unless_asked_not_to(
    drafted: str, tmp_path: Path, fmt: str, args: list[str], drafts_in: bool
) -> None:
    out = tmp_path / f"out.{fmt}"
    command = ["export", DOC, "--to", "es", "-f", fmt, "-o", str(out), "--db", drafted]
    done = CliRunner().invoke(app, [*command, *args])
    assert done.exit_code == 0, done.output
    units = read_units(out, fmt)
    french = {u.source if "--french-source" in args else u.target for u in units}
    drafts = [u for u in units if u.status == "draft"]
    assert DRAFTS.issubset(french) is (drafts_in or fmt == "xliff12")  # XLIFF sends the French
    assert bool(drafts) is drafts_in
    # each draft marked as such, in its own columns: status draft, origin mt:…
    assert all(u.origin.startswith("mt:") for u in drafts)
    assert ("machine translations excluded" in done.stdout) is (not drafts_in and fmt != "xliff12")


@pytest.mark.parametrize(
    ("fmt", "policy"),
    [(f, MtPolicy.INCLUDE) for f in ("tsv", "csv", "xlsx")]
    + [(f, MtPolicy.EXCLUDE) for f in ("tmx", "xliff12", "xliff21")],
)
def test_each_format_has_its_mt_default(fmt: str, policy: MtPolicy) -> None:
    assert default_mt(ExportFormat(fmt)) is policy


def test_export_help_says_the_default_of_each_kind_of_file() -> None:
    done = CliRunner().invoke(app, ["export", "--help"], terminal_width=400)
    assert done.exit_code == 0
    help_text = " ".join(done.stdout.replace("│", " ").split())
    assert "Default: include for the review tables (tsv, csv, xlsx), exclude for tmx and xliff" in (
        help_text
    ), help_text


# newcomer33: `--mt include` wrote the drafts and its summary never counted them; the JSON
# row's mt_written counted only `--mt separate`'s file.
@pytest.mark.parametrize(
    ("fmt", "options", "said"),
    [
        ("tsv", ExportOptions(mt=MtPolicy.INCLUDE),
         "3 units written to {path}; 2 of them MT drafts, marked as machine translation"),
        ("tmx", ExportOptions(mt=MtPolicy.INCLUDE, min_score=0.5),
         "2 units written to {path}; 1 of them an MT draft, marked as machine translation; "
         "1 left out (unreviewed machine translation, estimate below 0.5: --min-score 0 "
         "includes them)"),
        ("xliff12", ExportOptions(mt=MtPolicy.INCLUDE, min_score=0.5, french_source=True),
         "3 units written to {path}; 1 of them an MT draft, marked as machine translation; "
         "1 of them without their MT draft (unreviewed machine translation, estimate below "
         "0.5: --min-score 0 keeps the drafts)"),
        ("tsv", ExportOptions(mt=MtPolicy.EXCLUDE),
         "1 unit written to {path}; 2 skipped (machine translations excluded)"),
    ],
    ids=["tsv", "tmx-floor", "xliff12-floor", "tsv-exclude"],
)  # fmt: skip
def test_an_export_that_writes_mt_drafts_counts_them(
    tmp_path: Path, fmt: str, options: ExportOptions, said: str
) -> None:
    path = tmp_path / f"page.{fmt}"
    report = write_units([LOW_DRAFT, DRAFT, REVIEWED], path, fmt, options)
    assert report.summary().split("; OmegaT")[0] == said.format(path=path)


@pytest.mark.parametrize(
    ("args", "written", "mt_written"),
    [([], 3, 2), (["--mt", "exclude"], 1, 0)],
)
def test_the_json_summary_counts_the_drafts_a_table_wrote(
    drafted: str, tmp_path: Path, args: list[str], written: int, mt_written: int
) -> None:
    out = tmp_path / "out.tsv"
    command = ["export", DOC, "--to", "es", "-f", "tsv", "-o", str(out), "--db", drafted]
    done = CliRunner().invoke(app, [*command, *args, "--summary", "json"])
    assert done.exit_code == 0, done.output
    (row,) = json.loads(done.stdout)
    assert (row["written"], row["mt_written"]) == (written, mt_written)
