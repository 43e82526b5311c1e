"""The whole path a translator takes: ingest, align, review, export, open in a CAT tool."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import CORPUS
from tests.test_omegat import OMEGAT_JAR, make_project, run_omegat, translated
from workbench.cli import app

DOC = "004_c5001f9aa01043f8"
runner = CliRunner()


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.skipif(not OMEGAT_JAR.exists(), reason="needs the Debian package omegat")
def test_the_aligned_sample_document_pretranslates_in_omegat(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    _run("ingest", str(CORPUS / f"{DOC}.txt"), "--db", db)
    _run("align", DOC, "--to", "es", "--db", db)
    beads = json.loads(_run("beads", DOC, "--to", "es", "--pairs", "--db", db, "-f", "json"))
    assert len(beads) == 5

    project = make_project(tmp_path)
    # Each French caption of 004 ends with its photo credit ("… - AFP/BREDAN SMIALOWSKI"),
    # which the workbench stores as a debris sentence of its own, so the units hold the
    # captions alone and OmegaT, which reads caption and credit as one segment, offers
    # them as fuzzy matches only. Exact pre-translation is checked on the captions alone.
    source = project / "source" / "captions.txt"
    assert all(bead["fr"] in source.read_text(encoding="utf-8") for bead in beads)
    source.write_text("\n\n".join(bead["fr"] for bead in beads) + "\n", encoding="utf-8")
    tmx = project / "tm" / "auto" / f"{DOC}.tmx"
    summary = _run("export", DOC, "--to", "es", "--file-format", "tmx", "-o", str(tmx), "--db", db)
    assert summary.startswith("5 units written")

    log = run_omegat(project, tmp_path / "config")
    assert "TF_TM_LOAD_ERROR" not in log
    output = translated(project)
    for bead in beads:
        assert bead["cp"] in output  # the Spanish caption replaced …
        assert bead["fr"] not in output  # … the French one it translates
