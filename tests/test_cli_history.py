"""`workbench history`: the audit log the app's Log page reads, for a script (newcomer18:
who changed what overnight was visible only in the app)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.test_cli_outcome import ENGLISH, FRENCH, _page
from tests.test_kinds_carried import STORY_ES, STORY_FR
from workbench.cli import app
from workbench.store import Store

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


def test_every_event_that_touched_beads_names_them(tmp_path: Path) -> None:
    """newcomer19b L1: without --bead the "beads" column was empty on every row (table,
    tsv, json), so a nightly script could not tell which beads an edit touched."""
    db = _reviewed(tmp_path)
    rows = _run("history", "budget", "--db", db, "-f", "json")
    beads = {str(r["action"]): r["beads"] for r in rows}
    assert (beads["reject"], beads["confirm"], beads["ingest"]) == ("3 → 3", "2 → 2", "")
    assert str(beads["align"]).startswith("- → 1")  # the aligner wrote every bead
    tsv = runner.invoke(app, ["history", "budget", "--db", db, "-f", "tsv"]).stdout
    assert tsv.splitlines()[1].split("\t")[5] == "3 → 3"


def test_a_bead_past_the_end_is_an_error_as_for_confirm(tmp_path: Path) -> None:
    """newcomer19b L2: `history DOC --bead 99` exited 0 with an empty table, which a script
    reads as "no changes"; `confirm DOC 99` says there is no such bead and exits 1."""
    db = _reviewed(tmp_path)
    count = len(_run("beads", "budget", "--to", "en", "--db", db, "-f", "json"))
    past = runner.invoke(app, ["history", "budget", "--bead", str(count + 1), "--to", "en",
                               "--db", db])  # fmt: skip
    confirm = runner.invoke(app, ["confirm", "budget", str(count + 1), "--reviewer", "ana",
                                  "--db", db])  # fmt: skip
    assert (past.exit_code, confirm.exit_code) == (1, 1), past.output
    said = f"there is no bead {count + 1}: the alignment has {count}, numbered 1 to {count}"
    assert said in past.stderr and said in confirm.stderr
    assert _run("history", "budget", "--bead", str(count), "--to", "en", "--db", db, "-f", "json")


def test_history_since_a_time(tmp_path: Path) -> None:
    db = _reviewed(tmp_path)
    every = _run("history", "budget", "--db", db, "-f", "json")
    assert _run("history", "budget", "--since", "2999-01-01", "--db", db, "-f", "json") == []
    newest = str(every[0]["when"]).replace(" ", "T")
    since = _run("history", "budget", "--since", newest, "--db", db, "-f", "json")
    assert since and since == [r for r in every if str(r["when"]) >= str(every[0]["when"])]
    bad = runner.invoke(app, ["history", "budget", "--since", "yesterday", "--db", db])
    assert bad.exit_code == 2 and "--since 'yesterday' is not a time" in bad.stderr


LONG = (
    "El consejo municipal de la ciudad votó el martes por la tarde un nuevo plan contra las "
    "inundaciones del río, después de tres horas de debate."
)


def test_a_script_reads_the_changed_text_whole_the_table_cuts_it(tmp_path: Path) -> None:
    """newcomer18b L2: "what" was cut with "…" in tsv and json too, so a nightly script
    never had the text a reviewer wrote."""
    db = str(tmp_path / "w.db")
    store = _versioned(db, tmp_path, new_version=False)
    store.close()
    rows = _run("history", "floods.fr", "--db", db, "-f", "json")
    [edit] = [str(r["what"]) for r in rows if r["who"] == "tr8"]
    assert f"counterpart “{STORY_ES[0]}” → “{LONG}”" in edit and "…" not in edit
    tsv = runner.invoke(app, ["history", "floods.fr", "--db", db, "-f", "tsv"]).stdout
    assert LONG in tsv.splitlines()[2]
    table = runner.invoke(app, ["history", "floods.fr", "--db", db]).stdout
    assert LONG not in table and "…" in table


def test_the_history_of_a_bead_reaches_back_through_earlier_versions(tmp_path: Path) -> None:
    """newcomer18b L2: `--bead 1 --to es` listed only the current alignment's events; the
    edits tr8 and ana made to that bead on the version before were not shown."""
    db = str(tmp_path / "w.db")
    store = _versioned(db, tmp_path, new_version=True)
    [now, before] = [a.id for a in store.alignments(store.document("floods.fr").id)]
    store.close()
    rows = _run("history", "floods.fr", "--bead", "1", "--to", "es", "--db", db, "-f", "json")
    earlier = [(r["who"], r["action"], r["alignment"]) for r in rows if r["alignment"] == before]
    assert earlier[:2] == [("ana", "confirm", before), ("tr8", "edit", before)], rows
    assert rows[0]["alignment"] == now  # newest first: the new version's alignment
    other = _run("history", "floods.fr", "--bead", "3", "--to", "es", "--db", db, "-f", "json")
    assert all(r["who"] not in ("tr8", "ana") for r in other)  # bead 3 was never reviewed


def _versioned(db: str, tmp_path: Path, *, new_version: bool) -> Store:
    """floods.fr aligned with Spanish; tr8 rewrites bead 1's Spanish, ana confirms it;
    then, with ``new_version``, a new version of the French aligned again."""
    from tests.test_ingest_versions import _new_version, _write
    from workbench import pipeline, review
    from workbench.pipeline.alignment import align_document, apply

    store = Store.open(db)
    original = _write(tmp_path / "originals" / "floods.es.txt", STORY_ES)
    pipeline.ingest_paths(store, [_write(tmp_path / "client" / "floods.fr.txt", STORY_FR)])
    alignment = align_document(store, "floods.fr", "es", original_path=original).alignment.id
    apply(store, alignment, review.edit_text(store.beads(alignment), 0, "cp", LONG, "tr8"), "tr8")
    apply(store, alignment, review.confirm(store.beads(alignment), 0, "ana"), "ana")
    if new_version:
        pipeline.ingest_paths(store, [_new_version(tmp_path)], version_of=1)
        align_document(store, "floods.fr", "es")
    return store


def test_the_table_shows_words_in_square_brackets_as_typed(tmp_path: Path) -> None:
    """newcomer22 L3: an edit that added " [ana-edit]" read `“…authority.” → “…authority. ”`
    in the table: the table printer took the reviewer's brackets for its own markup and
    dropped them, so the change vanished (tsv and json had it)."""
    from workbench import review
    from workbench.pipeline.alignment import apply

    db = str(tmp_path / "w.db")
    store = _versioned(db, tmp_path, new_version=False)
    alignment = store.alignments(store.document("floods.fr").id)[0].id
    second = store.beads(alignment)[1].cp_text
    for typed in (" [ana-edit]", " [bold]x[/bold] [link=y]z[/link]"):
        edit = review.edit_text(store.beads(alignment), 1, "cp", second + typed, "ana")
        apply(store, alignment, edit, "ana")
        table = runner.invoke(app, ["history", "floods.fr", "--db", db, "--limit", "1"]).stdout
        assert typed.strip() in table, table
        second += typed
    store.close()
