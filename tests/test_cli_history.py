"""`workbench history`: the audit log the app's Log page reads, for a script (newcomer18:
who changed what overnight was visible only in the app)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.test_cli_outcome import ENGLISH, FRENCH, _page
from workbench.cli import app

runner = CliRunner()


def _run(*args: str) -> list[dict[str, object]]:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


def _reviewed(tmp_path: Path) -> str:
    db = str(tmp_path / "w.db")
    french = _page(tmp_path, "budget.txt", FRENCH)
    english = _page(tmp_path, "budget-en.txt", ENGLISH)
    assert runner.invoke(app, ["ingest", str(french), "--db", db]).exit_code == 0
    runner.invoke(app, ["align", "budget", "--to", "en", "--original", str(english),
                        "--encoder", "none", "--db", db])  # fmt: skip
    for command, number, who in (("confirm", "2", "ana"), ("reject", "3", "ben")):
        done = runner.invoke(app, [command, "budget", number, "--reviewer", who, "--db", db])
        assert done.exit_code == 0, done.output
    return db


def test_history_lists_who_changed_what_newest_first(tmp_path: Path) -> None:
    db = _reviewed(tmp_path)
    rows = _run("history", "budget", "--db", db, "-f", "json")
    assert [(r["who"], r["action"]) for r in rows][:2] == [("ben", "reject"), ("ana", "confirm")]
    assert {r["action"] for r in rows} >= {"ingest", "align", "confirm", "reject"}
    assert rows[0]["to"] == "en" and "bead" in str(rows[0]["what"])
    tsv = runner.invoke(app, ["history", "budget", "--db", db, "-f", "tsv"])
    assert tsv.stdout.splitlines()[0].split("\t") == [
        "when", "who", "action", "alignment", "to", "beads", "what", "event",
    ]  # fmt: skip


def test_history_of_one_bead(tmp_path: Path) -> None:
    db = _reviewed(tmp_path)
    rows = _run("history", "budget", "--bead", "2", "--to", "en", "--db", db, "-f", "json")
    assert next((r["who"], r["action"], r["beads"]) for r in rows) == ("ana", "confirm", "2 → 2")
    assert all(r["who"] != "ben" for r in rows)  # ben rejected bead 3


def test_history_since_a_time(tmp_path: Path) -> None:
    db = _reviewed(tmp_path)
    every = _run("history", "budget", "--db", db, "-f", "json")
    assert _run("history", "budget", "--since", "2999-01-01", "--db", db, "-f", "json") == []
    newest = str(every[0]["when"]).replace(" ", "T")
    since = _run("history", "budget", "--since", newest, "--db", db, "-f", "json")
    assert since and since == [r for r in every if str(r["when"]) >= str(every[0]["when"])]
    bad = runner.invoke(app, ["history", "budget", "--since", "yesterday", "--db", db])
    assert bad.exit_code == 1 and "--since 'yesterday' is not a time" in bad.stderr
