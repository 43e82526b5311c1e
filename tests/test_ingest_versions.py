"""A client's new version delivered in another folder (newcomer18, MEDIUM 1).

A changed copy of `floods.fr.txt` in a new folder silently became a second document
`floods.fr`; the next `align floods.fr` failed ("names several documents") while the
reviews stayed on the old one. Now it is a new document with a warning naming both
and the command for each reading, and `ingest FILE --version-of NAME|ID` makes it the
document's new version, whose reviews `align` carries over as for a file changed in
place. Every test runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_kinds_carried import CHANGED, STORY_ES, STORY_FR
from workbench import pipeline, review
from workbench.cli import app
from workbench.model import Status
from workbench.pipeline.alignment import align_document, alignment_for, apply
from workbench.store import Store


def _write(path: Path, lines: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _reviewed(db: str, tmp_path: Path) -> Store:
    """floods.fr from client/ aligned with its Spanish original, its first bead confirmed."""
    store = Store.open(db)
    original = _write(tmp_path / "originals" / "floods.es.txt", STORY_ES)
    pipeline.ingest_paths(store, [_write(tmp_path / "client" / "floods.fr.txt", STORY_FR)])
    alignment = align_document(store, "floods.fr", "es", original_path=original).alignment.id
    apply(store, alignment, review.confirm(store.beads(alignment), 0, "ana"), "ana")
    return store


def _new_version(tmp_path: Path) -> Path:
    return _write(tmp_path / "client-v2" / "floods.fr.txt", [*STORY_FR[:-1], CHANGED])


def test_a_changed_copy_in_another_folder_is_a_new_document_with_a_warning_naming_both(
    db_url: str, tmp_path: Path
) -> None:
    store = _reviewed(db_url, tmp_path)
    first = store.document("floods.fr")
    moved = _new_version(tmp_path)

    [result] = pipeline.ingest_paths(store, [moved]).files

    assert result.status == "new" and result.document is not None
    new = result.document.id
    assert result.warning == (
        f"floods.fr is a new document (id {new}) beside document {first.id} of the same "
        f"name (from {first.path}); if it is its new version, run `workbench ingest {moved} "
        f"--version-of {first.id}` (reviews are carried over by `align`); if it is another "
        f"document, name each by its id, as in `workbench align {new} --to LANG`"
    )  # on main: no warning at all


def test_version_of_makes_the_copy_the_new_version_and_align_carries_the_reviews(
    db_url: str, tmp_path: Path
) -> None:
    store = _reviewed(db_url, tmp_path)
    first = store.document("floods.fr")
    store.close()
    moved = _new_version(tmp_path)

    run = CliRunner().invoke(
        app, ["ingest", str(moved), "--version-of", "floods.fr", "--db", db_url]
    )

    assert run.exit_code == 0, run.output
    assert "floods.fr: changed: stored as version 2" in run.output
    store = Store.open(db_url)
    [doc] = [d for d in store.documents() if d.name == "floods.fr"]
    assert (doc.id, doc.version, doc.path) == (first.id, 2, str(moved.resolve()))
    align_document(store, "floods.fr", "es")  # by name: one document has it
    beads = store.beads(alignment_for(store, "floods.fr", "es").id)
    assert (beads[0].status, beads[0].reviewer) == (Status.CONFIRMED, "ana")
    assert beads[0].fr_text == STORY_FR[0]


def test_version_of_after_the_warning_folds_the_new_document_into_the_old(
    db_url: str, tmp_path: Path
) -> None:
    """The warning's command works: the document ingest just made from the copy, with
    nothing done to it, gives way to the old document's new version."""
    store = _reviewed(db_url, tmp_path)
    first = store.document("floods.fr")
    moved = _new_version(tmp_path)
    pipeline.ingest_paths(store, [moved])

    [result] = pipeline.ingest_paths(store, [moved], version_of=first.id).files

    assert result.error is None and result.status == "updated"
    assert [(d.id, d.version) for d in store.documents() if d.name == "floods.fr"] == [
        (first.id, 2)
    ]
    assert [s.text for s in store.segments("floods.fr")][-1] == CHANGED


def test_version_of_refuses_a_document_with_work_on_it_and_another_language(
    db_url: str, tmp_path: Path
) -> None:
    store = _reviewed(db_url, tmp_path)
    first = store.document("floods.fr")
    moved = _new_version(tmp_path)
    [copy] = pipeline.ingest_paths(store, [moved]).files
    assert copy.document is not None
    align_document(
        store, copy.document.id, "es", original_path=tmp_path / "originals" / "floods.es.txt"
    )
    spanish = _write(tmp_path / "client-v2" / "crues.es.txt", STORY_ES)

    [worked] = pipeline.ingest_paths(store, [moved], version_of=first.id).files
    [other] = pipeline.ingest_paths(store, [spanish], version_of=first.id).files

    assert worked.error == (
        f"{moved.resolve()} is document {copy.document.id} (floods.fr), which has work on "
        "it; ingest the new version of floods.fr from a copy of the file elsewhere"
    )
    assert other.error == (
        f"{spanish.resolve()} is in es, document {first.id} (floods.fr) in fr: a new version "
        "is in the same language; leave --version-of out"
    )
    assert store.document(first.id).version == 1  # nothing stored


@pytest.mark.parametrize("args", [["a.txt", "b.txt"], ["-"], ["."]])
def test_version_of_takes_one_file(args: list[str], tmp_path: Path) -> None:
    run = CliRunner().invoke(
        app, ["ingest", *args, "--version-of", "1", "--db", str(tmp_path / "w.db")]
    )
    assert run.exit_code != 0
    assert "--version-of 1 takes one file, its new version" in run.output
