"""The review editor's events, performed against a real store (no browser, no Streamlit run).

Each event is what the browser sends for one deliberate action; the tests say
what the store then holds and what the reviewer is told. The browser side
(keys, clicks, what is shown) is tested in tests/test_browser_app.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as hyp

from tests.conftest import needs_apertium
from tests.factories import parallel_text
from tests.parallel_fixture import store_parallel
from workbench import review
from workbench.formats.registry import read_units
from workbench.model import InputError, Status, StoredBead
from workbench.pipeline.alignment import apply
from workbench.pipeline.exchange import export_documents
from workbench.store import Store
from workbench.ui import editor
from workbench.ui.common import Snapshot

BEADS = parallel_text(5)


@pytest.fixture
def aligned(store: Store) -> Iterator[tuple[Store, int]]:
    yield store, store_parallel(store, "doc", BEADS).id


def context(store: Store, alignment_id: int, name: str = "ana", **more: Any) -> editor.Context:
    def snap() -> Snapshot:
        return Snapshot(
            alignment_id, store.revision(alignment_id), tuple(store.beads(alignment_id))
        )

    texts = {s.id: s.text for s in store.segments(store.alignment(alignment_id).doc_id)}
    return editor.Context(store, alignment_id, name, snap, texts, **more)


def event(store: Store, alignment_id: int, action: str, pos: int, touched: list[int],
          seq: int = 1, **more: Any) -> dict[str, Any]:  # fmt: skip
    """The event the browser sends: the beads at ``touched`` with the versions stored now."""
    beads = store.beads(alignment_id)
    seen = [[beads[k].id, beads[k].version] for k in touched]
    return {"client": "c1", "seq": seq, "action": action, "pos": pos, "id": beads[pos].id,
            "seen": seen, **more}  # fmt: skip


@pytest.mark.parametrize(
    ("action", "pos", "touched", "more", "expect"),
    [
        ("confirm", 0, [0], {}, lambda b: b[0].status is Status.CONFIRMED),
        ("confirm_through", 3, [0, 1, 2, 3], {},
         lambda b: [x.status for x in b] == [Status.CONFIRMED] * 4 + [Status.AUTO]),
        ("reject", 1, [1], {}, lambda b: b[1].status is Status.REJECTED),
        ("merge_next", 1, [1, 2], {}, lambda b: len(b) == 4 and len(b[1].fr) == 2),
        ("merge_prev", 2, [1, 2], {}, lambda b: len(b) == 4 and len(b[1].fr) == 2),
        ("split", 0, [0], {"fr_at": 1, "cp_at": 2},
         lambda b: len(b) == 6 and (len(b[0].fr), len(b[0].cp), len(b[1].fr)) == (1, 2, 1)),
        ("move", 3, [3, 4], {"side": "fr", "down": True}, lambda b: len(b[4].fr) == 1),
        ("move", 1, [0, 1], {"side": "cp", "down": False}, lambda b: len(b[0].cp) == 3),
        ("insert", 0, [0], {}, lambda b: len(b) == 6 and b[1].fr == b[1].cp == ()),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)  # fmt: skip
def test_each_action_is_stored_once_and_signed(
    aligned: tuple[Store, int], action: str, pos: int, touched: list[int],
    more: dict[str, Any], expect: Callable[[list[StoredBead]], bool],
) -> None:  # fmt: skip
    store, aid = aligned
    before = store.beads(aid)
    texts = [(b.fr_text, b.cp_text) for b in before]
    outcome = editor.perform(event(store, aid, action, pos, touched, **more), context(store, aid))
    assert outcome.ok, outcome.message
    after = store.beads(aid)
    assert expect(after)
    untouched = {(b.id, b.version) for b in before}
    signed = {b.reviewer for b in after if (b.id, b.version) not in untouched}
    assert "ana" in signed and signed <= {"ana", None}  # None: a bead stored again as it was
    if action in ("confirm", "confirm_through", "reject"):
        assert [(b.fr_text, b.cp_text) for b in after] == texts  # a status never moves text


def test_an_event_on_a_bead_changed_since_it_was_seen_is_refused_and_names_it(
    aligned: tuple[Store, int],
) -> None:
    store, aid = aligned
    stale = event(store, aid, "confirm", 1, [1])
    apply(store, aid, review.reject(store.beads(aid), 1, "ben"), "ben")
    outcome = editor.perform(stale, context(store, aid))
    assert not outcome.ok
    assert outcome.message == (
        "Not confirmed: bead 2 was changed by ben after you saw it; read it as it is now, "
        "then press Y to confirm it."
    )
    assert store.beads(aid)[1].status is Status.REJECTED


def test_a_save_refused_after_the_reviewers_own_undo_names_the_undo_not_the_beads_author(
    aligned: tuple[Store, int],
) -> None:
    """newcomer17b: ben corrected bead 2, ana saved over it, typed more and pressed Undo; her
    next save was refused as "ben changed bead 2", though her own undo had changed it."""
    store, aid = aligned
    ben = event(store, aid, "save", 1, [1], fr="La version de ben.", cp="La sesión es pública.")
    assert editor.perform(ben, context(store, aid, "ben")).ok
    ctx = context(store, aid, "ana")
    assert editor.perform(event(store, aid, "save", 1, [1], fr="Ma version."), ctx).ok
    typed_on = event(store, aid, "save", 1, [1], seq=3, fr="Ma version, encore.")
    assert editor.perform({"client": "c1", "seq": 2, "action": "undo", "seen": []}, ctx).ok
    outcome = editor.perform(typed_on, ctx)
    assert not outcome.ok and outcome.theirs is not None
    assert "bead 2 was changed by an undo by ana after you opened it" in outcome.message
    assert (outcome.theirs["fr"], outcome.theirs["reviewer"]) == ("La version de ben.", "ben")


def test_an_action_reaching_a_bead_not_seen_is_refused(aligned: tuple[Store, int]) -> None:
    store, aid = aligned
    outcome = editor.perform(event(store, aid, "merge_next", 1, [1]), context(store, aid))
    assert not outcome.ok and "reload" in outcome.message
    assert len(store.beads(aid)) == len(BEADS)


def test_a_save_stores_both_sides_as_typed_as_one_edit_against_the_version_loaded(
    aligned: tuple[Store, int], tmp_path: Path
) -> None:
    """sacred19: the save dropped the trailing space the reviewer typed, and made runs of
    spaces and no-break spaces one plain space. A human edit is kept as typed; an export
    trims each side, and only that (README: export)."""
    store, aid = aligned
    typed = {"fr": "La séance  est publique\u202f: oui. ", "cp": "La sesión es abierta. "}
    saved = event(store, aid, "save", 1, [1], fr=typed["fr"], cp=typed["cp"])
    outcome = editor.perform(saved, context(store, aid))
    assert outcome.ok and outcome.message == "Saved bead 2."
    bead = store.beads(aid)[1]
    assert (bead.fr_text, bead.cp_text, bead.origin, bead.reviewer) == (
        typed["fr"], typed["cp"], "human", "ana",
    )  # fmt: skip
    assert [e.action for e in store.events(aid, limit=2)] == ["edit", "align"]
    again = event(store, aid, "save", 1, [1], seq=2, fr=typed["fr"], cp=typed["cp"].rstrip())
    assert editor.perform(again, context(store, aid)).message == "Saved bead 2."  # the space
    assert store.beads(aid)[1].cp_text == "La sesión es abierta."
    export_documents(store, ["doc"], "es", "tsv", tmp_path / "doc.tsv")
    units = read_units(tmp_path / "doc.tsv")  # the original (Spanish) is the source
    unit = next(u for u in units if u.source == "La sesión es abierta.")
    assert unit.target == "La séance  est publique\u202f: oui."  # trimmed, nothing else


def test_a_refused_save_sends_back_the_other_reviewers_text(aligned: tuple[Store, int]) -> None:
    store, aid = aligned
    mine = event(store, aid, "save", 1, [1], fr="Ma version.", cp="La sesión es pública.")
    theirs = event(store, aid, "save", 1, [1], fr="Leur version.", cp="La sesión es pública.")
    assert editor.perform(theirs, context(store, aid, "ben")).ok
    outcome = editor.perform(mine, context(store, aid, "ana"))
    assert not outcome.ok and outcome.theirs is not None
    assert "bead 2 was changed by ben" in outcome.message
    assert (outcome.theirs["fr"], outcome.theirs["reviewer"]) == ("Leur version.", "ben")
    assert store.beads(aid)[1].fr_text == "Leur version."


def test_a_save_on_a_bead_merged_away_names_the_merge_and_stores_nothing(
    aligned: tuple[Store, int],
) -> None:
    """newcomer16: the refusal named the bead now at that place ("changed by the
    aligner") and offered to keep a text beside a bead that was not hers."""
    store, aid = aligned
    mine = event(store, aid, "save", 2, [2], fr="Ma version.", cp="Mi versión.")
    assert editor.perform(event(store, aid, "merge_prev", 2, [1, 2]), context(store, aid, "ben")).ok
    before = store.beads(aid)
    outcome = editor.perform(mine, context(store, aid, "ana"))
    assert (outcome.ok, outcome.theirs) == (False, None)
    assert outcome.message == (
        "Not saved: bead 3 as you opened it was merged by ben. Your text is kept beside "
        "the editor: put it into the bead where it belongs."
    )
    assert store.beads(aid) == before


def test_keep_mine_stores_only_the_sides_typed_and_keeps_a_colleagues_other_side(
    aligned: tuple[Store, int],
) -> None:
    """A save sends both fields; the side the reviewer did not type (``typed`` leaves it
    out) keeps the bead's text, so "Keep mine" after a colleague changed the other side
    does not write the loaded text back over it (newcomer16b)."""
    store, aid = aligned
    hers = event(store, aid, "save", 1, [1], fr=BEADS[1][0][0], cp="Mi versión.", typed=["cp"])
    his = event(store, aid, "save", 1, [1], fr="Sa version.", cp=store.beads(aid)[1].cp_text)
    assert editor.perform(his, context(store, aid, "ben")).ok
    refused = editor.perform(hers, context(store, aid, "ana"))
    assert not refused.ok and refused.theirs is not None
    keep_mine = {**hers, "seq": 2, "seen": [[refused.theirs["id"], refused.theirs["v"]]]}
    assert editor.perform(keep_mine, context(store, aid, "ana")).ok
    bead = store.beads(aid)[1]
    assert (bead.fr_text, bead.cp_text) == ("Sa version.", "Mi versión.")


def test_a_save_on_a_version_the_file_replaced_says_so_and_stores_nothing(
    store: Store, tmp_path: Path
) -> None:
    """newcomer16: a page loaded on version 1 was told "dora changed bead 5" once the
    file had been read again and aligned, as if a reviewer had."""
    from workbench import pipeline
    from workbench.pipeline.alignment import align_document

    page, original = tmp_path / "crues.txt", tmp_path / "crues-es.txt"
    original.write_text("El consejo votó el plan.\nLos diques se elevarán.\n", encoding="utf-8")
    page.write_text("Le conseil a voté le plan.\nLes digues seront relevées.\n", encoding="utf-8")
    pipeline.ingest_paths(store, [page])
    first = align_document(store, "crues", "es", original_path=original).alignment.id
    mine = event(store, first, "save", 1, [1], fr="Les digues seront rehaussées.", cp="")
    page.write_text("Le conseil a voté le plan mardi.\nLes digues seront relevées.\n", "utf-8")
    pipeline.ingest_paths(store, [page])
    align_document(store, "crues", "es")
    before = store.beads(first)
    outcome = editor.perform(mine, context(store, first, "ana"))
    assert not outcome.ok
    assert outcome.message.startswith(
        "Not saved: version 2 of crues is current since you loaded version 1"
    )
    assert store.beads(first) == before


def test_without_a_name_nothing_is_stored(aligned: tuple[Store, int]) -> None:
    store, aid = aligned
    outcome = editor.perform(event(store, aid, "confirm", 0, [0]), context(store, aid, ""))
    assert not outcome.ok and "Give your name" in outcome.message
    assert store.beads(aid)[0].status is Status.AUTO


def test_an_impossible_action_says_why(aligned: tuple[Store, int]) -> None:
    store, aid = aligned
    outcome = editor.perform(event(store, aid, "merge_next", 4, [4]), context(store, aid))
    assert not outcome.ok and "there is no bead 6" in outcome.message


def test_undo_reverts_ones_own_edit_and_moves_the_view_to_it(aligned: tuple[Store, int]) -> None:
    store, aid = aligned
    before = [(b.fr, b.cp, b.status) for b in store.beads(aid)]
    ctx = context(store, aid)
    assert editor.perform(event(store, aid, "merge_next", 2, [2, 3]), ctx).ok
    undo = editor.perform({"client": "c1", "seq": 2, "action": "undo", "seen": []}, ctx)
    assert undo.ok and undo.focus == 2 and undo.message == "Undid your merge at bead 3."
    assert [(b.fr, b.cp, b.status) for b in store.beads(aid)] == before


def test_a_reviewer_cannot_undo_a_colleagues_edit(aligned: tuple[Store, int]) -> None:
    store, aid = aligned
    assert editor.perform(event(store, aid, "confirm", 0, [0]), context(store, aid, "ana")).ok
    ben = editor.perform({"client": "c2", "seq": 1, "action": "undo"}, context(store, aid, "ben"))
    assert not ben.ok and "nothing to undo by ben" in ben.message
    assert store.beads(aid)[0].status is Status.CONFIRMED


@needs_apertium
def test_gaps_are_filled_with_drafts_that_name_their_engine(aligned: tuple[Store, int]) -> None:
    from workbench.pipeline.mt import translator_for

    store, aid = aligned
    translator = translator_for("fr", "es", None, store)

    def translate(text: str) -> tuple[str, str]:
        found = translator.translate_batch([text])[0]
        return found.text, found.origin

    ctx = context(store, aid, translate=translate)
    progress: list[tuple[int, int]] = []
    beads = store.beads(aid)
    seen = [(b.id, b.version) for b in beads]
    filled, skipped = editor.fill_gaps(ctx, seen, lambda n, total: progress.append((n, total)))
    assert (filled, skipped) == (1, 4) and progress == [(3, 5)]
    gap = store.beads(aid)[2]
    assert (gap.status, gap.origin, gap.cp) == (Status.DRAFT, "mt:apertium:fr-es", ())
    assert gap.cp_text and gap.fr_text == beads[2].fr_text


def test_undo_walks_back_every_edit_in_order_and_redo_walks_forward(
    aligned: tuple[Store, int],
) -> None:
    store, aid = aligned
    ctx = context(store, aid)

    def state() -> list[tuple[object, ...]]:
        return [(b.fr, b.cp, b.fr_text, b.cp_text, b.status) for b in store.beads(aid)]

    start = state()
    steps = [
        ("confirm", 0, [0], {}),
        ("save", 1, [1], {"fr": "Première correction.", "cp": "La sesión es pública."}),
        ("save", 1, [1], {"fr": "Première correction.", "cp": "Segunda corrección."}),
        ("merge_next", 2, [2, 3], {}),
    ]  # the same bead edited twice in a row, then a merge
    states = []
    for seq, (action, pos, touched, more) in enumerate(steps, 1):
        assert editor.perform(event(store, aid, action, pos, touched, seq, **more), ctx).ok
        states.append(state())
    for seq in range(len(steps)):
        undo = editor.perform({"client": "c1", "seq": 10 + seq, "action": "undo"}, ctx)
        assert undo.ok, undo.message
        assert state() == ([start, *states][-2 - seq])
    assert state() == start
    redo = editor.perform({"client": "c1", "seq": 20, "action": "redo"}, ctx)
    assert redo.ok and redo.focus == 0 and state() == states[0]


# --- split at the caret, inside a sentence --------------------------------------------


@pytest.mark.parametrize(
    ("caret", "more", "first", "second"),
    [
        # French cut inside its first sentence; the Spanish stays above (no mark on it)
        ({"fr": 11}, {"cp_at": 2},
         ("Le conseil", "El consejo se reúne mañana. Examinará el presupuesto."),
         ("se réunit demain. Il examinera le budget.", "")),
        # at a sentence boundary (the space before the second sentence): a plain split
        ({"fr": 28}, {"cp_at": 1},
         ("Le conseil se réunit demain.", "El consejo se reúne mañana."),
         ("Il examinera le budget.", "Examinará el presupuesto.")),
        # both sides cut inside a sentence
        ({"fr": 41, "cp": 37},
         {}, ("Le conseil se réunit demain. Il examinera", "El consejo se reúne mañana. Examinará"),
         ("le budget.", "el presupuesto.")),
        # the counterpart cut, the French split after its first sentence
        ({"cp": 10}, {"fr_at": 1},
         ("Le conseil se réunit demain.", "El consejo"),
         ("Il examinera le budget.", "se reúne mañana. Examinará el presupuesto.")),
    ],
    ids=["fr-inside", "fr-boundary", "both-inside", "cp-inside"],
)  # fmt: skip
def test_a_split_at_the_caret_cuts_the_text_there_and_keeps_every_sentence_once(
    aligned: tuple[Store, int], caret: dict[str, int], more: dict[str, int],
    first: tuple[str, str], second: tuple[str, str],
) -> None:  # fmt: skip
    store, aid = aligned
    bead = store.beads(aid)[0]
    outcome = editor.perform(
        event(store, aid, "split", 0, [0], caret=caret, **more), context(store, aid)
    )
    assert outcome.ok, outcome.message
    beads = store.beads(aid)
    assert len(beads) == len(BEADS) + 1
    assert (beads[0].fr_text, beads[0].cp_text) == first
    assert (beads[1].fr_text, beads[1].cp_text) == second
    # each sentence (segment id) is in exactly one of the two halves, in order
    assert beads[0].fr + beads[1].fr == bead.fr and beads[0].cp + beads[1].cp == bead.cp
    assert {beads[0].reviewer, beads[1].reviewer} == {"ana"}


def test_the_page_s_split_of_a_rejected_pair_keeps_the_rejection_on_its_counterpart(
    aligned: tuple[Store, int],
) -> None:
    """loose24: a pair claire rejected, parted by ana on the page (the caret at the start of
    the counterpart, then Split): claire's word stays on the counterpart alone, ana is told,
    and an undo gives the rejected pair back."""
    store, aid = aligned
    apply(store, aid, review.reject(store.beads(aid), 1, "claire"), "claire")
    before = store.beads(aid)[1]
    outcome = editor.perform(
        event(store, aid, "split", 1, [1], caret={"cp": 0}, fr_at=len(before.fr)),
        context(store, aid),
    )
    assert outcome.message == "Split bead 2 (its counterpart, bead 3, still rejected by claire)."
    french, counterpart = store.beads(aid)[1:3]
    assert (french.fr, french.cp, french.status, french.reviewer) == (
        before.fr, (), Status.AUTO, "ana",
    )  # fmt: skip
    assert (counterpart.fr, counterpart.cp, counterpart.status, counterpart.reviewer) == (
        (), before.cp, Status.REJECTED, "claire",
    )  # fmt: skip
    undo = editor.perform({"client": "c1", "seq": 2, "action": "undo"}, context(store, aid))
    assert undo.ok, undo.message
    again = store.beads(aid)[1]
    assert (again.fr, again.cp, again.status, again.reviewer) == (
        before.fr, before.cp, Status.REJECTED, "claire",
    )  # fmt: skip


def test_a_split_inside_a_sentence_is_recorded_and_undone_like_any_edit(
    aligned: tuple[Store, int],
) -> None:
    store, aid = aligned
    start = [(b.fr, b.cp, b.fr_text, b.cp_text, b.status) for b in store.beads(aid)]
    ctx = context(store, aid)
    split = event(store, aid, "split", 0, [0], caret={"fr": 11}, cp_at=2)
    outcome = editor.perform(split, ctx)
    assert outcome.message == "Split bead 1 inside a French sentence."
    entry = store.history(aid, limit=1)[0]
    cut = dict(entry.detail["split"])
    segment = store.beads(aid)[0].fr[0]
    assert cut["fr"] == {"offset": 11, "segment": segment, "segment_offset": 11}
    assert (entry.before, entry.after) == ((1,), (1, 2))
    undo = editor.perform({"client": "c1", "seq": 2, "action": "undo"}, ctx)
    assert undo.ok and undo.message == "Undid your split at bead 1."
    assert [(b.fr, b.cp, b.fr_text, b.cp_text, b.status) for b in store.beads(aid)] == start


@pytest.mark.parametrize(
    ("caret", "message"),
    [
        ({"fr": 0}, "a split must leave text on both beads"),
        ({"fr": 500}, "has 52 characters; put the caret inside it"),
    ],
)
def test_a_caret_split_that_would_leave_nothing_says_why(
    aligned: tuple[Store, int], caret: dict[str, int], message: str
) -> None:
    store, aid = aligned
    outcome = editor.perform(
        event(store, aid, "split", 0, [0], caret=caret, cp_at=0), context(store, aid)
    )
    assert not outcome.ok and message in outcome.message
    assert len(store.beads(aid)) == len(BEADS)


def test_the_history_shows_positions_a_diff_and_what_an_undo_reverses(
    aligned: tuple[Store, int],
) -> None:
    from workbench.ui.review import history_row

    store, aid = aligned
    ctx = context(store, aid)
    assert editor.perform(event(store, aid, "merge_next", 2, [2, 3]), ctx).ok
    assert editor.perform({"client": "c1", "seq": 2, "action": "undo"}, ctx).ok
    undo, merge = store.history(aid, limit=2)
    merged = history_row(merge)
    assert (merged["action"], merged["beads"], merged["undone"]) == ("merge", "beads 3–4 → 3", True)
    assert merged["before → after"] == (
        "French: Les journalistes sont invités. [-¦-] Le vote aura lieu à midi. · "
        "counterpart: [-¦-] La votación será a mediodía."
    )
    undone = history_row(undo, merge)
    assert (undone["action"], undone["beads"]) == ("undo of merge by ana", "bead 3 → 3–4")


SENTENCES = {1: "Le conseil se réunit demain.", 2: "Il examinera le budget.", 3: "Fin.",
             11: "El consejo se reúne.", 12: "Examinará el presupuesto."}  # fmt: skip


@given(fr_offset=hyp.integers(0, 60), cp_at=hyp.integers(0, 2), fr_count=hyp.integers(1, 3))
def test_wherever_the_caret_is_a_split_keeps_every_sentence_once_and_every_character(
    fr_offset: int, cp_at: int, fr_count: int
) -> None:
    fr, cp = (1, 2, 3)[:fr_count], (11, 12)
    text = " ".join(SENTENCES[i] for i in fr)
    now = datetime(2026, 11, 29)
    b = StoredBead(7, 1, 0, fr, cp, text, " ".join(SENTENCES[i] for i in cp), 0.8, Status.AUTO,
                   "auto:gold", None, 3, now, now)  # fmt: skip
    head, tail = text[:fr_offset].strip(), text[fr_offset:].strip()
    empty_bead = (not head and cp_at == 0) or (not tail and cp_at == len(cp))
    if fr_offset > len(text) or empty_bead:
        with pytest.raises(InputError):
            review.split_at_caret([b], 0, {"fr": fr_offset}, {"cp": cp_at}, SENTENCES, "ana")
        return
    edit = review.split_at_caret([b], 0, {"fr": fr_offset}, {"cp": cp_at}, SENTENCES, "ana")
    first, second = edit.drafts
    assert first.fr + second.fr == fr and first.cp + second.cp == cp  # each sentence once
    no_space = "".join(text.split())
    assert "".join((first.fr_text + second.fr_text).split()) == no_space  # no character lost
    assert (first.fr_text, second.fr_text) == (head, tail)
    assert edit.expected == {7: 3}


@pytest.mark.parametrize(
    ("kinds", "pos", "said"),
    [
        (["boilerplate"], 0, "ben marked a line as debris"),
        (["boilerplate", "body"], 1, "ben gave a debris line back to the text"),
    ],
    ids=["marked", "restored"],
)
def test_an_action_on_a_bead_a_debris_change_re_aligned_says_so(
    aligned: tuple[Store, int], kinds: list[str], pos: int, said: str
) -> None:
    """Newcomer N9: ana's page was stale after ben restored a line on the Debris page,
    which aligns again; her Y was refused with "bead 2 was merged, split or moved
    meanwhile", which nobody did. The refusal now says what the log says happened."""
    from workbench.model import Kind
    from workbench.pipeline.debris import set_segment_kinds

    store, aid = aligned
    budget = store.beads(aid)[0].fr[1]  # "Il examinera le budget."
    for kind in kinds[:-1]:
        set_segment_kinds(store, "doc", [budget], Kind(kind), actor="ben")
    seen = event(store, aid, "confirm", pos, [pos])
    set_segment_kinds(store, "doc", [budget], Kind(kinds[-1]), actor="ben")
    outcome = editor.perform(seen, context(store, aid))
    assert not outcome.ok
    assert outcome.message.startswith(
        f"Not saved: bead {pos + 1} was re-aligned by ben after {said} meanwhile"
    )


@pytest.mark.parametrize("first", ["confirm", "reject"])
def test_an_edit_of_a_confirmed_or_rejected_bead_leaves_it_to_confirm_again(
    both_store: Store, first: str
) -> None:
    """ana confirmed (or rejected) bead 2; ben corrects its text. Her word was about the
    text before: the bead is edited, not confirmed (a CAT tool makes an edited confirmed
    segment a draft again), and the log still says who confirmed it. Before, the bead
    stayed confirmed, signed ben, who never confirmed it."""
    aid = store_parallel(both_store, "doc", BEADS).id
    assert editor.perform(event(both_store, aid, first, 1, [1]), context(both_store, aid)).ok
    cp = " ".join(BEADS[1][1])
    saved = event(both_store, aid, "save", 1, [1], seq=2, fr="Une correction.", cp=cp)
    outcome = editor.perform(saved, context(both_store, aid, "ben"))
    assert outcome.ok, outcome.message
    bead = both_store.beads(aid)[1]
    assert (bead.fr_text, bead.status, bead.origin, bead.reviewer) == (
        "Une correction.", Status.AUTO, "human", "ben",
    )  # fmt: skip
    assert review.reviewed(bead)  # ben's text: align keeps it as it keeps any correction
    done = [(e.actor, e.action) for e in both_store.events(aid, limit=2)]
    assert done == [("ben", "edit"), ("ana", first)]
    again = event(both_store, aid, "confirm", 1, [1], seq=3)
    assert editor.perform(again, context(both_store, aid, "ben")).ok  # his own confirmation
    assert both_store.beads(aid)[1].status is Status.CONFIRMED


def _unsaved(aid: int, bead: StoredBead, fr: str, name: str = "ana", at: int = 1) -> dict[str, Any]:
    """One unsaved text as the browser sends it (review/*.js, sendKept)."""
    return {"a": aid, "id": bead.id, "r": name, "v": bead.version, "bf": bead.fr_text,
            "bc": bead.cp_text, "fr": fr, "cp": bead.cp_text, "at": at}  # fmt: skip


def test_an_unsaved_text_is_kept_until_its_reviewer_saves_it_and_never_changes_the_bead(
    aligned: tuple[Store, int],
) -> None:
    store, aid = aligned
    before, log = store.beads(aid), store.events(aid, limit=10)
    bead = before[1]
    typed = "La séance est publique et filmée."
    kept = {"client": "c1", "seq": 1, "action": "unsaved", "keep": [
        _unsaved(aid, bead, typed), _unsaved(aid, before[2], "Sous un autre nom.", name="ben"),
    ]}  # fmt: skip
    assert editor.perform(kept, context(store, aid)).ok
    assert [(t.bead_id, t.fr, t.version) for t in store.unsaved("ana", [aid])] == [
        (bead.id, typed, bead.version)
    ]
    assert store.unsaved("ben", [aid]) == []  # sent under a name this session no longer has
    assert (store.beads(aid), store.events(aid, limit=10)) == (before, log)
    refused = event(store, aid, "save", 1, [1], seq=2, fr=typed, cp=bead.cp_text)
    refused["seen"] = [[bead.id, bead.version - 1]]  # an older version than the one stored
    assert not editor.perform(refused, context(store, aid)).ok
    assert [t.fr for t in store.unsaved("ana", [aid])] == [typed]  # still unsaved: kept
    saved = event(store, aid, "save", 1, [1], seq=3, fr=typed, cp=bead.cp_text)
    assert editor.perform(saved, context(store, aid)).ok
    assert store.unsaved("ana", [aid]) == [] and store.beads(aid)[1].fr_text == typed


def test_a_dismissed_unsaved_text_is_dropped_for_its_reviewer_only(
    aligned: tuple[Store, int],
) -> None:
    store, aid = aligned
    bead = store.beads(aid)[0]
    for name in ("ana", "ben"):
        keep = {"client": name, "seq": 1, "action": "unsaved",
                "keep": [_unsaved(aid, bead, f"Texte de {name}.", name=name)]}  # fmt: skip
        assert editor.perform(keep, context(store, aid, name)).ok
    dropped = {"client": "ana", "seq": 2, "action": "unsaved", "drop": [[aid, bead.id, "ana"]]}
    assert editor.perform(dropped, context(store, aid, "ana")).ok
    assert store.unsaved("ana", [aid]) == []
    assert [t.fr for t in store.unsaved("ben", [aid])] == ["Texte de ben."]


# --- undo reaches the reviewer's last action here (newcomer22 M1) ----------------------


def _undo_event(store: Store, aid: int, seq: int, on: int, view: list[int], since: int,
                **more: Any) -> dict[str, Any]:  # fmt: skip
    """U pressed with bead ``on`` on screen and beads ``view`` in view (positions)."""
    ids = [b.id for b in store.beads(aid)]
    shown = [ids[k] for k in view]
    return {"client": "c1", "seq": seq, "action": "undo", "pos": on, "id": ids[on],
            "seen": [], "held": [], "view": shown, "since": since, **more}  # fmt: skip


@pytest.mark.parametrize(
    ("on", "view", "in_session", "undone"),
    [
        (3, [2, 3, 4], False, True),  # the confirmed bead on screen: undone, however old
        (2, [1, 2, 3], True, True),  # in view, confirmed since the page opened: undone
        (2, [1, 2, 3], False, False),  # in view, but confirmed before the page opened: asked
        (0, [0, 1], True, False),  # confirmed since, but away from the beads in view: asked
    ],
)
def test_undo_acts_on_the_beads_before_the_reviewer_or_asks(
    aligned: tuple[Store, int], on: int, view: list[int], in_session: bool, undone: bool
) -> None:
    store, aid = aligned
    ctx = context(store, aid)
    opened = store.revision(aid)
    assert editor.perform(event(store, aid, "confirm", 3, [3]), ctx).ok
    since = opened if in_session else store.revision(aid)
    outcome = editor.perform(_undo_event(store, aid, 2, on, view, since), ctx)
    assert outcome.ok is undone, outcome.message
    status = store.beads(aid)[3].status
    assert status is (Status.AUTO if undone else Status.CONFIRMED)
    if not undone:
        assert outcome.message.startswith("Undo your confirm at bead 4, just now?")
        assert "press U again" in outcome.message and outcome.ask is not None


def test_undo_passes_over_a_colleagues_change_then_asks_before_undoing_elsewhere(
    aligned: tuple[Store, int],
) -> None:
    """newcomer22 M1 (s8): ana confirmed bead 4 long ago and edited bead 1; ben edited her
    bead 1; ana's U undid her old confirm far from the bead on screen. Now it asks, names
    the edit, and a second press (``agreed``) undoes it; ben's text on bead 1 stays."""
    store, aid = aligned
    ana, ben = context(store, aid), context(store, aid, "ben")
    assert editor.perform(event(store, aid, "confirm", 3, [3]), ana).ok
    opened = store.revision(aid)  # ana opens the page on bead 1
    saved = {"fr": "Texte d'ana.", "cp": "Texto de ana."}
    assert editor.perform(event(store, aid, "save", 0, [0], 2, **saved), ana).ok
    theirs = {"fr": "Texte de ben.", "cp": "Texto de ben."}
    assert editor.perform(event(store, aid, "save", 0, [0], 1, **theirs), ben).ok
    asked = editor.perform(_undo_event(store, aid, 3, 0, [0, 1], opened), ana)
    assert not asked.ok and asked.message == (
        "Your later edit stays: bead 1 was changed by ben since. Undo your confirm at bead 4, "
        "just now? It is away from the beads on screen: press U again to undo it."
    )
    assert store.beads(aid)[3].status is Status.CONFIRMED  # nothing written
    again = editor.perform(_undo_event(store, aid, 4, 0, [0, 1], opened, agreed=asked.ask), ana)
    assert again.ok and again.message.startswith("Undid your confirm at bead 4.")
    beads = store.beads(aid)
    assert beads[3].status is Status.AUTO and beads[0].fr_text == "Texte de ben."


def test_a_second_press_undoes_only_the_edit_it_was_asked_about(
    aligned: tuple[Store, int],
) -> None:
    """The edit agreed to is no longer the latest (the reviewer confirmed another bead far
    away meanwhile): asked again, about that one."""
    store, aid = aligned
    ctx = context(store, aid)
    assert editor.perform(event(store, aid, "confirm", 3, [3]), ctx).ok
    since = store.revision(aid)
    asked = editor.perform(_undo_event(store, aid, 2, 0, [0], since), ctx)
    assert editor.perform(event(store, aid, "confirm", 4, [4], 3), ctx).ok
    again = editor.perform(_undo_event(store, aid, 4, 0, [0], since, agreed=asked.ask), ctx)
    assert not again.ok and again.ask not in (None, asked.ask)
    assert "confirm at bead 5" in again.message
    assert [b.status for b in store.beads(aid)][3:] == [Status.CONFIRMED] * 2


def test_an_undo_a_colleagues_later_change_blocks_says_not_undone(
    aligned: tuple[Store, int],
) -> None:
    """verify22: the refusal read "Not saved: cannot undo your edit…", on an undo."""
    store, aid = aligned
    ana, ben = context(store, aid), context(store, aid, "ben")
    mine = {"fr": "Texte d'ana.", "cp": "Texto de ana."}
    assert editor.perform(event(store, aid, "save", 0, [0], 1, **mine), ana).ok
    theirs = {"fr": "Texte de ben.", "cp": "Texto de ben."}
    assert editor.perform(event(store, aid, "save", 0, [0], 1, **theirs), ben).ok
    undo = editor.perform({"client": "c1", "seq": 3, "action": "undo", "seen": []}, ana)
    assert not undo.ok
    assert undo.message.startswith("Not undone: cannot undo your edit: bead 1 was changed by ben")
    assert store.beads(aid)[0].fr_text == "Texte de ben."
