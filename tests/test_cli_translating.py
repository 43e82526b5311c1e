"""`workbench translate` without typer (`workbench.cli.translating`): read as typer reads it,
printed as typer prints it, and left to typer whenever it is not sure."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.mt_fixtures import tiny_packages
from workbench.cli import app, build
from workbench.cli.translating import Request, parse

runner = CliRunner()
APERTIUM = shutil.which("apertium") is not None and (
    Path("/usr/share/apertium/modes/fr-es.mode").exists()
)


def typers_request(args: list[str], environ: dict[str, str]) -> Request | None:
    """What typer's own parse gives the `translate` command, or None for a usage error."""
    import typer
    from typer._click.exceptions import UsageError

    group = typer.main.get_command(build(["mt"]))
    command = group.commands["translate"]  # type: ignore[attr-defined]
    saved = {k: os.environ.get(k) for k in environ}
    os.environ.update(environ)
    try:
        params: dict[str, Any] = command.make_context("translate", list(args)).params
    except UsageError:
        return None
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    if params.pop("fmt") is not None:
        return None  # --format is typer's alone
    return Request(**params)


NO_ENV: dict[str, str] = {}


@pytest.mark.parametrize(
    ("args", "environ"),
    [
        (["-"], NO_ENV),
        (["Le chat dort."], NO_ENV),
        ([], NO_ENV),
        (["--engine", "apertium", "--from", "fr", "--to", "es", "-"], NO_ENV),
        (["--engine=APERTIUM", "--to=ES", "x"], NO_ENV),
        (["x", "--from", "fr_FR", "--to", "pt-br"], NO_ENV),
        (["--engine", "argos", "--models-dir", "/nonexistent", "-"], NO_ENV),
        (["-"], {"ARGOS_PACKAGES_DIR": "/nonexistent"}),
        (["-"], {"ARGOS_PACKAGES_DIR": ""}),
        (["--models-dir", "", "-"], NO_ENV),
        (["--models-dir", "/tmp", "-"], {"ARGOS_PACKAGES_DIR": "/nonexistent"}),
        (["--glossary", "terms.tsv", "--to", "es", "-"], NO_ENV),
        (["", "--to", "es"], NO_ENV),
    ],
)
def test_plain_arguments_are_read_as_typer_reads_them(
    args: list[str], environ: dict[str, str]
) -> None:
    ours = parse(args, environ)
    assert ours is not None, "a plain command line should not need typer"
    assert ours == typers_request(args, environ)


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["-f", "json", "x"],
        ["--format", "tsv", "x"],
        ["--from", "english", "x"],
        ["--engine", "google", "x"],
        ["--to", "es", "--to", "en", "x"],
        ["a", "b"],
        ["--to"],
        ["--to", "-", "x"],
        ["--unknown", "x"],
        ["--", "-x"],
        ["-x"],
    ],
)
def test_anything_else_is_left_to_typer(args: list[str]) -> None:
    """Help, tables, and every usage error keep typer's own handling and words."""
    assert parse(args, NO_ENV) is None


WORDS = st.sampled_from(
    [
        "-", "x", "Le chat.", "", "--from", "--to", "--engine", "--models-dir", "--glossary",
        "--format", "-f", "fr", "EN", "es_ES", "english", "apertium", "Argos", "deepl",
        "/nonexistent", "json", "--to=es", "--engine=apertium", "--from=", "--", "-h", "--help",
    ]
)  # fmt: skip


@given(args=st.lists(WORDS, max_size=7), env=st.sampled_from(["", "/nonexistent", None]))
@settings(max_examples=300, deadline=None)
def test_whatever_it_reads_typer_reads_the_same(args: list[str], env: str | None) -> None:
    environ = {} if env is None else {"ARGOS_PACKAGES_DIR": env}
    ours = parse(args, environ)
    if ours is not None:
        assert ours == typers_request(args, environ)


def workbench(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> Any:
    """The real `workbench` entry point in a fresh interpreter."""
    code = "import sys\nfrom workbench.cli import main\nsys.argv[0] = 'workbench'\nmain()"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def models(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    files = tiny_packages(tmp_path_factory)
    target = tmp_path / "models"
    for pair in ("fr-en", "fr-es"):
        done = runner.invoke(
            app, ["models", "install", str(files[pair]), "--models-dir", str(target)]
        )
        assert done.exit_code == 0, done.output
    return target


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (["--to", "es", "-"], "le chat noir\n\nle chien blanc\n"),
        (["--to", "en", "le chat noir"], ""),
        (["--to", "de", "x"], ""),  # no engine: one error line, exit 1
        (["--to", "xx", "x"], ""),
        ([], ""),
    ],
)
def test_without_typer_it_prints_and_exits_as_the_typer_command(
    models: Path, args: list[str], stdin: str
) -> None:
    env = {"ARGOS_PACKAGES_DIR": str(models)}
    assert parse(args, env) is not None
    fast = workbench("translate", *args, stdin=stdin, env=env)
    typed = runner.invoke(app, ["translate", *args], input=stdin, env=env)
    assert (fast.returncode, fast.stdout + fast.stderr) == (typed.exit_code, typed.output)


def test_an_engine_that_dies_half_way_is_reported_as_the_typer_command_reports_it(
    models: Path,
) -> None:
    """A sentence longer than the package's 128 positions fails its call for real."""
    lines = ["le chat"] * 128 + [" ".join(["le chat noir"] * 60), "le chien"]
    probe = (
        "import sys\nimport workbench.translate.argos as argos\n"
        "argos.position_limit = lambda _: None\n"
        "from workbench.cli import main\nsys.argv[0] = 'workbench'\nmain()"
    )
    args = ["translate", "--to", "en", "--models-dir", str(models), "-"]
    fast = subprocess.run(
        [sys.executable, "-c", probe, *args],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert fast.returncode == 1
    assert fast.stdout.splitlines() == ["the cat"] * 128
    assert fast.stderr.startswith("error: ")
    assert fast.stderr.rstrip().endswith(
        "the first 128 of 130 lines were translated and printed; lines 129–130 were not"
    )


@pytest.mark.skipif(not APERTIUM, reason="needs Debian packages apertium and apertium-fr-es")
def test_translate_with_apertium_imports_no_typer() -> None:
    """Start-up (issue 16): typer's import and command building were about a fifth of
    Apertium's own run on 49 lines; plain `workbench translate` needs neither."""
    from tests.test_startup import imported_by_command

    loaded = imported_by_command(
        "translate", "--engine", "apertium", "--from", "fr", "--to", "es", "Le chat."
    )
    assert not loaded & {"typer", "click", "rich", "pydantic", "ctranslate2", "sentencepiece"}


def test_a_translation_into_the_text_s_own_language_says_what_to_give(tmp_path: Path) -> None:
    """newcomer37 LOW 13: `fill bitab --to en` on an English document said only "source and
    target language are both 'en'"."""
    db = tmp_path / "w.db"
    text = tmp_path / "note.en.txt"
    text.write_text("The plant opened in May.\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(text), "--db", str(db)]).exit_code in (0, 3)
    for args in (["fill", "note.en", "--to", "en"], ["translate", "Hello.", "--from", "en",
                                                       "--to", "en"]):  # fmt: skip
        result = runner.invoke(app, [*args, "--db", str(db)] if args[0] == "fill" else args)
        assert result.exit_code == 1, result.output
        assert "both 'en': give the language to translate into (`--to`)" in result.output
