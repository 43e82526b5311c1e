"""An import conflict nobody settled is something to do: `status` names it (exit 3) and a
memory leaves the bead out under its floor (newcomer38 LOW 22).

ana edited bead 3 in the workbench after an XLIFF went out; ben's file came back with
another text for it. The import keeps both (the file's text on the bead, ana's in its
note) and says so once; until then `status` said nothing was pending, exit 0, and a TMX
exported before anyone opened the Review page carried ben's text as an ordinary unit,
which a CAT tool inserts as an exact match.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from tests.test_import_carried import (
    EVACUATION,
    LEVEL,
    SCHOOLS,
    _aligned,
    _exported,
    _translators_work,
)
from workbench import review
from workbench.cli import app
from workbench.formats.report import SkipReason
from workbench.pipeline.alignment import apply
from workbench.pipeline.exporting import export_documents
from workbench.pipeline.returned import import_returned
from workbench.pipeline.status import project_status
from workbench.store import Store

ANA = "Les autorités ont ordonné l'évacuation de 1 200 riverains."
BEN = "L'évacuation de 1 200 habitants a été ordonnée."


def _conflict(store: Store, tmp_path: Path) -> int:
    first = _aligned(store, tmp_path, LEVEL, EVACUATION, SCHOOLS)
    path = _exported(store, tmp_path, "xliff12")
    apply(store, first, review.edit_text(store.beads(first), 2, "fr", ANA, "ana"), "ana")
    _translators_work(path, "xliff12", {EVACUATION: BEN})
    report = import_returned(store, path, reviewer="ben")
    assert report is not None and len(report.conflicts) == 1
    return first


def test_status_names_the_beads_in_conflict_and_how_to_settle_them(
    both_store: Store, tmp_path: Path
) -> None:
    _conflict(both_store, tmp_path)
    [standing] = project_status(both_store)
    assert standing.conflicts == (3,)
    assert standing.notes == (
        "crue.fr: bead 3 holds an import conflict (the file's text, the workbench's in the "
        "note) and is left out of memories until settled: keep the right text on the Review "
        "page, or confirm the file's (`workbench confirm crue.fr 3 --to en --reviewer NAME`)",
    )


def test_the_cli_status_counts_the_conflict_and_exits_3_until_it_is_settled(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "w.db")
    store = Store.open(db)
    try:
        _conflict(store, tmp_path)
    finally:
        store.close()
    runner = CliRunner()
    said = runner.invoke(app, ["status", "--db", db, "-f", "json"])
    assert said.exit_code == 3, said.output
    assert '"conflicts": 1' in said.output
    assert runner.invoke(
        app, ["confirm", "crue.fr", "3", "--to", "en", "--reviewer", "ana", "--db", db]
    ).exit_code == 0  # fmt: skip
    settled = runner.invoke(app, ["status", "--db", db, "-f", "json"])
    assert settled.exit_code == 0, settled.output
    assert '"conflicts": 0' in settled.output


def test_a_memory_leaves_the_conflict_out_and_says_why_a_table_shows_it(
    both_store: Store, tmp_path: Path
) -> None:
    _conflict(both_store, tmp_path)
    tmx = export_documents(both_store, ["crue.fr"], "en", "tmx", tmp_path / "m.tmx")
    assert tmx.skipped_for(SkipReason.IN_CONFLICT) == 1
    assert "1 left out (an import conflict not settled: `workbench status` names them" in (
        tmx.summary()
    )
    assert BEN not in (tmp_path / "m.tmx").read_text(encoding="utf-8")
    table = export_documents(both_store, ["crue.fr"], "en", "tsv", tmp_path / "r.tsv")
    assert table.skipped_for(SkipReason.IN_CONFLICT) == 0
    assert BEN in (tmp_path / "r.tsv").read_text(encoding="utf-8")


def test_once_a_reviewer_confirms_the_files_text_the_memory_holds_it(
    both_store: Store, tmp_path: Path
) -> None:
    first = _conflict(both_store, tmp_path)
    apply(both_store, first, review.confirm(both_store.beads(first), 2, "ana"), "ana")
    assert project_status(both_store)[0].conflicts == ()
    tmx = export_documents(both_store, ["crue.fr"], "en", "tmx", tmp_path / "m.tmx")
    assert tmx.skipped_for(SkipReason.IN_CONFLICT) == 0
    assert BEN in (tmp_path / "m.tmx").read_text(encoding="utf-8")
