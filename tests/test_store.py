"""The store: schema migrations, SQLite settings, beads under optimistic locking, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import fresh_url
from workbench.model import (
    BeadDraft,
    ConflictError,
    Kind,
    NotFoundError,
    Sentence,
    Status,
    StoredBead,
    StoreError,
)
from workbench.store import Store
from workbench.store.engine import head_revision, resolve_url


@pytest.fixture
def store(both_store: Store) -> Store:
    """Every test here runs on SQLite and on PostgreSQL."""
    return both_store


def _doc(store: Store, n: int = 4, name: str = "doc") -> int:
    sentences = [Sentence(f"Phrase {i}.", Kind.BODY, "fr", i) for i in range(n)]
    stored = store.store_file(
        name=name, path=f"/corpus/{name}.txt", lang="fr", encoding="utf-8",
        sha256=name.ljust(64, "0"), size=10, sentences=sentences,
    )  # fmt: skip
    return stored.document.id


def _draft(fr: tuple[int, ...], cp: tuple[int, ...], status: Status = Status.AUTO) -> BeadDraft:
    return BeadDraft(fr, cp, f"fr{fr}", f"cp{cp}", 0.5, status, "auto:test")


def _confirm(store: Store, alignment: int, bead: StoredBead, who: str = "ana") -> list[StoredBead]:
    """``who`` confirms ``bead`` as the review app does: one edit, against its version."""
    return store.replace_beads(
        alignment, {bead.id: bead.version}, [_draft(bead.fr, bead.cp, Status.CONFIRMED)],
        actor=who, action="confirm",
    )  # fmt: skip


def _aligned(store: Store) -> int:
    doc = _doc(store)
    drafts = [_draft((0,), (0,)), _draft((1,), (1,)), _draft((2,), ()), _draft((3,), (2,))]
    return store.save_alignment(
        doc_id=doc, version=1, counterpart=None, fr_lang="fr", cp_lang="es",
        aligner="test", beads=drafts,
    ).id  # fmt: skip


def test_a_new_database_is_migrated_to_the_newest_schema(store: Store) -> None:
    with store.transaction() as s:
        version = s.execute(text("select version_num from alembic_version")).scalar()
    assert version == head_revision(store.url)


def test_the_migrations_build_exactly_the_declared_schema(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from workbench.store.schema import Base

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(store: Store) -> None:
    if not store.is_sqlite:
        pytest.skip("a SQLite setting")
    with store.engine.connect() as conn:
        assert conn.execute(text("pragma journal_mode")).scalar() == "wal"
        assert conn.execute(text("pragma busy_timeout")).scalar() == 10000
        assert conn.execute(text("pragma foreign_keys")).scalar() == 1


def test_reopening_a_migrated_database_keeps_its_data(tmp_path: Path) -> None:
    path = str(tmp_path / "w.db")
    first = Store.open(path)
    _doc(first)
    first.close()
    assert [d.name for d in Store.open(path).documents()] == ["doc"]


@pytest.mark.parametrize(
    ("db", "expected"),
    [
        ("postgresql://u@localhost/wb", "postgresql://u@localhost/wb"),
        ("sqlite:///x.db", "sqlite:///x.db"),
        # libpq's other scheme, as Heroku and hosting services give it
        ("postgres://u:pw@db.example.org:5432/wb", "postgresql://u:pw@db.example.org:5432/wb"),
        ("postgres+psycopg://u@localhost/wb", "postgresql+psycopg://u@localhost/wb"),
        ("postgresx://u@localhost/wb", "postgresx://u@localhost/wb"),
    ],
)
def test_urls_pass_through_and_paths_become_sqlite(db: str, expected: str) -> None:
    assert resolve_url(db) == expected


def test_a_postgres_url_opens_the_postgresql_store(request: pytest.FixtureRequest) -> None:
    url = fresh_url("postgresql", Path(), request)  # postgresql+psycopg://…
    opened = Store.open("postgres://" + url.split("://", 1)[1])
    try:
        assert opened.documents() == []
    finally:
        opened.close()


@pytest.mark.parametrize("url", ["foo://x", "mysql+nosuchdriver://u@h/db"])
def test_an_unknown_database_kind_is_one_line(url: str) -> None:
    with pytest.raises(StoreError, match=r"is not a database the workbench can open: use a file"):
        Store.open(url)


def test_a_path_in_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "no" / "such" / "w.db"))


def test_a_foreign_database_is_not_touched(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table documents (x int)")
    with pytest.raises(StoreError, match="not made by this workbench"):
        Store.open(str(path))


def test_documents_are_found_by_id_or_stem(store: Store) -> None:
    doc = _doc(store, name="004_abc")
    assert store.document("004_abc").id == doc
    assert store.document(str(doc)).name == "004_abc"
    with pytest.raises(NotFoundError, match="workbench docs"):
        store.document("missing")


def test_a_name_made_of_digits_is_a_name_before_it_is_an_id(store: Store) -> None:
    """A TMX imported from 004.tmx makes a document named "004": never read as document 4."""
    first = [_doc(store, name=f"d{k}") for k in range(4)]
    named = _doc(store, name="004")
    assert 4 in first  # the clash this test is about: document 4 is another one
    assert store.document("004").id == named
    assert store.document(str(first[0])).id == first[0]  # digits that name nothing: an id
    assert store.document(named).name == "004"  # an int is always an id


def test_beads_come_back_in_order_with_pages(store: Store) -> None:
    alignment = _aligned(store)
    assert [b.fr for b in store.beads(alignment)] == [(0,), (1,), (2,), (3,)]
    assert [b.fr for b in store.beads(alignment, offset=1, limit=2)] == [(1,), (2,)]
    assert store.bead_counts(alignment) == {"auto": 4}


def test_an_edit_in_place_keeps_ids_and_bumps_versions(store: Store) -> None:
    alignment = _aligned(store)
    bead = store.beads(alignment)[1]
    [after] = _confirm(store, alignment, bead)
    assert (after.id, after.status) == (bead.id, Status.CONFIRMED)
    assert after.version > bead.version


def test_merging_two_beads_shifts_the_ones_after(store: Store) -> None:
    alignment = _aligned(store)
    a, b, _, _ = store.beads(alignment)
    store.replace_beads(
        alignment, {a.id: a.version, b.id: b.version}, [_draft((0, 1), (0, 1))],
        actor="ana", action="merge",
    )  # fmt: skip
    beads = store.beads(alignment)
    assert [x.fr for x in beads] == [(0, 1), (2,), (3,)]
    assert [x.position for x in beads] == [0, 1, 2]


def test_a_stale_edit_is_refused_and_changes_nothing(store: Store) -> None:
    alignment = _aligned(store)
    bead = store.beads(alignment)[0]
    _confirm(store, alignment, bead)
    with pytest.raises(ConflictError, match="bead 1 was changed by ana since you loaded it"):
        store.replace_beads(
            alignment, {bead.id: bead.version}, [_draft((0,), (0,), Status.REJECTED)],
            actor="ben", action="reject",
        )  # fmt: skip
    assert store.beads(alignment)[0].status is Status.CONFIRMED


def test_undo_restores_the_beads_before_the_last_edit(store: Store) -> None:
    alignment = _aligned(store)
    before = store.beads(alignment)
    a, b = before[0], before[1]
    store.replace_beads(
        alignment, {a.id: a.version, b.id: b.version}, [_draft((0, 1), (0, 1))],
        actor="ana", action="merge",
    )  # fmt: skip
    event = store.undo(alignment, actor="ana")
    assert event.action == "merge" and event.undone
    after = store.beads(alignment)
    assert [(x.id, x.fr, x.cp, x.status) for x in after] == [
        (x.id, x.fr, x.cp, x.status) for x in before
    ]
    # Restored beads carry a new version, so an editor holding the merged bead is refused.
    assert all(x.version > 1 for x in after[:2])


def test_the_alignment_itself_is_never_undone(store: Store) -> None:
    alignment = _aligned(store)
    with pytest.raises(NotFoundError, match="nothing to undo"):
        store.undo(alignment, actor="ana")
    assert len(store.beads(alignment)) == 4


def test_a_reviewer_undoes_their_own_latest_edit(store: Store) -> None:
    alignment = _aligned(store)
    first, second = store.beads(alignment)[:2]
    for bead, who in ((first, "ana"), (second, "ben")):
        _confirm(store, alignment, bead, who)
    revision = store.revision(alignment)
    store.undo(alignment, actor="ana", by="ana")
    assert [b.status for b in store.beads(alignment)][:2] == [Status.AUTO, Status.CONFIRMED]
    assert store.revision(alignment) > revision
    with pytest.raises(NotFoundError, match="nothing to undo by ana"):
        store.undo(alignment, actor="ana", by="ana")


def test_every_edit_is_in_the_event_log(store: Store) -> None:
    alignment = _aligned(store)
    bead = store.beads(alignment)[0]
    _confirm(store, alignment, bead)
    actions = [(e.actor, e.action) for e in store.events(alignment)]
    assert actions == [("ana", "confirm"), ("cli", "align")]


def test_the_translation_cache_is_keyed_by_engine_model_version_and_pair(store: Store) -> None:
    from workbench.model import MadeBy, Translation

    first = Translation("Bonjour.", "Buenas.", "apertium", "fr-es", "3.8", "fr", "es")
    t = Translation("Bonjour.", "Hola.", "apertium", "fr-es", "3.8", "fr", "es")
    store.save([first])
    store.save([t, t])  # the same key again replaces the first translation
    made_by = MadeBy("apertium", "fr-es", "3.8", "fr", "es")
    assert store.lookup(made_by, ["Bonjour.", "Merci."]) == {"Bonjour.": "Hola."}
    assert store.lookup(MadeBy("apertium", "fr-es", "3.9", "fr", "es"), ["Bonjour."]) == {}
    assert store.lookup(MadeBy("argos", "fr-es", "3.8", "fr", "es"), ["Bonjour."]) == {}


def test_the_schema_compiles_for_postgresql(capsys: pytest.CaptureFixture[str]) -> None:
    """PostgreSQL is a URL away: the migrations render as PostgreSQL DDL."""
    from alembic import command

    from workbench.store.engine import alembic_config

    command.upgrade(alembic_config("postgresql://user@localhost/workbench"), "head", sql=True)
    ddl = capsys.readouterr().out
    assert "CREATE TABLE beads" in ddl
    assert "fr_ids JSON NOT NULL" in ddl
    assert "CREATE INDEX ix_beads_alignment_position" in ddl
