"""The Streamlit app, driven headless through AppTest: every page and every review action.

Each test gets its own copy of a store that holds the sample corpus with
004 aligned to its Spanish captions (without the encoder, to keep it quick),
acts through the app's widgets, and checks what the store then holds.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import CORPUS, ROOT, aligned_beads
from workbench import pipeline, review
from workbench.model import Status, StoredBead
from workbench.pipeline.alignment import align_document, alignment_for, apply
from workbench.store import Store

DOC = "004_c5001f9aa01043f8"


def _copy_db(source: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", f"{target}{suffix}")
    return target


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(ingested, aligned): the corpus ingested; the same with 004 aligned to Spanish."""
    folder = tmp_path_factory.mktemp("prepared")
    ingested = folder / "ingested.db"
    store = Store.open(str(ingested))
    assert not pipeline.ingest_paths(store, [CORPUS]).failed
    store.close()
    aligned = _copy_db(ingested, folder / "aligned.db")
    store = Store.open(str(aligned))
    align_document(store, DOC, "es", actor="setup")
    store.close()
    return ingested, aligned


@pytest.fixture
def db(tmp_path: Path, prepared: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the aligned store, named by WORKBENCH_DB."""
    path = _copy_db(prepared[1], tmp_path / "app.db")
    monkeypatch.setenv("WORKBENCH_DB", str(path))
    return path


def new_app() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)


def on_review(name: str = "ana", bead: int = 1) -> AppTest:
    """A session on the Review page of 004 ↔ es, its name given, the cursor on ``bead``."""
    at = new_app()
    at.query_params.update({"page": "review", "doc": DOC, "to": "es"})
    at.run()
    at.sidebar.text_input(key="reviewer").input(name).run()
    if bead != 1:
        at.number_input(key="goto_bead").set_value(bead).run()
    assert not at.exception, at.exception
    return at


def beads(path: Path) -> list[StoredBead]:
    return aligned_beads(path, DOC, "es")


def prepare(path: Path, make: Callable[[list[StoredBead]], review.Edit]) -> None:
    """Edit the store directly, as another tool would, before the app opens."""
    store = Store.open(str(path))
    try:
        alignment = alignment_for(store, DOC, "es")
        apply(store, alignment.id, make(store.beads(alignment.id)), "setup")
    finally:
        store.close()


def successes(at: AppTest) -> list[str]:
    return [str(t.value) for t in at.toast]


def errors(at: AppTest) -> list[str]:
    return [str(e.value) for e in at.error]


# --- corpus -----------------------------------------------------------------------


def test_first_start_ingests_the_sample_corpus_and_lists_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "fresh.db"))
    at = new_app()
    at.run()
    assert not at.exception
    table = at.dataframe[0].value
    assert list(table["name"]) == [
        "000_643066c2911256c7", "001_4497bcf81f3b2004", "002_765b164ab8e23b0a",
        "003_f7e50d4cada97fff", "004_c5001f9aa01043f8",
    ]  # fmt: skip
    assert list(table["lang"]) == ["fr"] * 5
    assert list(table["beads"]) == [0] * 5


def test_the_document_list_shows_kinds_and_review_progress(db: Path) -> None:
    prepare(db, lambda b: review.confirm_through(b, 3, "setup"))
    at = new_app()
    at.run()
    row = at.dataframe[0].value.set_index("name").loc[DOC]
    assert set(row["kinds"].split(", ")) == {"body", "caption", "heading"}
    assert (row["confirmed"], row["beads"], row["aligned with"]) == (4, len(beads(db)), "es")


def test_picking_a_document_shows_its_segments_by_kind_and_language(db: Path) -> None:
    at = new_app()
    at.run()
    at.selectbox(key="corpus_doc").select(DOC).run()
    counts = at.dataframe[1].value
    spanish = counts[(counts["kind"] == "caption") & (counts["lang"] == "es")]
    assert int(spanish["segments"].iloc[0]) == 5
    at.multiselect(key="kinds").set_value(["caption"]).run()
    shown = at.dataframe[2].value
    assert set(shown["kind"]) == {"caption"} and len(shown) == 10


def test_a_folder_on_the_server_is_ingested(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "new_note.txt").write_text(
        "Le conseil municipal a voté le budget.\n\nLa séance a duré trois heures.\n",
        encoding="utf-8",
    )
    at = new_app()
    at.run()
    at.text_input(key="folder").input(str(folder)).run()
    at.button(key="ingest_folder").click().run()
    assert any("new_note (new)" in s for s in successes(at)), successes(at)
    assert "new_note" in list(at.dataframe[0].value["name"])


# --- review -------------------------------------------------------------------------


def test_an_unaligned_document_is_aligned_from_the_review_page(
    tmp_path: Path, prepared: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_DB", str(_copy_db(prepared[0], tmp_path / "unaligned.db")))
    at = new_app()
    at.query_params.update({"page": "review", "doc": DOC, "to": "es"})
    at.run()
    at.checkbox(key="align_enc").uncheck().run()
    at.button(key="align").click().run()
    assert any("5 pairs" in s for s in successes(at)), successes(at)
    assert at.button(key="confirm") is not None


def test_without_a_name_no_edit_can_be_made(db: Path) -> None:
    at = new_app()
    at.query_params.update({"page": "review", "doc": DOC, "to": "es"})
    at.run()
    assert at.button(key="confirm").disabled and at.button(key="merge_next").disabled
    assert at.sidebar.warning


@pytest.mark.parametrize(
    ("button", "bead", "expect"),
    [
        ("confirm", 1, lambda b: b[0].status is Status.CONFIRMED and b[0].reviewer == "ana"),
        ("confirm_through", 4, lambda b: [x.status for x in b[:5]] == [Status.CONFIRMED] * 4
         + [Status.AUTO]),
        ("reject", 2, lambda b: b[1].status is Status.REJECTED),
        ("merge_next", 2, lambda b: b[1].fr == (224, 226) and b[1].cp == (225,)),
        ("merge_prev", 3, lambda b: b[1].fr == (224, 226) and b[1].cp == (225,)),
        ("cp_up", 3, lambda b: b[1].cp == (225,) and b[2].cp == ()),
        ("fr_down", 2, lambda b: b[1].fr == (224, 226) and len(b) == 37),
        ("insert", 1, lambda b: b[1].fr == () and b[1].cp == () and len(b) == 39),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)  # fmt: skip
def test_each_action_is_stored_at_once_and_signed(
    db: Path, button: str, bead: int, expect: Callable[[list[StoredBead]], bool]
) -> None:
    def content(x: StoredBead) -> tuple[object, ...]:
        return (x.fr, x.cp, x.fr_text, x.cp_text, x.status, x.reviewer)

    seen = {content(b) for b in beads(db)}
    assert len(seen) == 38
    at = on_review(bead=bead)
    at.button(key=button).click().run()
    assert not errors(at) and successes(at), errors(at)
    after = beads(db)
    assert expect(after), [(x.fr, x.cp, x.status) for x in after[:5]]
    changed = [x for x in after if content(x) not in seen or x.origin == "human"]
    assert changed and all(x.reviewer == "ana" for x in changed)


def test_confirm_moves_the_cursor_to_the_next_bead_shown(db: Path) -> None:
    at = on_review()
    at.multiselect(key="filters").set_value(["not one-to-one"]).run()
    at.button(key="confirm").click().run()
    assert at.session_state["cursor"] == 1  # bead 2 (index 2) is 1:1, so filtered out
    at.button(key="confirm").click().run()
    assert at.session_state["cursor"] == 3


def test_a_bead_is_split_between_its_sentences(db: Path) -> None:
    prepare(db, lambda b: review.merge(b, 1, "setup"))  # bead 2 = fr 224 226 | cp 225
    at = on_review(bead=2)
    at.number_input(key="split_fr").set_value(1).run()
    at.number_input(key="split_cp").set_value(0).run()
    at.button(key="split").click().run()
    after = beads(db)
    assert (after[1].fr, after[1].cp, after[2].fr, after[2].cp) == ((224,), (), (226,), (225,))


def test_typed_text_is_saved_on_one_side_and_signed(db: Path) -> None:
    at = on_review(bead=3)
    bead = beads(db)[2]
    at.text_area(key="cp_text").input("  Texto   corregido. ").run()
    at.button(key="save").click().run()
    after = beads(db)[2]
    assert (after.cp_text, after.fr_text, after.origin, after.reviewer) == (
        "Texto corregido.", bead.fr_text, "human", "ana",
    )  # fmt: skip


def test_leaving_the_field_saves_the_text(db: Path) -> None:
    at = on_review(bead=3)
    at.text_area(key="fr_text").input("Phrase corrigée.").run()
    assert beads(db)[2].fr_text == "Phrase corrigée."
    assert any("Saved the French text of bead 3" in s for s in successes(at))


def test_text_typed_then_an_action_keeps_both(db: Path) -> None:
    at = on_review(bead=3)
    at.text_area(key="cp_text").input("Texto nuevo.")
    at.button(key="confirm").click().run()  # one click: the field's change and the action
    assert not errors(at), errors(at)
    after = beads(db)[2]
    assert (after.cp_text, after.status, after.reviewer) == (
        "Texto nuevo.",
        Status.CONFIRMED,
        "ana",
    )


def test_undo_reverts_the_latest_edit_from_the_event_log(db: Path) -> None:
    before = beads(db)
    at = on_review(bead=2)
    at.button(key="merge_next").click().run()
    assert len(beads(db)) == 37
    at.button(key="undo").click().run()
    assert [(b.fr, b.cp, b.status) for b in beads(db)] == [(b.fr, b.cp, b.status) for b in before]
    assert any("Undid your merge" in s for s in successes(at))


def test_a_reviewer_cannot_undo_a_colleagues_edit_nor_the_alignment(db: Path) -> None:
    ana, ben = on_review("ana", bead=2), on_review("ben", bead=2)
    ben.button(key="undo").click().run()
    assert any("nothing to undo by ben" in e for e in errors(ben))
    ana.button(key="merge_next").click().run()
    ben.button(key="undo").click().run()
    assert any("nothing to undo by ben" in e for e in errors(ben)), errors(ben)
    assert len(beads(db)) == 37


def test_realign_keeps_the_confirmed_beads_exactly(db: Path) -> None:
    prepare(db, lambda b: review.confirm(b, 2, "setup"))
    at = on_review()
    at.checkbox(key="realign_enc").uncheck().run()
    at.button(key="realign").click().run()
    assert any("Re-aligned" in s for s in successes(at)), errors(at)
    kept = [b for b in beads(db) if b.status is Status.CONFIRMED]
    assert [(b.fr, b.cp, b.reviewer) for b in kept] == [((226,), (225,), "setup")]


def test_an_impossible_action_says_why(db: Path) -> None:
    at = on_review(bead=38)
    at.button(key="merge_next").click().run()
    assert any("there is no bead 39" in e for e in errors(at)), errors(at)


@pytest.mark.parametrize(
    ("filters", "count"),
    [([], 38), (["not one-to-one"], 33), (["unconfirmed", "not one-to-one"], 32)],
)
def test_filters_keep_the_beads_that_match_every_one(
    db: Path, filters: list[str], count: int
) -> None:
    prepare(db, lambda b: review.confirm(b, 0, "setup"))
    at = on_review()
    at.selectbox(key="page_size").set_value(200).run()
    at.multiselect(key="filters").set_value(filters).run()
    assert len(at.dataframe[0].value) == count


def test_pages_hold_page_size_beads_and_follow_the_cursor(db: Path) -> None:
    at = on_review()
    assert list(at.dataframe[0].value["#"]) == list(range(1, 26))
    at.number_input(key="goto_page").set_value(2).run()
    assert list(at.dataframe[0].value["#"]) == list(range(26, 39))
    assert at.session_state["cursor"] == 25
    at.number_input(key="goto_bead").set_value(3).run()
    assert int(at.dataframe[0].value["#"].iloc[0]) == 1


def test_a_stale_edit_from_a_second_reviewer_is_refused_not_overwritten(db: Path) -> None:
    ana, ben = on_review("ana", bead=2), on_review("ben", bead=2)
    ana.button(key="merge_next").click().run()
    assert successes(ana)
    ben.button(key="confirm").click().run()  # ben still sees the two beads ana merged
    assert any("someone else got there first" in e for e in errors(ben)), errors(ben)
    merged = beads(db)[1]
    assert (merged.fr, merged.reviewer, merged.status) == ((224, 226), "ana", Status.AUTO)
    # ben's page was reloaded: he now sees ana's merge and can confirm it
    ben.button(key="confirm").click().run()
    assert not errors(ben)
    assert beads(db)[1].status is Status.CONFIRMED and beads(db)[1].reviewer == "ben"


# --- export and scores ---------------------------------------------------------------


def test_export_writes_a_tmx_whose_changeid_is_the_reviewer(db: Path) -> None:
    at = on_review("ana", bead=3)
    at.button(key="confirm").click().run()
    at.sidebar.radio(key="page").set_value("Export").run()
    at.checkbox(key="confirmed_only").check().run()
    at.button(key="export").click().run()
    assert not errors(at), errors(at)
    path = db.parent / "exports" / f"{DOC}.es-fr.tmx"
    text = path.read_text(encoding="utf-8")
    assert text.count("<tu ") == 1 and 'changeid="ana"' in text
    assert "El presidente de Rusia" in text


@pytest.mark.parametrize("fmt", ["tsv", "xlsx"])
def test_export_to_spreadsheets(db: Path, fmt: str) -> None:
    at = on_review("ana")
    at.sidebar.radio(key="page").set_value("Export").run()
    at.radio(key="fmt").set_value(fmt).run()
    at.button(key="export").click().run()
    assert any("5 units written" in s for s in successes(at)), successes(at) + errors(at)
    assert (db.parent / "exports" / f"{DOC}.es-fr.{fmt}").stat().st_size > 0


def test_the_scores_page_charts_confidence_and_qa_warnings(db: Path) -> None:
    at = on_review()
    at.sidebar.radio(key="page").set_value("Scores").run()
    assert not at.exception, at.exception
    assert [m.label for m in at.metric][:2] == ["Beads", "Confirmed"]
    assert at.metric[0].value == "38"


needs_apertium = pytest.mark.skipif(
    shutil.which("apertium") is None or not Path("/usr/share/apertium/modes/fr-es.mode").exists(),
    reason="needs Debian packages apertium and apertium-fr-es",
)


@needs_apertium
def test_a_gap_is_filled_with_a_machine_translation_draft(db: Path) -> None:
    at = on_review(bead=2)  # a French sentence with no Spanish caption
    assert "apertium" in str(at.button(key="fill").label)
    at.button(key="fill").click().run()
    assert not errors(at), errors(at)
    filled = beads(db)[1]
    assert (filled.status, filled.origin, filled.reviewer) == (
        Status.DRAFT, "mt:apertium:fr-es", "ana",
    )  # fmt: skip
    assert "24" in filled.cp_text and filled.cp == ()
    assert at.button(key="fill").disabled  # no longer a gap


def test_a_bead_with_a_counterpart_cannot_be_filled(db: Path) -> None:
    at = on_review(bead=3)
    assert at.button(key="fill").disabled


@needs_apertium
def test_the_scores_page_scores_the_engine_with_chrf_per_segment(db: Path) -> None:
    at = on_review()
    at.sidebar.radio(key="page").set_value("Scores").run()
    at.button(key="score").click().run()
    assert not at.exception and not errors(at), errors(at)
    assert [m.label for m in at.metric][-3:] == ["BLEU", "chrF2", "TER"]
    worst = at.dataframe[-1].value  # the five captions are the only human pairs
    assert list(worst.columns) == ["chrF", "MT", "counterpart"] and len(worst) == 5


def test_the_qa_filter_shows_the_beads_with_a_qa_finding(db: Path) -> None:
    from workbench.pipeline.quality import qa_document

    # bead 3's caption now has a number its French does not have
    prepare(db, lambda b: review.edit_text(b, 2, "cp", "Vladimir Putin llega en 1999.", "setup"))
    store = Store.open(str(db))
    try:
        expected = sorted({i.position + 1 for i in qa_document(store, DOC, "es")})
    finally:
        store.close()
    assert 3 in expected
    at = on_review()
    at.multiselect(key="filters").set_value(["QA warnings"]).run()
    assert list(at.dataframe[0].value["#"]) == expected


def test_the_history_lists_who_did_what(db: Path) -> None:
    at = on_review("ana")
    at.button(key="confirm").click().run()
    at.toggle(key="history").set_value(True).run()
    history = at.dataframe[0].value
    assert list(history["who"])[:2] == ["ana", "setup"]
    assert list(history["action"])[:2] == ["confirm", "align"]


def test_a_document_is_given_its_english_original_and_aligned(db: Path, tmp_path: Path) -> None:
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "article.txt").write_text(
        "Le président a visité Pékin mercredi. Il a rencontré Xi Jinping.\n\n"
        "Les deux dirigeants ont signé trois accords commerciaux.\n",
        encoding="utf-8",
    )
    original = tmp_path / "article.en.txt"
    original.write_text(
        "The president visited Beijing on Wednesday. He met Xi Jinping.\n\n"
        "The two leaders signed three trade agreements.\n",
        encoding="utf-8",
    )
    at = new_app()
    at.run()
    at.sidebar.text_input(key="reviewer").input("ana").run()
    at.text_input(key="folder").input(str(tmp_path / "fr")).run()
    at.button(key="ingest_folder").click().run()
    at.sidebar.selectbox(key="corpus_doc").select("article").run()
    at.text_input(key="original_path").input(str(original)).run()
    at.checkbox(key="original_enc").uncheck().run()
    at.button(key="align_original").click().run()
    assert any("3 pairs" in s for s in successes(at)), successes(at) + errors(at)
    at.sidebar.radio(key="page").set_value("Review").run()
    assert at.sidebar.selectbox(key="review_to").value == "en"
    shown = at.dataframe[0].value
    assert list(shown["counterpart"])[2] == "The two leaders signed three trade agreements."
