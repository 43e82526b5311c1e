"""Who did what across a project (newcomer26, a PM): `history --all` with `--since` and
`--reviewer`, and a script signing its own events with `--by` or WORKBENCH_ACTOR, so the
log no longer reads `cli` for every nightly run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_cli_history import _reviewed
from tests.test_cli_outcome import ENGLISH, FRENCH, _page
from workbench.cli import app

runner = CliRunner()


def _rows(*args: str, env: dict[str, str] | None = None) -> list[dict[str, object]]:
    result = runner.invoke(app, [*args, "-f", "json"], env=env)
    assert result.exit_code == 0, result.output
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


def _project(tmp_path: Path) -> str:
    """Two documents: budget (ana confirmed 2, ben rejected 3) and bilan, aligned by the
    nightly script, where ben confirmed 1."""
    db = _reviewed(tmp_path)
    french = _page(tmp_path, "bilan.txt", FRENCH)
    english = _page(tmp_path, "bilan-en.txt", ENGLISH)
    nightly = {"WORKBENCH_ACTOR": "nightly"}
    for args in (
        ["ingest", str(french), "--db", db],
        ["align", "bilan", "--to", "en", "--original", str(english), "--encoder", "none",
         "--db", db],
    ):  # fmt: skip
        done = runner.invoke(app, args, env=nightly)
        assert done.exit_code == 0, done.output
    done = runner.invoke(app, ["confirm", "bilan", "1", "--reviewer", "ben", "--db", db])
    assert done.exit_code == 0, done.output
    return db


# (options, the (who, action, document) rows listed, newest first)
CASES = [
    (["--reviewer", "ben"], [("ben", "confirm", "bilan"), ("ben", "reject", "budget")]),
    (["--reviewer", "ana"], [("ana", "confirm", "budget")]),
    (  # the original align read is the script's too
        ["--reviewer", "nightly"],
        [
            ("nightly", "align", "bilan"),
            ("nightly", "ingest", "bilan-en"),
            ("nightly", "ingest", "bilan"),
        ],
    ),
    (["--reviewer", "ben", "--limit", "1"], [("ben", "confirm", "bilan")]),
    (["--reviewer", "ben", "--since", "2999-01-01"], []),
]


@pytest.mark.parametrize(("options", "expected"), CASES)
def test_the_project_log_lists_one_reviewer_s_events_across_documents(
    options: list[str], expected: list[tuple[str, str, str]], tmp_path: Path
) -> None:
    db = _project(tmp_path)
    rows = _rows("history", "--all", *options, "--db", db)
    assert [(r["who"], r["action"], r["document"]) for r in rows] == expected


def test_the_project_log_holds_every_document_s_events_newest_first(tmp_path: Path) -> None:
    db = _project(tmp_path)
    rows = _rows("history", "--all", "--since", "2026-01-01", "--db", db)
    ids = [int(str(r["event"])) for r in rows]
    assert ids == sorted(ids, reverse=True)
    assert {"budget", "bilan"} <= {str(r["document"]) for r in rows}
    confirm = next(r for r in rows if r["who"] == "ben" and r["action"] == "confirm")
    assert (confirm["to"], confirm["beads"]) == ("en", "1 → 1")
    # one document's log, as before, and a reviewer's part of it
    budget = _rows("history", "budget", "--reviewer", "ben", "--db", db)
    assert [(r["who"], r["action"]) for r in budget] == [("ben", "reject")]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["history"], "name a document, or give --all"),
        (["history", "budget", "--all"], "leave budget out, or --all"),
        (["history", "--all", "--bead", "2"], "--bead is a bead of one document"),
        (["align", "budget", "--to", "en", "--by", " "], "--by names who runs the command"),
    ],
)
def test_a_log_that_names_no_one_is_a_usage_error_in_one_line(
    args: list[str], says: str, tmp_path: Path
) -> None:
    result = runner.invoke(app, [*args, "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 2
    assert says in result.stderr


def test_a_script_signs_its_run_with_by_and_a_reviewer_still_signs_a_review(
    tmp_path: Path,
) -> None:
    db = _project(tmp_path)
    note = _page(tmp_path, "note.txt", FRENCH)
    done = runner.invoke(app, ["ingest", str(note), "--by", "weekly", "--db", db])
    assert done.exit_code == 0, done.output
    rows = _rows("history", "note", "--db", db)
    assert [(r["who"], r["action"]) for r in rows] == [("weekly", "ingest")]
    # WORKBENCH_ACTOR names the script, not a reviewer: --reviewer still signs the review
    done = runner.invoke(
        app,
        ["confirm", "budget", "1", "--reviewer", "cy", "--db", db],
        env={"WORKBENCH_ACTOR": "x"},
    )
    assert done.exit_code == 0, done.output
    assert _rows("history", "budget", "--limit", "1", "--db", db)[0]["who"] == "cy"
    # without --by nor the variable, a command is `cli`, as before
    assert [r["who"] for r in _rows("history", "budget", "--db", db)][-1] == "cli"


# (reviewer, file format, exit code, what the summary says)
EXPORTS = [
    ("ana", "tsv", 0, "1 unit written"),
    ("ben", "xliff21", 0, "1 of them rejected by a reviewer"),
    # ben's one bead, the pair he rejected, is his table's row (a TMX leaves it out)
    ("ben", "tsv", 0, "1 unit written to"),
    ("cy", "tmx", 1, "1 rejected by a reviewer; 2 not this reviewer's"),  # a memory: rejected first
]


@pytest.mark.parametrize(("reviewer", "file_format", "code", "says"), EXPORTS)
def test_an_export_of_one_reviewer_s_beads_holds_only_theirs(
    reviewer: str, file_format: str, code: int, says: str, tmp_path: Path
) -> None:
    db = _reviewed(tmp_path)
    out = tmp_path / f"{reviewer}.{file_format}"
    result = runner.invoke(
        app,
        ["export", "budget", "--to", "en", "-f", file_format, "-o", str(out),
         "--reviewer", reviewer, "--min-score", "0", "--db", db],
    )  # fmt: skip
    assert result.exit_code == code, result.output
    assert says in result.output
    if file_format == "tsv" and code == 0:
        rows = out.read_text(encoding="utf-8").splitlines()[1:]
        assert [r.split("\t")[6] for r in rows] == [reviewer]
        if reviewer == "ben":  # his one bead, the pair he rejected: a table's row
            assert [r.split("\t")[3] for r in rows] == ["rejected"]
