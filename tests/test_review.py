"""Reviewer actions: each one stored at once, refused when stale, undoable."""

from __future__ import annotations

import pytest

from workbench import review
from workbench.model import BeadDraft, ConflictError, InputError, Kind, Sentence, Status
from workbench.pipeline.alignment import apply, realign_unconfirmed
from workbench.store import Store

FR = ["Kim a rencontré Poutine.", "Ils ont parlé quatre heures.", "Un accord a été signé.",
      "Le Kremlin est satisfait.", "Washington s'inquiète."]  # fmt: skip
ES = ["Kim se reunió con Putin.", "Hablaron cuatro horas.", "Se firmó un acuerdo.",
      "Washington está preocupado."]  # fmt: skip


@pytest.fixture
def aligned(store: Store) -> tuple[Store, int, dict[int, str]]:
    return aligned_pair(store)


def aligned_pair(store: Store) -> tuple[Store, int, dict[int, str]]:
    """A French text and its Spanish counterpart, aligned 1-1 except one 1-0 bead."""
    fr = store.store_file(
        name="fr", path="/c/fr.txt", lang="fr", encoding="utf-8", sha256="a" * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(FR)],
    ).document  # fmt: skip
    es = store.store_file(
        name="es", path="/c/es.txt", lang="es", encoding="utf-8", sha256="b" * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "es", i) for i, t in enumerate(ES)], original_of=fr.id,
    ).document  # fmt: skip
    f = [s.id for s in store.segments(fr.id)]
    e = [s.id for s in store.segments(es.id)]
    pairs = [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), ()), ((4,), (3,))]
    drafts = [
        BeadDraft(
            tuple(f[i] for i in a), tuple(e[j] for j in b),
            " ".join(FR[i] for i in a), " ".join(ES[j] for j in b),
            0.9, Status.AUTO, "auto:test",
        )
        for a, b in pairs
    ]  # fmt: skip
    alignment = store.save_alignment(
        doc_id=fr.id, version=1, counterpart=(es.id, 1), fr_lang="fr", cp_lang="es",
        aligner="test", beads=drafts,
    )  # fmt: skip
    texts = {s.id: s.text for s in [*store.segments(fr.id), *store.segments(es.id)]}
    return store, alignment.id, texts


@pytest.fixture
def store(both_store: Store) -> Store:
    """Every test here runs on SQLite and on PostgreSQL."""
    return both_store


def _shape(store: Store, alignment: int) -> list[tuple[int, int, str]]:
    return [(len(b.fr), len(b.cp), str(b.status)) for b in store.beads(alignment)]


def test_confirm_marks_the_bead_and_its_reviewer(
    aligned: tuple[Store, int, dict[int, str]],
) -> None:
    store, a, _ = aligned
    apply(store, a, review.confirm(store.beads(a), 1, "ana"), "ana")
    bead = store.beads(a)[1]
    assert (bead.status, bead.reviewer) == (Status.CONFIRMED, "ana")


def test_confirm_through_confirms_everything_above_but_keeps_rejections(
    aligned: tuple[Store, int, dict[int, str]],
) -> None:
    store, a, _ = aligned
    apply(store, a, review.reject(store.beads(a), 1, "ana"), "ana")
    apply(store, a, review.confirm_through(store.beads(a), 2, "ana"), "ana")
    assert [str(b.status) for b in store.beads(a)] == [
        "confirmed", "rejected", "confirmed", "auto", "auto",
    ]  # fmt: skip


def test_merge_split_and_move_reshape_beads(aligned: tuple[Store, int, dict[int, str]]) -> None:
    store, a, texts = aligned
    apply(store, a, review.merge(store.beads(a), 0, "ana"), "ana")
    merged = store.beads(a)[0]
    assert (merged.fr_text, merged.cp_text) == (f"{FR[0]} {FR[1]}", f"{ES[0]} {ES[1]}")
    assert merged.origin == "human"

    apply(store, a, review.split(store.beads(a), 0, 1, 1, texts, "ana"), "ana")
    assert [b.fr_text for b in store.beads(a)][:2] == [FR[0], FR[1]]

    # Bead 4 (index 3) is "Le Kremlin…" with no counterpart: move its sentence down.
    apply(store, a, review.move(store.beads(a), 3, "fr", True, texts, "ana"), "ana")
    beads = store.beads(a)
    assert len(beads) == 4
    assert beads[3].fr_text == f"{FR[3]} {FR[4]}" and beads[3].cp_text == ES[3]


def test_a_merge_or_split_of_a_reviewed_bead_says_whose_review_it_takes_back(
    aligned: tuple[Store, int, dict[int, str]],
) -> None:
    """newcomer16: ben merged a bead ana had confirmed into its neighbour, and the merged
    bead came out `auto` without a word to either of them."""
    store, a, texts = aligned
    apply(store, a, review.confirm(store.beads(a), 1, "ana"), "ana")
    merge = review.merge(store.beads(a), 0, "ben")
    assert merge.summary == (
        "merged beads 1 and 2 (bead 2 was confirmed by ana: review the merged bead again)"
    )
    apply(store, a, merge, "ben")
    assert store.beads(a)[0].status is Status.AUTO
    apply(store, a, review.reject(store.beads(a), 0, "ana"), "ana")
    split = review.split(store.beads(a), 0, 1, 1, texts, "ben")
    assert split.summary == "split bead 1 (bead 1 was rejected by ana: review both halves again)"
    assert review.merge(store.beads(a), 2, "ben").summary == "merged beads 3 and 4"


def test_insert_edit_and_fill(aligned: tuple[Store, int, dict[int, str]]) -> None:
    store, a, _ = aligned
    apply(store, a, review.insert_empty(store.beads(a), 0, "ana"), "ana")
    assert [(len(b.fr), len(b.cp)) for b in store.beads(a)][:2] == [(1, 1), (0, 0)]
    apply(store, a, review.edit_text(store.beads(a), 0, "cp", "  Kim  se reunió  ", "ana"), "ana")
    assert store.beads(a)[0].cp_text == "  Kim  se reunió  "  # as typed (sacred19)
    gap = next(i for i, b in enumerate(store.beads(a)) if b.fr and not b.cp)
    edit = review.fill_with(
        store.beads(a), gap, "El Kremlin está satisfecho.", "mt:apertium:fr-es", "ana"
    )
    apply(store, a, edit, "ana")
    bead = store.beads(a)[gap]
    assert (bead.cp_text, bead.status, bead.origin) == (
        "El Kremlin está satisfecho.", Status.DRAFT, "mt:apertium:fr-es",
    )  # fmt: skip
    with pytest.raises(InputError, match="already has a counterpart"):
        review.fill_with(store.beads(a), 0, "x", "mt:x:y", "ana")


@pytest.mark.parametrize(
    "action",
    ["confirm", "reject", "merge", "split", "move", "insert", "edit"],
)
def test_every_action_can_be_undone(
    aligned: tuple[Store, int, dict[int, str]], action: str
) -> None:
    store, a, texts = aligned
    if action == "split":  # needs a bead with two sentences a side first
        apply(store, a, review.merge(store.beads(a), 0, "ana"), "ana")
    before = [(b.fr, b.cp, b.fr_text, b.cp_text, b.status) for b in store.beads(a)]
    beads = store.beads(a)
    edit = {
        "confirm": lambda: review.confirm(beads, 0, "ana"),
        "reject": lambda: review.reject(beads, 0, "ana"),
        "merge": lambda: review.merge(beads, 1, "ana"),
        "split": lambda: review.split(beads, 0, 1, 1, texts, "ana"),
        "move": lambda: review.move(beads, 1, "cp", False, texts, "ana"),
        "insert": lambda: review.insert_empty(beads, 2, "ana"),
        "edit": lambda: review.edit_text(beads, 2, "fr", "Autre texte.", "ana"),
    }[action]()
    apply(store, a, edit, "ana")
    assert [(b.fr, b.cp, b.fr_text, b.cp_text, b.status) for b in store.beads(a)] != before
    store.undo(a, "ana")
    assert [(b.fr, b.cp, b.fr_text, b.cp_text, b.status) for b in store.beads(a)] == before


def test_two_reviewers_on_one_bead_the_stale_edit_is_refused(
    aligned: tuple[Store, int, dict[int, str]],
) -> None:
    store, a, _ = aligned
    seen_by_ana = store.beads(a)
    seen_by_ben = store.beads(a)
    apply(store, a, review.confirm(seen_by_ana, 2, "ana"), "ana")
    with pytest.raises(ConflictError, match="changed by ana since you loaded it"):
        apply(store, a, review.reject(seen_by_ben, 2, "ben"), "ben")
    assert store.beads(a)[2].status is Status.CONFIRMED
    # Ben's edit elsewhere, on beads nobody touched, goes through.
    apply(store, a, review.confirm(seen_by_ben, 4, "ben"), "ben")


def test_realign_keeps_every_reviewed_bead_and_redoes_the_rest(
    aligned: tuple[Store, int, dict[int, str]],
) -> None:
    """Confirmed, merged (even wrongly: undo or split it to redo it) and rejected beads
    anchor the re-alignment; the beads nobody reviewed between them are aligned again."""
    store, a, _ = aligned
    apply(store, a, review.confirm(store.beads(a), 0, "ana"), "ana")
    apply(store, a, review.merge(store.beads(a), 1, "ana"), "ana")  # a wrong merge
    apply(store, a, review.reject(store.beads(a), 3, "ben"), "ben")  # Washington's pair
    mine = [(b.fr_text, b.cp_text, b.status, b.reviewer) for b in store.beads(a)]
    realign_unconfirmed(store, a, store.beads(a), actor="ana")
    beads = store.beads(a)
    assert [(b.fr_text, b.cp_text, b.status, b.reviewer) for b in beads] == mine
    assert store.events(a)[0].action == "realign"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda b, t: review.confirm(b, 9, "ana"), "there is no bead 10"),
        (lambda b, t: review.split(b, 0, 1, 1, t, "ana"), "a split must leave sentences"),
        (lambda b, t: review.move(b, 3, "cp", True, t, "ana"), "has no counterpart sentence"),
        (lambda b, t: review.merge(b, 4, "ana"), "there is no bead 6"),
    ],
)
def test_impossible_actions_say_why(
    aligned: tuple[Store, int, dict[int, str]], make: object, message: str
) -> None:
    store, a, texts = aligned
    with pytest.raises(InputError, match=message):
        make(store.beads(a), texts)  # type: ignore[operator]
