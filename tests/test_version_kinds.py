"""A new version never re-classes the lines it did not change (newcomer18b, MEDIUM 2).

A statute's version 1 was ingested into an empty store ("Article 3." read as text),
aligned with its English original and reviewed. Version 2 added one sentence; classed
against the store's other documents, which now held the English original with its
own "Article 3.", both "Article 3." became site chrome, and `align` left two reviewed
beads behind "because their sentences changed" and paired the heading with another
line. A document's versions and its original or translation are one text, not pages
of a site, and a line whose text did not change keeps its kind. Every test runs on
SQLite and on PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from workbench import pipeline
from workbench.cli import app
from workbench.model import Kind
from workbench.store import Store

STATUTE_FR = [
    "Statuts de l'association",
    "",
    "Article 3.",
    "Le siège est fixé à Lyon.",
    "Article 3.",
    "La durée est illimitée.",
    "Le taux est de 3,5 % par an.",
    "Le montant s'élève à 3 500 euros.",
    "La cotisation est de 12,75 euros.",
]
STATUTE_EN = [
    "Articles of association",
    "",
    "Article 3.",
    "The registered office is in Lyon.",
    "Article 3.",
    "The duration is unlimited.",
    "The rate is 3.5% per year.",
    "The amount is 3,500 euros.",
    "The fee is 12,75 euros.",
]
ADDED = "Le bureau se réunit une fois par mois."


def _write(path: Path, lines: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _kinds(store: Store, name: str, text: str) -> list[Kind]:
    return [s.kind for s in store.segments(name) if s.text == text]


def test_a_text_ingested_after_its_original_is_not_classed_against_it(
    both_store: Store, tmp_path: Path
) -> None:
    # newcomer18b's rep3/: the English first, then its French, both new documents
    pipeline.ingest_paths(both_store, [_write(tmp_path / "statut.en.txt", STATUTE_EN)])
    fr = _write(tmp_path / "statut.fr.txt", STATUTE_FR)

    [result] = pipeline.ingest_paths(both_store, [fr]).files

    assert result.status == "new"
    assert _kinds(both_store, "statut.fr", "Article 3.") == [Kind.BODY, Kind.BODY]  # main: debris


def test_a_new_version_keeps_the_kind_of_every_line_it_did_not_change(
    both_store: Store, tmp_path: Path
) -> None:
    fr = _write(tmp_path / "statut.fr.txt", STATUTE_FR)
    pipeline.ingest_paths(both_store, [fr])
    assert _kinds(both_store, "statut.fr", "Article 3.") == [Kind.BODY, Kind.BODY]
    # another document of the store, no kin of the statute, says "Article 3." too
    pipeline.ingest_paths(both_store, [_write(tmp_path / "reglement.en.txt", STATUTE_EN)])
    _write(fr, [*STATUTE_FR, ADDED])

    [result] = pipeline.ingest_paths(both_store, [fr]).files

    assert result.status == "updated"
    assert _kinds(both_store, "statut.fr", "Article 3.") == [Kind.BODY, Kind.BODY]  # main: debris
    assert _kinds(both_store, "statut.fr", ADDED) == [Kind.BODY]


def test_a_version_from_another_file_name_is_not_classed_against_its_own_first_version(
    both_store: Store, tmp_path: Path
) -> None:
    pipeline.ingest_paths(both_store, [_write(tmp_path / "statut.fr.txt", STATUTE_FR)])
    first = both_store.document("statut.fr")
    # the client's corrected copy repeats a line of version 1 where version 1 did not have it
    moved = [*STATUTE_FR[:5], "Article 3.", *STATUTE_FR[5:]]
    renamed = _write(tmp_path / "client" / "statuts-v2.txt", moved)

    [result] = pipeline.ingest_paths(both_store, [renamed], version_of=first.id).files

    assert result.status == "updated"
    assert _kinds(both_store, str(first.id), "Article 3.") == [Kind.BODY] * 3  # main: debris


def test_align_carries_every_reviewed_bead_over_a_version_that_only_added_a_line(
    db_url: str, tmp_path: Path
) -> None:
    # newcomer18b's rep/: version 1 aligned with its English original, every bead confirmed
    fr = _write(tmp_path / "statut.fr.txt", STATUTE_FR)
    en = _write(tmp_path / "originals" / "statut.en.txt", STATUTE_EN)
    cli = CliRunner()

    def run(*args: str) -> str:
        result = cli.invoke(app, [*args, "--db", db_url])
        assert result.exit_code == 0, result.output
        return result.output

    run("ingest", str(fr))
    run("align", "statut.fr", "--to", "en", "--original", str(en))
    store = Store.open(db_url)
    [v1] = store.alignments(store.document("statut.fr").id)
    before = [(b.fr_text, b.cp_text) for b in store.beads(v1.id)]
    numbers = [str(n) for n in range(1, len(before) + 1)]
    run("confirm", "statut.fr", *numbers, "--reviewer", "ana", "--to", "en")
    _write(fr, [*STATUTE_FR, ADDED])
    run("ingest", str(fr))

    said = run("align", "statut.fr", "--to", "en")  # main: exit 3, 2 beads left behind

    assert f"{len(before)} reviewed beads kept" in said
    v2 = store.alignments(store.document("statut.fr").id)[0]
    beads = store.beads(v2.id)
    assert [(b.fr_text, b.cp_text) for b in beads if b.reviewer == "ana"] == before
    assert [(b.fr_text, b.cp_text) for b in beads if b.reviewer != "ana"] == [(ADDED, "")]
    store.close()
