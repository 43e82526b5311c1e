"""What an export's summary says: each unit left out under its one reason, the option that
brings it in, and no file when nothing would go in one (newcomer23).

The page is newcomer23's exhibition article in miniature: a French page whose Spanish
captions sit inside it (a caption has no French), French paragraphs `fill` drafted in
Spanish (a raw draft of what the original lacks), a pair under the floor, a rejected pair
and a reviewed one. Before, the TMX said "8 left out (unreviewed, confidence below 0.5:
--min-score 0 includes them)" where 5 were drafts and 3 captions, and wrote an empty
file with exit 0; the XLIFF counted its drafted French as MT excluded or under the floor
and never said that --french-source exports the French.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.factories import unit
from workbench.cli import app
from workbench.formats.registry import write_some_units, write_units
from workbench.formats.report import DRAFTED_SOURCE, FRENCH_ALONE, SkipReason
from workbench.formats.units import ExportOptions, MtPolicy, Selector
from workbench.formats.xliff import OMEGAT_NOTICE
from workbench.model import InputError, TranslationUnit
from workbench.translate.estimate import penalised

MT = "mt:apertium:fr-es"
CAPTION = unit(1, target="", status="auto", score=0.085, reviewer=None, origin="auto:usem3")
LOW_DRAFT = unit(2, origin=MT, status="draft", score=0.3, reviewer=None, drafted="es")
DRAFT = unit(3, origin=MT, status="draft", score=0.9, reviewer=None, drafted="es")
LOW_PAIR = unit(4, status="auto", score=0.3, reviewer=None)
REJECTED = unit(5, status="rejected", reviewer="claire")
REVIEWED = unit(6)
PAGE = [CAPTION, LOW_DRAFT, DRAFT, LOW_PAIR, REJECTED, REVIEWED]
FLOOR = ExportOptions(min_score=0.5)  # the CLI's default for TMX and XLIFF

REJECTED_SAID = "1 skipped (rejected by a reviewer)"
BELOW_SAID = "1 left out (unreviewed, confidence below 0.5: --min-score 0 includes them)"
DRAFTS_SAID = "2 skipped (machine translations excluded)"
CAPTION_SAID = "1 skipped (empty target)"
ONE_DRAFT_SAID = "1 of them an MT draft, marked as machine translation"  # --mt include
DRAFTED_SOURCE_SAID = f"2 skipped ({SkipReason.MACHINE_SOURCE}: {DRAFTED_SOURCE})"
AGAIN_SAID = "1 of them rejected by a reviewer, to translate again (needs-translation)"
BELOW_KEPT_SAID = (
    "1 of them without their target (unreviewed, confidence below 0.5: --min-score 0 keeps "
    "the pairs)"
)

# (format, options, units written, what the summary says after "N units written to P; ")
CASES = [
    ("tmx", FLOOR, 1, [REJECTED_SAID, BELOW_SAID, DRAFTS_SAID, CAPTION_SAID]),
    ("tmx", ExportOptions(), 2, [REJECTED_SAID, DRAFTS_SAID, CAPTION_SAID]),
    ("tmx", ExportOptions(min_score=0.5, mt=MtPolicy.INCLUDE), 2,
     [ONE_DRAFT_SAID, REJECTED_SAID, BELOW_SAID,
      "1 left out (unreviewed machine translation, estimate below 0.5: --min-score 0 "
      "includes them)", CAPTION_SAID]),  # a draft's score is no confidence
    # a review table is every bead no option leaves out (session 37): the rejected pair and
    # the caption with no French are rows, for a reviewer to correct or translate
    ("tsv", ExportOptions(), 4, [DRAFTS_SAID]),
    ("xliff12", FLOOR, 4,
     ["1 of them untranslated (no target)", AGAIN_SAID, BELOW_KEPT_SAID, DRAFTED_SOURCE_SAID,
      OMEGAT_NOTICE["1.2"]]),
    ("xliff12", ExportOptions(min_score=0.5, french_source=True), 5,
     ["2 of them untranslated (no target)", AGAIN_SAID, BELOW_KEPT_SAID,
      "1 skipped (empty source)", OMEGAT_NOTICE["1.2"]]),
    ("xliff21", ExportOptions(), 4,
     ["1 of them untranslated (no target)", AGAIN_SAID, DRAFTED_SOURCE_SAID,
      OMEGAT_NOTICE["2.1"]]),
    # newcomer32: a draft under the estimate floor went as "untranslated (no target)"
    ("xliff12", ExportOptions(min_score=0.5, french_source=True, mt=MtPolicy.INCLUDE), 5,
     [ONE_DRAFT_SAID,
      "1 of them without their MT draft (unreviewed machine translation, estimate below 0.5: "
      "--min-score 0 keeps the drafts)", AGAIN_SAID, BELOW_KEPT_SAID, "1 skipped (empty source)",
      OMEGAT_NOTICE["1.2"]]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("fmt", "options", "written", "said"),
    CASES,
    ids=["tmx", "tmx-min-score-0", "tmx-mt-include", "tsv", "xliff12", "xliff12-french-source",
         "xliff21", "xliff12-drafts-under-the-floor"],
)  # fmt: skip
def test_each_unit_left_out_is_counted_once_under_the_reason_that_keeps_it_out(
    tmp_path: Path, fmt: str, options: ExportOptions, written: int, said: list[str]
) -> None:
    path = tmp_path / f"page.{fmt}"
    report = write_units(PAGE, path, fmt, options)
    units = "unit" if written == 1 else "units"
    assert report.summary() == "; ".join([f"{written} {units} written to {path}", *said])
    assert report.written + report.skipped_total == len(PAGE)  # each unit counted once


@pytest.mark.parametrize("fmt", ["xliff12", "xliff21"])
def test_a_rejection_under_the_floor_still_reaches_the_xliff(tmp_path: Path, fmt: str) -> None:
    """verify23: a pair a reviewer rejected that the aligner scored 0.07 went out as "without
    its target (unreviewed, below 0.5)", the reviewer and the rejection gone. A reviewer's
    word outweighs the floor: it goes to translate again, signed."""
    doubted = unit(7, status="rejected", reviewer="claire", score=0.07)
    path = tmp_path / f"page.{fmt}"
    report = write_units([doubted, REVIEWED], path, fmt, FLOOR)
    assert AGAIN_SAID in report.summary() and "below" not in report.summary()
    assert "claire" in path.read_text(encoding="utf-8")


def test_the_xliff_of_french_alone_says_french_source_exports_the_french(
    tmp_path: Path,
) -> None:
    """A French sentence with no original and no draft cannot be an original-first
    XLIFF's unit: the summary says which option sends it."""
    french_alone = unit(7, source="", status="auto", score=None, reviewer=None)
    report = write_units([french_alone, REVIEWED], tmp_path / "p.xlf", "xliff12")
    assert f"1 skipped (empty source: {FRENCH_ALONE})" in report.summary()


@pytest.mark.parametrize(
    ("fmt", "options", "units", "line"),
    [
        ("tmx", ExportOptions(), [CAPTION, LOW_DRAFT, DRAFT, REJECTED],
         "1 rejected by a reviewer; 2 machine translations excluded (--mt include writes them, "
         "marked as machine translation); 1 empty target (no translation: -f xliff12 sends "
         "them untranslated)"),
        ("tmx", FLOOR, [LOW_PAIR, CAPTION],
         "1 unreviewed, confidence below 0.5 (--min-score 0 includes them); 1 empty target "
         "(no translation: -f xliff12 sends them untranslated)"),
        ("xlsx", ExportOptions(confirmed_only=True), [LOW_PAIR],
         "1 not confirmed (without --confirmed-only they go)"),
        ("xliff12", ExportOptions(), [LOW_DRAFT, DRAFT],
         f"2 {SkipReason.MACHINE_SOURCE} ({DRAFTED_SOURCE})"),
        ("xliff12", ExportOptions(), [unit(7, source="")],
         f"1 empty source ({FRENCH_ALONE})"),
        ("tmx", ExportOptions(), [], "the alignment holds no bead to export"),
    ],
    ids=["tmx-page", "tmx-floor", "xlsx-confirmed-only", "xliff-drafts", "xliff-french",
         "nothing"],
)  # fmt: skip
def test_an_export_with_nothing_to_write_writes_no_file_and_says_what_brings_units_in(
    tmp_path: Path,
    fmt: str,
    options: ExportOptions,
    units: list[TranslationUnit],
    line: str,
) -> None:
    path = tmp_path / f"page.{fmt}"
    path.write_text("last week's export", encoding="utf-8")  # stays as it was
    with pytest.raises(InputError) as raised:
        write_some_units(units, path, fmt, options)
    assert str(raised.value).endswith(line), str(raised.value)
    assert str(raised.value).startswith(f"{path} not written")
    assert "\n" not in str(raised.value)
    assert path.read_text(encoding="utf-8") == "last week's export"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no stage left behind


def test_an_export_with_units_moves_every_file_out_of_its_stage(tmp_path: Path) -> None:
    path = tmp_path / "page.tmx"
    report = write_some_units(PAGE, path, "tmx", ExportOptions(mt=MtPolicy.SEPARATE))
    assert report.paths == (path, tmp_path / "page.mt.tmx") and report.mt_written == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.mt.tmx", "page.tmx"]
    assert report.summary().startswith(
        f"4 units written to {path}, {tmp_path / 'page.mt.tmx'}; 2 of them machine "
        f"translations, in {tmp_path / 'page.mt.tmx'}; "
    )


def test_mt_separate_with_nothing_but_drafts_writes_no_empty_memory_and_says_so(
    tmp_path: Path,
) -> None:
    """newcomer33: `--mt separate` wrote a main TMX with no unit where `--mt exclude`
    refused to write an empty file: neither writes one now; the MT file still goes."""
    path = tmp_path / "page.tmx"
    report = write_some_units([LOW_DRAFT, DRAFT], path, "tmx", ExportOptions(mt=MtPolicy.SEPARATE))
    mt = tmp_path / "page.mt.tmx"
    assert [p.name for p in tmp_path.iterdir()] == ["page.mt.tmx"]
    assert report.paths == (mt,) and (report.written, report.mt_written) == (2, 2)
    assert report.summary() == (
        f"2 units written to {mt}; all of them machine translations; {path} not written: no "
        "other unit to write"
    )
    with pytest.raises(InputError, match="no unit to write: 2 machine translations excluded"):
        write_some_units([LOW_DRAFT, DRAFT], path, "tmx", ExportOptions(mt=MtPolicy.EXCLUDE))


@pytest.mark.parametrize("fmt", ["xliff12", "xliff21"])
def test_mt_include_into_an_original_first_xliff_says_the_drafts_were_not_written_and_why(
    tmp_path: Path, fmt: str
) -> None:
    """newcomer33: `--mt include` with an XLIFF wrote no draft, and the summary never said
    that the drafts it asked for were not written."""
    report = write_units(PAGE, tmp_path / f"page.{fmt}", fmt, ExportOptions(mt=MtPolicy.INCLUDE))
    assert (
        "; 2 skipped (with a machine translation, post-edited or not, as their source, no "
        "original: --mt include writes no draft into an XLIFF whose source is the original; "
        "--french-source exports the French, its drafts as targets)"
    ) in report.summary()
    drafts = write_units(
        PAGE, tmp_path / f"fr.{fmt}", fmt, ExportOptions(mt=MtPolicy.INCLUDE, french_source=True)
    )
    assert drafts.skipped_for(SkipReason.MACHINE_SOURCE) == 0


def test_the_cli_exits_1_with_one_line_and_no_file(tmp_path: Path) -> None:
    """`workbench export` of a document whose every bead is left out: exit 1, one line."""
    db = str(tmp_path / "wb.db")
    memory = tmp_path / "memory.tmx"
    write_units([LOW_PAIR, unit(8, status="auto", score=0.2, reviewer=None)], memory, "tmx",
                ExportOptions())  # fmt: skip
    imported = CliRunner().invoke(app, ["import", str(memory), "--db", db])
    assert imported.exit_code == 0, imported.output
    out = tmp_path / "out.tmx"
    args = ["export", LOW_PAIR.document, "--to", "es", "-o", str(out), "--db", db]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines() == [
        f"error: {out} not written, no unit to write: 2 unreviewed, confidence below 0.5 "
        "(--min-score 0 includes them)"
    ]
    assert not out.exists()


# newcomer32: an Apertium draft with one word left in scored 0.9999998 × 0.5, printed 0.500
# in every table, and `export --mt include`'s floor of 0.5 left every draft out as "below
# 0.5". The floor judges the score as printed, and a word left in now takes a draft to 0.450.
AT_THE_FLOOR = unit(8, origin=MT, status="draft", score=0.4999998, reviewer=None, drafted="es")
WORD_LEFT_IN = unit(
    9, origin=MT, status="draft", score=penalised(0.9999998, 1), reviewer=None, drafted="es"
)
DRAFTS_AT_THE_FLOOR = [AT_THE_FLOOR, WORD_LEFT_IN, REVIEWED]
DRAFT_LEFT_OUT = (
    "1 left out (unreviewed machine translation, estimate below 0.5: --min-score 0 includes them)"
)
INCLUDED = ExportOptions(min_score=0.5, mt=MtPolicy.INCLUDE)


@pytest.mark.parametrize(
    ("fmt", "options", "written", "said"),
    [
        ("tmx", INCLUDED, 2, [ONE_DRAFT_SAID, DRAFT_LEFT_OUT]),
        ("tsv", INCLUDED, 2, [ONE_DRAFT_SAID, DRAFT_LEFT_OUT]),
        ("xliff12", replace(INCLUDED, french_source=True), 3,
         [ONE_DRAFT_SAID,
          "1 of them without their MT draft (unreviewed machine translation, estimate below "
          "0.5: --min-score 0 keeps the drafts)", OMEGAT_NOTICE["1.2"]]),
    ],
    ids=["tmx", "tsv", "xliff12"],
)  # fmt: skip
def test_a_draft_shown_at_the_floor_goes_and_one_with_a_word_left_in_is_said_left_out(
    tmp_path: Path, fmt: str, options: ExportOptions, written: int, said: list[str]
) -> None:
    path = tmp_path / f"drafts.{fmt}"
    report = write_units(DRAFTS_AT_THE_FLOOR, path, fmt, options)
    assert report.summary() == "; ".join([f"{written} units written to {path}", *said])
    text = path.read_text(encoding="utf-8")
    assert AT_THE_FLOOR.source in text  # its draft went, marked as machine translation
    assert WORD_LEFT_IN.source not in text  # its draft did not; an XLIFF sends its French
    assert (WORD_LEFT_IN.target in text) is (fmt == "xliff12")


@pytest.mark.parametrize(
    ("score", "kept"), [(0.4996, True), (0.4994, False), (0.5, True), (0.9, True)]
)
def test_the_floor_judges_a_pair_s_confidence_as_printed(score: float, kept: bool) -> None:
    """0.4996 prints 0.500: not "below 0.5", whatever its last digits."""
    pair = unit(10, status="auto", score=score, reviewer=None)
    assert (Selector(FLOOR).select(pair) is not None) is kept
