"""The `workbench` command line: a thin shell over `workbench.pipeline`.

Each feature module registers its own commands; `shell.Group` turns library
errors into one clean message and exit code 1, usage errors into one line and
exit code 2. Help is click's plain text (``rich_markup_mode=None``): rich's
help rendering would triple the start-up time of ``workbench --help``
(bench/cli_startup.py).
"""

from __future__ import annotations

import typer

from workbench.cli import alignment, debris, documents, exchange, mt, quality
from workbench.cli.shell import Group

app = typer.Typer(
    name="workbench",
    cls=Group,
    help="Bilingual translation and alignment workbench for French texts.",
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
app.add_typer(score_app, name="score")

for _module in (documents, alignment, exchange, mt, quality, debris):
    _module.register(app, score_app)


def main() -> None:
    """Entry point of the `workbench` script."""
    app()
