"""What every command shares: output formats, progress, the store option.

Commands stay thin: parse options, call the library, hand rows to `emit`.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

# re-exported: the commands take them from here
from workbench.cli.progress import Bar as Bar
from workbench.cli.progress import progress_bar as progress_bar
from workbench.formats.delimited import write_tsv
from workbench.naming import shell_word
from workbench.store.engine import DEFAULT_DB

if TYPE_CHECKING:
    from workbench.model import InputError
    from workbench.store import Store


class OutputFormat(StrEnum):
    """How a command prints its rows."""

    TABLE = "table"
    JSON = "json"
    TSV = "tsv"


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="WORKBENCH_DB",
        help=f"Database URL or SQLite file (default: ./{DEFAULT_DB}).",
        show_default=False,
    ),
]


def actor_name(actor: str) -> str:
    """--by's name, stripped; one line when it is empty."""
    if not actor.strip():
        raise typer.BadParameter("--by names who runs the command: give a name, such as nightly")
    return actor.strip()


def reviewer_filter(name: str | None) -> str | None:
    """--reviewer's name where it chooses whose work to list, stripped; one line when it
    is empty (an empty name matched nobody, and the command said nothing was there)."""
    if name is None:
        return None
    if not name.strip():
        raise typer.BadParameter("--reviewer names whose work to list: give a name, such as ben")
    return name.strip()


def source_date() -> datetime | None:
    """The date an exported file says it was written: SOURCE_DATE_EPOCH (seconds since 1970,
    UTC; reproducible-builds.org) when set, so that two exports of one store are the same
    bytes; None (the time of writing) otherwise. A value that is no whole number of seconds
    is a usage error (exit 2)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise typer.BadParameter(
            f"SOURCE_DATE_EPOCH is {value!r}: give whole seconds since 1970, such as 1767225600"
        )
    return datetime.fromtimestamp(int(value), UTC)


# Who a command's events are signed by in the history when no reviewer acts: a script
# signs its own (newcomer26: a nightly run's log read just "cli", like anyone's command).
# Not --as: `restore --as heading` names a kind.
ActorOption = Annotated[
    str,
    typer.Option(
        "--by",
        envvar="WORKBENCH_ACTOR",
        callback=actor_name,
        help="The name the history gives this command's events (a script: --by nightly, "
        "or WORKBENCH_ACTOR=nightly for every command it runs).",
    ),
]


_FORMAT_HELP = "Output format: table, json or tsv."
FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help=_FORMAT_HELP, case_sensitive=False),
]
# The same option for commands whose default output is plain lines, not rows.
LinesFormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help=f"{_FORMAT_HELP} Default: plain lines.",
        case_sensitive=False,
        show_default=False,
    ),
]


def language_tag(value: str | None) -> str | None:
    """A language option's value as the store writes tags: ``EN`` → ``en``, ``fr_FR`` → ``fr-FR``.

    The set of languages is open, but a value that is no language code at all
    (``english``) is a usage error, exit 2, like a bad ``--format``.
    """
    if value is None:
        return None
    from workbench.langtags import normalize

    tag = normalize(value)
    primary = tag.partition("-")[0]
    if not (2 <= len(primary) <= 3 and primary.isascii() and primary.isalpha()):
        raise typer.BadParameter(
            f"{value!r} is not a language code: use a code such as fr, en, es or de"
        )
    return tag


def score_value(value: float | None) -> float | None:
    """A score or threshold option's value, checked: a finite number from 0 to 1.

    Every score the workbench gives lies in [0, 1], so ``2`` would leave out every
    scored bead and ``nan`` none; both are usage errors, exit 2, like a bad ``--format``.
    """
    if value is not None and not 0.0 <= value <= 1.0:  # nan fails both comparisons
        raise typer.BadParameter(f"{value} is not a score: give a number from 0 to 1")
    return value


def beads_listing(doc: str, to: str | None) -> str:
    """The command that lists a document's beads by their numbers, for a message."""
    return f"`workbench beads {shell_word(doc)}{f' --to {to}' if to else ''}`"


def no_bead(number: int, count: int, listing: str) -> InputError:
    """The error for a bead number past the end of an alignment of ``count`` beads."""
    from workbench.model import InputError

    return InputError(
        f"there is no bead {number}: the alignment has {count}, numbered 1 to {count} "
        f"as {listing} shows them"
    )


def open_store(db: str | None) -> Store:
    """Open (and migrate if needed) the store named by --db / WORKBENCH_DB."""
    from workbench.store import Store  # deferred for start-up time (SQLAlchemy)

    return Store.open(db)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, Mapping):  # counts by reason: "empty target: 2, …"
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, list | tuple) and any(isinstance(v, Mapping) for v in value):
        return json.dumps(value, ensure_ascii=False, default=_json_default)  # rows in a cell
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    return str(value)


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    return str(value)


def emit(
    rows: Sequence[Mapping[str, Any]],
    fmt: OutputFormat,
    columns: Sequence[str] | None = None,
    *,
    title: str | None = None,
) -> None:
    """Print rows as a rich table, a JSON list, or TSV with a header line."""
    cols = list(columns) if columns is not None else list(rows[0]) if rows else []
    if fmt is OutputFormat.JSON:
        payload = [{c: row.get(c) for c in cols} for row in rows]
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2, default=_json_default))
    elif fmt is OutputFormat.TSV:
        typer.echo(tsv_text(rows, cols), nl=False)
    else:
        from rich.console import Console  # deferred for start-up time
        from rich.table import Table
        from rich.text import Text

        table = Table(title=title, show_lines=False)
        for c in cols:
            table.add_column(c, overflow="fold")
        for row in rows:
            # Text, not a string: a reviewer's "[ana-edit]" is not rich's markup (newcomer22)
            table.add_row(*(Text(_cell(row.get(c))) for c in cols))
        # In a pipe or a file, rows are not folded at 80 columns: a folded document
        # name cannot be copied back into a command.
        Console(width=None if sys.stdout.isatty() else PIPE_WIDTH).print(table)


# Wide enough that no table row folds when the output is not a terminal.
PIPE_WIDTH = 100_000


def tsv_text(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    """Rows as `emit` prints them with -f tsv: a header line, then one line a row, each
    ending in ``\n`` (cells escaped by `formats.delimited`)."""
    cols = list(columns) if columns is not None else list(rows[0]) if rows else []
    buffer = io.StringIO()
    write_tsv(buffer, cols, ([_cell(row.get(c)) for c in cols] for row in rows))
    return buffer.getvalue()


def fail(message: str) -> typer.Exit:
    """Print a clean error and return the Exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(1)
