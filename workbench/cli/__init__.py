"""The `workbench` command line: a thin shell over `workbench.pipeline`.

Each feature module registers its own commands; `shell.Group` turns library
errors into one clean message and exit code 1, usage errors into one line and
exit code 2. Help is click's plain text (``rich_markup_mode=None``): rich's
help rendering would triple the start-up time of ``workbench --help``
(bench/cli_startup.py).

``workbench COMMAND …`` imports and builds only the module that registers
COMMAND (`MODULES`): the other modules and their click commands cost
about 40 ms of CPU, a fifth of Apertium's own run on a paragraph (issue 16,
bench/mt_apertium.py). ``workbench --help``, an unknown command and `app`
(the tests' runner) have every command. ``workbench translate`` with plain
arguments runs without typer at all (`workbench.cli.translating`).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer

# Each top-level command or group, and the module under workbench.cli that registers it;
# tests/test_cli.py checks this against the commands the modules register.
MODULES: dict[str, str] = {
    "ingest": "documents",
    "docs": "documents",
    "segments": "documents",
    "align": "alignment",
    "beads": "alignment",
    "confirm": "alignment",
    "reject": "alignment",
    "unpair": "alignment",
    "align-files": "files",
    "align-batch": "files",
    "sentences": "files",
    "export": "exchange",
    "import": "exchange",
    "import-tmx": "exchange",
    "translate": "mt",
    "models": "mt",
    "fill": "fill",
    "qa": "quality",
    "score": "quality",
    "restore": "debris",
    "history": "history",
    "status": "status",
    "dealt-with": "status",
    "copy-store": "copying",
}
_ORDER = (
    "documents",
    "alignment",
    "files",
    "exchange",
    "mt",
    "fill",
    "quality",
    "debris",
    "history",
    "status",
    "copying",
)


def _root() -> None:
    """Bilingual translation and alignment workbench for French texts."""
    # A callback keeps the app a group whatever it holds: typer makes an app with one
    # command (`restore` alone) that command itself, which would take `restore` as its
    # first argument.


def build(modules: Iterable[str] = _ORDER) -> typer.Typer:
    """The command line with the commands of ``modules`` (names in `MODULES`), in help order."""
    import typer

    from workbench.cli.outcome import EXIT_CODES
    from workbench.cli.shell import Group

    app = typer.Typer(
        name="workbench",
        cls=Group,
        callback=_root,
        help="Bilingual translation and alignment workbench for French texts.",
        epilog=EXIT_CODES,
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )
    score_app = typer.Typer(
        help="Quality scores: alignment F1, MT metrics (BLEU, chrF, TER).",
        no_args_is_help=True,
        rich_markup_mode=None,
    )
    wanted = set(modules)
    if "quality" in wanted:
        app.add_typer(score_app, name="score")
    for name in _ORDER:
        if name in wanted:
            importlib.import_module(f"workbench.cli.{name}").register(app, score_app)
    return app


@cache
def _full() -> typer.Typer:
    return build()


def __getattr__(name: str) -> typer.Typer:
    if name == "app":  # the whole command line, built on first use
        return _full()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Entry point of the `workbench` script."""
    first = sys.argv[1] if len(sys.argv) > 1 else None
    if first == "translate":
        from workbench.cli.translating import run

        code = run(sys.argv[2:])
        if code is not None:
            sys.exit(code)
    module = MODULES.get(first) if first is not None else None
    (build([module]) if module is not None else _full())()
