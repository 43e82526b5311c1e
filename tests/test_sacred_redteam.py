"""Red team of the first rule (session 26): a reviewer's saved edit under kills, races,
full disks and a store a newer workbench migrated.

Each test names what was tried; a test that found a way to lose or hide a saved edit, or
to fail without one clear line, failed before its fix. Those that held are kept as
evidence that they hold.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from tests.conftest import needs_apertium
from tests.test_review import aligned_pair
from tests.test_review_realign import _aligned
from workbench import review
from workbench.cli import app
from workbench.model import ConflictError, Kind, NotFoundError, Sentence, StoreError
from workbench.pipeline.alignment import align_document, apply
from workbench.pipeline.debris import set_segment_kinds
from workbench.pipeline.mt import fill_document
from workbench.store import Store, dialect
from workbench.store import engine as store_engine


@pytest.fixture
def store(both_store: Store) -> Store:
    return both_store


def _reviewed(url: str) -> tuple[int, str]:
    """A store at ``url`` holding one alignment with ana's saved correction of bead 2."""
    store, alignment, _ = aligned_pair(Store.open(url))
    beads = store.beads(alignment)
    apply(store, alignment, review.edit_text(beads, 1, "cp", "Texto de ana.", "ana"), "ana")
    store.close()
    return alignment, "Texto de ana."


def _stamp(url: str, revision: str) -> None:
    engine = store_engine.make_engine(url)
    with dialect.writer(engine).begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()


def test_a_store_a_newer_workbench_migrated_is_refused_in_one_line_and_left_alone(
    db_url: str,
) -> None:
    """A store whose schema a newer workbench moved on (revision 0099 here) is refused
    before anything is read or written, saying which revision it is at and what to do;
    it was alembic's traceback ("Can't locate revision identified by …")."""
    alignment, saved = _reviewed(db_url)
    _stamp(db_url, "0099")
    with pytest.raises(StoreError, match=r"revision 0099.*newer workbench") as caught:
        Store.open(db_url)
    assert "\n" not in str(caught.value)
    _stamp(db_url, store_engine.HEAD_REVISION)
    store = Store.open(db_url)
    assert store.beads(alignment)[1].cp_text == saved
    store.close()


def test_the_command_line_on_a_newer_store_says_one_line_and_exits_1(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'newer.db'}"
    _reviewed(url)
    _stamp(url, "0099")
    for args in (["docs"], ["confirm", "fr", "1", "--to", "es", "--reviewer", "ben"]):
        result = CliRunner().invoke(app, [*args, "--db", str(tmp_path / "newer.db")])
        assert result.exit_code == 1, result.output
        assert "newer workbench" in result.output
        assert "Traceback" not in result.output


def _new_version_reviewed(store: Store, captions: bool) -> tuple[int, str]:
    """Document ``doc`` (with a Spanish caption inside, or none) whose es alignment ana
    corrected in version 1, then read again as version 2 (`ingest --reread`), not yet
    aligned: the moment a nightly script's `fill` may run before its `align`."""
    french = [Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(FRENCH)]
    if captions:
        french.append(Sentence("El gato duerme en el sofá.", Kind.CAPTION, "es", len(FRENCH)))
    doc = store.store_file(
        name="doc", path="/c/doc.txt", lang="fr", encoding="utf-8", sha256="a" * 64, size=1,
        sentences=french,
    ).document  # fmt: skip
    if captions:
        first = align_document(store, "doc", "es").alignment.id
    else:
        first = fill_document(store, "doc", "es", engine="apertium", estimate=False).alignment.id
    beads = store.beads(first)
    apply(store, first, review.edit_text(beads, 0, "cp", "Texto de ana.", "ana"), "ana")
    store.store_again(doc.id, actor="nightly", why="read again")
    return first, "Texto de ana."


FRENCH = ["Le chat dort sur le canapé.", "La guerre est finie depuis longtemps."]


@needs_apertium
def test_fill_before_align_on_a_new_version_is_refused_and_align_then_carries_the_review(
    store: Store,
) -> None:
    """A nightly `ingest --reread; fill; align` (fill before align): fill made version 2 an
    MT-only alignment of its own, so `align` found version 2 aligned, carried nothing from
    version 1 and said "0 reviewed beads kept": ana's correction was gone from the version
    shown, without a word (found on 004_c5001f9aa01043f8, ana's correction and
    confirmation both). Now fill refuses, nothing stored, and names `align`, as
    `confirm` does."""
    _, saved = _new_version_reviewed(store, captions=True)
    with pytest.raises(NotFoundError, match=r"not aligned yet in version 2.*workbench align"):
        fill_document(store, "doc", "es", engine="apertium", estimate=False)
    assert [a.version for a in store.alignments(store.document("doc").id)] == [1]
    report = align_document(store, "doc", "es")
    assert report.alignment.version == 2
    assert saved in [b.cp_text for b in store.beads(report.alignment.id) if b.reviewer == "ana"]


@needs_apertium
def test_fill_of_a_new_version_of_a_drafted_document_keeps_the_post_edits(store: Store) -> None:
    """A document with no counterpart at all, drafted by MT and post-edited by ana, then
    read again: `align` has nothing to align (no es sentence), so `fill` makes version 2's
    alignment itself. It drafted every sentence afresh, ana's post-edit left in version 1
    and named nowhere. Now the new alignment takes them over, as `align` does."""
    _, saved = _new_version_reviewed(store, captions=False)
    report = fill_document(store, "doc", "es", engine="apertium", estimate=False)
    assert report.alignment.version == 2
    beads = store.beads(report.alignment.id)
    assert (beads[0].cp_text, beads[0].reviewer) == (saved, "ana")
    # the raw draft of the other sentence comes over too: nothing to translate again
    assert (report.filled, report.already, str(beads[1].status)) == (0, 2, "draft")


def _changed_first_sentence(store: Store) -> None:
    changed = ["Le chien dort sur le canapé.", FRENCH[1]]
    store.store_file(
        name="doc", path="/c/doc.txt", lang="fr", encoding="utf-8", sha256="c" * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(changed)],
    )  # fmt: skip


@needs_apertium
def test_fill_of_a_new_version_that_changed_a_post_edited_sentence_keeps_it_and_names_it(
    store: Store,
) -> None:
    """Session 26 refused here ("nothing was drafted"), and every later `fill` refused
    the same: `align` has no counterpart to align, so an MT-only document's new version
    could never be drafted (session 28's known hole 1). Now fill drafts version 2 as
    `align` would align it: ana's post-edit of the changed sentence stays in version 1's
    alignment, unchanged, and the warning names it and the command that shows it."""
    first, saved = _new_version_reviewed(store, captions=False)
    _changed_first_sentence(store)
    report = fill_document(store, "doc", "es", engine="apertium", estimate=False)
    assert report.alignment.version == 3
    assert re.fullmatch(
        r"1 reviewed bead of an earlier version could not be carried over \(bead 1 by ana\)"
        r".*`workbench beads doc --alignment \d+`",
        report.left_behind,
    )
    kept = store.beads(first)[0]
    assert (kept.cp_text, kept.reviewer, kept.fr_text) == (saved, "ana", FRENCH[0])
    new = store.beads(report.alignment.id)
    assert new[0].fr_text == "Le chien dort sur le canapé."
    assert saved not in [b.cp_text for b in new]  # ana translated another sentence
    assert (report.filled, report.already) == (1, 1)  # the unchanged sentence's draft came
    again = fill_document(store, "doc", "es", engine="apertium", estimate=False)
    assert (again.alignment.id, again.filled, again.left_behind) == (report.alignment.id, 0, "")


@needs_apertium
def test_the_command_line_fill_that_leaves_a_post_edit_behind_says_so_and_exits_3(
    tmp_path: Path,
) -> None:
    db = tmp_path / "w.db"
    store = Store.open(f"sqlite:///{db}")
    _new_version_reviewed(store, captions=False)
    _changed_first_sentence(store)
    store.close()
    args = ["fill", "doc", "--to", "es", "--engine", "apertium", "--no-estimate"]
    result = CliRunner().invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 3, result.output
    warning = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warning) == 1 and "bead 1 by ana" in warning[0]
    assert "workbench beads doc --alignment" in warning[0]


def test_a_page_loaded_before_a_restore_saves_where_it_still_holds_and_is_refused_elsewhere(
    store: Store,
) -> None:
    """ben's Review page was loaded before `restore` gave a line back to the text and
    aligned again around ana's confirmed bead. Each of his edits, saved from that old page,
    lands on the very bead he saw when the re-alignment kept it (same id and version), and
    is refused in one line, nothing written, where the re-alignment replaced it: never onto
    another bead, and ana's bead stays as she confirmed it."""
    doc, alignment, debris = _aligned(store, debris_at=4)
    page = store.beads(alignment)  # what ben's page holds
    [ana] = [b for b in page if b.reviewer == "ana"]
    set_segment_kinds(store, doc, [debris], actor="cy")
    now = {b.id: b for b in store.beads(alignment)}
    refused = 0
    for k, bead in enumerate(page):
        if bead.id == ana.id:
            continue
        edit = review.edit_text(page, k, "cp", f"Texto de ben {k}.", "ben")
        kept = now.get(bead.id)
        if kept is not None and kept.version == bead.version:
            apply(store, alignment, edit, "ben")
        else:
            with pytest.raises(ConflictError) as caught:
                apply(store, alignment, edit, "ben")
            assert "\n" not in str(caught.value)
            refused += 1
    beads = store.beads(alignment)
    assert refused, "the restore replaced no bead ben's page holds: nothing tried"
    for b in beads:
        if b.cp_text.startswith("Texto de ben"):
            k = int(b.cp_text.removeprefix("Texto de ben ").rstrip("."))
            assert b.id == page[k].id  # on the bead ben saw, nowhere else
    assert ana in beads
    assert debris in [i for b in beads for i in b.fr]
