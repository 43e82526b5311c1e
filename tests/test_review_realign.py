"""Aligning again keeps every bead that comes out as it was (N11).

`align` and `restore` replace an alignment's beads. A bead that comes out
with the same sentences on each side, texts, status and review keeps its id
and version, so that a table exported before, an edit loaded before and the
undo stack still name it; a bead that really changed is a new bead, and its
row is refused with its clear line. Every test runs on SQLite and on
PostgreSQL.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.test_import_reviewed import STATUS, TARGET, _edit, _export
from tests.test_review import ES, FR
from workbench import review
from workbench.formats.registry import read_units
from workbench.model import BeadDraft, ConflictError, Kind, Sentence, Status, StoredBead
from workbench.pipeline.alignment import align_document, apply
from workbench.pipeline.debris import set_segment_kinds
from workbench.pipeline.reviewed import import_reviewed
from workbench.store import Store

DEBRIS = "Partager sur Facebook."


@pytest.fixture
def store(both_store: Store) -> Store:
    return both_store


def _documents(store: Store, debris_at: int | None = None) -> tuple[int, int]:
    """The French text (with a debris line before sentence ``debris_at``) and its Spanish
    original: (French document id, the debris line's segment id or 0)."""
    texts = [(t, Kind.BODY) for t in FR]
    if debris_at is not None:
        texts.insert(debris_at, (DEBRIS, Kind.BOILERPLATE))
    fr = store.store_file(
        name="fr", path="/c/fr.txt", lang="fr", encoding="utf-8", sha256="a" * 64, size=1,
        sentences=[Sentence(t, k, "fr", i) for i, (t, k) in enumerate(texts)],
    ).document  # fmt: skip
    store.store_file(
        name="es", path="/c/es.txt", lang="es", encoding="utf-8", sha256="b" * 64, size=1,
        sentences=[Sentence(t, Kind.BODY, "es", i) for i, t in enumerate(ES)], original_of=fr.id,
    )  # fmt: skip
    debris = [s.id for s in store.segments(fr.id) if s.text == DEBRIS]
    return fr.id, debris[0] if debris else 0


def _aligned(store: Store, debris_at: int | None = None) -> tuple[int, int, int]:
    """Aligned, ana's confirmation of bead 2, aligned again around it: (document,
    alignment, debris segment)."""
    doc, debris = _documents(store, debris_at)
    alignment = align_document(store, doc, "es").alignment.id
    apply(store, alignment, review.confirm(store.beads(alignment), 1, "ana"), "ana")
    align_document(store, doc, "es")
    return doc, alignment, debris


def _ids(beads: list[StoredBead]) -> list[tuple[int, int]]:
    return [(b.id, b.version) for b in beads]


@pytest.mark.parametrize("fmt", ["tsv", "xlsx"])
def test_a_table_exported_before_an_align_that_changes_nothing_comes_back(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    doc, alignment, _ = _aligned(store)
    before = store.beads(alignment)
    path = _export(store, tmp_path, fmt)
    report = align_document(store, doc, "es")
    assert report.alignment.id == alignment
    assert _ids(store.beads(alignment)) == _ids(before)  # every bead as it was, by id
    _edit(path, 1, STATUS, "confirmed")
    _edit(path, 3, TARGET, "Un accord fut signé.")
    done = import_reviewed(store, path, reviewer="ben")
    assert done.refused == ()
    assert (done.confirmed, done.edited) == (1, 1)
    beads = store.beads(alignment)
    assert (beads[0].status, beads[0].reviewer) == (Status.CONFIRMED, "ben")
    assert beads[2].fr_text == "Un accord fut signé."
    assert (beads[1].status, beads[1].reviewer) == (Status.CONFIRMED, "ana")


def test_a_row_of_a_bead_the_re_alignment_changed_is_refused_and_the_others_arrive(
    store: Store, tmp_path: Path
) -> None:
    doc, debris = _documents(store, debris_at=4)
    alignment = align_document(store, doc, "es").alignment.id
    path = _export(store, tmp_path, "tsv")
    apply(store, alignment, review.confirm(store.beads(alignment), 1, "ana"), "ana")
    exported = [u.tuid for u in read_units(path)]  # a pair without counterpart is no row
    # the debris line given back as text joins the document's tail, aligned again
    set_segment_kinds(store, doc, [debris])
    now = {f"fr-{alignment}-{b.id}" for b in store.beads(alignment)}
    gone = [row for row, tuid in enumerate(exported, 1) if tuid not in now]
    assert gone and 1 not in gone, "restoring the line no longer changes this document's tail"
    for row in range(1, len(exported) + 1):
        _edit(path, row, TARGET, f"Texte de ben {row}.")
    report = import_reviewed(store, path, reviewer="ben")
    assert report.refused == (
        "row 3: bead 2 of fr was changed by ana after this file was exported; your row was "
        "not imported so as not to overwrite it: compare the two in the app and edit there",
        *(f"row {row + 1}: bead {exported[row - 1]} is no longer in fr (merged, "
          "split or aligned again since the export): make this change in the app"
          for row in gone),
    )  # fmt: skip
    assert report.edited == len(exported) - 1 - len(gone)
    texts = [b.fr_text for b in store.beads(alignment)]
    assert texts[0] == "Texte de ben 1." and texts[1] == FR[1]


def test_rows_of_beads_a_restore_left_alone_come_back(store: Store, tmp_path: Path) -> None:
    doc, alignment, debris = _aligned(store, debris_at=4)
    before = store.beads(alignment)
    path = _export(store, tmp_path, "tsv")
    restored = set_segment_kinds(store, doc, [debris])
    assert restored.changed == (debris,)
    after = store.beads(alignment)
    assert any(debris in b.fr for b in after)
    assert _ids(after[:3]) == _ids(before[:3])  # away from the restored line: as they were
    _edit(path, 1, STATUS, "confirmed")
    _edit(path, 3, TARGET, "Un accord fut signé.")
    report = import_reviewed(store, path, reviewer="ben")
    assert (report.confirmed, report.edited) == (1, 1)
    # the stretch the restored line joined was aligned again: its rows, left as exported,
    # are nothing to carry (until session 33 they were refused, untouched as they were)
    now = {f"fr-{alignment}-{b.id}" for b in after}
    rows = read_units(path)
    gone = [row for row, u in enumerate(rows, 2) if u.tuid not in now]
    assert gone and report.refused == ()
    assert report.unchanged == len(rows) - 2


def test_an_edit_loaded_before_an_align_that_kept_its_bead_is_saved(store: Store) -> None:
    doc, alignment, _ = _aligned(store)
    loaded = store.beads(alignment)  # ben's page, open while `align` runs
    align_document(store, doc, "es")
    apply(store, alignment, review.confirm(loaded, 2, "ben"), "ben")
    assert store.beads(alignment)[2].reviewer == "ben"


def test_an_undo_reaches_back_past_an_align_that_kept_the_bead(store: Store) -> None:
    doc, alignment, _ = _aligned(store)
    assert store.beads(alignment)[1].reviewer == "ana"
    align_document(store, doc, "es")
    step = store.undo(alignment, "ana", by="ana")
    assert step.action == "confirm"
    assert store.beads(alignment)[1].status is Status.AUTO


def test_a_bead_kept_by_the_store_keeps_its_place_in_order(store: Store) -> None:
    """The store alone: kept beads move to their new places, the others are new."""
    doc, _ = _documents(store)
    alignment = align_document(store, doc, "es").alignment.id
    old = store.beads(alignment)
    a = store.alignment(alignment)
    drafts = [review.draft_of(b) for b in old]
    one = BeadDraft((), (), "", "", None, Status.AUTO, "human", "ana")
    changed = review.draft_of(old[3], cp_text="Otro texto.")
    wanted = [one, drafts[0], drafts[1], drafts[2], changed, *drafts[4:]]
    store.save_alignment(
        doc_id=doc, version=a.version, counterpart=(a.counterpart_doc_id or 0, 1),
        fr_lang="fr", cp_lang="es", aligner=a.aligner, beads=wanted,
    )  # fmt: skip
    new = store.beads(alignment)
    assert [b.position for b in new] == list(range(len(wanted)))
    assert _ids(new[1:4]) == _ids(old[:3]) and _ids(new[5:]) == _ids(old[4:])
    assert new[0].id not in {b.id for b in old} and new[4].id not in {b.id for b in old}
    assert new[4].cp_text == "Otro texto."


def test_reviewers_saving_while_align_runs_lose_nothing(db_url: str) -> None:
    """Threads: ana edits every bead's counterpart while `align` runs again and again.
    Every save she was told was stored is in the alignment at the end."""
    setup = Store.open(db_url)
    try:
        doc, alignment, _ = _aligned(setup)
    finally:
        setup.close()
    saved: list[tuple[int, str]] = []  # (bead id, text) of every save ana was told was stored
    errors: list[BaseException] = []
    stop, realigned = threading.Event(), threading.Event()
    runs: list[int] = []  # one a finished `align`

    def ana() -> None:
        store = Store.open(db_url)
        try:
            for k in range(len(FR) * 3):
                if k == len(FR):  # half-way, until `align` got through once
                    realigned.wait(timeout=120)
                beads = store.beads(alignment)
                text = f"Texto de ana {k}."
                edit = review.edit_text(beads, k % len(beads), "cp", text, "ana")
                try:
                    (bead,) = apply(store, alignment, edit, "ana")
                except ConflictError:
                    continue  # refused, and she was told: nothing claimed saved
                saved.append((bead.id, text))
        except BaseException as exc:  # reported by the test
            errors.append(exc)
        finally:
            stop.set()
            store.close()

    def aligner() -> None:
        store = Store.open(db_url)
        try:
            while not stop.is_set():
                try:
                    align_document(store, doc, "es", actor="align")
                except ConflictError:
                    continue
                runs.append(1)  # not its events: an align that changes nothing writes none
                realigned.set()
        except BaseException as exc:  # reported by the test
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=ana), threading.Thread(target=aligner)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    final = Store.open(db_url)
    try:
        now = {b.id: b.cp_text for b in final.beads(alignment)}
    finally:
        final.close()
    assert saved and runs and realigned.is_set()  # they really ran together
    last = dict(saved)  # a later save on the same bead is hers too, and replaces the earlier
    assert {bead: now.get(bead) for bead in last} == last


def test_the_apps_re_align_keeps_the_beads_it_leaves_as_they_were(
    store: Store, tmp_path: Path
) -> None:
    """ "Re-align between the reviewed beads" (the Review page) wrote every bead again
    under a new id or version, as `align` did: a table exported before lost its rows."""
    from workbench.pipeline.alignment import realign_unconfirmed

    _, alignment, _ = _aligned(store)
    before = store.beads(alignment)
    path = _export(store, tmp_path, "tsv")
    realign_unconfirmed(store, alignment, before, actor="ben")
    assert _ids(store.beads(alignment)) == _ids(before)
    _edit(path, 1, STATUS, "confirmed")
    report = import_reviewed(store, path, reviewer="ben")
    assert (report.confirmed, report.refused) == (1, ())
    # a re-align that changed nothing wrote nothing: there is only the confirm to undo
    assert store.undo(alignment, "ben", by="ben").action == "confirm"
    now = store.beads(alignment)
    assert [(b.id, b.status, b.cp_text) for b in now] == [
        (b.id, b.status, b.cp_text) for b in before
    ]


def test_the_apps_re_align_that_changes_nothing_writes_nothing_as_align_does(
    store: Store,
) -> None:
    """newcomer18b (MEDIUM 5): "Re-align between the reviewed beads" on an alignment it left
    as it was moved the revision and logged "realign", so a nightly `confirm --seen`
    read before was refused; `align` writes nothing then. One rule for both now."""
    from workbench.pipeline.alignment import realign_unconfirmed

    doc, alignment, _ = _aligned(store)
    revision, events = store.revision(alignment), len(store.history(alignment))
    seen = review.confirm(store.beads(alignment), 0, "cy")  # read before the re-align

    realign_unconfirmed(store, alignment, store.beads(alignment), actor="ben")
    align_document(store, doc, "es")

    assert store.revision(alignment) == revision  # main: one more, by ben's re-align
    assert len(store.history(alignment)) == events
    apply(store, alignment, seen, "cy")
    assert store.beads(alignment)[0].reviewer == "cy"


def test_the_apps_re_align_is_refused_when_a_bead_was_added_since(store: Store) -> None:
    from workbench.pipeline.alignment import realign_unconfirmed

    _, alignment, _ = _aligned(store)
    seen = store.beads(alignment)
    last = len(seen) - 1
    apply(store, alignment, review.insert_empty(seen, last, "ana"), "ana")  # after the last
    with pytest.raises(ConflictError, match="a bead was added to the alignment since"):
        realign_unconfirmed(store, alignment, seen, actor="ben")
    assert len(store.beads(alignment)) == len(seen) + 1


def test_an_imported_beads_row_comes_back_after_an_align_that_kept_it(
    store: Store, tmp_path: Path
) -> None:
    """A document imported from XLIFF exports each pair under its unit's id; `align`
    forgot those ids, so every row of its table was refused after a re-alignment."""
    from tests.test_cli_review import LETTER
    from workbench.formats.units import ExportOptions
    from workbench.pipeline.exchange import export_documents, import_tmx

    xliff = tmp_path / "lettre.xlf"
    xliff.write_text(LETTER, encoding="utf-8")
    import_tmx(store, xliff)
    [alignment] = store.alignments(store.document("lettre.txt").id)
    apply(store, alignment.id, review.confirm(store.beads(alignment.id), 0, "ana"), "ana")
    path = tmp_path / "lettre.tsv"
    export_documents(store, ["lettre.txt"], "es", "tsv", path, ExportOptions())
    assert read_units(path)[0].tuid == "1"
    align_document(store, "lettre.txt", "es")
    assert store.unit_ids(alignment.id) == {store.beads(alignment.id)[0].id: "1"}
    _edit(path, 1, TARGET, "Le conseil se réunira demain.")
    report = import_reviewed(store, path, reviewer="ben")
    assert report.edited == 1
    assert store.beads(alignment.id)[0].fr_text == "Le conseil se réunira demain."
