"""The debris benchmark (bench/debris.py) and its labelled pages, loaded once per test run
for every test that reads them (`tests/test_debris_pages.py`, `_threshold`, `_subject`,
`_credits`, `_tail`, `_commerce`): the script is no package, and its pages take seconds to read.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH = Path(__file__).resolve().parent.parent / "bench" / "debris.py"


@cache
def bench() -> ModuleType:
    """bench/debris.py as the module ``bench_debris``, registered before it runs: its
    dataclasses look their module up by name."""
    spec = importlib.util.spec_from_file_location("bench_debris", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@cache
def _pages() -> tuple[Any, ...]:
    return tuple(bench().load_pages())


def labelled_pages() -> list[Any]:
    """Every labelled page as the benchmark reads it. Each call's pages are its own (a test
    may give them their site's lines) over the same blocks and gold lines, which none changes."""
    return [dataclasses.replace(page) for page in _pages()]
