"""Migration 0002 on databases made before it: repaired where it can be, refused where not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, NamedTuple

import pytest
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import text

from workbench.model import StoreError, UnsavedText
from workbench.store import Store, dialect
from workbench.store import engine as store_engine


def _at_0001(url: str) -> Any:
    """An engine on a database migrated to revision 0001 only, as before this change."""
    from alembic import command

    engine = store_engine.make_engine(url)
    config = store_engine.alembic_config(url)
    with dialect.writer(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    return engine


def _rows(conn: Any) -> None:
    conn.execute(
        text(
            "INSERT INTO documents (id, name, path, current_version, created_at) "
            "VALUES (1, 'doc', '/doc', 1, '2026-01-01')"
        )
    )
    conn.execute(
        text(
            "INSERT INTO document_versions (id, document_id, version, sha256, encoding, size, "
            "lang, created_at) VALUES (1, 1, 1, 'x', 'utf-8', 1, 'fr', '2026-01-01')"
        )
    )


def _alignment(conn: Any, alignment_id: int) -> None:
    conn.execute(
        text(
            "INSERT INTO alignments (id, version_id, fr_lang, cp_lang, aligner, created_at, "
            "updated_at) VALUES (:id, 1, 'fr', 'es', 't', '2026-01-01', '2026-01-01')"
        ),
        {"id": alignment_id},
    )


def test_duplicate_bead_positions_left_by_old_races_are_renumbered(db_url: str) -> None:
    engine = _at_0001(db_url)
    with engine.begin() as conn:
        _rows(conn)
        _alignment(conn, 1)
        for bead_id, position in [(1, 0), (2, 1), (3, 1), (4, 3)]:
            conn.execute(
                text(
                    "INSERT INTO beads (id, alignment_id, position, fr_ids, cp_ids, fr_text, "
                    "cp_text, score, status, origin, version, created_at, updated_at) VALUES "
                    "(:id, 1, :p, '[]', '[]', '', '', 0, 'auto', 'x', 1, '2026-01-01', "
                    "'2026-01-01')"
                ),
                {"id": bead_id, "p": position},
            )
    engine.dispose()
    store = Store.open(db_url)
    assert [(b.id, b.position) for b in store.beads(1)] == [(1, 0), (2, 1), (3, 2), (4, 3)]
    store.close()


def test_two_alignments_of_one_version_stop_the_upgrade_with_what_to_do(db_url: str) -> None:
    engine = _at_0001(db_url)
    with engine.begin() as conn:
        _rows(conn)
        _alignment(conn, 1)
        _alignment(conn, 2)
    engine.dispose()
    with pytest.raises(StoreError, match=r"several alignments .*ids 1…2 \(es\).*delete the others"):
        Store.open(db_url)


def test_migration_0004_keeps_every_score_and_lets_a_changed_bead_hold_none(db_url: str) -> None:
    from workbench import review
    from workbench.pipeline.alignment import apply

    engine = _at_0001(db_url)
    with engine.begin() as conn:
        _rows(conn)
        _alignment(conn, 1)
        conn.execute(
            text(
                "INSERT INTO segments (id, version_id, idx, block, kind, lang, text) VALUES "
                "(1, 1, 0, 0, 'body', 'fr', 'Une phrase.')"
            )
        )
        for bead_id, score in [(1, 0.75), (2, 0.5)]:
            conn.execute(
                text(
                    "INSERT INTO beads (id, alignment_id, position, fr_ids, cp_ids, fr_text, "
                    "cp_text, score, status, origin, version, created_at, updated_at) VALUES "
                    "(:id, 1, :p, '[1]', '[]', 'Une phrase.', 'Una frase.', :s, 'auto', "
                    "'aligner', 1, '2026-01-01', '2026-01-01')"
                ),
                {"id": bead_id, "p": bead_id - 1, "s": score},
            )
    engine.dispose()
    store = Store.open(db_url)
    try:
        assert [b.score for b in store.beads(1)] == [0.75, 0.5]
        beads = store.beads(1)
        apply(store, 1, review.edit_text(beads, 0, "cp", "Otra frase.", "ana"), "ana")
        assert [b.score for b in store.beads(1)] == [None, 0.5]
    finally:
        store.close()
    if db_url.startswith("sqlite"):
        # SQLite rebuilt the table: it still never reuses a deleted bead's id, and positions
        # are still unique.
        engine = store_engine.make_engine(db_url)
        with engine.connect() as conn:
            table = conn.scalar(text("SELECT sql FROM sqlite_master WHERE name = 'beads'"))
            indexes = conn.scalars(text("SELECT name FROM sqlite_master WHERE tbl_name = 'beads'"))
            assert "AUTOINCREMENT" in table
            assert "uq_beads_alignment_position" in set(indexes)
        engine.dispose()


def test_migration_0005_marks_the_post_edits_made_before_it_and_leaves_raw_drafts(
    db_url: str,
) -> None:
    """A store from before 0005 holds ana's post-edit as the raw draft it looked like
    (origin ``mt:…``, status draft), which `align` would drop: the edit event that wrote
    it tells them apart."""
    from tests.test_review import aligned_pair
    from workbench import review
    from workbench.model import BeadDraft, Status
    from workbench.pipeline.alignment import apply

    store = Store.open(db_url)
    try:
        _, aid, _ = aligned_pair(store)
        beads = store.beads(aid)
        raw = BeadDraft(beads[3].fr, (), beads[3].fr_text, "El Kremlin está contento.", None,
                        Status.DRAFT, "mt:apertium:fr-es")  # fmt: skip
        store.replace_beads(aid, {beads[3].id: beads[3].version}, (raw,), actor="cli",
                            action="fill")  # fmt: skip
        apply(store, aid, review.edit_text(store.beads(aid), 3, "cp", "El Kremlin celebra.",
                                           "ana"), "ana")  # fmt: skip
        beads = store.beads(aid)
        raw4 = BeadDraft(beads[4].fr, beads[4].cp, beads[4].fr_text, beads[4].cp_text, None,
                         Status.DRAFT, "mt:apertium:fr-es")  # fmt: skip
        store.replace_beads(aid, {beads[4].id: beads[4].version}, (raw4,), actor="cli",
                            action="fill")  # fmt: skip
    finally:
        store.close()
    engine = store_engine.make_engine(db_url)
    with engine.begin() as conn:  # as a store before 0005 holds them
        conn.execute(text("UPDATE beads SET origin = 'mt:apertium:fr-es', status = 'draft' "
                          "WHERE origin LIKE 'postedit:%'"))  # fmt: skip
        conn.execute(text("UPDATE alembic_version SET version_num = '0004'"))
        conn.execute(text("ALTER TABLE document_versions DROP COLUMN reading"))  # 0006's
        conn.execute(text("DROP TABLE unsaved_texts"))  # 0008's
        conn.execute(text("ALTER TABLE alignments DROP COLUMN inputs"))  # 0010's
    engine.dispose()
    store = Store.open(db_url)
    try:
        beads = store.beads(aid)
        assert (beads[3].origin, beads[3].status, beads[3].reviewer) == (
            "postedit:mt:apertium:fr-es", Status.AUTO, "ana",
        )  # fmt: skip
        assert review.reviewed(beads[3])
        assert (beads[4].origin, beads[4].status) == ("mt:apertium:fr-es", Status.DRAFT)
    finally:
        store.close()


def test_migration_0006_gives_versions_a_reading_unknown_for_those_stored_before(
    db_url: str, tmp_path: Any
) -> None:
    """A version stored before 0006 does not know its reading (NULL); ingesting its
    unchanged file again compares the cut, finds it the same and records the reading."""
    from alembic import command

    from workbench import pipeline

    engine = store_engine.make_engine(db_url)
    config = store_engine.alembic_config(db_url)
    with dialect.writer(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0005")
    engine.dispose()
    path = tmp_path / "doc.txt"
    path.write_text("Une phrase. Une autre phrase.\n", encoding="utf-8")
    store = Store.open(db_url)
    try:
        pipeline.ingest_paths(store, [path])
        with store.engine.begin() as conn:  # as 0005 left it: the column is new, and NULL
            conn.execute(text("UPDATE document_versions SET reading = NULL"))
        [again] = pipeline.ingest_paths(store, [path]).files
        assert (again.status, store.versions("doc")) == ("unchanged", [1])
        with store.engine.connect() as conn:
            assert conn.scalar(text("SELECT reading FROM document_versions")) is not None
    finally:
        store.close()
    engine = store_engine.make_engine(db_url)
    with dialect.writer(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM document_versions")) == 1
    engine.dispose()


def test_migration_0007_marks_post_edits_an_undo_or_redo_wrote_and_keeps_old_edits_undoable(
    db_url: str,
) -> None:
    """Before 0005 an edit of an MT draft stored it as a raw draft (origin ``mt:…``,
    status draft), and so did an undo or redo that brought such an edit back: 0005
    looked only at drafts an ``edit`` wrote. 0007 marks the others, and the beads the
    log holds, so that undo and redo of those old edits restore post-edits as post-edits
    and are not refused for a change nobody made."""
    from tests.test_review import aligned_pair
    from workbench.model import BeadDraft, Status

    engine_name = "mt:apertium:fr-es"
    store = Store.open(db_url)
    try:
        _, aid, _ = aligned_pair(store)

        def write(i: int, text: str, actor: str, action: str) -> None:
            b = store.beads(aid)[i]
            # what a fill wrote, and what an edit of a draft wrote before 0005
            old = BeadDraft(b.fr, (), b.fr_text, text, None, Status.DRAFT, engine_name,
                            None if action == "fill" else actor)  # fmt: skip
            store.replace_beads(aid, {b.id: b.version}, (old,), actor=actor, action=action)

        for i in range(4):
            write(i, f"Borrador {i}.", "cli", "fill")
        write(0, "Texto de Ana 0.", "ana", "edit")
        store.undo(aid, "ana", by="ana")
        store.redo(aid, "ana", by="ana")  # bead 1: the post-edit, written by a redo
        write(1, "Texto de Ana 1.", "ana", "edit")
        write(1, "Texto de Ana 1, otra vez.", "ana", "edit")
        store.undo(aid, "ana", by="ana")  # bead 2: the first post-edit, written by an undo
        write(2, "Texto de Ana 2.", "ana", "edit")
        store.undo(aid, "ana", by="ana")  # bead 3: the raw draft again
        write(3, "Texto de Ana 3.", "ana", "edit")  # bead 4: 0005's case
    finally:
        store.close()
    engine = store_engine.make_engine(db_url)
    with engine.begin() as conn:  # as a store before 0005
        conn.execute(text("UPDATE alembic_version SET version_num = '0004'"))
        conn.execute(text("ALTER TABLE document_versions DROP COLUMN reading"))  # 0006's
        conn.execute(text("DROP TABLE unsaved_texts"))  # 0008's
        conn.execute(text("ALTER TABLE alignments DROP COLUMN inputs"))  # 0010's
    engine.dispose()

    def state(i: int) -> tuple[str, str, Status]:
        b = store.beads(aid)[i]
        return b.cp_text, b.origin, b.status

    post_edit, raw = ("postedit:" + engine_name, Status.AUTO), (engine_name, Status.DRAFT)
    store = Store.open(db_url)
    try:
        assert [state(i) for i in range(4)] == [
            ("Texto de Ana 0.", *post_edit),
            ("Texto de Ana 1.", *post_edit),
            ("Borrador 2.", *raw),
            ("Texto de Ana 3.", *post_edit),
        ]
        # Ana's old edits undo and redo as hers, newest first.
        assert store.undo(aid, "ana", by="ana").positions == (3,)
        assert state(3) == ("Borrador 3.", *raw)
        assert store.undo(aid, "ana", by="ana").positions == (1,)
        assert state(1) == ("Borrador 1.", *raw)
        assert store.undo(aid, "ana", by="ana").positions == (0,)
        assert state(0) == ("Borrador 0.", *raw)
        store.redo(aid, "ana", by="ana")
        assert state(0) == ("Texto de Ana 0.", *post_edit)
    finally:
        store.close()


def _unsaved_table(conn: Any) -> set[Any]:
    return set(sa_inspect(conn).get_table_names()) & {"unsaved_texts"}


def _indexes(conn: Any) -> set[tuple[str, tuple[str, ...]]]:
    return {
        (str(i["name"]), tuple(str(c) for c in i["column_names"]))
        for i in sa_inspect(conn).get_indexes("unsaved_texts")
    }


def _keeps_unsaved_texts(store: Store) -> None:
    """An empty table of unsaved texts, which keeps one; the beads and log as they were."""
    assert store.unsaved("ana", [1]) == []
    typed = UnsavedText(1, 9, "ana", 3, "Phrase.", "", "Phrase revue.", "", 1_764_000_000_000)
    store.keep_unsaved([typed])
    assert store.unsaved("ana", [1]) == [typed]
    assert store.beads(1) == [] and store.history(1, limit=10) == []


def _two_tabs_unsaved(conn: Any) -> None:
    for tab in ("t1", "t2"):  # as the previous release's Store.keep_unsaved wrote them
        conn.execute(
            text(
                "INSERT INTO unsaved_texts (alignment_id, bead_id, reviewer, client, "
                "version, base_fr, base_cp, fr, cp, typed_at, updated_at) VALUES (1, 9, "
                "'ana', :tab, 3, 'Phrase.', '', 'Phrase revue.', '', 1764000000000, "
                "'2026-11-30 10:00:00')"
            ),
            {"tab": tab},
        )


def _reads_the_tabs_texts(store: Store) -> None:
    """The texts as they were; a tab is heard from and read as before."""
    typed = [
        UnsavedText(1, 9, "ana", 3, "Phrase.", "", "Phrase revue.", "", 1_764_000_000_000, t)
        for t in ("t1", "t2")
    ]
    assert store.unsaved("ana", [1]) == typed
    assert store.tabs_heard_since("ana", datetime(2026, 12, 1)) == set()
    store.heard_from("ana", "t2")
    assert store.tabs_heard_since("ana", datetime(2026, 12, 1)) == {"t2"}


def _alignment_columns(conn: Any) -> set[str]:
    return {c["name"] for c in sa_inspect(conn).get_columns("alignments")} & {"inputs"}


def _inputs_unknown_then_kept(store: Store) -> None:
    """The alignment stored before knows no inputs (the next `align` computes); a save
    keeps them behind the revision it leaves."""
    assert store.inputs_of(1) is None
    store.save_alignment(
        doc_id=1, version=1, counterpart=None, fr_lang="fr", cp_lang="es", aligner="t",
        beads=[], inputs='{"digest": "d"}',
    )  # fmt: skip
    assert store.inputs_of(1) == (store.revision(1), '{"digest": "d"}')


class Migration(NamedTuple):
    """A migration met by a store of the previous release, as the test below runs it."""

    revision: str
    previous: str  # the revision the previous release's store is at
    written: Callable[[Any], None]  # what that release wrote beside a document and an alignment
    adds: Callable[[Any], set[Any]]  # what the migration adds, read from the schema
    added: set[Any]
    used: Callable[[Store], None]  # the store at work on what was added
    kept: tuple[str, int]  # a table and its count of rows, the same after the downgrade


MIGRATIONS = [
    # 0008: an empty table of unsaved texts
    Migration("0008", "0007", lambda conn: None, _unsaved_table, {"unsaved_texts"},
              _keeps_unsaved_texts, ("alignments", 1)),
    # 0009: unsaved texts found by tab, through a (reviewer, client) index
    Migration("0009", "0008", _two_tabs_unsaved, _indexes,
              {("ix_unsaved_texts_reviewer_client", ("reviewer", "client"))},
              _reads_the_tabs_texts, ("unsaved_texts", 2)),
    # 0010: an alignment keeps what its last `align` was computed from
    Migration("0010", "0009", lambda conn: None, _alignment_columns, {"inputs"},
              _inputs_unknown_then_kept, ("alignments", 1)),
]  # fmt: skip


@pytest.mark.parametrize("migration", MIGRATIONS, ids=lambda m: m.revision)
def test_a_migration_adds_what_it_names_keeps_every_row_and_its_downgrade_only_takes_that(
    db_url: str, migration: Migration
) -> None:
    """A store of the previous release opens at the head: what it held is as it was, the
    migration adds what it names and the store uses it; the downgrade takes that away
    again and nothing else."""
    from alembic import command

    engine = store_engine.make_engine(db_url)
    config = store_engine.alembic_config(db_url)
    with dialect.writer(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, migration.previous)
    with engine.begin() as conn:
        _rows(conn)
        _alignment(conn, 1)
        migration.written(conn)
        assert migration.adds(conn) == set()
    engine.dispose()
    store = Store.open(db_url)
    try:
        migration.used(store)
    finally:
        store.close()
    engine = store_engine.make_engine(db_url)
    with engine.connect() as conn:
        assert migration.adds(conn) == migration.added
    with dialect.writer(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, migration.previous)
    table, count = migration.kept
    with engine.connect() as conn:
        assert migration.adds(conn) == set()
        assert conn.scalar(text(f"SELECT count(*) FROM {table}")) == count
    engine.dispose()
