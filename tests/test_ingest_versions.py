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
    [copy] = pipeline.ingest_paths(store, [moved]).files
    assert copy.document is not None

    [result] = pipeline.ingest_paths(store, [moved], version_of=first.id).files

    assert result.error is None and result.status == "updated"
    # said, exit 0 (newcomer34: the copy vanished, its ingest event too, without a word)
    assert result.note == (
        f"document {copy.document.id} (floods.fr), stored from this file and never worked on, "
        f"is folded into document {first.id} (floods.fr): one document of this file"
    )
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


def test_a_corrected_original_aligns_on_a_version_of_its_own_carrying_the_reviews(
    db_url: str, tmp_path: Path
) -> None:
    """newcomer18b (MEDIUM 4): `ingest ORIGINAL --version-of ID` worked, then `align`
    refused, "already aligned with another es original", naming the same document. Now the
    translation gets a version of its own for it (one alignment holds one version of each
    side): the reviewed beads whose sentences read the same come over, the one whose
    original sentence the client corrected stays in the earlier alignment, with a warning."""
    store = _reviewed(db_url, tmp_path)
    first = alignment_for(store, "floods.fr", "es")
    old = store.beads(first.id)
    apply(store, first.id, review.confirm(old, len(old) - 1, "ben"), "ben")
    reviewed_before = store.beads(first.id)
    original = store.document("floods.es")
    store.close()
    corrected = "Una reunión pública tendrá lugar el dieciséis de enero en el ayuntamiento."
    fixed = _write(tmp_path / "client-v2" / "floods.es.txt", [*STORY_ES[:-1], corrected])
    cli = CliRunner()

    ingested = cli.invoke(
        app, ["ingest", str(fixed), "--version-of", str(original.id), "--db", db_url]
    )
    run = cli.invoke(app, ["align", "floods.fr", "--to", "es", "--db", db_url])

    assert ingested.exit_code == 0, ingested.output
    assert run.exit_code == 3, run.output  # main: 1, "already aligned with another es original"
    assert "1 reviewed bead kept" in run.output
    assert "1 reviewed bead of an earlier version could not be carried over (bead 5 by ben)" in (
        " ".join(run.output.split())
    )
    store = Store.open(db_url)
    doc = store.document("floods.fr")
    now = alignment_for(store, "floods.fr", "es")
    assert (doc.version, now.version, now.counterpart_version) == (2, 2, 2)
    assert [s.text for s in store.segments(doc.id)] == [s.text for s in store.segments(doc.id, 1)]
    beads = store.beads(now.id)
    assert (beads[0].status, beads[0].reviewer, beads[0].fr_text) == (
        Status.CONFIRMED, "ana", STORY_FR[0],
    )  # fmt: skip
    assert beads[-1].cp_text == corrected and beads[-1].status is Status.AUTO
    assert store.beads(first.id) == reviewed_before  # the earlier alignment stands whole
    again = cli.invoke(app, ["align", "floods.fr", "--to", "es", "--db", db_url])
    assert again.exit_code == 0, again.output
    assert store.document("floods.fr").version == 2  # aligned again: no new version each time
    store.close()


STORY_EN = [
    "On Tuesday the town council voted for a new plan against floods.",
    "The river's dikes will be raised by one metre before next winter.",
    "People in the low-lying districts will be warned by a message on their phone.",
    "The mayor said that the works would cost nearly two million euros.",
    "A public meeting will take place on the sixteenth of January at the town hall.",
]


def test_a_language_aligned_only_in_an_earlier_version_is_named_with_what_to_run(
    db_url: str, tmp_path: Path
) -> None:
    """newcomer18b (LOW 4): after a new version aligned only with en, `beads --to es` said
    "floods.fr is aligned with en, not es", though version 1 has an es alignment with a
    confirmed bead."""
    store = _reviewed(db_url, tmp_path)
    first = alignment_for(store, "floods.fr", "es")
    doc = store.document("floods.fr")
    store.close()
    english = _write(tmp_path / "originals" / "floods.en.txt", STORY_EN)
    cli = CliRunner()
    for args in (
        ["ingest", str(_new_version(tmp_path)), "--version-of", str(doc.id)],
        ["align", "floods.fr", "--to", "en", "--original", str(english)],
    ):
        assert cli.invoke(app, [*args, "--db", db_url]).exit_code == 0

    run = cli.invoke(app, ["beads", "floods.fr", "--to", "es", "--db", db_url])

    assert run.exit_code == 1
    assert " ".join(run.output.split()) == (
        "error: floods.fr is aligned with en in version 2, and with es only in version 1: run "
        "`workbench align floods.fr --to es` to carry its reviewed beads over, or read that "
        f"one with `workbench beads floods.fr --alignment {first.id}`"
    )  # main: "floods.fr is aligned with en, not es: pass --to en, or run …"
    shown = cli.invoke(app, ["beads", "floods.fr", "--alignment", str(first.id), "--db", db_url])
    assert shown.exit_code == 0 and "confirmed" in shown.output
    said = cli.invoke(app, ["align", "floods.fr", "--to", "es", "--db", db_url])  # as it says
    assert said.exit_code == 0 and "1 reviewed bead kept" in said.output


def test_an_original_corrected_in_another_folder_gets_one_hint_not_two(
    db_url: str, tmp_path: Path
) -> None:
    """The corrected Spanish original, ingested without --version-of: the warning asks
    whether it is the stored original's new version, and no note beside it suggests
    aligning it as an original, which `align` then refuses (newcomer38 LOW 16: two
    contradicting hints in one run)."""
    _reviewed(db_url, tmp_path).close()
    corrected = _write(tmp_path / "originals-v2" / "floods.es.txt", [*STORY_ES[:-1], "Fin."])

    run = CliRunner().invoke(app, ["ingest", str(corrected), "--db", db_url])

    assert run.exit_code == 3, run.output
    assert "--version-of" in run.output
    assert "not French: if it is an original" not in run.output
    store = Store.open(db_url)
    kept = next(d for d in store.documents() if d.path == str(corrected.resolve()))
    store.close()
    refused = CliRunner().invoke(
        app, ["align", "floods.fr", "--to", "es", "--original", str(corrected), "--db", db_url]
    )
    assert refused.exit_code == 1
    assert f"{corrected} is stored as document {kept.id} but was not aligned" in refused.output
