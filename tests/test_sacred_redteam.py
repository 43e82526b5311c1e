"""Red team of the first rule (session 26): a reviewer's saved edit under kills, races,
full disks and a store a newer workbench migrated.

Each test names what was tried; a test that found a way to lose or hide a saved edit, or
to fail without one clear line, failed before its fix. Those that held are kept as
evidence that they hold.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from tests.test_review import aligned_pair
from workbench import review
from workbench.cli import app
from workbench.model import StoreError
from workbench.pipeline.alignment import apply
from workbench.store import Store, dialect
from workbench.store import engine as store_engine


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
