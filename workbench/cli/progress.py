"""A progress bar on a terminal; in a pipe, a line now and then: `progress_bar`.

A job piped into a log (a nightly script, `… 2>&1 | tee log`) used to say nothing for its
whole run: a 30 MB text took 15 minutes in silence (newcomer28). In a pipe, a job that
lasts longer than `PIPE_EVERY` seconds writes one line to stderr every `PIPE_EVERY`
seconds ("Ingesting gros.fr.txt: 120,000 of 387,497 (31%), gros.fr.txt: splitting
sentences 5,000, 2 min 30 s"); a short one stays silent, as before.

Kept apart from `workbench.cli.common` so that a command run without typer
(`workbench.cli.translating`) draws the same bar.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

PIPE_EVERY = 30.0  # seconds between two progress lines in a pipe


class _Heartbeat:
    """The counts a piped job has reached, written to stderr as one line every
    `PIPE_EVERY` seconds (none in a job shorter than that)."""

    def __init__(self, description: str, total: int | None) -> None:
        self.description, self.total, self.done = description, total, 0
        self.step: tuple[str, int | None] | None = None
        self.step_done = 0
        self.started = self._last = time.monotonic()

    def advance(self, n: int, *, in_step: bool = False) -> None:
        if in_step:
            self.step_done += n
        else:
            self.done += n
        now = time.monotonic()
        if now - self._last >= PIPE_EVERY:
            self._last = now
            print(self.line(now - self.started), file=sys.stderr, flush=True)

    def line(self, elapsed: float) -> str:
        """The progress line after ``elapsed`` seconds: ``Ingesting a.txt: 3 of 10 (30%),
        a.txt: splitting sentences 1,200 of 5,000, 2 min 5 s``."""
        parts = [f"{self.description}: {_count(self.done, self.total)}"]
        if self.step is not None:
            step, total = self.step
            counted = total is not None or self.step_done  # "storing 12 segments" has no count
            parts.append(f"{step} {_count(self.step_done, total)}" if counted else step)
        minutes, seconds = divmod(round(elapsed), 60)
        parts.append(f"{minutes} min {seconds} s" if minutes else f"{seconds} s")
        return ", ".join(parts)


def _count(done: int, total: int | None) -> str:
    if not total:
        return f"{done:,}"
    return f"{done:,} of {total:,} ({done / total:.0%})"


class Bar:
    """What `progress_bar` yields: call it to advance; `set_total` once the size is known;
    `step` to say, on a line of its own, what the current item is doing."""

    def __init__(
        self, progress: Any = None, task: Any = None, heartbeat: _Heartbeat | None = None
    ) -> None:
        self._progress, self._task = progress, task
        self._step: Any = None
        self._heartbeat = heartbeat

    def __call__(self, n: int = 1) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, n)
        elif self._heartbeat is not None:
            self._heartbeat.advance(n)

    def set_total(self, total: int) -> None:
        if self._progress is not None:
            self._progress.update(self._task, total=total)
        elif self._heartbeat is not None:
            self._heartbeat.total = total

    def step(self, description: str, total: int | None = None) -> Callable[[int], None]:
        """Show ``description`` under the bar, with its own count of ``total`` when known
        (a long file's blocks); return the function that advances that count."""
        progress = self._progress
        if progress is None:
            beat = self._heartbeat
            if beat is None:
                return _stay_quiet
            beat.step, beat.step_done = (description, total), 0

            def advance_piped(n: int = 1) -> None:
                beat.advance(n, in_step=True)

            return advance_piped
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
    """Yield a `Bar`; draw it on a terminal; in a pipe, write a line every `PIPE_EVERY`
    seconds once the job has run that long."""
    if not sys.stderr.isatty():
        yield Bar(heartbeat=_Heartbeat(description, total))
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
