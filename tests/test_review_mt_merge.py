"""Reshaping a bead never makes an MT draft the reviewer's text (newcomer17, HIGH 1).

The French splitter cut "…le 15 janv." | "2026."; the aligner paired the first
piece with the English original's whole sentence and left "2026." a gap, which
`fill` drafted. Merging the gap back (M) and confirming (Y) wrote "…15 Jan.
2026. 2026." as the reviewer's own (origin ``human``, confirmed), and a TMX
exported it as a human translation; Shift+M on a gap the translator added put
Apertium's sentence after the original's in the same way. A CAT tool keeps
machine text machine text: the original's sentences stand for a merged gap
(its draft goes), a bead of drafts alone stays an MT draft, a draft kept beside
a reviewer's words keeps the bead waiting for its post-edit, and confirming
machine words is a post-edit. Every test runs the reviewer's events through the
Review page's editor on SQLite and PostgreSQL, with real Apertium drafts.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.test_app_editor import context, event
from workbench import review
from workbench.formats.units import ExportOptions, MtPolicy
from workbench.model import POST_EDIT, BeadDraft, Kind, Sentence, Status, StoredBead
from workbench.pipeline.alignment import apply
from workbench.pipeline.exchange import export_documents
from workbench.pipeline.mt import fill_document
from workbench.pipeline.reviewed_rows import row_edit
from workbench.store import Store
from workbench.ui import editor, parallel
from workbench.ui.parallel import SegmentText

pytestmark = pytest.mark.skipif(
    shutil.which("apertium") is None or not Path("/usr/share/apertium/modes/fr-es.mode").exists(),
    reason="needs Debian packages apertium and apertium-fr-es",
)

FR = [
    "Le Syndicat votera son budget 2026 le 15 janv.",
    "2026.",  # cut off its sentence by the splitter
    "Le prix de l'eau augmentera de 2,1 % le 1er mars, soit 0,08 € par mètre cube.",
    "Les montants de ce rapport sont arrondis au dixième le plus proche.",  # added in French
    "Les travaux commenceront en avril.",
    "Ils dureront deux ans.",
    "Le chantier sera suivi de près.",
]
ES = [
    "El Sindicato votará su presupuesto 2026 el 15 de enero de 2026.",
    "El precio del agua subirá un 2,1 % el 1 de marzo, es decir 0,08 € por metro cúbico.",
    "Las obras empezarán en abril.",
]
PAIRS = [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), ()), ((4,), (2,)), ((5,), ()), ((6,), ())]
TYPED = "Las obras durarán dos años."  # ana's own translation of FR[5]


@pytest.fixture
def store(both_store: Store) -> Store:
    return both_store


def drafted(store: Store) -> int:
    """The alignment above with its four gaps (FR 1, 3, 5, 6) drafted by Apertium."""
    fr = store.store_file(
        name="rapport", path="/c/rapport.txt", lang="fr", encoding="utf-8", sha256="a" * 64,
        size=1, sentences=[Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(FR)],
    ).document  # fmt: skip
    es = store.store_file(
        name="informe", path="/c/informe.txt", lang="es", encoding="utf-8", sha256="b" * 64,
        size=1, sentences=[Sentence(t, Kind.BODY, "es", i) for i, t in enumerate(ES)],
        original_of=fr.id,
    ).document  # fmt: skip
    f = [s.id for s in store.segments(fr.id)]
    e = [s.id for s in store.segments(es.id)]
    beads = [
        BeadDraft(tuple(f[i] for i in a), tuple(e[j] for j in b),
                  " ".join(FR[i] for i in a), " ".join(ES[j] for j in b),
                  0.9, Status.AUTO, "auto:test")
        for a, b in PAIRS
    ]  # fmt: skip
    aid = store.save_alignment(
        doc_id=fr.id, version=1, counterpart=(es.id, 1), fr_lang="fr", cp_lang="es",
        aligner="test", beads=beads,
    ).id  # fmt: skip
    assert fill_document(store, "rapport", "es", engine="apertium", estimate=False).filled == 4
    return aid


def act(store: Store, aid: int, action: str, pos: int, touched: list[int], **more: Any) -> str:
    """One event of the Review page, as the browser sends it; the message shown."""
    outcome = editor.perform(event(store, aid, action, pos, touched, **more), context(store, aid))
    assert outcome.ok, outcome.message
    return outcome.message


def tmx(store: Store, path: Path, mt: MtPolicy = MtPolicy.EXCLUDE) -> str:
    export_documents(store, ["rapport"], "es", "tmx", path, ExportOptions(mt=mt))
    return path.read_text(encoding="utf-8")


def test_merging_a_drafted_gap_into_its_original_sentence_drops_the_draft(
    store: Store, tmp_path: Path
) -> None:
    """newcomer17's steps: M on the bead before the "2026." gap, Y; Shift+M on the gap
    the translator added, Y. The English (here Spanish) original keeps its own words."""
    aid = drafted(store)
    beads = store.beads(aid)
    drafts = {i: beads[i].cp_text for i in (1, 3)}
    assert all(drafts.values()) and all(beads[i].status is Status.DRAFT for i in (1, 3))
    original = [beads[0].cp, beads[2].cp]

    said = act(store, aid, "merge_next", 0, [0, 1])
    assert "MT draft" in said
    act(store, aid, "confirm", 0, [0])
    act(store, aid, "merge_prev", 2, [1, 2])
    act(store, aid, "confirm", 1, [1])

    beads = store.beads(aid)
    assert [(b.fr_text, b.cp_text, b.cp) for b in beads[:2]] == [
        (f"{FR[0]} {FR[1]}", ES[0], original[0]),
        (f"{FR[2]} {FR[3]}", ES[1], original[1]),
    ]
    assert all((b.origin, b.status) == ("human", Status.CONFIRMED) for b in beads[:2])
    written = tmx(store, tmp_path / "out.tmx")
    assert ES[0] in written and ES[1] in written
    assert f"{ES[0]} {drafts[1]}" not in written and drafts[3] not in written


def test_merging_drafts_only_keeps_an_mt_draft_to_post_edit(store: Store, tmp_path: Path) -> None:
    aid = drafted(store)
    gaps = store.beads(aid)[5:7]
    act(store, aid, "merge_next", 5, [5, 6])

    merged = store.beads(aid)[5]
    assert merged.cp_text == f"{gaps[0].cp_text} {gaps[1].cp_text}"
    assert (merged.origin, merged.status) == (gaps[0].origin, Status.DRAFT)
    assert merged.origin.startswith("mt:apertium")
    assert merged.cp_text not in tmx(store, tmp_path / "default.tmx")
    assert merged.cp_text in tmx(store, tmp_path / "with-mt.tmx", MtPolicy.INCLUDE)


def test_confirming_an_mt_draft_is_a_post_edit_confirmation(store: Store, tmp_path: Path) -> None:
    """Y on a draft: the reviewer takes the engine's words as their translation, recorded
    as a post-edit (origin ``postedit:mt:…``) as an edited draft is, now confirmed."""
    aid = drafted(store)
    draft = store.beads(aid)[1]
    act(store, aid, "confirm", 1, [1])

    bead = store.beads(aid)[1]
    assert (bead.cp_text, bead.origin, bead.status, bead.reviewer) == (
        draft.cp_text, POST_EDIT + draft.origin, Status.CONFIRMED, "ana",
    )  # fmt: skip
    written = tmx(store, tmp_path / "out.tmx")
    assert '<prop type="x-origin">post-edited machine translation</prop>' in written
    act(store, aid, "undo", 1, [])
    assert store.beads(aid)[1] == replace(draft, version=store.beads(aid)[1].version,
                                          updated_at=store.beads(aid)[1].updated_at)  # fmt: skip


def test_confirming_beads_down_to_here_confirms_each_draft_as_a_post_edit(store: Store) -> None:
    aid = drafted(store)
    act(store, aid, "confirm_through", 3, [0, 1, 2, 3])
    beads = store.beads(aid)
    assert [b.origin.split(":")[0] for b in beads[:4]] == ["auto", "postedit", "auto", "postedit"]
    assert all(b.status is Status.CONFIRMED for b in beads[:4])


def _mixed(store: Store) -> tuple[int, StoredBead]:
    """ana's translation of FR[5] merged with Apertium's draft of FR[6]."""
    aid = drafted(store)
    apply(store, aid, review.edit_text(store.beads(aid), 5, "cp", TYPED, "ana"), "ana")
    raw = store.beads(aid)[6]
    act(store, aid, "merge_next", 5, [5, 6])
    return aid, raw


def test_a_draft_merged_beside_a_reviewers_words_keeps_the_bead_waiting_for_its_post_edit(
    store: Store, tmp_path: Path
) -> None:
    aid, raw = _mixed(store)
    merged = store.beads(aid)[5]
    assert merged.cp_text == f"{TYPED} {raw.cp_text}"
    assert (merged.origin, merged.status) == (POST_EDIT + raw.origin, Status.DRAFT)
    assert review.reviewed(merged)  # ana's words in it: re-aligning and fill keep it
    assert TYPED not in tmx(store, tmp_path / "default.tmx")  # never a human unit

    act(store, aid, "confirm", 5, [5])
    bead = store.beads(aid)[5]
    assert (bead.cp_text, bead.origin, bead.status) == (
        merged.cp_text, merged.origin, Status.CONFIRMED,
    )  # fmt: skip
    assert merged.cp_text in tmx(store, tmp_path / "confirmed.tmx")


def test_moving_a_sentence_out_of_a_bead_with_mt_words_keeps_them_marked(store: Store) -> None:
    aid, _ = _mixed(store)
    merged = store.beads(aid)[5]
    act(store, aid, "move", 5, [4, 5], side="fr", down=False)
    beads = store.beads(aid)
    assert (beads[4].fr_text, beads[4].cp_text) == (f"{FR[4]} {FR[5]}", ES[2])
    kept = beads[5]
    assert (kept.fr_text, kept.cp_text) == (FR[6], merged.cp_text)
    assert (kept.origin, kept.status) == (merged.origin, Status.DRAFT)


def test_a_split_keeps_the_mt_mark_on_the_half_that_keeps_the_mt_words(store: Store) -> None:
    aid, _ = _mixed(store)
    merged = store.beads(aid)[5]
    act(store, aid, "split", 5, [5], fr_at=1, cp_at=0)
    first, second = store.beads(aid)[5:7]
    assert (first.cp_text, first.origin, first.status) == (
        merged.cp_text, merged.origin, Status.DRAFT,
    )  # fmt: skip
    assert (second.fr_text, second.cp_text, second.status) == (FR[6], "", Status.AUTO)


def test_a_split_at_the_caret_inside_mt_drafts_leaves_both_halves_mt_drafts(store: Store) -> None:
    aid = drafted(store)
    gaps = store.beads(aid)[5:7]
    act(store, aid, "merge_next", 5, [5, 6])
    caret = len(gaps[0].cp_text)
    act(store, aid, "split", 5, [5], caret={"cp": caret}, fr_at=1)
    halves = store.beads(aid)[5:7]
    assert [(b.fr_text, b.cp_text, b.origin, b.status) for b in halves] == [
        (FR[5], gaps[0].cp_text, gaps[0].origin, Status.DRAFT),
        (FR[6], gaps[1].cp_text, gaps[0].origin, Status.DRAFT),
    ]


def test_the_review_page_shows_a_bead_with_mt_words_as_mt_and_whose(store: Store) -> None:
    aid, _ = _mixed(store)
    segments = {
        s.id: SegmentText(s.text, s.kind) for s in store.segments(store.alignment(aid).doc_id)
    }
    row = parallel.row(store.beads(aid)[5], segments)
    assert (row["look"], row["engine"]) == ("mt", "apertium fr-es and a reviewer")


def test_a_reviewed_files_row_confirming_a_draft_with_its_french_corrected_is_a_post_edit(
    store: Store,
) -> None:
    """The two imports of a reviewer's file (`workbench import`, OmegaT's file back) store
    a row through `row_edit`: the French corrected and the row confirmed, the draft's
    words are confirmed as the reviewer's post-edit, as Y records them."""
    aid = drafted(store)
    draft = store.beads(aid)[3]
    corrected = "Les montants du rapport sont arrondis au dixième le plus proche."
    edit = row_edit(store.beads(aid), 3, {"fr": corrected}, Status.CONFIRMED, "ana")
    apply(store, aid, edit, "ana")
    bead = store.beads(aid)[3]
    assert (bead.fr_text, bead.cp_text, bead.origin, bead.status) == (
        corrected, draft.cp_text, POST_EDIT + draft.origin, Status.CONFIRMED,
    )  # fmt: skip
