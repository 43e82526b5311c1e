"""A name several documents share: which one it means (newcomer26, MEDIUM 2).

After ``align climat --original orig/climat.html`` the original's file name was the
translation's, and every later ``fill climat`` was refused ("names several documents").
The name means the translation; its original is reached as its original, or by id.
Two documents neither of which is the other's original still share a name no one owns.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench import pipeline
from workbench.cli import app
from workbench.model import Document, NotFoundError
from workbench.naming import command_ref, labels, name_holder
from workbench.store import Store


def _doc(id_: int, name: str, original_of: int | None = None) -> Document:
    return Document(
        id=id_, name=name, path=f"/{id_}/{name}.html", lang="fr", version=1, sha256="",
        encoding="utf-8", segment_count=1, created_at=datetime.now(UTC), original_of=original_of,
    )  # fmt: skip


# (the documents going by "climat": (id, the id it is the original of), the one it means)
@pytest.mark.parametrize(
    ("namesakes", "meant"),
    [
        ([(2, None)], 2),
        ([(2, None), (6, 2)], 2),  # a translation and its own original
        ([(6, 2), (2, None)], 2),  # in whichever order the store lists them
        ([(2, None), (6, 9)], None),  # an original of another document: two translations
        ([(2, None), (9, None)], None),  # the same file name in two folders
        ([(2, None), (6, 2), (9, None)], None),  # a pair and a stranger
        ([(2, None), (6, 2), (9, None), (10, 9)], None),  # two pairs
        ([], None),
    ],
)  # fmt: skip
def test_a_shared_name_means_the_one_document_that_is_no_namesakes_original(
    namesakes: list[tuple[int, int | None]], meant: int | None
) -> None:
    docs = [_doc(id_, "climat", of) for id_, of in namesakes]
    holder = name_holder(docs)
    assert (holder.id if holder else None) == meant
    expected = [d.name if d.id == meant or len(docs) == 1 else f"climat-{d.id}" for d in docs]
    assert labels(docs, docs) == expected
    refs = ["climat" if d.id == meant or len(docs) == 1 else str(d.id) for d in docs]
    assert [command_ref(d, docs) for d in docs] == refs


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_translation_named_like_its_original_is_named_by_its_name(
    both_store: Store, tmp_path: Path
) -> None:
    fr = _write(tmp_path / "fr" / "climat.txt", "Le climat change. Les villes s'adaptent.\n")
    en = _write(tmp_path / "orig" / "climat.txt", "The climate changes. Cities adapt.\n")
    french = pipeline.ingest_file(both_store, fr).document
    assert french is not None
    stored = pipeline.ingest_file(both_store, en, original_of=french.id)
    assert stored.warning is None  # no "if it is its new version…": the name still means one
    assert both_store.document("climat").id == french.id
    assert stored.document and both_store.document(stored.document.id) == stored.document
    # A third climat, from another folder: the name is ambiguous again, and said so.
    other = _write(tmp_path / "b" / "climat.txt", "Un autre climat. Il fait froid.\n")
    assert "is a new document" in (pipeline.ingest_file(both_store, other).warning or "")
    with pytest.raises(NotFoundError, match=r"'climat' names several documents \(ids "):
        both_store.document("climat")


def test_the_command_line_takes_the_name_after_align_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "w.db")
    monkeypatch.setenv("WORKBENCH_DB", db)
    fr = _write(tmp_path / "fr" / "climat.txt", "Le climat change. Les villes s'adaptent.\n")
    en = _write(tmp_path / "orig" / "climat.txt", "The climate changes. Cities adapt.\n")
    store = Store.open(db)
    try:
        french = pipeline.ingest_file(store, fr).document
        assert french is not None
        pipeline.ingest_file(store, en, original_of=french.id)
    finally:
        store.close()
    result = CliRunner().invoke(app, ["segments", "climat"])
    assert result.exit_code == 0, result.output
    assert "Les villes s'adaptent." in result.output
    assert "Cities adapt." not in result.output
