"""Two documents of one name (``pont.txt`` from two folders, or ``pont.fr.docx`` and
``pont.fr.odt``): the app tells them apart by ``name-ID``, on the Review page and
in the Export page's default file name, as the CLI's export does."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import CORPUS, ROOT
from workbench import pipeline
from workbench.pipeline.alignment import align_document
from workbench.store import Store
from workbench.ui.review import received

SAMPLE = CORPUS / "004_c5001f9aa01043f8.txt"


@pytest.fixture
def namesakes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """Two aligned documents named ``pont``; their ids, first ingested first."""
    for folder, extra in (("a", ""), ("b", "\nUne ligne de plus, pour que le texte diffère.\n")):
        (tmp_path / folder).mkdir()
        text = SAMPLE.read_text(encoding="utf-8") + extra
        (tmp_path / folder / "pont.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "app.db"
    store = Store.open(str(db))
    try:
        ids = []
        for folder in ("a", "b"):
            report = pipeline.ingest_paths(store, [tmp_path / folder / "pont.txt"])
            assert not report.failed
            (doc,) = [d for d in store.documents() if d.id not in ids]
            ids.append(doc.id)
            align_document(store, doc.id, "es", actor="setup")
    finally:
        store.close()
    monkeypatch.setenv("WORKBENCH_DB", str(db))
    return ids[0], ids[1]


def _open(page: str, doc: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update({"page": page, "doc": doc, "to": "es", "reviewer": "ana"})
    at.run()
    assert not at.exception, at.exception
    return at


def test_the_review_page_opens_the_second_of_two_documents_of_one_name(
    namesakes: tuple[int, int],
) -> None:
    first, second = namesakes
    at = _open("review", f"pont-{second}")
    (component,) = at.get("bidi_component")
    data = received(component.proto.bytes)
    assert data["pick"]["documents"][:2] == [f"pont-{first}", f"pont-{second}"]
    assert data["pick"]["doc"] == f"pont-{second}"


def test_the_export_page_names_the_file_by_id_when_the_name_is_shared(
    namesakes: tuple[int, int], tmp_path: Path
) -> None:
    _, second = namesakes
    at = _open("export", f"pont-{second}")
    at.button(key="export").click().run()
    assert not at.exception, at.exception
    assert (tmp_path / "exports" / f"pont-{second}.es-fr.tmx").stat().st_size > 0
    assert not (tmp_path / "exports" / "pont.es-fr.tmx").exists()


def test_not_aligned_yet_names_a_document_that_shares_its_name_by_id(tmp_path: Path) -> None:
    """`workbench align pont` is refused when two documents are called pont: the hint
    gives the command that works."""
    from workbench.model import NotFoundError
    from workbench.pipeline.alignment import alignment_for

    store = Store.open(str(tmp_path / "w.db"))
    try:
        for folder, line in (("a", "Le pont est fermé."), ("b", "Le pont rouvre lundi.")):
            (tmp_path / folder).mkdir()
            (tmp_path / folder / "pont.txt").write_text(line, encoding="utf-8")
            assert not pipeline.ingest_paths(store, [tmp_path / folder / "pont.txt"]).failed
        second = store.documents()[-1]
        with pytest.raises(NotFoundError) as refused:
            alignment_for(store, second.id, "en")
        # nothing English to align with: the command gives the original (`--original FILE`)
        assert f"`workbench align {second.id} --to en --original FILE`" in str(refused.value)
    finally:
        store.close()


def test_the_picker_the_export_and_the_commands_name_documents_by_one_rule(
    tmp_path: Path,
) -> None:
    """Which documents share a name was decided in three places, and the Review page's
    picker counted French documents only: a French ``canal`` whose name a counterpart
    also had was ``canal`` there, ``canal-ID`` in its export, and refused by name in a
    command. Every one now says what `Store.document` will accept."""
    from workbench.model import NotFoundError, command_ref, labels
    from workbench.pipeline.exchange import export_stem

    for folder, name in (("a", "pont.txt"), ("b", "pont.txt"), ("a", "canal.txt")):
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / name).write_text(f"Le {name} {folder}. Il est vieux.\n")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "canal.txt").write_text("The old bridge. It is old.\n")
    store = Store.open(str(tmp_path / "w.db"))
    try:
        for path in ("a/pont.txt", "b/pont.txt", "a/canal.txt"):
            assert not pipeline.ingest_paths(store, [tmp_path / path]).failed
        pont = store.documents()[0]
        pipeline.ingest_file(store, tmp_path / "c" / "canal.txt", original_of=pont.id)
        every = store.documents()
        french = [d for d in every if d.original_of is None]
        shown = labels(french, every)  # the Review page's picker
        assert shown == [f"pont-{french[0].id}", f"pont-{french[1].id}", f"canal-{french[2].id}"]
        for doc, label in zip(french, shown, strict=True):
            assert export_stem(store, [doc]) == label
            ref = command_ref(doc, every)
            assert store.document(ref if ref == doc.name else int(ref)).id == doc.id
            if label != doc.name:
                with pytest.raises(NotFoundError, match="names several documents"):
                    store.document(doc.name)
    finally:
        store.close()


def test_a_link_by_document_id_opens_that_document(namesakes: tuple[int, int]) -> None:
    """newcomer15: ``?doc=6`` opened the first document in the list, without a word."""
    _, second = namesakes
    at = _open("review", str(second))
    (component,) = at.get("bidi_component")
    assert received(component.proto.bytes)["pick"]["doc"] == f"pont-{second}"
    assert not at.warning


@pytest.mark.parametrize("asked", ["pont", "pont-999"])
def test_a_link_naming_several_documents_or_none_says_so(
    namesakes: tuple[int, int], asked: str
) -> None:
    """newcomer15: ``?doc=kitchen.fr``, the name of two documents, opened a third one
    without a word; the link now says which it could not open, and what is shown."""
    first, second = namesakes
    at = _open("review", asked)
    said = [w.value for w in at.warning]
    shown = f"pont-{first}"
    if asked == "pont":
        assert said == [
            f"The link names pont, which 2 documents are called (pont-{first}, pont-{second}): "
            f"{shown} is shown; pick the one you want under Document."
        ]
    else:
        assert said == [
            f"The link names {asked}, which is no document here: {shown} is shown; pick the "
            "one you want under Document."
        ]
