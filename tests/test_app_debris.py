"""Web debris in the app: a reviewer gives debris back to the text, or marks text as debris.

A small French page with its debris and its English original are ingested
and aligned (without the encoder, to keep it quick); the app is driven
headless through AppTest on the Corpus page, and the store is checked.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from workbench import pipeline
from workbench.model import Kind
from workbench.pipeline.alignment import align_document
from workbench.pipeline.debris import set_segment_kinds
from workbench.store import Store
from workbench.ui.review_payload import received

PAGE_FR = [
    "Se connecter | S'abonner",
    "Le port de Brest accueille son premier navire à voile cargo",
    "Un cargo à voile de 80 mètres a accosté mardi au port de commerce de Brest.",
    "Il transporte du café et du cacao depuis le Brésil, sans presque aucun carburant.",
    "Publicité",
    "L'armateur prévoit quatre rotations par an entre l'Amérique du Sud et la Bretagne.",
    "© 2026 Le Journal du Ponant. Tous droits réservés.",
]
PAGE_EN = [
    "A wind-powered cargo ship arrived in Brest on Tuesday.",
    "The 80-metre ship carries coffee and cocoa from Brazil with almost no fuel.",
    "The owner plans four round trips a year between South America and Brittany.",
]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("debris-app")
    (folder / "port.txt").write_text("\n".join(PAGE_FR), encoding="utf-8")
    (folder / "port-en.txt").write_text("\n".join(PAGE_EN), encoding="utf-8")
    path = folder / "prepared.db"
    store = Store.open(str(path))
    assert not pipeline.ingest_paths(store, [folder / "port.txt"]).failed
    align_document(store, "port", "en", original_path=folder / "port-en.txt", actor="setup")
    store.close()
    return path


@pytest.fixture
def db(tmp_path: Path, prepared: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "app.db"
    shutil.copy(prepared, path)
    monkeypatch.setenv("WORKBENCH_DB", str(path))
    return path


def on_corpus(name: str = "ana") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update({"page": "corpus", "doc": "port", "reviewer": name})
    at.run()
    assert not at.exception, at.exception
    return at


def kinds(db: Path) -> dict[str, Kind]:
    store = Store.open(str(db))
    try:
        return {s.text: s.kind for s in store.segments("port")}
    finally:
        store.close()


def test_a_reviewer_gives_debris_back_to_the_text_and_the_change_is_signed(db: Path) -> None:
    assert kinds(db)["Publicité"] is Kind.BOILERPLATE
    at = on_corpus("ana")
    picker = at.multiselect(key="debris_restore")
    [ad] = [i for i in picker.options if "Publicité" in i]
    picker.select(ad)
    at.checkbox(key="debris_enc").uncheck()
    at.button(key="debris_apply").click().run()
    assert not at.exception, at.exception
    assert kinds(db)["Publicité"] is Kind.BODY
    assert any("1 segment given back to the text" in str(t.value) for t in at.toast)
    assert at.multiselect(key="debris_restore").value == []
    store = Store.open(str(db))
    try:
        [change] = store.kind_changes(store.document("port").id)
        events = store.events(limit=5)
    finally:
        store.close()
    assert (change.actor, change.kind, [k for _, k in change.before]) == (
        "ana", Kind.BODY, [Kind.BOILERPLATE],
    )  # fmt: skip
    assert ("ana", "kind") in {(e.actor, e.action) for e in events}
    assert ("ana", "align") in {(e.actor, e.action) for e in events}  # aligned again, signed
    [history] = [d.value for d in at.dataframe if "who" in d.value.columns and "now" in d.value]
    assert list(history["who"]) == ["ana"] and list(history["now"]) == ["body"]


def test_a_reviewer_marks_a_line_of_text_as_debris(db: Path) -> None:
    at = on_corpus("ana")
    picker = at.multiselect(key="debris_mark")
    [heading] = [i for i in picker.options if "premier navire" in i]
    picker.select(heading)
    at.checkbox(key="debris_enc").uncheck()
    at.button(key="debris_apply").click().run()
    assert not at.exception, at.exception
    assert kinds(db)["Le port de Brest accueille son premier navire à voile cargo"] is (
        Kind.BOILERPLATE
    )


def test_without_a_name_the_kinds_cannot_be_changed(db: Path) -> None:
    at = on_corpus("")
    assert at.button(key="debris_apply").disabled
    assert kinds(db)["Publicité"] is Kind.BOILERPLATE


def test_applying_with_nothing_picked_says_what_to_do(db: Path) -> None:
    at = on_corpus("ana")
    at.button(key="debris_apply").click().run()
    assert any("pick segments" in w.value for w in at.warning)
    store = Store.open(str(db))
    try:
        assert store.kind_changes(store.document("port").id) == []
    finally:
        store.close()


def test_kinds_changed_in_the_app_are_given_again_to_the_files_next_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """newcomer15: a debris line given back to the text was debris again once the file
    changed. Both ways of the app's change (back to the text, and marked as debris)
    follow the file into its new version, signed by the reviewer who made them."""
    page, original = tmp_path / "port.txt", tmp_path / "port-en.txt"
    page.write_text("\n".join(PAGE_FR), encoding="utf-8")
    original.write_text("\n".join(PAGE_EN), encoding="utf-8")
    db = tmp_path / "app.db"
    store = Store.open(str(db))
    assert not pipeline.ingest_paths(store, [page]).failed
    align_document(store, "port", "en", original_path=original, actor="setup")
    store.close()
    monkeypatch.setenv("WORKBENCH_DB", str(db))
    heading = "Le port de Brest accueille son premier navire à voile cargo"
    at = on_corpus("ana")
    [ad] = [i for i in at.multiselect(key="debris_restore").options if "Publicité" in i]
    at.multiselect(key="debris_restore").select(ad)
    [title] = [i for i in at.multiselect(key="debris_mark").options if "premier navire" in i]
    at.multiselect(key="debris_mark").select(title)
    at.checkbox(key="debris_enc").uncheck()
    at.button(key="debris_apply").click().run()
    assert not at.exception, at.exception

    changed = [*PAGE_FR[:-2], "L'armateur prévoit cinq rotations par an.", PAGE_FR[-1]]
    page.write_text("\n".join(changed), encoding="utf-8")
    store = Store.open(str(db))
    try:
        [result] = pipeline.ingest_paths(store, [page]).files
        assert result.status == "updated"
        now = {s.text: s.kind for s in store.segments("port")}
        carried = store.kind_changes(store.document("port").id)[:2]
    finally:
        store.close()
    assert (now["Publicité"], now[heading]) == (Kind.BODY, Kind.BOILERPLATE)  # main: as read
    assert {(c.actor, c.version, c.kind) for c in carried} == {
        ("ana", 2, Kind.BODY), ("ana", 2, Kind.BOILERPLATE),
    }  # fmt: skip


def review_rows(name: str = "ana") -> list[dict[str, object]]:
    """The rows a newly opened Review page of port→en draws (every bead, as sent)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update({"page": "review", "doc": "port", "to": "en", "reviewer": name})
    at.run()
    assert not at.exception, at.exception
    (component,) = at.get("bidi_component")
    rows = received(component.proto.bytes)["beads"]
    assert isinstance(rows, list)
    return rows


def test_a_line_given_back_to_the_text_is_drawn_as_text_on_a_review_page_opened_after(
    db: Path,
) -> None:
    """newcomer42 5: the app server kept each version's segments, kinds and all, from the
    first Review page that read them; a line given back to the text (`workbench restore`,
    or the Corpus page) was drawn greyed and hatched as debris on every Review page opened
    later, until the app was restarted."""
    assert not [r for r in review_rows() if "Publicité" in str(r["fr"])]  # debris: no bead
    store = Store.open(str(db))
    try:
        [ad] = [s.id for s in store.segments("port") if s.text == "Publicité"]
        set_segment_kinds(store, "port", [ad], Kind.BODY, actor="ben")  # as `restore` does
    finally:
        store.close()
    [row] = [r for r in review_rows("cleo") if "Publicité" in str(r["fr"])]
    assert "fk" not in row, row  # body: no kind drawn


def test_an_originals_debris_is_given_back_on_its_translations_corpus_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """newcomer42 6: the Corpus page lists translations only, so an original's debris (a
    dateline classed as debris left its French a bead with no counterpart) could be given
    back only with `workbench restore`; a link naming the original showed the
    translation without a word."""
    page, original = tmp_path / "port.txt", tmp_path / "port-en.txt"
    page.write_text("\n".join(PAGE_FR), encoding="utf-8")
    footer = "Advertisement"
    original.write_text("\n".join([*PAGE_EN[:2], footer, PAGE_EN[2]]), encoding="utf-8")
    db = tmp_path / "app.db"
    store = Store.open(str(db))
    assert not pipeline.ingest_paths(store, [page]).failed
    align_document(store, "port", "en", original_path=original, actor="setup")
    english = next(d for d in store.documents() if d.original_of is not None)
    assert {s.text: s.kind for s in store.segments(english.id)}[footer] is Kind.BOILERPLATE
    store.close()
    monkeypatch.setenv("WORKBENCH_DB", str(db))

    at = on_corpus("ana")
    picker = at.multiselect(key=f"debris_restore_{english.id}")
    [line] = [i for i in picker.options if footer in i]
    picker.select(line)
    at.checkbox(key=f"debris_enc_{english.id}").uncheck()
    at.button(key=f"debris_apply_{english.id}").click().run()
    assert not at.exception, at.exception
    store = Store.open(str(db))
    try:
        assert {s.text: s.kind for s in store.segments(english.id)}[footer] is Kind.BODY
        [change] = store.kind_changes(english.id)
    finally:
        store.close()
    assert change.actor == "ana"

    linked = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    linked.query_params.update({"page": "corpus", "doc": english.name, "reviewer": "ana"})
    linked.run()
    assert not linked.exception, linked.exception
    assert [w.value for w in linked.warning] == [
        f"The link names {english.name}, the en original of port: port is shown. An original "
        "is reviewed with its translation; its debris is given back on the Corpus page, "
        f"under “Web debris of {english.name}”."
    ]
