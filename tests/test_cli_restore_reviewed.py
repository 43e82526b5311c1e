"""`restore --as boilerplate` on a sentence a reviewed bead holds: refused, nothing changed,
with the way to take the review back (newcomer32: "undo that review first", and no command
undoes one). The review app's Undo does, for each reviewer their own edits; once it has,
the same `restore` goes through."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.cli import app
from workbench.store import Store

runner = CliRunner()
FRENCH = "Le pont a ouvert lundi.\n\nIl relie les deux rives du fleuve.\n"
ENGLISH = "The bridge opened on Monday.\n\nIt links the two banks of the river.\n"
NONE = ("--encoder", "none")


def _run(db: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--db", str(db)])
    return result.exit_code, result.output


def _confirmed_by_ana(tmp_path: Path) -> tuple[Path, int]:
    """A page aligned with its English, bead 1 confirmed by ana; its French sentence's id."""
    db = tmp_path / "w.db"
    (tmp_path / "pont.fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "pont.en.txt").write_text(ENGLISH, encoding="utf-8")
    assert _run(db, "ingest", str(tmp_path / "pont.fr.txt"))[0] == 0
    original = str(tmp_path / "pont.en.txt")
    assert _run(db, "align", "pont.fr", "--to", "en", "--original", original, *NONE)[0] == 0
    assert _run(db, "confirm", "pont.fr", "1", "--reviewer", "ana")[0] == 0
    store = Store.open(str(db))
    try:
        [alignment] = store.alignments(store.document("pont.fr").id)
        segment = store.beads(alignment.id)[0].fr[0]
    finally:
        store.close()
    return db, segment


@pytest.mark.parametrize(
    ("restorer", "said"),
    [
        ("ana", "undo your review with the review app's Undo (Review page, U: it takes back "
                "your own edits, latest first), then mark it boilerplate. Nothing was changed"),
        ("ben", "ana can undo that review with the review app's Undo (Review page, U: it takes "
                "back their own edits, latest first), then mark it boilerplate. Nothing was "
                "changed"),
    ],
)  # fmt: skip
def test_a_sentence_of_a_reviewed_bead_stays_and_the_refusal_names_who_can_undo_it(
    tmp_path: Path, restorer: str, said: str
) -> None:
    db, segment = _confirmed_by_ana(tmp_path)
    args = ("restore", "pont.fr", str(segment), "--as", "boilerplate", "--reviewer", restorer)
    code, out = _run(db, *args, *NONE)
    assert code == 1
    assert " ".join(out.split()).endswith(said)  # one line, as the terminal wraps it


def test_once_ana_undid_her_confirmation_in_the_app_the_sentence_becomes_boilerplate(
    tmp_path: Path,
) -> None:
    """The way the refusal names is one that works: the app's Undo is `Store.undo` by her."""
    db, segment = _confirmed_by_ana(tmp_path)
    store = Store.open(str(db))
    try:
        [alignment] = store.alignments(store.document("pont.fr").id)
        store.undo(alignment.id, "ana", by="ana")
    finally:
        store.close()
    args = ("restore", "pont.fr", str(segment), "--as", "boilerplate", "--reviewer", "ana")
    code, out = _run(db, *args, *NONE)
    assert code == 0, out
    assert out.startswith("pont.fr: 1 segment marked boilerplate")
