"""`workbench translate`: its work, and its plain arguments read without typer.

On a paragraph, `workbench translate --engine apertium -` was mostly start-up:
importing typer and building the command cost about a fifth of Apertium's own
run on 49 lines, more than the 1.3× goal leaves (issue 16, bench/mt_apertium.py).
`workbench.cli.main` therefore hands ``translate`` to `run` first. `parse` reads
the arguments only when each is one it reads exactly as typer does (the same
values: tests/test_cli_mt.py holds it to typer's own parse, case by case and
as a Hypothesis property); anything else (``--help``, ``--format``, an option
given twice, ``--opt=`` forms typer would refuse, a value that is no language
code) gives None, and typer runs the command with its own usage errors. The
work itself, `translate_lines` and `partial_failure`, is the typer command's
too, so the two paths cannot drift apart in what they print.

Nothing here imports typer, click or an engine's modules before they are used
(tests/test_startup.py).
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from workbench.cli.progress import progress_bar
from workbench.model import BadValue, EngineError, Translation, WorkbenchError
from workbench.wording import counted, plural


class EngineChoice(StrEnum):
    """The engines ``--engine`` names: workbench.translate.registry.ENGINES."""

    ARGOS = "argos"
    APERTIUM = "apertium"


MODELS_DIR_ENV = "ARGOS_PACKAGES_DIR"


@dataclass(frozen=True)
class Request:
    """The parameters of `workbench.cli.mt.translate`, by the same names, output plain lines."""

    text: str | None = None
    src: str = "fr"
    tgt: str = "en"
    engine: EngineChoice | None = None
    models_dir: Path | None = None
    glossary: Path | None = None


# The options read here, and the field each fills. `--format`/`-f` is left to typer
# (its table output needs rich and the rows' formatter).
_OPTIONS = {
    "--from": "src",
    "--to": "tgt",
    "--engine": "engine",
    "--models-dir": "models_dir",
    "--glossary": "glossary",
}


def parse(args: Sequence[str], environ: Mapping[str, str]) -> Request | None:
    """The request ``workbench translate ARGS`` makes, or None when typer should read ``args``.

    ``args`` are the words after ``translate``; ``environ`` supplies
    ``ARGOS_PACKAGES_DIR`` when ``--models-dir`` is not given, as typer's option does.
    """
    text: str | None = None
    given: dict[str, str] = {}
    at = 0
    while at < len(args):
        arg = args[at]
        if arg == "-" or not arg.startswith("-"):
            if text is not None:
                return None  # an extra argument: typer's usage error
            text, at = arg, at + 1
            continue
        name, eq, value = arg.partition("=")
        field = _OPTIONS.get(name)
        if field is None or field in given:
            return None
        if not eq:
            if at + 1 == len(args):
                return None  # a missing value: typer's usage error
            value, at = args[at + 1], at + 2
        else:
            at += 1
        if value.startswith("-") and value != "-":
            return None  # typer may take it as an option
        given[field] = value
    try:
        return Request(
            text,
            _language(given.get("src", "fr")),
            _language(given.get("tgt", "en")),
            _engine(given.get("engine")),
            _path(
                given["models_dir"]
                if "models_dir" in given
                else environ.get(MODELS_DIR_ENV) or None
            ),
            _path(given.get("glossary")),
        )
    except _LeftToTyper:
        return None


class _LeftToTyper(Exception):
    """A value typer refuses: it says so itself, in its own words."""


def _language(value: str) -> str:
    """`workbench.cli.common.language_tag`'s value for ``value``."""
    from workbench.langtags import normalize

    tag = normalize(value)
    primary = tag.partition("-")[0]
    if not (2 <= len(primary) <= 3 and primary.isascii() and primary.isalpha()):
        raise _LeftToTyper(value)
    return tag


def _engine(value: str | None) -> EngineChoice | None:
    """The engine typer's case-insensitive choice gives."""
    if value is None:
        return None
    for engine in EngineChoice:
        if engine.value.casefold() == value.casefold():
            return engine
    raise _LeftToTyper(value)


def _path(value: str | None) -> Path | None:
    """typer's path value: no check but that what exists is readable."""
    if value is None:
        return None
    path = Path(value)
    if os.path.exists(path) and not os.access(path, os.R_OK):
        raise _LeftToTyper(value)
    return path


def translate_lines(
    lines: list[str],
    request: Request,
) -> tuple[list[Translation], WorkbenchError | None]:
    """Every line's translation, or those made before the engine failed and its error.

    Raises `WorkbenchError` when no engine serves the pair or the glossary is unreadable.
    """
    # deferred for start-up time (ctranslate2, sentencepiece)
    from workbench.translate import CachedTranslator, MemoryCache, Translator, get_translator
    from workbench.translate.base import CALL_SIZE, close_translator

    translator: Translator = CachedTranslator(
        get_translator(request.src, request.tgt, request.engine, request.models_dir),
        MemoryCache(),
    )
    if request.glossary is not None:
        from workbench.translate.glossary import GlossaryTranslator, read_glossary

        translator = GlossaryTranslator(
            translator, read_glossary(request.glossary, request.src, request.tgt)
        )
    results: list[Translation] = []
    try:
        with progress_bar("Translating", len(lines)) as advance:
            for start in range(0, len(lines), CALL_SIZE):
                try:
                    part = translator.translate_batch(lines[start : start + CALL_SIZE])
                except WorkbenchError as err:
                    return results, err
                results += part
                advance(len(part))
    finally:
        # Apertium's pipeline is stopped and waited for here, not by the exit
        close_translator(translator)
    return results, None


def partial_failure(failure: WorkbenchError, done: int, total: int) -> EngineError:
    """The error for an engine that failed after translating the first ``done`` lines."""
    rest = f"line {total}" if total - done == 1 else f"lines {done + 1}–{total}"
    return EngineError(
        f"{failure} — the first {done} of {counted(total, 'line')} {plural(done, 'was', 'were')} "
        f"translated and printed; {rest} {plural(total - done, 'was', 'were')} not"
    )


def input_lines(text: str | None) -> list[str]:
    """The lines to translate: TEXT, or stdin's lines for ``-``."""
    if text is None:
        raise BadValue("nothing to translate: give TEXT, or - to read stdin")
    return sys.stdin.read().splitlines() if text == "-" else [text]


def run(args: Sequence[str]) -> int | None:
    """``workbench translate ARGS`` without typer: the exit code, or None if typer must run it.

    Prints as the typer command does: one line per translation, ``error: …`` and
    exit 1 for a library error (2 for a `BadValue`), exit 130 on Ctrl-C, exit 1
    quietly on a closed pipe.
    """
    request = parse(args, os.environ)
    if request is None:
        return None
    try:
        lines = input_lines(request.text)
        results, failure = translate_lines(lines, request)
        if failure is not None and not results:
            raise failure
        sys.stdout.writelines(f"{result.text}\n" for result in results)
        sys.stdout.flush()
        if failure is not None:
            raise partial_failure(failure, len(results), len(lines))
    except WorkbenchError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2 if isinstance(exc, BadValue) else 1  # 2: a usage error, as typer's
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        return _closed_pipe()
    return 0


def _closed_pipe() -> int:
    """Exit 1 without a word when the reader of stdout went away (as click does)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # the interpreter's last flush then fails silently
    return 1
