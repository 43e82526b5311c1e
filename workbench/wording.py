"""Counts in messages, in words: ``1 gap``, ``2 gaps``, never ``gap(s)``.

Pure, and shared by every layer that speaks to people (the CLI, the app, the
errors the pipeline and the store raise).
"""

from __future__ import annotations


def plural(n: int, noun: str, many: str | None = None) -> str:
    """``noun`` for one, else ``many`` (default: ``noun`` + "s"): ``segment``, ``segments``."""
    return noun if n == 1 else many or f"{noun}s"


def counted(n: int, noun: str, many: str | None = None) -> str:
    """``n`` and its noun in the right number: ``1 gap``, ``0 gaps``, ``2 MT drafts``."""
    return f"{n} {plural(n, noun, many)}"


def spans(numbers: list[int] | tuple[int, ...]) -> str:
    """Sorted whole numbers as runs: ``[3, 7, 8, 9]`` → ``3, 7-9`` (bead numbers in a line)."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)
