"""A reviewer marks the reviewed beads an earlier version left behind as dealt with.

Until session 31 `workbench status` and the Review page repeated the warning naming them
for the life of the version (exit 3 for ever), so a team learned to read past it. The mark
is a reviewer's deliberate, signed action: one event in the history, no bead changed, the
alignment's revision moved (numbers read before it are refused as after any edit). Beads a
later version leaves behind are said again. SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.streamlit_server import CHROMIUM, running_app
from tests.test_sacred_found_later import LINES, _reviewed_then_changed
from workbench import pipeline, review
from workbench.cli import app
from workbench.pipeline.alignment import align_document, apply
from workbench.pipeline.status import mark_dealt_with, project_status
from workbench.store import Store

runner = CliRunner()


def _left_behind(url: str, tmp: Path) -> tuple[Path, int, int]:
    """pont aligned in version 2, hal's and fay's bead 2 left in version 1's alignment:
    the file, version 1's and version 2's alignment ids."""
    french, first = _reviewed_then_changed(url, tmp)
    store = Store.open(url)
    try:
        second = align_document(store, "pont", "en").alignment.id
        assert store.left_behind(second) is not None
    finally:
        store.close()
    return french, first, second


def _every_bead(url: str, *alignments: int) -> list[object]:
    store = Store.open(url)
    try:
        return [b for a in alignments for b in store.beads(a)]
    finally:
        store.close()


def _status(url: str) -> tuple[int, dict[str, object], list[str]]:
    result = runner.invoke(app, ["status", "pont", "--db", url, "-f", "json"])
    [row] = json.loads(result.stdout)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    return result.exit_code, row, warnings


def test_marked_dealt_with_status_is_quiet_and_the_history_says_who(
    db_url: str, tmp_path: Path
) -> None:
    _, first, second = _left_behind(db_url, tmp_path)
    code, row, [warning] = _status(db_url)
    assert (code, row["left_behind"], row["dealt_with"]) == (3, 1, "")
    assert "(bead 2 by hal and fay)" in warning
    beads = _every_bead(db_url, first, second)

    result = runner.invoke(app, ["dealt-with", "pont", "--to", "en", "--reviewer", "ana",
                                 "--db", db_url])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout == f"alignment {second}: 1 reviewed bead left behind marked dealt with\n"

    code, row, warnings = _status(db_url)
    assert (code, warnings, row["left_behind"]) == (0, [], 1)  # still counted: a fact
    assert str(row["dealt_with"]).startswith("ana, ")
    assert _every_bead(db_url, first, second) == beads  # no bead changed, either version
    shown = runner.invoke(app, ["history", "pont", "--to", "en", "--db", db_url, "-f", "tsv"])
    [line] = [x for x in shown.stdout.splitlines() if "\tdealt with\t" in x]
    assert "\tana\t" in line
    assert (
        f"1 reviewed bead an earlier version left behind (bead 2 of alignment {first}): "
        "dealt with" in line
    )

    again = runner.invoke(app, ["dealt-with", "pont", "--reviewer", "ben", "--db", db_url])
    assert again.exit_code == 0, again.output
    assert "marked dealt with by ana, " in again.stdout and "already" in again.stdout


def test_a_mark_taken_back_makes_status_say_them_again(db_url: str, tmp_path: Path) -> None:
    """A mark made by mistake is not for ever: `--undo`, signed, is a line of the history too."""
    _, _, second = _left_behind(db_url, tmp_path)
    args = ["dealt-with", "pont", "--reviewer", "ana", "--db", db_url]
    first = runner.invoke(app, [*args, "--undo"])
    assert first.exit_code == 0, first.output
    assert "not marked dealt with: nothing to take back" in first.stdout
    assert runner.invoke(app, args).exit_code == 0
    assert _status(db_url)[0] == 0
    result = runner.invoke(app, [*args, "--undo"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"alignment {second}: 1 reviewed bead left behind, no longer marked dealt with: "
        "status says them again\n"
    )
    code, row, [warning] = _status(db_url)
    assert (code, row["dealt_with"]) == (3, "")
    assert "(bead 2 by hal and fay)" in warning
    shown = runner.invoke(app, ["history", "pont", "--to", "en", "--db", db_url]).stdout
    assert "not dealt with" in shown
    assert runner.invoke(app, args).exit_code == 0  # and marked again
    assert _status(db_url)[0] == 0


def test_without_a_name_nothing_is_marked(db_url: str, tmp_path: Path) -> None:
    _left_behind(db_url, tmp_path)
    result = runner.invoke(app, ["dealt-with", "pont", "--db", db_url])
    assert result.exit_code == 2
    assert "give your name with --reviewer NAME" in result.output
    assert _status(db_url)[0] == 3


def test_an_alignment_that_left_nothing_behind_has_nothing_to_mark(
    db_url: str, tmp_path: Path
) -> None:
    french, original = tmp_path / "pont.txt", tmp_path / "pont.en.txt"
    french.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    original.write_text("Lyon's new bridge opens on Monday.\n", encoding="utf-8")
    store = Store.open(db_url)
    try:
        pipeline.ingest_paths(store, [french])
        aid = align_document(store, "pont", "en", original_path=original).alignment.id
        revision = store.revision(aid)
    finally:
        store.close()
    result = runner.invoke(app, ["dealt-with", "pont", "--reviewer", "ana", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert "no reviewed bead was left behind, nothing to mark" in result.stdout
    store = Store.open(db_url)
    try:
        assert store.revision(aid) == revision  # nothing written
    finally:
        store.close()


def test_beads_a_later_version_leaves_behind_are_said_again(db_url: str, tmp_path: Path) -> None:
    french, _, second = _left_behind(db_url, tmp_path)
    store = Store.open(db_url)
    try:
        mark_dealt_with(store, "pont", "en", actor="ana")
        assert [s.notes for s in project_status(store, "pont")] == [()]
        # ben corrects bead 3 of version 2; then its French sentence changes in the file
        apply(store, second, review.edit_text(store.beads(second), 2, "cp", "Bikes get a lane.",
                                              "ben"), "ben")  # fmt: skip
        lines = french.read_text(encoding="utf-8").splitlines()
        french.write_text("\n".join([*lines[:2], "Les cyclistes auront deux voies."]) + "\n",
                          encoding="utf-8")  # fmt: skip
        pipeline.ingest_paths(store, [french])
        third = align_document(store, "pont", "en").alignment.id
        [now] = project_status(store, "pont")
        assert now.alignment.id == third
        [note] = now.notes
        assert "could not be carried over (bead 3 by ben)" in note
        assert f"`workbench beads pont --alignment {second}`" in note
    finally:
        store.close()


def test_numbers_read_before_the_mark_are_refused_as_after_any_edit(
    db_url: str, tmp_path: Path
) -> None:
    """The mark moves the alignment's revision: a `confirm --seen` read before it is
    refused, nothing changed, as it would be after another reviewer's edit."""
    _, _, second = _left_behind(db_url, tmp_path)
    store = Store.open(db_url)
    try:
        seen = store.revision(second)
        mark_dealt_with(store, "pont", "en", actor="ana")
        assert store.revision(second) > seen
    finally:
        store.close()
    result = runner.invoke(app, ["confirm", "pont", "1", "--reviewer", "ben", "--seen", str(seen),
                                 "--db", db_url])  # fmt: skip
    assert result.exit_code == 1, result.output
    assert f"changed since revision {seen}" in result.output


def test_two_reviewers_marking_at_once_write_one_mark(db_url: str, tmp_path: Path) -> None:
    _, _, second = _left_behind(db_url, tmp_path)
    start = threading.Barrier(2)
    outcomes: list[bool] = []

    def mark(name: str) -> None:
        store = Store.open(db_url)
        try:
            start.wait()
            outcomes.append(mark_dealt_with(store, "pont", "en", actor=name)[2])
        finally:
            store.close()

    threads = [threading.Thread(target=mark, args=(n,)) for n in ("ana", "ben")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == [False, True]
    store = Store.open(db_url)
    try:
        marks = [e for e in store.events(second) if e.action == "dealt with"]
        assert len(marks) == 1
    finally:
        store.close()


def test_the_review_page_offers_the_mark_while_they_wait(tmp_path: Path) -> None:
    """The page is told how many left-behind beads wait unmarked (its button's count);
    once marked, none, and it opens without the warning."""
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT
    from tests.test_app import editor_data

    url = f"sqlite:///{tmp_path / 'app.db'}"
    _left_behind(url, tmp_path)
    os.environ["WORKBENCH_DB"] = str(tmp_path / "app.db")
    try:
        seen = []
        for _ in range(2):
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
            at.query_params.update({"page": "review", "doc": "pont", "to": "en",
                                    "reviewer": "ben"})  # fmt: skip
            at.run()
            assert not at.exception, at.exception
            data = editor_data(at)
            seen.append((data["left_behind"], data["standing"]))
            store = Store.open(url)
            mark_dealt_with(store, "pont", "en", actor="ben")
            store.close()
    finally:
        del os.environ["WORKBENCH_DB"]
    [(waiting, said), (after, quiet)] = seen
    assert waiting == 1 and "(bead 2 by hal and fay)" in said
    assert (after, quiet) == (0, None)


def test_a_page_left_open_hears_of_a_mark_made_in_another_window(tmp_path: Path) -> None:
    """A page opened before another reviewer marked the beads is told on its next rerun:
    no count, no warning, who marked them; the mark taken back brings the warning back.
    Reruns that follow no mark send none of it (the left-behind beads are read once)."""
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT
    from tests.test_app import editor_data

    url = f"sqlite:///{tmp_path / 'app.db'}"
    _left_behind(url, tmp_path)
    os.environ["WORKBENCH_DB"] = str(tmp_path / "app.db")
    try:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.query_params.update({"page": "review", "doc": "pont", "to": "en", "reviewer": "ben"})
        at.run()
        seen = [editor_data(at)]
        for undo in (None, False, True):
            if undo is not None:
                store = Store.open(url)
                mark_dealt_with(store, "pont", "en", actor="ana", undo=undo)
                store.close()
            at.run()
            assert not at.exception, at.exception
            seen.append(editor_data(at))
    finally:
        del os.environ["WORKBENCH_DB"]
    opened, quiet, marked, taken_back = seen
    assert opened["left_behind"] == 1 and "(bead 2 by hal and fay)" in opened["standing"]
    assert (quiet["left_behind"], quiet["standing"]) == (None, None)
    assert (marked["left_behind"], marked["standing"]) == (0, "")
    assert marked["dealt_with"].startswith("ana, ")
    assert taken_back["left_behind"] == 1 and "(bead 2 by hal and fay)" in taken_back["standing"]
    assert taken_back["dealt_with"] == ""


@pytest.mark.browser
@pytest.mark.skipif(
    not CHROMIUM.exists() or shutil.which("chromium") is None,
    reason="needs Debian package chromium (/usr/bin/chromium)",
)
def test_the_review_page_button_marks_them_dealt_with_in_a_real_browser(tmp_path: Path) -> None:
    from tests.test_browser_app import DOCS_SHOTS, SHOTS_ENV, VIEWPORT, settled, shown

    sync_api = pytest.importorskip("playwright.sync_api", reason="needs pip package playwright")
    db = tmp_path / "app.db"
    _left_behind(f"sqlite:///{db}", tmp_path)
    with running_app(db, log=tmp_path / "server.log") as url, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM))
        page = shown(browser.new_page(viewport=VIEWPORT), url, "pont", "en", "ana")
        assert "(bead 2 by hal and fay)" in page.locator(".wb-message").inner_text()
        # ben's page, open in another browser all along, hears of ana's mark at his next edit
        ben = shown(browser.new_context(viewport=VIEWPORT).new_page(), url, "pont", "en", "ben")
        assert "(bead 2 by hal and fay)" in ben.locator(".wb-message").inner_text()
        shots = DOCS_SHOTS if os.environ.get(SHOTS_ENV) == "1" else tmp_path
        page.screenshot(path=str(shots / "review-left-behind.png"))
        page.get_by_role("button", name="Mark the left-behind bead dealt with").click()
        page.get_by_text("Marked dealt with: the 1 reviewed bead", exact=False).wait_for()
        settled(page)
        assert "by ana" not in page.locator(".wb-message").inner_text()  # said once
        assert page.get_by_role("button", name="Mark the left-behind bead dealt with").count() == 0
        ben.keyboard.press("y")  # confirms bead 1: a round trip to the server
        ben.get_by_text("marked dealt with by ana", exact=False).wait_for()
        settled(ben)
        said = ben.locator(".wb-message").inner_text()
        assert said.startswith(
            "Confirmed bead 1. The left-behind beads were marked dealt with by ana, "
        )
        assert ben.get_by_role("button", name="Mark the left-behind bead dealt with").count() == 0
        again = shown(browser.new_page(viewport=VIEWPORT), url, "pont", "en", "ana")
        assert again.get_by_role("button", name="Mark the left-behind bead dealt with").count() == 0
        assert "left behind" not in again.locator(".wb-message").inner_text()
        browser.close()
    code, row, warnings = _status(f"sqlite:///{db}")
    assert (code, warnings) == (0, [])
    assert str(row["dealt_with"]).startswith("ana, ")
