"""`workbench copy-store`: a whole store, its history with it, into another empty one."""

from __future__ import annotations

from typing import Annotated

import typer

from workbench.cli.common import DbOption, FormatOption, OutputFormat, emit
from workbench.store.engine import resolve_url, sqlite_file


def register(app: typer.Typer, score_app: typer.Typer) -> None:
    """Add `copy-store` to the CLI."""
    app.command("copy-store")(copy_store)


def copy_store(
    target: Annotated[
        str,
        typer.Argument(
            help="The empty database to copy into: a new SQLite file, or the URL of an "
            "empty PostgreSQL database (postgresql+psycopg://user@host/name).",
            show_default=False,
        ),
    ],
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
) -> None:
    """Copy the whole store (--db) into an empty one: every document, bead and event of
    the history, ids kept, SQLite and PostgreSQL either way.

    The source is read as it stood when the copy began (reviewers may go on working);
    the target is written in one transaction: killed half-way, it holds no row and the
    copy can be run again. A target that holds any row is refused, nothing written.
    Afterwards `beads` and `history` print the same on both.
    """
    from workbench.store.copying import check_copy  # deferred for start-up time
    from workbench.store.copying import copy_store as copy

    check_copy(db or "", target)  # a missing source is said before "copying … into …"
    typer.echo(f"copying {_shown(db)} into {_shown(target)}", err=True)
    counts = copy(db or "", target, _progress)
    rows = [{"table": name, "rows": n} for name, n in counts.items()]
    emit(rows, fmt, ["table", "rows"], title=f"copied into {_shown(target)}")


def _progress(table: str, done: int, total: int) -> None:
    """A line per table and per 50,000 rows: a script's log shows where a long copy is."""
    if done == total or (done and done % 50_000 < 2_000):
        typer.echo(f"  {table}: {done:,} of {total:,} rows", err=True)


def _shown(db: str | None) -> str:
    """A database as messages name it: the URL without its password."""
    from sqlalchemy import make_url  # deferred for start-up time

    url = resolve_url(db)
    path = sqlite_file(url)
    return str(path) if path else make_url(url).render_as_string(hide_password=True)
