"""Run and measure one bench step in a process of its own, as the TMX benches do.

A run in its own process has its own peak memory (``ru_maxrss`` only ever
grows) and its own CPU time, whatever ran before it. The parent calls
:func:`in_child` with the script's ``--child`` arguments; the child does its
imports, then :func:`measure` around the work, and prints one JSON line.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")


def measure(work: Callable[[], T]) -> tuple[T, dict[str, float]]:
    """``work()`` and its figures: wall and CPU (user + system) seconds, and the peak
    resident memory (MB) before it started and once it ended."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return result, {
        "seconds": seconds,
        "cpu_seconds": usage.ru_utime + usage.ru_stime - cpu_before,
        "baseline_mb": before / 1024,
        "peak_mb": usage.ru_maxrss / 1024,
    }


def in_child(
    script: str, args: Sequence[str], env: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Run ``script --child ARGS`` in a new interpreter; the JSON line it printed last."""
    result = subprocess.run(
        [sys.executable, script, "--child", *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=None if env is None else dict(env),
    )
    row: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return row
