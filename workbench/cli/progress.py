"""A progress bar on a terminal, silence in a pipe: `progress_bar`.

Kept apart from `workbench.cli.common` so that a command run without typer
(`workbench.cli.translating`) draws the same bar.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


class Bar:
    """What `progress_bar` yields: call it to advance; `set_total` once the size is known;
    `step` to say, on a line of its own, what the current item is doing."""

    def __init__(self, progress: Any = None, task: Any = None) -> None:
        self._progress, self._task = progress, task
        self._step: Any = None

    def __call__(self, n: int = 1) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, n)

    def set_total(self, total: int) -> None:
        if self._progress is not None:
            self._progress.update(self._task, total=total)

    def step(self, description: str, total: int | None = None) -> Callable[[int], None]:
        """Show ``description`` under the bar, with its own count of ``total`` when known
        (a long file's blocks); return the function that advances that count."""
        progress = self._progress
        if progress is None:
            return _stay_quiet
        if self._step is not None:  # a new task, so that its count and clock start afresh
            progress.remove_task(self._step)
        step = self._step = progress.add_task(description, total=total)

        def advance(n: int = 1) -> None:
            progress.advance(step, n)

        return advance


def _stay_quiet(_n: int = 1) -> None:
    return None


@contextmanager
def progress_bar(description: str, total: int | None) -> Iterator[Bar]:
    """Yield a `Bar`; draw it on a terminal, stay silent in pipes."""
    if not sys.stderr.isatty():
        yield Bar()
        return
    from rich.console import Console  # deferred for start-up time
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        yield Bar(progress, progress.add_task(description, total=total))
