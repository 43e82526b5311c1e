"""`workbench translate` and `workbench models` through the Typer runner, with real engines."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.mt_fixtures import tiny_packages
from workbench.cli import app

runner = CliRunner()


@pytest.fixture
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return tiny_packages(tmp_path_factory)


@pytest.fixture
def models(files: dict[str, Path], tmp_path: Path) -> Path:
    """A models folder filled by the install command itself."""
    target = tmp_path / "models"
    for pair in ("fr-en", "fr-es"):
        done = runner.invoke(
            app, ["models", "install", str(files[pair]), "--models-dir", str(target)]
        )
        assert done.exit_code == 0, done.output
        assert f"installed translate-{pair.replace('-', '_')} 1.0" in done.output
    return target


def test_translate_text_with_the_installed_argos_package(models: Path) -> None:
    done = runner.invoke(
        app,
        ["translate", "--from", "fr", "--to", "en", "--models-dir", str(models), "le chat noir"],
    )
    assert done.exit_code == 0, done.output
    assert done.output == "the cat black\n"


def test_translate_reads_stdin_one_sentence_per_line(models: Path) -> None:
    done = runner.invoke(
        app,
        ["translate", "--from", "fr", "--to", "es", "-"],
        input="le chat noir\n\nle chien blanc\n",
        env={"ARGOS_PACKAGES_DIR": str(models)},
    )
    assert done.exit_code == 0, done.output
    assert done.output == "el gato negro\n\nel perro blanco\n"


def test_translate_keeps_the_order_of_a_long_input_sent_in_chunks(models: Path) -> None:
    words = {"chat": "cat", "chien": "dog", "noir": "black", "guerre": "war"}
    pairs = [list(words.items())[i % len(words)] for i in range(300)]  # 300 lines: 3 chunks
    lines = [f"le {fr} {i}" for i, (fr, _) in enumerate(pairs)]
    done = runner.invoke(
        app, ["translate", "--models-dir", str(models), "-"], input="\n".join(lines) + "\n"
    )
    assert done.exit_code == 0, done.output
    assert done.output.splitlines() == [f"the {en} {i}" for i, (_, en) in enumerate(pairs)]


def test_translate_json_records_engine_model_and_version(models: Path) -> None:
    done = runner.invoke(
        app, ["translate", "--models-dir", str(models), "--format", "json", "le chat"]
    )
    assert done.exit_code == 0, done.output
    assert json.loads(done.output) == [
        {
            "source": "le chat",
            "translation": "the cat",
            "engine": "argos",
            "model": "translate-fr_en",
            "version": "1.0",
        }
    ]


@pytest.mark.skipif(shutil.which("apertium") is None, reason="needs Debian package apertium-fr-es")
def test_translate_with_apertium() -> None:
    done = runner.invoke(
        app, ["translate", "--to", "es", "--engine", "apertium", "Le chat noir mange."]
    )
    assert done.exit_code == 0, done.output
    assert done.output == "El gato negro come.\n"


@pytest.mark.skipif(shutil.which("apertium") is None, reason="needs Debian package apertium-fr-es")
def test_translate_stops_apertiums_pipeline_before_it_returns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The command waits for its engine's processes itself, not the interpreter's exit."""
    from workbench.translate import base
    from workbench.translate.apertium import ApertiumTranslator

    closed: list[object] = []
    real = base.close_translator

    def recording(translator: base.Translator) -> None:
        real(translator)
        closed.append(translator)

    monkeypatch.setattr(base, "close_translator", recording)
    done = runner.invoke(app, ["translate", "--to", "es", "--engine", "apertium", "La guerre."])
    assert done.exit_code == 0, done.output
    # the command closes its CachedTranslator, which closes the engine inside
    engine, translator = closed
    assert translator.inner is engine  # type: ignore[attr-defined]
    assert isinstance(engine, ApertiumTranslator)
    assert engine.processes == 1 and engine._pipeline is None


def test_models_list_shows_packages_and_the_pairs_they_serve(models: Path) -> None:
    done = runner.invoke(app, ["models", "list", "--models-dir", str(models), "--format", "json"])
    assert done.exit_code == 0, done.output
    rows = {(r["engine"], r["model"]): r for r in json.loads(done.output)}
    assert rows[("argos", "translate-fr_en")]["pairs"] == "fr→en direct"
    assert rows[("argos", "translate-fr_en")]["version"] == "1.0"
    if shutil.which("apertium"):
        assert "fr→en via es" in rows[("apertium", "fr-es")]["pairs"]


def test_a_corrupt_file_is_refused_and_installs_nothing(
    files: dict[str, Path], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(files["fr-en"].read_bytes()[:3000])
    target = tmp_path / "models"
    done = runner.invoke(app, ["models", "install", str(bad), "--models-dir", str(target)])
    assert done.exit_code == 1
    assert "error:" in done.output
    assert "not installed" in done.output
    assert not target.exists() or list(target.iterdir()) == []


def test_models_remove_uninstalls_one_package_and_keeps_the_others(models: Path) -> None:
    done = runner.invoke(app, ["models", "remove", "fr", "es", "--models-dir", str(models)])
    assert done.exit_code == 0, done.output
    assert done.output.startswith("removed translate-fr_es 1.0")
    assert sorted(p.name for p in models.iterdir()) == ["translate-fr_en-1_0"]
    again = runner.invoke(app, ["models", "remove", "translate-fr_es", "--models-dir", str(models)])
    assert again.exit_code == 1
    assert "no Argos package 'translate-fr_es'" in again.output
    assert "installed: translate-fr_en" in again.output
    by_codes = runner.invoke(app, ["models", "remove", "de", "fr", "--models-dir", str(models)])
    assert "no Argos package 'de fr'" in by_codes.output
    translated = runner.invoke(
        app, ["translate", "--to", "en", "--models-dir", str(models), "le chat"]
    )
    assert translated.output == "the cat\n"


def test_models_install_from_the_index_fails_fast_offline(tmp_path: Path) -> None:
    start = time.monotonic()
    done = runner.invoke(
        app,
        ["models", "install", "fr", "en", "--models-dir", str(tmp_path / "m")],
        env={"ARGOS_PACKAGE_INDEX": "http://127.0.0.1:9/"},
    )
    assert time.monotonic() - start < 5
    assert done.exit_code == 1
    assert "offline" in done.output
    assert "workbench models install FILE.argosmodel" in done.output


def test_no_model_for_the_pair_is_one_clean_error(tmp_path: Path) -> None:
    done = runner.invoke(
        app, ["translate", "--to", "de", "--engine", "argos", "--models-dir", str(tmp_path), "x"]
    )
    assert done.exit_code == 1
    assert "no fr→de model is installed" in done.output
    assert "Traceback" not in done.output


@pytest.mark.parametrize(
    "command",
    [["translate"], ["models"], ["models", "list"], ["models", "install"], ["models", "remove"]],
)
def test_every_mt_command_has_help(command: list[str]) -> None:
    done = runner.invoke(app, [*command, "--help"])
    assert done.exit_code == 0
    assert "Usage" in done.output
    assert len(done.output.splitlines()) > 5


def test_translate_keeps_empty_lines_in_place(models: Path) -> None:
    done = runner.invoke(
        app,
        ["translate", "--from", "fr", "--to", "en", "--models-dir", str(models), "-"],
        input="\nle chat\n\n  \nle chien\n\n",
    )
    assert done.exit_code == 0, done.output
    assert done.output == "\nthe cat\n\n\nthe dog\n\n"


def test_an_engine_that_dies_half_way_prints_what_it_translated_and_names_the_rest(
    models: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lines past the first 128-line call fail for real (a 180-piece sentence against a
    128-position model, the position table left unread)."""
    monkeypatch.setattr("workbench.translate.argos.position_limit", lambda _: None)
    lines = ["le chat"] * 128 + [" ".join(["le chat noir"] * 60), "le chien"]
    done = runner.invoke(
        app,
        ["translate", "--from", "fr", "--to", "en", "--models-dir", str(models), "-"],
        input="\n".join(lines) + "\n",
    )
    assert done.exit_code == 1
    printed = done.output.splitlines()
    assert printed[:128] == ["the cat"] * 128
    assert "the first 128 of 130 lines were translated and printed; lines 129–130 were not" in (
        done.output
    )


@pytest.mark.parametrize(
    ("tgt", "advice"),
    [
        ("de", "Debian has no Apertium package for fr→de, not even through a third language"),
        ("ja", "Debian has no Apertium package for fr→ja"),
        ("ca", "for Apertium install the Debian package apertium-fra-cat"),
    ],
)
def test_the_install_advice_names_a_package_that_exists_or_says_none_does(
    tmp_path: Path, tgt: str, advice: str
) -> None:
    """apertium-fr-de does not exist: the advice must not send anyone looking for it."""
    done = runner.invoke(
        app, ["translate", "--to", tgt, "--engine", "argos", "--models-dir", str(tmp_path), "x"]
    )
    assert done.exit_code == 1
    assert advice in done.output
    assert f"apertium-fr-{tgt}" not in done.output


@pytest.mark.skipif(shutil.which("apertium") is None, reason="needs Debian package apertium-fr-es")
def test_an_engine_without_the_pair_points_to_the_engine_that_has_it(tmp_path: Path) -> None:
    done = runner.invoke(
        app, ["translate", "--to", "es", "--engine", "argos", "--models-dir", str(tmp_path), "x"]
    )
    assert done.exit_code == 1
    assert done.output.strip().endswith("use --engine apertium")


@pytest.mark.skipif(shutil.which("apertium") is None, reason="needs Debian package apertium-fr-es")
def test_argos_without_a_model_names_each_engines_pairs_and_how_to_install_one(
    tmp_path: Path,
) -> None:
    """newcomer17: Apertium's pairs were listed as if Argos had them ("installed pairs:
    en→es (apertium, direct); …"), and nothing said how to get an Argos model."""
    done = runner.invoke(
        app, ["translate", "--to", "en", "--engine", "argos", "--models-dir", str(tmp_path), "x"]
    )
    assert done.exit_code == 1
    (line,) = done.output.strip().splitlines()
    assert "installed pairs — argos: none; apertium: " in line
    assert "fr→en via es" in line
    assert line.endswith(
        ": run `workbench models install FILE.argosmodel`, or use --engine apertium"
    )


def test_the_pivot_advice_names_both_packages() -> None:
    from workbench.translate.apertium import install_advice

    assert install_advice("fr", "en") == (
        "Apertium has no fr→en package; it can go through es: install the Debian packages "
        "apertium-fr-es and apertium-eng-spa"
    )


@pytest.mark.parametrize("option", ["--to", "--from"])
def test_an_unknown_language_code_is_one_line_listing_the_served_codes(
    models: Path, option: str
) -> None:
    done = runner.invoke(app, ["translate", option, "xx", "--models-dir", str(models), "x"])
    assert done.exit_code == 1
    assert "unknown language code 'xx': give an ISO 639-1 code such as fr, en or es" in done.output
    served = done.output.replace("\n", " ").split("the installed engines serve: ")[1]
    assert {"en", "es", "fr"} <= set(served.rstrip(") ").replace(",", " ").split())
    assert "Traceback" not in done.output


@pytest.mark.skipif(
    shutil.which("apertium") is None or not Path("/usr/share/apertium/modes/fr-es.mode").exists(),
    reason="needs Debian packages apertium and apertium-fr-es",
)
def test_translate_imports_no_pydantic_even_with_a_path_option() -> None:
    """typer builds a pydantic adapter for a Path option (--models-dir, --glossary, or
    ARGOS_PACKAGES_DIR): 0.19 s of CPU, a third of Apertium's own run on 49 lines.
    `shell._PlainParam` makes the Path itself and keeps typer's path checks."""
    from tests.test_startup import imported_by_command

    command = ("translate", "--engine", "apertium", "--to", "es")
    assert "pydantic" not in imported_by_command(*command, "Le chat.")
    given = imported_by_command(*command, "--models-dir", "/nonexistent", "Le chat.")
    assert "pydantic" not in given


@pytest.mark.skipif(
    shutil.which("apertium") is None or not Path("/usr/share/apertium/modes/fr-es.mode").exists(),
    reason="needs Debian packages apertium and apertium-fr-es",
)
def test_translate_with_apertium_imports_neither_other_commands_nor_argos() -> None:
    """Start-up (issue 16): plain `workbench translate` builds no command at all (it runs
    without typer, tests/test_cli_translating.py), and the Apertium engine named alone
    does not need Argos's modules (about 60 ms of CPU)."""
    probe = (
        "import sys\nsys.argv = ['workbench', 'translate', '--engine', 'apertium', '--to', 'es', "
        "'Le chat.']\nfrom workbench.cli import main\ntry:\n    main()\nexcept SystemExit:\n"
        "    pass\nprint(' '.join(m for m in sys.modules if m.startswith('workbench.')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    *printed, loaded = done.stdout.splitlines()
    assert printed == ["El gato."]
    modules = set(loaded.split())
    cli = {m for m in modules if m.startswith("workbench.cli.")}
    assert cli == {"workbench.cli.progress", "workbench.cli.translating"}
    assert not {m for m in modules if m.startswith("workbench.translate.argos")}
