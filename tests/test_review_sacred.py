"""A reviewer's saved work is never replaced by a path that is not their deliberate action.

Found by the session 11 audit of every path that writes beads (`align`
with another original, a new version of a file, ``restore``/debris
re-alignment, imports): each test here failed before its fix. Every test
runs on SQLite and on PostgreSQL. Session 12 added the app's re-align over
unconfirmed reviews, undo past a blocked edit, a reviewed table against a clock
behind, an import racing its twin, and fill over a confirmed gap (post-edits:
`test_review_postedit.py`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import CORPUS, needs_apertium
from tests.factories import Pair, parallel_text, unit
from tests.parallel_fixture import store_parallel
from tests.test_review import ES, aligned_pair
from workbench import pipeline, review
from workbench.formats.registry import read_units, write_units
from workbench.model import (
    ConflictError,
    InputError,
    Kind,
    NotFoundError,
    Sentence,
    Status,
    StoredBead,
)
from workbench.pipeline.alignment import align_document, apply
from workbench.pipeline.exchange import export_documents, import_file
from workbench.review import Edit
from workbench.store import Store

if TYPE_CHECKING:
    from workbench.ui.editor import Context

DOC_004 = "004_c5001f9aa01043f8"


@pytest.fixture
def store(both_store: Store) -> Store:
    return both_store


def _view(store: Store, alignment: int) -> list[tuple[object, ...]]:
    """Everything a reviewer sees of each bead."""
    return [
        (b.fr, b.cp, b.fr_text, b.cp_text, b.status, b.origin, b.reviewer, b.score)
        for b in store.beads(alignment)
    ]


# Reviewer work that is not a confirmation (a confirmation was already guarded).
EDITS: dict[str, Callable[[list[StoredBead]], Edit]] = {
    "reject": lambda beads: review.reject(beads, 1, "ben"),
    "edit": lambda beads: review.edit_text(beads, 1, "cp", "Hablaron cuatro horas largas.", "ben"),
    "merge": lambda beads: review.merge(beads, 3, "ben"),
}


@pytest.mark.parametrize("made", list(EDITS), ids=list(EDITS))
def test_aligning_with_another_original_leaves_the_first_ones_review_alone(
    store: Store, made: str, tmp_path: Path
) -> None:
    """`workbench align DOC --original OTHER` replaces the alignment of the document
    version with that language. It was refused when the old one held confirmed
    beads, but a rejection, a text correction or a merge not yet confirmed was
    replaced without a word. (A plain `align` keeps the original aligned last:
    tests/test_original_after_a_mistake.py.)"""
    store, alignment, _ = aligned_pair(store)
    french = store.documents()[0]
    apply(store, alignment, EDITS[made](store.beads(alignment)), "ben")
    seen = _view(store, alignment)
    other = tmp_path / "es2.txt"
    other.write_text("\n\n".join(ES) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"reviewed beads? there; .*es2\.txt was not stored"):
        align_document(store, french.id, "es", original_path=other)
    assert _view(store, alignment) == seen


def test_a_changed_file_carries_rejections_and_corrections_to_its_new_version(
    store: Store, tmp_path: Path
) -> None:
    """Aligning a new version of a file carried over confirmed beads only: a
    rejection and a text correction stayed behind in the old version's alignment,
    and the warning counted neither."""
    path = tmp_path / f"{DOC_004}.txt"
    path.write_text((CORPUS / f"{DOC_004}.txt").read_text(encoding="utf-8"), encoding="utf-8")
    pipeline.ingest_paths(store, [path])
    first = align_document(store, DOC_004, "es").alignment.id
    pairs = [i for i, b in enumerate(store.beads(first)) if b.fr and b.cp]
    apply(store, first, review.reject(store.beads(first), pairs[0], "ana"), "ana")
    corrected = review.edit_text(store.beads(first), pairs[1], "cp", "Texto corregido.", "ben")
    apply(store, first, corrected, "ben")
    old = [store.beads(first)[i] for i in pairs[:2]]

    with path.open("a", encoding="utf-8") as handle:
        handle.write("\nUne phrase ajoutée par la rédaction.\n")
    [result] = pipeline.ingest_paths(store, [path]).files
    assert result.status == "updated"
    second = align_document(store, DOC_004, "es")

    assert second.kept_confirmed == 2 and second.warnings == ()
    now = store.beads(second.alignment.id)
    kept = [b for b in now if b.status is Status.REJECTED or b.origin == review.HUMAN]
    assert [(b.fr_text, b.cp_text, b.status, b.reviewer) for b in kept] == [
        (b.fr_text, b.cp_text, b.status, b.reviewer) for b in old
    ]


@pytest.mark.parametrize("made", list(EDITS), ids=list(EDITS))
def test_the_apps_realign_keeps_another_reviewers_unconfirmed_work(store: Store, made: str) -> None:
    """The app's "re-align between the confirmed beads" anchored on confirmed beads
    only: ana's re-alignment redid ben's rejection, correction or merge."""
    from workbench.pipeline.alignment import realign_unconfirmed

    _, alignment, _ = aligned_pair(store)
    apply(store, alignment, EDITS[made](store.beads(alignment)), "ben")
    bens = [v for v in _view(store, alignment) if v[6] == "ben"]
    realign_unconfirmed(store, alignment, store.beads(alignment), actor="ana")
    assert [v for v in _view(store, alignment) if v[6] == "ben"] == bens


def test_a_rejected_gap_is_no_gap_to_fill_in_the_app_either(store: Store) -> None:
    """`workbench fill` leaves a rejected French sentence alone (`review.is_gap`); the app's
    Fill with MT (`review.fill_with`) turned ana's rejection into ben's MT draft."""
    aid = store_parallel(store, "doc", parallel_text(5)).id
    apply(store, aid, review.reject(store.beads(aid), 2, "ana"), "ana")  # bead 3 is 1:0
    with pytest.raises(InputError, match="bead 3 was rejected by ana: undo the rejection"):
        review.fill_with(store.beads(aid), 2, "Los periodistas están invitados.", "mt:x:fr-es",
                         "ben")  # fmt: skip
    assert store.beads(aid)[2].status is Status.REJECTED


def _ben_in_the_editor(store: Store, aid: int) -> Context:
    """The app's editor context for ben on alignment ``aid``, drafting with real Apertium."""
    from workbench.pipeline.mt import translator_for
    from workbench.ui import editor
    from workbench.ui.common import Snapshot

    translator = translator_for("fr", "es", None, store)

    def translate(text: str) -> tuple[str, str]:
        found = translator.translate_batch([text])[0]
        return found.text, found.origin

    def snap() -> Snapshot:
        return Snapshot(aid, store.revision(aid), tuple(store.beads(aid)))

    texts = {s.id: s.text for s in store.segments(store.alignment(aid).doc_id)}
    return editor.Context(store, aid, "ben", snap, texts, translate=translate)


@needs_apertium
def test_fill_all_gaps_in_the_app_leaves_a_rejected_gap_rejected(store: Store) -> None:
    from workbench.ui import editor

    aid = store_parallel(store, "doc", parallel_text(5)).id
    apply(store, aid, review.reject(store.beads(aid), 2, "ana"), "ana")
    ctx = _ben_in_the_editor(store, aid)
    beads = store.beads(aid)
    # what the browser sends for "Fill all gaps with MT": every bead it counts as a gap
    fill_all = {"client": "c1", "seq": 1, "action": "fill", "pos": 2, "id": beads[2].id,
                "all": True, "seen": [[beads[2].id, beads[2].version]]}  # fmt: skip
    outcome = editor.perform(fill_all, ctx)
    assert not outcome.ok
    rejected = store.beads(aid)[2]
    assert (rejected.status, rejected.reviewer, rejected.cp_text) == (Status.REJECTED, "ana", "")


@needs_apertium
def test_fill_all_gaps_in_the_app_skips_a_rejected_gap_and_fills_the_others(store: Store) -> None:
    """The editor counts a rejected 1:0 bead as no gap (`editor.is_gap`, `isGap` in the
    browser), so "Fill all gaps" drafts the gap before it and leaves the rejection alone."""
    from workbench.ui import editor

    lone: Pair = (["Le marché ouvre à huit heures."], [])
    aid = store_parallel(store, "doc", parallel_text(5, b2=lone)).id
    apply(store, aid, review.reject(store.beads(aid), 2, "ana"), "ana")
    ctx = _ben_in_the_editor(store, aid)
    assert [editor.is_gap(b) for b in store.beads(aid)][1:3] == [True, False]
    seen = [(b.id, b.version) for b in store.beads(aid)]
    filled, _ = editor.fill_gaps(ctx, seen)
    after = store.beads(aid)
    assert filled == 1
    assert after[1].cp_text and after[1].status is Status.DRAFT
    assert (after[2].status, after[2].reviewer, after[2].cp_text) == (Status.REJECTED, "ana", "")


FRENCH_ONLY = ["Le conseil se réunit demain.", "Il examinera le budget.", "La séance est publique."]


def test_marking_a_reviewed_sentence_as_debris_in_an_mt_only_alignment_is_refused(
    store: Store,
) -> None:
    """`align` refuses to drop a reviewed bead whose sentence became boilerplate (and
    `set_segment_kinds` gives the kinds back); an MT-only alignment (aligner ``none``)
    is rebuilt by `redraft_alignment`, which left ben's translation out."""
    from workbench.pipeline.debris import set_segment_kinds
    from workbench.pipeline.mt_alignment import ensure_alignment

    doc = store.store_file(
        name="fr", path="/c/fr.txt", lang="fr", encoding="utf-8", sha256="f" * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(FRENCH_ONLY)],
    ).document  # fmt: skip
    aid = ensure_alignment(store, doc.id, "es", "ben").id
    typed = review.edit_text(store.beads(aid), 1, "cp", "Examinará el presupuesto.", "ben")
    apply(store, aid, typed, "ben")
    seen = _view(store, aid)
    sentence = store.beads(aid)[1].fr[0]
    with pytest.raises(InputError) as refused:
        set_segment_kinds(store, doc.id, [sentence], Kind.BOILERPLATE, actor="ana")
    assert str(refused.value) == (
        "fr: bead 2, reviewed by ben, holds that segment and a reviewed bead keeps its "
        "sentences: ben can undo that review with the review app's Undo (Review page, U: it "
        "takes back their own edits, latest first), then mark it boilerplate. Nothing was "
        "changed"
    )
    assert _view(store, aid) == seen
    assert {s.id: s.kind for s in store.segments(doc.id)}[sentence] is Kind.BODY


def test_marking_a_confirmed_beads_sentence_as_debris_says_nothing_was_changed(
    store: Store,
) -> None:
    """The newcomer pass (N16): `restore 1 184 --as boilerplate` on a sentence of ana's
    confirmed bead was refused, rightly, with the aligner's advice "give them their kind
    back", though no kind had changed. It says what holds the sentence and what to do."""
    from workbench.pipeline.debris import set_segment_kinds

    store, aid, _ = aligned_pair(store)
    apply(store, aid, review.confirm(store.beads(aid), 1, "ana"), "ana")
    seen = _view(store, aid)
    bead = store.beads(aid)[1]
    doc = store.alignment(aid).doc_id
    with pytest.raises(InputError) as refused:
        set_segment_kinds(store, doc, [bead.fr[0], bead.fr[0] + 2], Kind.BOILERPLATE)
    assert str(refused.value) == (
        "fr: bead 2, reviewed by ana, holds one of those segments and a reviewed bead keeps "
        "its sentences: ana can undo that review with the review app's Undo (Review page, U: "
        "it takes back their own edits, latest first), then mark them boilerplate. Nothing "
        "was changed"
    )
    assert _view(store, aid) == seen
    assert all(s.kind is Kind.BODY for s in store.segments(doc))


@pytest.mark.parametrize(
    ("edited", "exported_first", "warned", "shown"),
    [
        # ana's edit is not in the file, but the file left bead 2 as it was: merged
        ("edit", False, "", "Texto de Ana."),
        ("edit", True, "", "Texto de Ana."),  # the CAT tool got ana's edit with the file
        ("", False, "", unit(2).source),
        # beads 1 and 2 merged into one: no unit names it, so it cannot be matched
        ("merge", False, "1 bead changed in the workbench since the last import is not in "
                         "tm.tmx (bead 1 by ana): they stay in version 1 of the document",
         unit(2).source),
    ],
    ids=["edit-missing-from-the-file", "edit-in-the-file", "no-edit", "merge-after-export"],
)  # fmt: skip
def test_importing_a_file_again_keeps_edits_made_since_or_names_them(
    store: Store, tmp_path: Path, edited: str, exported_first: bool, warned: str, shown: str
) -> None:
    """A TMX edited in a CAT tool and imported again becomes a new version, the one the
    review page and exports show: a bead ana corrected in the workbench meanwhile
    vanished from view without a word (it stays in the older version). Now it is
    merged into the new version; a bead the file cannot name (ana merged two) is
    named in a warning."""
    path = tmp_path / "tm.tmx"
    write_units([unit(1), unit(2), unit(3)], path, "tmx")
    first = import_file(store, path).alignment.id
    if edited == "edit":
        fix = review.edit_text(store.beads(first), 1, "cp", "Texto de Ana.", "ana")
        apply(store, first, fix, "ana")
    elif edited == "merge":
        apply(store, first, review.merge(store.beads(first), 0, "ana"), "ana")
    units = [unit(1), unit(2), unit(3)]
    if exported_first:  # the translator works on what the workbench exported
        export_documents(store, [DOC_004], "es", "tmx", path)  # the document unit() names
        units = read_units(path)
    units[2] = replace(units[2], source="Cambiado en OmegaT.")  # the CAT tool's change
    write_units(units, path, "tmx")
    again = import_file(store, path)
    assert again.french.version == 2
    assert " ".join(again.warnings).startswith(warned) and bool(again.warnings) == bool(warned)
    assert [b.cp_text for b in store.beads(again.alignment.id)][1:] == [
        shown,
        "Cambiado en OmegaT.",
    ]


# --- the strongest interleavings the audit tried that lost nothing, kept as tests --------


def test_two_reviewers_saving_one_bead_at_the_same_instant_one_wins_the_other_is_told(
    store: Store,
) -> None:
    """Two connections (on PostgreSQL: READ COMMITTED) read bead 2 at one version and
    save at once, released together by a barrier: one text is stored, the other save
    changes nothing and names the winner."""
    import threading

    _, aid, _ = aligned_pair(store)
    barrier = threading.Barrier(2)
    told: dict[str, str] = {}

    def save(name: str) -> None:
        own = Store.open(store.url)  # a connection of its own, as another app server's
        try:
            edit = review.edit_text(own.beads(aid), 1, "cp", f"Texto de {name}.", name)
            barrier.wait(timeout=60)
            try:
                apply(own, aid, edit, name)
                told[name] = "saved"
            except ConflictError as exc:
                told[name] = str(exc)
        finally:
            own.close()

    threads = [threading.Thread(target=save, args=(name,)) for name in ("ana", "ben")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    [winner] = [name for name, said in told.items() if said == "saved"]
    [loser] = [name for name in told if name != winner]
    assert told[loser] == (
        f"bead 2 was changed by {winner} since you loaded it; reload to see the change, "
        "then redo your edit"
    )
    bead = store.beads(aid)[1]
    assert (bead.cp_text, bead.reviewer) == (f"Texto de {winner}.", winner)
    assert [(e.actor, e.action) for e in store.events(aid)[:1]] == [(winner, "edit")]


def test_undo_after_another_reviewers_change_is_refused_and_changes_nothing(
    store: Store,
) -> None:
    """Ben's re-alignment keeps ana's bead as she left it (her edit anchors it), but his
    correction of it since is his: undoing ana's edit would put her stale text back
    over his work."""
    from workbench.pipeline.alignment import realign_unconfirmed

    _, aid, _ = aligned_pair(store)
    apply(store, aid, review.edit_text(store.beads(aid), 3, "fr", "Le Kremlin jubile.", "ana"),
          "ana")  # fmt: skip
    realign_unconfirmed(store, aid, store.beads(aid), actor="ben")
    assert store.beads(aid)[3].fr_text == "Le Kremlin jubile."
    apply(store, aid, review.edit_text(store.beads(aid), 3, "fr", "Le Kremlin exulte.", "ben"),
          "ben")  # fmt: skip
    seen = _view(store, aid)
    with pytest.raises(ConflictError, match="cannot undo your edit: bead 4 was changed by ben "
                       "since; reload and change it by hand"):  # fmt: skip
        store.undo(aid, "ana", by="ana")
    assert _view(store, aid) == seen


@needs_apertium
def test_a_gap_a_reviewer_fills_while_fill_runs_keeps_the_reviewers_text(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`workbench fill` read the gaps, then ben typed a translation into one while the
    engine worked: the fill's save of that gap is refused, ben's text stays, and the fill
    counts it as changed meanwhile instead of failing (as `fill --redraft` does:
    tests/test_fill_redraft.py)."""
    from workbench.pipeline import mt

    aid = store_parallel(store, "doc", parallel_text(5)).id  # bead 3 is the one gap
    real = mt.translator_for

    def translator_while_ben_types(*args: object, **kwargs: object) -> object:
        translator = real(*args, **kwargs)  # type: ignore[arg-type]
        translate = translator.translate_batch

        def batch(texts: list[str]) -> object:
            gap = review.edit_text(store.beads(aid), 2, "cp", "Se invita a la prensa.", "ben")
            apply(store, aid, gap, "ben")
            return translate(texts)

        monkeypatch.setattr(translator, "translate_batch", batch)
        return translator

    monkeypatch.setattr(mt, "translator_for", translator_while_ben_types)
    report = mt.fill_document(store, "doc", "es", engine="apertium", estimate=False)
    assert (report.filled, report.changed_meanwhile) == (0, 1)
    bead = store.beads(aid)[2]
    assert (bead.cp_text, bead.reviewer, bead.origin) == ("Se invita a la prensa.", "ben", "human")


@pytest.mark.parametrize(
    "make",
    [
        lambda beads: review.confirm_through(beads, 2, "ana"),  # bead 2, rejected, stays so
        lambda beads: review.insert_empty(beads, 1, "ana"),  # bead 2 stays as it is
    ],
    ids=["confirm-through", "insert-after"],
)
def test_an_edit_that_leaves_a_bead_as_it_was_neither_signs_it_nor_refuses_its_editor(
    store: Store, make: Callable[[list[StoredBead]], Edit]
) -> None:
    """Confirm-through keeps a rejected bead and insert keeps the bead it follows as they
    are, but wrote them again under ana's event: ben, whose editor held bead 2, was
    refused with "bead 2 was changed by ana", who had not changed it."""
    _, aid, _ = aligned_pair(store)
    apply(store, aid, review.reject(store.beads(aid), 1, "ben"), "ben")
    bens = store.beads(aid)  # what ben's editor loaded
    written = apply(store, aid, make(store.beads(aid)), "ana")
    assert store.beads(aid)[1].version == bens[1].version
    stored = {b.id: b for b in store.beads(aid)}
    assert written == [stored[b.id] for b in written]  # what the editor is sent back
    apply(store, aid, review.edit_text(bens, 1, "cp", "Hablaron horas.", "ben"), "ben")
    assert (store.beads(aid)[1].cp_text, store.beads(aid)[1].reviewer) == ("Hablaron horas.", "ben")


# --- undo walks back a reviewer's own edits past one another reviewer blocked ------------


def test_undo_passes_over_an_edit_another_reviewer_changed_and_undoes_the_one_before(
    store: Store,
) -> None:
    """Undo only ever tried ana's latest edit: once ben had changed its bead, none of
    her older edits (bead 2, which nobody else touched) could be undone any more."""
    _, aid, _ = aligned_pair(store)
    start = _view(store, aid)
    apply(store, aid, review.edit_text(store.beads(aid), 1, "cp", "Hablaron horas.", "ana"), "ana")
    older = _view(store, aid)
    apply(store, aid, review.edit_text(store.beads(aid), 3, "fr", "Le Kremlin jubile.", "ana"),
          "ana")  # fmt: skip
    apply(store, aid, review.confirm(store.beads(aid), 3, "ben"), "ben")
    bens = _view(store, aid)[3]

    step = store.undo(aid, "ana", by="ana")
    assert (step.action, step.positions) == ("edit", (1,))
    assert step.passed_over == ("bead 4 was changed by ben since",)
    assert _view(store, aid) == [*start[:3], bens, *start[4:]]
    with pytest.raises(ConflictError, match="cannot undo your edit: bead 4 was changed by ben"):
        store.undo(aid, "ana", by="ana")  # what is left is blocked: said, nothing changed
    assert _view(store, aid)[3] == bens

    store.redo(aid, "ana", by="ana")  # the edit she undid last comes back
    assert _view(store, aid) == [*older[:3], bens, *older[4:]]
    with pytest.raises(NotFoundError, match="nothing to redo by ana"):
        store.redo(aid, "ana", by="ana")


def test_undo_in_the_app_says_which_later_edit_stays(store: Store) -> None:
    from workbench.ui import editor
    from workbench.ui.common import Snapshot

    _, aid, _ = aligned_pair(store)
    apply(store, aid, review.edit_text(store.beads(aid), 1, "cp", "Hablaron horas.", "ana"), "ana")
    apply(store, aid, review.edit_text(store.beads(aid), 3, "fr", "Le Kremlin jubile.", "ana"),
          "ana")  # fmt: skip
    apply(store, aid, review.confirm(store.beads(aid), 3, "ben"), "ben")

    def snap() -> Snapshot:
        return Snapshot(aid, store.revision(aid), tuple(store.beads(aid)))

    ctx = editor.Context(store, aid, "ana", snap, {})
    outcome = editor.perform({"client": "c1", "seq": 1, "action": "undo"}, ctx)
    assert outcome.ok
    assert outcome.message == (
        "Undid your edit at bead 2. Your later edit stays: bead 4 was changed by ben since."
    )


def test_a_reviewed_table_never_overwrites_an_edit_from_a_server_whose_clock_is_behind(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two app servers share one PostgreSQL; ana's clock runs ten minutes behind ben's.
    `import_reviewed` refused a row only when the bead changed *after* the export's
    `changed` time, so ana's correction, stamped earlier by her clock, was overwritten
    by ben's table without a word. A bead is now taken as changed whenever its stamp
    is not the exported one."""
    from datetime import timedelta

    from tests.test_import_reviewed import TARGET, _edit, _export
    from workbench.pipeline.reviewed import import_reviewed
    from workbench.store import rows, runs
    from workbench.store.schema import utcnow as real

    _, aid, _ = aligned_pair(store)
    path = _export(store, tmp_path, "tsv")  # ben takes the table home
    for stamps in (rows, runs):  # the event's time, the bead's
        monkeypatch.setattr(stamps, "utcnow", lambda: real() - timedelta(minutes=10))
    apply(store, aid, review.edit_text(store.beads(aid), 1, "fr", "Le texte d'ana.", "ana"), "ana")
    for stamps in (rows, runs):
        monkeypatch.setattr(stamps, "utcnow", real)
    _edit(path, 2, TARGET, "Le texte de ben.")
    report = import_reviewed(store, path, reviewer="ben")
    assert report.refused == (
        "row 3: bead 2 of fr was changed by ana after this file was exported; your row was "
        "not imported so as not to overwrite it: compare the two in the app and edit there",
    )
    assert store.beads(aid)[1].fr_text == "Le texte d'ana."


def test_an_import_that_finds_its_alignment_made_meanwhile_leaves_it_alone(
    store: Store, tmp_path: Path
) -> None:
    """Two `workbench import tm.tmx` of a file whose documents an interrupted import left
    with no alignment: both found none, the first aligned and ana edited a bead, then the
    second's `save_alignment` (no revision check) replaced every bead, her edit too."""
    from workbench.pipeline import exchange
    from workbench.pipeline.bilingual import Pairs

    path = tmp_path / "tm.tmx"
    write_units([unit(1), unit(2), unit(3)], path, "tmx")
    report = import_file(store, path)
    aid = report.alignment.id
    apply(store, aid, review.edit_text(store.beads(aid), 1, "cp", "Texto de Ana.", "ana"), "ana")
    seen = _view(store, aid)
    # the second import, which read "no alignment" before the first one saved it
    pairs = Pairs(path, None, None)
    again = exchange._align_stored(store, report.french, report.counterpart, pairs, "cli")
    assert again.id == aid
    assert _view(store, aid) == seen


@needs_apertium
def test_fill_leaves_a_confirmed_gap_confirmed(store: Store) -> None:
    """Ana confirmed that a French sentence has no counterpart (the newsroom added it):
    `workbench fill` turned her confirmation into an unsigned MT draft, and the app's
    Fill with MT into ben's."""
    from workbench.pipeline.mt import fill_document

    aid = store_parallel(store, "doc", parallel_text(5)).id  # bead 3 is the one gap
    apply(store, aid, review.confirm(store.beads(aid), 2, "ana"), "ana")
    with pytest.raises(InputError, match="bead 3 was confirmed by ana"):
        review.fill_with(store.beads(aid), 2, "Se invita a la prensa.", "mt:x:fr-es", "ben")
    assert fill_document(store, "doc", "es", engine="apertium", estimate=False).filled == 0
    bead = store.beads(aid)[2]
    assert (bead.status, bead.reviewer, bead.cp_text) == (Status.CONFIRMED, "ana", "")


def test_a_reviewed_table_row_is_stored_whole_or_not_at_all(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row that corrects a text and confirms it was stored as two edits: the process
    killed between them left the text in, and importing the file again refused the row
    as "changed by ben after this file was exported" (his own half-import)."""
    from tests.test_import_reviewed import STATUS, TARGET, _edit, _export
    from workbench.pipeline import reviewed, reviewed_rows
    from workbench.pipeline.alignment import apply as real

    _, aid, _ = aligned_pair(store)
    path = _export(store, tmp_path, "tsv")
    _edit(path, 2, TARGET, "Le texte de ben.")
    _edit(path, 2, STATUS, "confirmed")
    calls: list[int] = []

    def killed_after_one_write(*args: object, **kwargs: object) -> object:
        if calls:
            raise KeyboardInterrupt  # the process dies between two of its writes
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(reviewed_rows, "apply", killed_after_one_write)
    with contextlib.suppress(KeyboardInterrupt):
        reviewed.import_reviewed(store, path, reviewer="ben")
    monkeypatch.undo()
    again = reviewed.import_reviewed(store, path, reviewer="ben")
    assert again.refused == ()
    bead = store.beads(aid)[1]
    assert (bead.fr_text, bead.status, bead.reviewer) == (
        "Le texte de ben.",
        Status.CONFIRMED,
        "ben",
    )


# --- session 13: an alignment a newer version replaced --------------------------------


def _read_again(store: Store) -> int:
    """The French read again as version 2 (as `ingest --reread` after a reader fix) and
    aligned: the reviewed beads carried over. The new alignment's id."""
    from tests.test_review import FR

    store.store_file(
        name="fr", path="/c/fr.txt", lang="fr", encoding="utf-8", sha256="c" * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(FR)],
    )  # fmt: skip
    return align_document(store, "fr", "es").alignment.id


def _align_again_by(store: Store, aid: int, path: str) -> None:
    """Align the document again by one of the three paths that carry reviewed beads over:
    `align` ("align-again"), a new version of the file ("read-again"), the app's
    re-align between reviewed beads (any other)."""
    from workbench.pipeline.alignment import realign_unconfirmed

    if path == "align-again":
        align_document(store, "fr", "es")
    elif path == "read-again":
        _read_again(store)
    else:
        realign_unconfirmed(store, aid, store.beads(aid), actor="ben")


@pytest.mark.parametrize("step", ["edit", "undo"])
def test_a_save_on_an_alignment_a_new_version_replaced_is_refused(store: Store, step: str) -> None:
    """ana's page still shows version 1 when the file is read again and aligned: her
    save went into version 1's alignment, which nothing shows any more (the Review
    page, exports and `align` follow version 2), so it was lost from sight without a
    word. It is refused now, nothing changed, with what to do."""
    _, old, _ = aligned_pair(store)
    apply(store, old, review.confirm(store.beads(old), 0, "ana"), "ana")
    seen = store.beads(old)
    new = _read_again(store)
    assert new != old and store.beads(new)[0].status is Status.CONFIRMED  # carried over
    with pytest.raises(ConflictError, match="version 2 of fr is current"):
        if step == "edit":
            apply(store, old, review.edit_text(seen, 1, "cp", "Texto de Ana.", "ana"), "ana")
        else:
            store.undo(old, "ana", by="ana")
    assert store.beads(old) == seen


def test_confirmations_racing_a_new_version_are_all_in_the_version_shown(store: Store) -> None:
    """ana confirms bead after bead of version 1 while the file is read again and
    aligned (`ingest --reread`, then `align`, as another process does). Every
    confirmation she was told was saved must be in the alignment the Review page shows
    afterwards: saved before the new version, it is carried over; after it, refused.
    Before, those saved after the carry-over stayed in version 1, out of sight."""
    import threading

    french = [f"La phrase numéro {i} parle du conseil municipal." for i in range(30)]
    spanish = [f"La frase número {i} habla del consejo municipal." for i in range(30)]

    def stored(sha: str) -> int:
        return store.store_file(
            name="fr", path="/c/fr.txt", lang="fr", encoding="utf-8", sha256=sha * 64, size=1,
            sentences=[Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(french)],
        ).document.id  # fmt: skip

    fr_id = stored("a")
    store.store_file(
        name="es", path="/c/es.txt", lang="es", encoding="utf-8", sha256="b" * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "es", i) for i, t in enumerate(spanish)],
        original_of=fr_id,
    )  # fmt: skip
    old = align_document(store, "fr", "es").alignment.id
    started, saved = threading.Event(), []

    def ana() -> None:
        own = Store.open(store.url)  # another app server's connection
        try:
            for i in range(30):
                try:
                    apply(own, old, review.confirm(own.beads(old), i, "ana"), "ana")
                except ConflictError:
                    return
                saved.append(french[i])
                if i == 2:
                    started.set()
        finally:
            started.set()
            own.close()

    thread = threading.Thread(target=ana)
    thread.start()
    started.wait(timeout=60)
    stored("c")  # read again: version 2
    shown = align_document(store, "fr", "es").alignment.id
    thread.join(timeout=120)
    confirmed = {b.fr_text for b in store.beads(shown) if b.status is Status.CONFIRMED}
    assert len(saved) >= 3 and set(saved) <= confirmed


@pytest.mark.parametrize("path", ["align-again", "read-again", "app-realign"])
def test_an_empty_bead_a_reviewer_typed_into_and_confirmed_survives_every_alignment(
    store: Store, path: str
) -> None:
    """Found by the stress test with a re-read: a reviewer inserts an empty bead, types a
    translation into it and confirms it. It holds no sentence, so `align` (again, or
    of a new version) and the app's re-align stopped on it ("confirmed bead []:[]
    overlaps or crosses an earlier confirmed bead"). It stays now: where it stood when
    the sentences are the same, and in a new version after the sentence it followed
    there (session 13 put it after the reviewed bead it followed: none here, so first)."""
    from workbench.pipeline.alignment import alignment_for

    _, aid, _ = aligned_pair(store)
    apply(store, aid, review.insert_empty(store.beads(aid), 1, "ana"), "ana")
    apply(store, aid, review.edit_text(store.beads(aid), 2, "cp", "Nota de Ana.", "ana"), "ana")
    apply(store, aid, review.confirm(store.beads(aid), 2, "ana"), "ana")
    _align_again_by(store, aid, path)
    beads = store.beads(alignment_for(store, "fr", "es").id)
    kept = [(k, b.cp_text, b.status, b.reviewer) for k, b in enumerate(beads) if not b.fr]
    assert kept == [(2, "Nota de Ana.", Status.CONFIRMED, "ana")]


def test_an_empty_reviewed_bead_follows_its_sentence_into_a_new_version_that_moved_it(
    store: Store,
) -> None:
    """Session 13 left it first in a new version when no reviewed bead came before it. The
    new version here starts with a sentence more, so the old places do not hold either:
    the bead follows the sentence it followed, wherever that sentence is now."""
    from tests.test_review import FR
    from workbench.pipeline.alignment import alignment_for

    _, aid, _ = aligned_pair(store)
    apply(store, aid, review.insert_empty(store.beads(aid), 1, "ana"), "ana")
    apply(store, aid, review.edit_text(store.beads(aid), 2, "cp", "Nota de Ana.", "ana"), "ana")
    apply(store, aid, review.confirm(store.beads(aid), 2, "ana"), "ana")
    store.store_file(
        name="fr", path="/c/fr.txt", lang="fr", encoding="utf-8", sha256="c" * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "fr", i)
                   for i, t in enumerate(["Un nouveau titre.", *FR])],
    )  # fmt: skip
    beads = store.beads(align_document(store, "fr", "es").alignment.id)
    assert alignment_for(store, "fr", "es").version == 2
    at = next(k for k, b in enumerate(beads) if not b.fr and b.cp_text == "Nota de Ana.")
    assert FR[1] in beads[at - 1].fr_text  # right after "Ils ont parlé quatre heures."


@pytest.mark.parametrize("path", ["align-again", "read-again", "app-realign"])
def test_a_text_typed_into_an_empty_bead_survives_every_alignment_unconfirmed(
    store: Store, path: str
) -> None:
    """A reviewer inserts an empty bead and types a translation into it, saved, not yet
    confirmed: `align`, a new version and the app's re-align dropped it (found in
    session 14): `review.reviewed` counted a bead without sentences as nobody's work."""
    from workbench.pipeline.alignment import alignment_for

    _, aid, _ = aligned_pair(store)
    apply(store, aid, review.insert_empty(store.beads(aid), 1, "ana"), "ana")
    apply(store, aid, review.insert_empty(store.beads(aid), 3, "ana"), "ana")  # left empty
    apply(store, aid, review.edit_text(store.beads(aid), 2, "cp", "Nota de Ana.", "ana"), "ana")
    _align_again_by(store, aid, path)
    beads = store.beads(alignment_for(store, "fr", "es").id)
    kept = [(k, b.cp_text, b.origin, b.reviewer) for k, b in enumerate(beads) if not b.fr]
    assert kept == [(2, "Nota de Ana.", "human", "ana")]  # the empty one is gone
