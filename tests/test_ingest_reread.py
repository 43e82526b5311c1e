"""The same file ingested again after the workbench reads it otherwise (N9).

A store made by an older reader holds that reader's cut. Ingesting the same
bytes with today's reader used to say "unchanged" and keep the old cut for
ever; now it is a new version, and `align` carries the review work over.
The older reader is emulated by storing exactly what it would have stored:
the file's bytes and digest with one sentence cut in two. Every test runs on
SQLite and on PostgreSQL.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from tests.conftest import CORPUS
from workbench import pipeline, review
from workbench.cli import app
from workbench.model import Kind, Sentence, Status
from workbench.pipeline.alignment import align_document, apply
from workbench.pipeline.documents import parse_file
from workbench.pipeline.readings import CarryOver, reading_of
from workbench.store import Store
from workbench.wording import counted

DOC_004 = "004_c5001f9aa01043f8"


@pytest.fixture
def store(both_store: Store) -> Store:
    return both_store


@pytest.fixture
def path(tmp_path: Path) -> Path:
    copy = tmp_path / f"{DOC_004}.txt"
    shutil.copy(CORPUS / f"{DOC_004}.txt", copy)
    return copy


def _cut_in_two(sentences: list[Sentence]) -> tuple[list[Sentence], str, str]:
    """``sentences`` with the first long French body sentence cut in two, as a reader
    that broke lines set with wide leading did; and the two halves."""
    i = next(
        k for k, s in enumerate(sentences)
        if s.kind is Kind.BODY and s.lang == "fr" and len(s.text.split()) > 12
    )  # fmt: skip
    words = sentences[i].text.split()
    head, tail = " ".join(words[:6]), " ".join(words[6:])
    halves = [replace(sentences[i], text=head), replace(sentences[i], text=tail)]
    return [*sentences[:i], *halves, *sentences[i + 1 :]], head, tail


def _stored_by_an_older_reader(store: Store, path: Path) -> tuple[str, str]:
    """Store ``path`` as an older reader read it; return the sentence it cut in two."""
    _, lang, sentences = parse_file(path)
    old, head, tail = _cut_in_two(sentences)
    data = path.read_bytes()
    store.store_file(
        name=path.stem, path=str(path.resolve()), lang=lang, encoding="utf-8",
        sha256=hashlib.sha256(data).hexdigest(), size=len(data), sentences=old,
        reading=reading_of(old),
    )  # fmt: skip
    return head, tail


def _confirm_every_french_bead(store: Store, alignment: int) -> None:
    for i, b in enumerate(store.beads(alignment)):
        if b.fr:
            apply(store, alignment, review.confirm(store.beads(alignment), i, "ana"), "ana")


def test_unchanged_bytes_read_the_same_stay_unchanged(store: Store, path: Path) -> None:
    pipeline.ingest_paths(store, [path])
    [again] = pipeline.ingest_paths(store, [path]).files
    assert (again.status, again.carry) == ("unchanged", None)
    assert store.versions(DOC_004) == [1]
    assert [e.action for e in store.events()] == ["ingest"]


def test_the_same_bytes_read_otherwise_are_a_new_version_and_review_work_follows(
    store: Store, path: Path
) -> None:
    head, tail = _stored_by_an_older_reader(store, path)
    first = align_document(store, DOC_004, "es").alignment.id
    _confirm_every_french_bead(store, first)
    before = store.beads(first)
    old_ids = {s.id for s in store.segments(DOC_004, 1) if s.text in (head, tail)}
    cut = [b for b in before if b.status is Status.CONFIRMED and set(b.fr) & old_ids]
    confirmed = [b for b in before if b.status is Status.CONFIRMED]
    assert cut  # the cut sentence is in a reviewed bead

    [result] = pipeline.ingest_paths(store, [path]).files

    assert (result.status, result.previous_version) == ("reread", 1)
    assert store.versions(DOC_004) == [1, 2]
    texts = [s.text for s in store.segments(DOC_004)]
    assert head not in texts and any(t.startswith(head + " ") for t in texts)
    assert result.carry == CarryOver(len(confirmed) - len(cut), len(cut))
    second = align_document(store, DOC_004, "es")
    assert second.kept_confirmed == len(confirmed) - len(cut)
    lost = f"{counted(len(cut), 'reviewed bead')} of an earlier version could not be carried over"
    assert lost in " ".join(second.warnings)
    # the warning names where the bead stays and who reviewed it
    assert f"bead {cut[0].position + 1} by ana" in " ".join(second.warnings)
    shown = f"`workbench beads {DOC_004} --alignment {first}`"
    assert shown in " ".join(second.warnings)
    # and that command shows them
    listed = CliRunner().invoke(
        app, ["beads", DOC_004, "--alignment", str(first), "-f", "json", "--db", store.url]
    )
    assert listed.exit_code == 0, listed.output
    assert {b["id"] for b in json.loads(listed.stdout)} == {b.id for b in before}
    wrong = CliRunner().invoke(app, ["beads", DOC_004, "--alignment", "999", "--db", store.url])
    assert wrong.exit_code == 1 and f"{DOC_004} has no alignment 999: its alignments are" in (
        wrong.output
    )
    # nothing the reviewer saved is lost: the bead cut otherwise stays where it was
    assert store.beads(first) == before
    # and the new reading is now the stored one: nothing more to do
    [again] = pipeline.ingest_paths(store, [path]).files
    assert again.status == "unchanged" and store.versions(DOC_004) == [1, 2]


def test_reread_forces_a_new_version_of_an_unchanged_file(store: Store, path: Path) -> None:
    pipeline.ingest_paths(store, [path])
    first = align_document(store, DOC_004, "es").alignment.id
    _confirm_every_french_bead(store, first)
    confirmed = sum(1 for b in store.beads(first) if b.status is Status.CONFIRMED)
    [result] = pipeline.ingest_paths(store, [path], reread=True).files
    assert (result.status, result.carry) == ("reread", CarryOver(confirmed, 0))
    assert store.segments(DOC_004, 2) != [] and store.versions(DOC_004) == [1, 2]
    assert align_document(store, DOC_004, "es").kept_confirmed == confirmed


def _forget_readings(store: Store) -> None:
    """As a store from before migration 0006: no version knows its reading."""
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE document_versions SET reading = NULL"))


def _reading(store: Store) -> list[str | None]:
    with store.engine.connect() as conn:
        return list(conn.scalars(text("SELECT reading FROM document_versions ORDER BY id")))


def test_a_version_stored_before_readings_were_kept_is_compared_on_its_cut(
    store: Store, path: Path
) -> None:
    pipeline.ingest_paths(store, [path])
    _forget_readings(store)
    [same] = pipeline.ingest_paths(store, [path]).files
    assert same.status == "unchanged" and store.versions(DOC_004) == [1]
    assert _reading(store) == [reading_of(parse_file(path)[2])]  # recorded now


def test_a_version_stored_before_readings_were_kept_and_cut_otherwise_is_read_again(
    store: Store, path: Path
) -> None:
    _stored_by_an_older_reader(store, path)
    _forget_readings(store)
    [result] = pipeline.ingest_paths(store, [path]).files
    assert (result.status, store.versions(DOC_004)) == ("reread", [1, 2])


def test_ingest_says_in_one_line_what_a_new_reading_did(
    db_url: str, tmp_path: Path, path: Path
) -> None:
    store = Store.open(db_url)
    try:
        _stored_by_an_older_reader(store, path)
        aid = align_document(store, DOC_004, "es").alignment.id
        apply(store, aid, review.confirm(store.beads(aid), 0, "ana"), "ana")
    finally:
        store.close()
    done = CliRunner().invoke(app, ["ingest", str(path), "--db", db_url])
    assert done.exit_code == 0, done.output
    assert (
        f"{DOC_004}: read again with the newer reader: stored as version 2; version 1 and "
        "its review work are kept; `workbench align` carries 1 reviewed bead over, 0 beads "
        "to review again (cut otherwise now) [fr]"
    ) in done.output
    again = CliRunner().invoke(app, ["ingest", str(path), "--db", db_url])
    assert f"{DOC_004}: unchanged [fr]" in again.output


FRENCH = (
    "Le port de pêche a rouvert ce matin après trois semaines de travaux. "
    "Les pêcheurs attendaient cette date avec une impatience grandissante depuis des mois. "
    "La mairie promet de nouveaux quais pour le printemps prochain.\n"
)
ENGLISH = (
    "The fishing harbour reopened this morning after three weeks of works. "
    "The fishermen had been waiting for this date with growing impatience for months. "
    "The town hall promises new quays for next spring.\n"
)


def test_an_original_with_reviewed_beads_keeps_its_reading_and_says_why(
    store: Store, tmp_path: Path
) -> None:
    """`align` carries review work over a new version of the translation, not of its
    original: a new reading of the original would strand the reviewed beads (align
    refused them), so the original stays as it was and ingest says so."""
    fr, en = tmp_path / "port.txt", tmp_path / "port-en.txt"
    fr.write_text(FRENCH, encoding="utf-8")
    en.write_text(ENGLISH, encoding="utf-8")
    pipeline.ingest_paths(store, [fr])
    _, lang, sentences = parse_file(en)
    old, _, _ = _cut_in_two([replace(s, lang="fr") for s in sentences])
    old = [replace(s, lang=lang) for s in old]
    data = en.read_bytes()
    store.store_file(
        name=en.stem, path=str(en.resolve()), lang=lang, encoding="utf-8",
        sha256=hashlib.sha256(data).hexdigest(), size=len(data), sentences=old,
        reading=reading_of(old), original_of=store.document("port").id,
    )  # fmt: skip
    aid = align_document(store, "port", "en").alignment.id
    _confirm_every_french_bead(store, aid)
    confirmed = _reviewed(store, aid)

    for _ in range(2):  # said every time: this reader's key is not kept as the version's
        [result] = pipeline.ingest_paths(store, [en]).files
        assert result.status == "unchanged" and store.versions(en.stem) == [1]
        assert result.warning is not None and "original of reviewed beads" in result.warning
    again = align_document(store, "port", "en", original_path=en)
    assert again.kept_confirmed == len(confirmed)
    assert _reviewed(store, again.alignment.id) == confirmed


def _reviewed(store: Store, alignment: int) -> list[tuple[str, str, str | None]]:
    return [
        (b.fr_text, b.cp_text, b.reviewer)
        for b in store.beads(alignment)
        if b.status is Status.CONFIRMED
    ]


def test_kinds_a_reviewer_gave_follow_the_new_reading_and_the_lost_ones_are_named(
    store: Store, path: Path
) -> None:
    """A reviewer's kind change (`restore`, a debris mark) is theirs: a new reading
    must not hand the current version back the kind the reader guessed."""
    head, tail = _stored_by_an_older_reader(store, path)
    old = store.segments(DOC_004, 1)
    marked = next(s for s in old if s.kind is Kind.BODY and s.text not in (head, tail))
    [half] = [s for s in old if s.text == head]
    store.set_segment_kinds(1, 1, [marked.id], Kind.BOILERPLATE, actor="ben")
    store.set_segment_kinds(1, 1, [half.id], Kind.HEADING, actor="ana")

    [result] = pipeline.ingest_paths(store, [path]).files

    assert result.status == "reread"
    [now] = [s for s in store.segments(DOC_004) if s.text == marked.text]
    assert now.kind is Kind.BOILERPLATE
    newest = store.kind_changes(1)[0]
    assert (newest.actor, newest.version, newest.kind) == ("ben", 2, Kind.BOILERPLATE)
    assert result.warning is not None
    assert (
        f"{DOC_004}: 1 segment whose kind a reviewer changed in version 1 is cut otherwise "
        f"now; see them with `workbench segments {DOC_004} --version 1`"
    ) in result.warning
    kinds = {s.id: s.kind for s in store.segments(DOC_004, 1)}  # version 1 as they left it
    assert (kinds[marked.id], kinds[half.id]) == (Kind.BOILERPLATE, Kind.HEADING)
