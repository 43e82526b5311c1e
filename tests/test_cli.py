"""The command line contract: names, output shapes, help, clean errors."""

from __future__ import annotations

import json
import subprocess
import sys
from enum import Enum
from pathlib import Path
from typing import Any, TypeGuard, get_args

import pytest
import typer
from typer.testing import CliRunner

from tests.conftest import CORPUS
from workbench.cli import app
from workbench.cli.common import OutputFormat

runner = CliRunner()


def _commands(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for name, command in group.commands.items():
        found.append((*prefix, name))
        if hasattr(command, "commands"):  # a group (typer vendors its own click)
            found.extend(_commands(command, (*prefix, name)))
    return found


ALL_COMMANDS = _commands(typer.main.get_command(app))


def test_the_contracted_commands_exist() -> None:
    names = {c[0] for c in ALL_COMMANDS}
    assert {"ingest", "docs", "segments", "score"} <= names


@pytest.mark.parametrize("name", sorted({c[0] for c in ALL_COMMANDS}))
def test_each_command_alone_is_built_from_the_module_that_registers_it(name: str) -> None:
    """`workbench NAME` builds only `cli.MODULES[NAME]`: that module must register NAME,
    with the same parameters and subcommands as the whole command line has."""
    from workbench.cli import MODULES, build

    alone = typer.main.get_command(build([MODULES[name]]))
    whole = typer.main.get_command(app)
    one, other = alone.commands[name], whole.commands[name]  # type: ignore[attr-defined]
    assert [p.name for p in one.params] == [p.name for p in other.params]
    assert sorted(getattr(one, "commands", {})) == sorted(getattr(other, "commands", {}))


def test_a_command_alone_still_runs_as_a_subcommand(tmp_path: Path) -> None:
    """typer makes an app of one command that command itself; `restore` is its module's
    only command, and must still be `workbench restore DOC IDS`."""
    from workbench.cli import build

    done = CliRunner().invoke(
        build(["debris"]), ["restore", "nodoc", "1", "--db", str(tmp_path / "w.db")]
    )
    assert "No such command" not in done.output
    assert "Got unexpected extra argument" not in done.output


@pytest.mark.parametrize("command", ALL_COMMANDS, ids=" ".join)
def test_every_command_has_help(command: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    cmd = typer.main.get_command(app)
    for part in command:
        cmd = cmd.commands[part]  # type: ignore[attr-defined]
    assert (cmd.help or "").strip(), f"`workbench {' '.join(command)}` has no help text"


def test_ingest_then_docs_then_segments_as_json(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    result = runner.invoke(app, ["ingest", str(CORPUS / "004_c5001f9aa01043f8.txt"), "--db", db])
    assert result.exit_code == 0, result.output
    assert "004_c5001f9aa01043f8: new" in result.output

    docs = json.loads(runner.invoke(app, ["docs", "--db", db, "--format", "json"]).output)
    assert [(d["name"], d["lang"], d["version"]) for d in docs] == [
        ("004_c5001f9aa01043f8", "fr", 1)
    ]

    result = runner.invoke(app, ["segments", "004_c5001f9aa01043f8", "--db", db, "-f", "json"])
    segments = json.loads(result.output)
    assert {"id", "doc", "index", "kind", "lang", "text"} <= set(segments[0])
    assert [s["index"] for s in segments] == list(range(len(segments)))
    by_id = json.loads(
        runner.invoke(app, ["segments", str(docs[0]["id"]), "--db", db, "-f", "json"]).output
    )
    assert by_id == segments


def test_beads_are_numbered_from_1_as_in_the_review_app_and_qa(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    doc = "004_c5001f9aa01043f8"
    runner.invoke(app, ["ingest", str(CORPUS / f"{doc}.txt"), "--db", db])
    runner.invoke(app, ["align", doc, "--to", "es", "--db", db, "--encoder", "none"])
    result = runner.invoke(app, ["beads", doc, "--to", "es", "--db", db, "-f", "json"])
    beads = json.loads(result.output)
    assert [(b["bead"], b["position"]) for b in beads[:2]] == [(1, 0), (2, 1)]


def test_a_table_in_a_pipe_does_not_fold_long_names(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    long_name = "a_press_release_with_a_long_file_name_" + "x" * 60
    (tmp_path / f"{long_name}.txt").write_text("Le conseil se réunit demain.", encoding="utf-8")
    runner.invoke(app, ["ingest", str(tmp_path / f"{long_name}.txt"), "--db", db])
    result = runner.invoke(app, ["docs", "--db", db])  # the runner's output is no terminal
    assert long_name in result.output


def test_segments_as_tsv_escape_tabs_and_newlines(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    doc = tmp_path / "tabs.txt"
    doc.write_text("Une phrase\tavec une tabulation.\n", encoding="utf-8")
    runner.invoke(app, ["ingest", str(doc), "--db", db])
    lines = runner.invoke(app, ["segments", "tabs", "--db", db, "-f", "tsv"]).output.splitlines()
    assert lines[0].split("\t") == ["id", "doc", "index", "block", "kind", "lang", "text"]
    assert len(lines) == 2 and len(lines[1].split("\t")) == 7


def test_ingesting_again_reports_unchanged(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    path = str(CORPUS / "002_765b164ab8e23b0a.txt")
    runner.invoke(app, ["ingest", path, "--db", db])
    result = runner.invoke(app, ["ingest", path, "--db", db])
    assert "002_765b164ab8e23b0a: unchanged" in result.output


def test_a_failed_file_makes_the_exit_code_4_and_the_others_are_stored(tmp_path: Path) -> None:
    """Partly done: 4 (it was 1, as for a run that stored nothing: `cli.outcome`)."""
    db = str(tmp_path / "w.db")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(
        app,
        [
            "ingest",
            str(tmp_path / "empty.txt"),
            str(CORPUS / "002_765b164ab8e23b0a.txt"),
            "--db",
            db,
        ],
    )
    assert result.exit_code == 4
    assert "empty.txt: the file is empty" in result.output
    assert "1 file failed, 1 ingested" in result.output
    docs = json.loads(runner.invoke(app, ["docs", "--db", db, "-f", "json"]).output)
    assert [d["name"] for d in docs] == ["002_765b164ab8e23b0a"]
    (tmp_path / "blank.txt").write_bytes(b"  \n")
    nothing = runner.invoke(
        app, ["ingest", str(tmp_path / "empty.txt"), str(tmp_path / "blank.txt"), "--db", db]
    )
    assert nothing.exit_code == 1  # failed, nothing stored
    assert "2 files failed, 0 ingested" in nothing.output


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("nosuch.html", None, "error: nosuch.html: no such file or folder; check the name and "
         "the folder"),
        ("-", None, "error: -: a pasted text needs a name: run `workbench ingest - --name "
         "article`"),
        ("empty.html", b"", "error: empty.html: the file is empty; there is nothing to ingest"),
        ("binary.html", bytes(range(256)) * 4, "error: binary.html: looks like a binary file"),
    ],
    ids=["missing", "stdin", "empty", "binary"],
)  # fmt: skip
def test_one_bad_file_is_one_line_saying_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, data: bytes | None, said: str
) -> None:
    """The newcomer pass: one file, one line (no "1 file failed, 0 ingested" after it,
    which only repeats it), exit code 1, nothing stored."""
    monkeypatch.chdir(tmp_path)
    if data is not None:
        (tmp_path / name).write_bytes(data)
    result = runner.invoke(app, ["ingest", name, "--db", "w.db"], input="Bonjour.\n")
    assert result.exit_code == (2 if name == "-" else 1)  # 2: a missing --name, a usage error
    [line] = result.output.splitlines()
    assert line.startswith(said)
    docs = runner.invoke(app, ["docs", "--db", "w.db", "-f", "json"]).output
    assert json.loads(docs) == []


def test_an_unknown_document_is_one_clean_message_naming_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Run from another folder, the default ./workbench.db is a new, empty one:
    # the message says which database was searched.
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["segments", "nope"], env={"WORKBENCH_DB": ""})
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"error: no document 'nope' in {tmp_path.resolve() / 'workbench.db'}: "
        "run `workbench docs` to list them, or `workbench ingest FILE` to add it"
    )


def test_the_installed_script_prints_no_traceback_and_honours_workbench_db(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "workbench"
    env = {"WORKBENCH_DB": str(tmp_path / "env.db"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [str(script), "segments", "nope"], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: no document 'nope'")
    assert (tmp_path / "env.db").exists()


def test_progress_stays_quiet_in_pipes(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "workbench"
    doc = str(CORPUS / "002_765b164ab8e23b0a.txt")
    result = subprocess.run(
        [str(script), "ingest", doc, "--db", str(tmp_path / "w.db")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout == "002_765b164ab8e23b0a: new, 21 segments [fr]\n"


def test_format_means_output_rows_in_every_command() -> None:
    """`beads` alone adds a choice: vecalign's bead form, a line a bead."""
    root = typer.main.get_command(app)
    seen = 0
    for command in ALL_COMMANDS:
        cmd = root
        for part in command:
            cmd = cmd.commands[part]  # type: ignore[attr-defined]
        for param in cmd.params:
            if "--format" in getattr(param, "opts", ()):
                seen += 1
                annotation = param.type_descriptor.annotation  # type: ignore[attr-defined]
                if command == ("beads",):
                    assert [*annotation] == [*map(annotation, OutputFormat), annotation.VECALIGN]
                    continue
                assert annotation is OutputFormat, f"workbench {' '.join(command)}"
    assert seen >= 8  # docs, segments, beads, qa, score doc/mt/align, translate, models list


@pytest.mark.parametrize(
    ("args", "what"),
    [
        (["docs", "--bogus"], "error: No such option: --bogus. Run `workbench docs --help`"),
        (["docs", "-f", "xml"], "'xml' is not one of 'table', 'json', 'tsv'. Run `workbench docs"),
        (["segments"], "error: Missing argument 'doc'. Run `workbench segments --help`"),
        (["nosuch"], "error: No such command 'nosuch'. Run `workbench --help`"),
        (["--bogus"], "error: No such option: --bogus. Run `workbench --help`"),
        (["score", "bleu"], "error: No such command 'bleu'. Run `workbench score --help`"),
        (["segments", "x", "--version", "two"], "Run `workbench segments --help`"),
    ],
    ids=["unknown option", "bad choice", "missing argument", "unknown command",
         "unknown top-level option", "unknown sub-command", "not a number"],
)  # fmt: skip
def test_a_usage_error_is_one_line_saying_where_the_usage_is_with_exit_code_2(
    args: list[str], what: str
) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("error: ") and what in result.stderr


def _command(path: tuple[str, ...]) -> Any:
    command: Any = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]
    return command


def _is_enum(t: object) -> TypeGuard[type[Enum]]:
    return isinstance(t, type) and issubclass(t, Enum)


def _choice_options() -> list[tuple[tuple[str, ...], str, tuple[str, ...]]]:
    """(command, option, allowed values) for every option of the CLI with a fixed set of values."""
    root = typer.main.get_command(app)
    found = []
    for path in ALL_COMMANDS:
        command: Any = root
        for name in path:
            command = command.commands[name]
        for param in command.params:
            annotation = param.type_descriptor.annotation
            enum = next((t for t in (annotation, *get_args(annotation)) if _is_enum(t)), None)
            if enum is not None and param.opts[0].startswith("--"):
                found.append((path, param.opts[0], tuple(str(c) for c in enum)))
    return found


CHOICE_OPTIONS = _choice_options()


def test_the_options_with_a_fixed_set_of_values_are_all_choices() -> None:
    """Kinds, engines, formats, MT policies and encoders are checked by the option parser."""
    options = {(" ".join(path), option) for path, option, _ in CHOICE_OPTIONS}
    assert {
        ("segments", "--kind"), ("restore", "--as"), ("translate", "--engine"),
        ("fill", "--engine"), ("score doc", "--engine"), ("export", "--file-format"),
        ("export", "--mt"), ("align", "--encoder"), ("docs", "--format"),
    } <= options  # fmt: skip


def test_the_engine_choices_are_the_registry_s_engines() -> None:
    from workbench.cli.translating import EngineChoice
    from workbench.translate.registry import ENGINES

    assert tuple(EngineChoice) == ENGINES


@pytest.mark.parametrize(
    ("command", "option", "allowed"),
    CHOICE_OPTIONS,
    ids=[f"{' '.join(path)} {option}" for path, option, _ in CHOICE_OPTIONS],
)
def test_a_value_outside_an_option_s_set_is_a_usage_error_naming_the_set(
    command: tuple[str, ...], option: str, allowed: tuple[str, ...], tmp_path: Path
) -> None:
    # options are parsed before arguments are checked: no document or file is needed
    result = runner.invoke(
        app, [*command, option, "nosuch"], env={"WORKBENCH_DB": str(tmp_path / "w.db")}
    )
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: Invalid value for '{option}'")
    assert "'nosuch' is not one of " + ", ".join(f"'{a}'" for a in allowed) in line
    assert f"Run `workbench {' '.join(command)} --help`" in line
    assert not (tmp_path / "w.db").exists()  # refused before the store is opened


def test_an_unknown_metric_is_a_usage_error_naming_the_metrics(tmp_path: Path) -> None:
    hyp = tmp_path / "hyp.txt"
    hyp.write_text("Le chat.\n", encoding="utf-8")
    result = runner.invoke(
        app, ["score", "mt", "--hyp", str(hyp), "--ref", str(hyp), "--metrics", "bleu,meteor"]
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: Invalid value for '--metrics': unknown metric in 'bleu,meteor': choose among "
        "bleu, chrf, ter. Run `workbench score mt --help` for its usage."
    ]


@pytest.mark.parametrize("case", [str.lower, str.upper, str.title])
def test_segments_of_a_kind_are_listed_whatever_the_kind_s_case(case: Any, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Le conseil municipal se réunit jeudi.\n\nPublicité\n", encoding="utf-8")
    db = str(tmp_path / "w.db")
    assert runner.invoke(app, ["ingest", str(page), "--db", db]).exit_code == 0
    every = json.loads(runner.invoke(app, ["segments", "page", "--db", db, "-f", "json"]).stdout)
    kind = every[0]["kind"]
    result = runner.invoke(
        app, ["segments", "page", "--kind", case(kind), "--db", db, "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [row for row in every if row["kind"] == kind]


LANGUAGE_OPTIONS = [
    (path, option)
    for path in ALL_COMMANDS
    for option in ("--to", "--from", "--src-lang", "--tgt-lang")
    if any(option in p.opts for p in _command(path).params)
]


@pytest.mark.parametrize(
    ("command", "option"), LANGUAGE_OPTIONS, ids=[f"{' '.join(c)} {o}" for c, o in LANGUAGE_OPTIONS]
)
def test_a_language_option_refuses_what_is_no_language_code_as_a_usage_error(
    command: tuple[str, ...], option: str, tmp_path: Path
) -> None:
    result = runner.invoke(
        app, [*command, option, "english"], env={"WORKBENCH_DB": str(tmp_path / "w.db")}
    )
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        f"error: Invalid value for '{option}': 'english' is not a language code: use a code such "
        f"as fr, en, es or de. Run `workbench {' '.join(command)} --help` for its usage."
    ]


@pytest.mark.skipif(
    not Path("/usr/share/apertium/modes/fr-es.mode").exists(),
    reason="needs Debian packages apertium and apertium-fr-es",
)
def test_a_language_code_is_read_whatever_its_case() -> None:
    lower = runner.invoke(app, ["translate", "--from", "fr", "--to", "es", "Le chat noir."])
    upper = runner.invoke(app, ["translate", "--from", "FR", "--to", "ES", "Le chat noir."])
    assert lower.exit_code == upper.exit_code == 0, upper.output
    assert upper.stdout == lower.stdout


def test_a_choice_is_read_whatever_its_case(tmp_path: Path) -> None:
    result = runner.invoke(app, ["docs", "--db", str(tmp_path / "w.db"), "-f", "JSON"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


def test_a_reader_that_closes_the_pipe_early_is_no_error(tmp_path: Path) -> None:
    """The newcomer pass (N7): `workbench beads … | grep -q WORD` in a CI job with
    `set -o pipefail` failed at random: when grep had its match and closed the pipe before
    the rows were written, workbench exited with 1, its error code, and said nothing. Now
    it ends as `seq`, `git log` and the other Unix tools do on a closed pipe: 141
    (128 + SIGPIPE), nothing on standard error."""
    script = Path(sys.executable).parent / "workbench"
    doc = str(CORPUS / "002_765b164ab8e23b0a.txt")
    db = str(tmp_path / "w.db")
    subprocess.run([str(script), "ingest", doc, "--db", db], capture_output=True, check=True)
    with subprocess.Popen(
        [str(script), "segments", "002_765b164ab8e23b0a", "--db", db, "-f", "tsv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader is gone before the first row
        err = proc.stderr.read()
        proc.wait(timeout=120)
    assert (proc.returncode, err) == (141, b"")


def test_a_database_server_that_is_not_there_says_what_to_check(tmp_path: Path) -> None:
    """The newcomer pass (N9): a PostgreSQL URL with the wrong port said "cannot open or
    migrate the database …: connection failed: … Connection refused" and no more; one
    line should say what to do."""
    import socket

    with socket.socket() as free:  # a loopback port nothing listens on
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    url = f"postgresql+psycopg://reviewer@127.0.0.1:{port}/workbench"
    result = CliRunner().invoke(app, ["docs", "--db", url])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"error: cannot open or migrate the database {url}: ")
    assert line.endswith(
        "; start the server, or check the host, port, user and database in --db or WORKBENCH_DB"
    )
