"""An export says which texts typed in the review app are not saved, so not in it (newcomer29).

Inès typed on bead 50, went to the Export page and exported: the TMX held the stored
text, and neither the page nor `workbench export` said a word about hers. The export
still writes what is stored (an unsaved text is no change to a bead, `store/unsaved.py`),
and its summary now names each unsaved text's bead and reviewer with what to do. Every
test runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from tests.parallel_fixture import store_parallel
from workbench.cli import app
from workbench.model import UnsavedText
from workbench.store import Store

BEADS = [
    (["Le maire a inauguré la bibliothèque."], ["El alcalde inauguró la biblioteca."]),
    (["Elle compte trente mille livres."], ["Cuenta con treinta mil libros."]),
    (["Les enfants y liront le mercredi."], ["Los niños leerán allí los miércoles."]),
]


def _typed(store: Store, alignment_id: int, number: int, reviewer: str, fr: str) -> None:
    bead = store.beads(alignment_id)[number - 1]
    store.keep_unsaved([UnsavedText(
        alignment_id, bead.id, reviewer, bead.version, bead.fr_text, bead.cp_text, fr,
        bead.cp_text, 1_764_000_000_000, f"tab-{reviewer}",
    )])  # fmt: skip


def _export(db: str, out: Path) -> tuple[int, str]:
    run = CliRunner().invoke(app, ["export", "biblio", "--to", "es", "-o", str(out), "--db", db])
    return run.exit_code, run.output


def test_an_export_names_each_unsaved_text_it_cannot_hold(db_url: str, tmp_path: Path) -> None:
    store = Store.open(db_url)
    alignment = store_parallel(store, "biblio", BEADS, cp_lang="es")
    _typed(store, alignment.id, 2, "ines", "Elle compte trente mille ouvrages.")
    _typed(store, alignment.id, 3, "tom", "Les enfants y liront chaque mercredi.")
    store.close()

    code, output = _export(db_url, tmp_path / "biblio.tmx")

    assert code == 0, output
    assert output.strip().endswith(
        "2 texts typed in the review app and not saved are not in it (bead 2 (ines), "
        "bead 3 (tom)): save them in the editor (Ctrl+Enter), then export again"
    )
    written = (tmp_path / "biblio.tmx").read_text(encoding="utf-8")
    assert "trente mille livres" in written and "ouvrages" not in written  # as stored


def test_an_export_with_nothing_unsaved_says_nothing_of_it(db_url: str, tmp_path: Path) -> None:
    store = Store.open(db_url)
    store_parallel(store, "biblio", BEADS, cp_lang="es")
    store.close()

    code, output = _export(db_url, tmp_path / "biblio.tmx")

    assert code == 0, output
    assert "not saved" not in output
