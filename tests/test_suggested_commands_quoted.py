"""A command the workbench suggests can be pasted as it is (newcomer28, MED 6).

A client's folder `v2 client/` holding `Canal été – version finale.fr.txt` made
`ingest` suggest `workbench ingest v2 client/Canal été – version finale.fr.txt
--version-of 1`: pasted into a shell, that is five arguments, and the command failed
(exit 2). Every path or document name in a suggested command now goes through
`naming.shell_word`, quoted the way a POSIX shell (and PowerShell) reads it back.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_kinds_carried import CHANGED, STORY_FR
from workbench import pipeline
from workbench.cli import app
from workbench.naming import shell_word
from workbench.store import Store


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("floods.fr", "floods.fr"),
        ("canal-été.fr", "canal-été.fr"),  # letters of any script need no quotes
        ("v2 client/Canal été – version finale.fr.txt",
         "'v2 client/Canal été – version finale.fr.txt'"),
        ("l'écluse.fr", "'l'\"'\"'écluse.fr'"),  # shlex's way with a quote inside
        ("", "''"),
    ],
)  # fmt: skip
def test_a_word_is_quoted_only_when_a_shell_would_cut_or_read_it(text: str, shown: str) -> None:
    assert shell_word(text) == shown
    assert shlex.split(shell_word(text)) == [text]


def _suggested(message: str) -> list[str]:
    """The arguments of the first `workbench …` command in ``message``, as a shell reads them."""
    found = re.search(r"`workbench ([^`]+)`", message)
    assert found, message
    return shlex.split(found.group(1))


def _write(path: Path, lines: list[str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_the_new_version_command_with_spaces_and_accents_runs_as_pasted(
    db_url: str, tmp_path: Path
) -> None:
    store = Store.open(db_url)
    name = "Canal été – version finale.fr.txt"
    pipeline.ingest_paths(store, [_write(tmp_path / "client" / name, STORY_FR)])
    moved = _write(tmp_path / "v2 client" / name, [*STORY_FR[:-1], CHANGED])
    [result] = pipeline.ingest_paths(store, [moved]).files
    store.close()
    assert result.warning is not None

    args = _suggested(result.warning)
    assert args[:2] == ["ingest", str(moved)]  # one argument, not five
    run = CliRunner().invoke(app, [*args, "--db", db_url])

    assert run.exit_code == 0, run.output
    assert "stored as version 2" in run.output
    store = Store.open(db_url)
    assert [(d.name, d.version) for d in store.documents()] == [(Path(name).stem, 2)]
    store.close()


def test_a_text_given_to_import_is_told_to_ingest_with_a_command_that_runs(
    db_url: str, tmp_path: Path
) -> None:
    text = _write(tmp_path / "from the client" / "Canal été.fr.txt", STORY_FR)

    refused = CliRunner().invoke(app, ["import", str(text), "--db", db_url])
    assert refused.exit_code != 0
    args = _suggested(refused.output)
    run = CliRunner().invoke(app, [*args, "--db", db_url])

    assert args == ["ingest", str(text)]
    assert run.exit_code == 0, run.output
    assert "Canal été.fr: new" in run.output
