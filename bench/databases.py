"""Throwaway stores for the benches that measure the store on SQLite and on PostgreSQL
(bench/unsaved_index.py, bench/app_liveness.py): built the same way, so that their
figures compare.

PostgreSQL is a throwaway cluster (tests/pg_cluster.py, as the tests run it: fsync off,
unless ``settings`` say otherwise).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import pg_cluster  # noqa: E402
from tests.parallel_fixture import gold_beads, store_parallel  # noqa: E402
from workbench.store import Store  # noqa: E402


@contextmanager
def database(kind: str, folder: Path, name: str, settings: Sequence[str] = ()) -> Iterator[str]:
    """The URL of a new empty database ``name`` of ``kind`` ("sqlite": a file in ``folder``,
    "postgresql": a cluster's, after ``settings``, ``ALTER SYSTEM`` statements), gone
    afterwards."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / f'{name}.db'}"
        return
    cluster = pg_cluster.start()
    try:
        if settings:
            with cluster.connect() as conn:  # type: ignore[attr-defined]
                for setting in settings:
                    conn.execute(setting)
                conn.execute("SELECT pg_reload_conf()")
        yield cluster.create_database(name)
    finally:
        cluster.stop()


def aligned(store: Store, name: str, beads: int) -> int:
    """The id of the alignment of a document ``name`` of ``beads`` gold beads with its German
    side, stored in ``store``."""
    return store_parallel(store, name, gold_beads(beads), cp_lang="de").id
