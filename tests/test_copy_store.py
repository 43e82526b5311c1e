"""`workbench copy-store`: a project moved between stores keeps its history (newcomer26:
an export and an import kept the beads, but the log then read only `cli ingest`, `cli
align`, not who confirmed and rejected what)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from typer.testing import CliRunner

from tests.conftest import fresh_url
from tests.test_cli_history import _reviewed
from workbench.cli import app
from workbench.store.copying import tables

runner = CliRunner()

# What a reviewer and a script read: each must print the same on the copy.
LISTINGS = [
    ["beads", "budget", "--to", "en", "-f", "tsv"],
    ["history", "budget", "-f", "tsv"],
    ["docs", "-f", "tsv"],
]


def _out(db: str, *args: str) -> str:
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    return result.stdout


def _rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, by key: what the copy must hold exactly."""
    engine = create_engine(url)
    with engine.connect() as conn:
        found = {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
            for t in tables()
        }
    engine.dispose()
    return found


def _source(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A store of ``kind`` where ana confirmed bead 2 and ben rejected bead 3."""
    url = fresh_url(kind, tmp_path, request)
    built = _reviewed(tmp_path)  # made on SQLite by the CLI, then carried as it is
    if kind == "sqlite":
        return built
    assert runner.invoke(app, ["copy-store", url, "--db", built]).exit_code == 0
    return url


@pytest.mark.parametrize(
    ("source", "target"),
    [("sqlite", "sqlite"), ("sqlite", "postgresql"), ("postgresql", "sqlite")],
)
def test_a_copied_store_reads_the_same_and_goes_on_counting_where_it_was(
    source: str, target: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    src = _source(source, tmp_path, request)
    (tmp_path / "target").mkdir()
    dst = fresh_url(target, tmp_path / "target", request)
    copied = runner.invoke(app, ["copy-store", dst, "--db", src, "-f", "tsv"])
    assert copied.exit_code == 0, copied.output
    assert "events\t5" in copied.stdout and "beads: 3 of 3 rows" in copied.stderr
    source_url = src if "://" in src else f"sqlite:///{src}"
    assert _rows(dst) == _rows(source_url)
    assert [_out(dst, *c) for c in LISTINGS] == [_out(src, *c) for c in LISTINGS]
    history = _out(dst, "history", "budget", "-f", "tsv")
    assert "\tana\tconfirm\t" in history and "\tben\treject\t" in history
    # the next edit gets the same event id and bead ids on both: no id given twice
    for db in (src, dst):
        _out(db, "confirm", "budget", "1", "--reviewer", "cy")
    assert _ids(dst) == _ids(src)


def _ids(db: str) -> tuple[list[object], list[object]]:
    """The history's event ids and the beads' ids (not times: two edits a second apart)."""
    history = json.loads(_out(db, "history", "budget", "-f", "json"))
    beads = json.loads(_out(db, "beads", "budget", "--to", "en", "-f", "json"))
    return [r["event"] for r in history], [(b["id"], b["reviewer"]) for b in beads]


def test_a_target_that_holds_rows_is_refused_in_one_line_and_left_alone(tmp_path: Path) -> None:
    src = _reviewed(tmp_path)
    dst = str(tmp_path / "other.db")
    assert runner.invoke(app, ["copy-store", dst, "--db", src]).exit_code == 0
    _out(dst, "confirm", "budget", "1", "--reviewer", "cy")
    before = _rows(f"sqlite:///{dst}")
    again = runner.invoke(app, ["copy-store", dst, "--db", src])
    assert again.exit_code == 1
    assert (
        again.stderr.strip().splitlines()[-1].startswith(f"error: {dst} is not empty (2 documents")
    )
    assert "nothing was written" in again.stderr
    assert _rows(f"sqlite:///{dst}") == before


@pytest.mark.parametrize(
    ("source", "target", "says"),
    [
        ("w.db", "w.db", "the target is the source; copy into another database"),
        ("missing.db", "new.db", "missing.db: no such database to copy"),
        ("w.db", "no-folder/new.db", "folder"),
    ],
)
def test_a_copy_that_cannot_be_is_one_line_and_makes_nothing(
    source: str, target: str, says: str, tmp_path: Path
) -> None:
    _reviewed(tmp_path)
    refused = runner.invoke(
        app, ["copy-store", str(tmp_path / target), "--db", str(tmp_path / source)]
    )
    assert refused.exit_code == 1
    assert says in refused.stderr.strip().splitlines()[-1]
    assert not (tmp_path / "missing.db").exists() and not (tmp_path / "new.db").exists()


def test_a_store_given_as_the_argument_from_a_folder_with_none_names_both_and_copies_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # newcomer38, in a folder with no store, meant the argument as the store to copy: the
    # error named "" as the source, after "copying ./workbench.db into ../m1/workbench.db"
    _reviewed(tmp_path)
    before = _rows(f"sqlite:///{tmp_path / 'w.db'}")
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path / "empty")
    monkeypatch.delenv("WORKBENCH_DB", raising=False)

    refused = runner.invoke(app, ["copy-store", str(tmp_path / "w.db")])

    assert refused.exit_code == 1
    assert refused.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'empty' / 'workbench.db'}: no such database to copy; the argument "
        "is the store to copy into: `workbench copy-store TARGET --db SOURCE`"
    ]
    assert _rows(f"sqlite:///{tmp_path / 'w.db'}") == before
    assert not (tmp_path / "empty" / "workbench.db").exists()


KILL_AT = """
import os, signal, sys
from workbench.store.copying import copy_store

def progress(table, done, total):
    if table == sys.argv[3] and done:  # rows of this table written, the transaction open
        os.kill(os.getpid(), signal.SIGKILL)

copy_store(sys.argv[1], sys.argv[2], progress)
"""


@pytest.mark.parametrize(
    ("killed_in", "target"),
    [("segments", "sqlite"), ("beads", "sqlite"), ("events", "sqlite"), ("beads", "postgresql")],
)
def test_a_copy_killed_half_way_leaves_the_target_empty_and_runs_again(
    killed_in: str, target: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    src = _reviewed(tmp_path)
    (tmp_path / "target").mkdir()
    dst = fresh_url(target, tmp_path / "target", request)
    run = [sys.executable, "-c", KILL_AT, src, dst, killed_in]
    killed = subprocess.run(run, capture_output=True, text=True, timeout=120, check=False)
    assert killed.returncode == -9, killed.stderr
    assert all(not rows for rows in _rows(dst).values())
    assert runner.invoke(app, ["copy-store", dst, "--db", src]).exit_code == 0
    assert _rows(dst) == _rows(f"sqlite:///{src}")


def test_a_review_saved_during_the_copy_stays_in_the_source_and_the_copy_holds_before(
    tmp_path: Path,
) -> None:
    """The source is read in one snapshot: reviewers go on working (SQLite's WAL lets a
    writer commit beside the copy's reader), the copy is the store as the copy began."""
    from workbench.store.copying import copy_store

    src = _reviewed(tmp_path)
    before = _out(src, "beads", "budget", "--to", "en", "-f", "tsv")
    dst = str(tmp_path / "target.db")

    def review_meanwhile(table: str, done: int, total: int) -> None:
        if table == "segments" and done == 0:
            _out(src, "confirm", "budget", "1", "--reviewer", "cy")

    copy_store(src, dst, review_meanwhile)
    assert _out(dst, "beads", "budget", "--to", "en", "-f", "tsv") == before
    assert "\tcy\t" in _out(src, "beads", "budget", "--to", "en", "-f", "tsv")
