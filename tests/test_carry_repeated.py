"""A re-alignment never moves a review onto another occurrence of its sentence (newcomer29).

A strike report says twice "Les voyageurs sont invités à vérifier leur vol." ana
confirmed the first (bead 4); version 2 rewords that one. `align` said "1 reviewed bead
kept", with no warning, and had put her confirmation on the second occurrence (bead
11, which nobody reviewed), pairing it with the first one's English: beads 4 to 10 lost
their counterparts, and the TMX 14 sentences. Each side of a reviewed bead is now placed
by an order-keeping match of the two versions' sentences, and a changed side is looked
for only between the sentences that came over around it. Every test runs on SQLite and
on PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

from workbench import pipeline, review
from workbench.model import Status
from workbench.pipeline.alignment import align_document, apply
from workbench.store import Store

FR = [
    "La grève des contrôleurs aériens a commencé lundi à Paris.",
    "Les syndicats réclament une hausse des salaires. Le ministre a appelé au dialogue.",
    "Les voyageurs sont invités à vérifier leur vol. Les retards peuvent dépasser deux heures.",
    "La direction dit regretter la situation. Une réunion est prévue mercredi.",
    "À Marseille, les aéroports tournent au ralenti. Les compagnies low cost sont les plus "
    "touchées.",
    "À Nice, la moitié des vols du matin ont été supprimés.",
    "Les voyageurs sont invités à vérifier leur vol. Les retards peuvent dépasser deux heures.",
    "Le mouvement pourrait durer jusqu'à dimanche.",
]
EN = [
    "The air traffic controllers' strike began on Monday in Paris.",
    "The unions are demanding a pay rise. The minister called for dialogue.",
    "Travellers are advised to check their flight. Delays may exceed two hours.",
    "Management says it regrets the situation. A meeting is planned for Wednesday.",
    "In Marseille, the airports are running at a reduced pace. Low-cost airlines are the "
    "hardest hit.",
    "In Nice, half of the morning flights were cancelled.",
    "Travellers are advised to check their flight. Delays may exceed two hours.",
    "The movement could last until Sunday.",
]
FIRST = "Les voyageurs sont invités à vérifier leur vol."


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_reworded_reviewed_sentence_is_left_behind_not_moved_onto_its_twin(
    db_url: str, tmp_path: Path
) -> None:
    french, english = tmp_path / "greve.fr.txt", _write(tmp_path / "strike.en.txt", EN)
    store = Store.open(db_url)
    pipeline.ingest_paths(store, [_write(french, FR)])
    first = align_document(store, "greve.fr", "en", original_path=english).alignment.id
    beads = store.beads(first)
    assert beads[3].fr_text == FIRST == beads[10].fr_text  # the sentence twice
    apply(store, first, review.confirm(beads, 3, "ana"), "ana")

    reworded = FIRST.replace("voyageurs", "passagers")
    _write(french, [FR[0], FR[1], FR[2].replace(FIRST, reworded), *FR[3:]])
    pipeline.ingest_paths(store, [french])
    result = align_document(store, "greve.fr", "en", original_path=english)
    now = store.beads(result.alignment.id)
    store.close()

    assert [b.reviewer for b in now if b.status is not Status.AUTO] == []  # on main: bead 11
    assert all(b.fr and b.cp for b in now)  # 13 pairs, as a fresh `align` gives
    assert [(b.fr_text, b.cp_text) for b in now][3] == (
        reworded, "Travellers are advised to check their flight."
    )  # fmt: skip
    assert any("bead 4 by ana" in w and "its sentences changed" in w for w in result.warnings)


def test_an_unchanged_reviewed_twin_stays_on_its_own_occurrence(
    db_url: str, tmp_path: Path
) -> None:
    """The second occurrence confirmed; the first reworded: the review stays on bead 11."""
    french, english = tmp_path / "greve.fr.txt", _write(tmp_path / "strike.en.txt", EN)
    store = Store.open(db_url)
    pipeline.ingest_paths(store, [_write(french, FR)])
    first = align_document(store, "greve.fr", "en", original_path=english).alignment.id
    apply(store, first, review.confirm(store.beads(first), 10, "ana"), "ana")

    _write(french, [FR[0], FR[1], FR[2].replace("voyageurs", "passagers"), *FR[3:]])
    pipeline.ingest_paths(store, [french])
    now = store.beads(align_document(store, "greve.fr", "en", original_path=english).alignment.id)
    store.close()

    confirmed = [k for k, b in enumerate(now) if b.status is Status.CONFIRMED]
    assert confirmed == [10]
    assert (now[10].fr_text, now[10].cp_text) == (
        FIRST, "Travellers are advised to check their flight."
    )  # fmt: skip
    assert all(b.fr and b.cp for b in now)
