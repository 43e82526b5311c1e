"""The `workbench` command line: a thin shell over `workbench.pipeline`.

Each feature module registers its own commands; `main()` turns library
errors into one clean message and exit code 1.
"""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from workbench.cli import alignment, documents, exchange, mt, quality
from workbench.model import WorkbenchError


class _Group(TyperGroup):
    """Turns library errors into one clean message and exit code 1."""

    def invoke(self, ctx: Any) -> Any:  # a click Context (typer vendors click)
        try:
            return super().invoke(ctx)
        except WorkbenchError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None


app = typer.Typer(
    name="workbench",
    cls=_Group,
    help="Bilingual translation and alignment workbench for French texts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
score_app = typer.Typer(
    help="Quality scores: alignment F1, MT metrics (BLEU, chrF, TER).",
    no_args_is_help=True,
)
app.add_typer(score_app, name="score")

for _module in (documents, alignment, exchange, mt, quality):
    _module.register(app, score_app)


def main() -> None:
    """Entry point of the `workbench` script."""
    app()
