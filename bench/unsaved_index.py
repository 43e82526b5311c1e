"""What finding a tab's unsaved texts costs among 100k rows, before and after migration 0009
(the ``unsaved_texts (reviewer, client)`` index), on SQLite and on PostgreSQL.

The table's key begins with the alignment and the bead; each ``unsaved`` event and each
20 s beat of a tab marks its rows heard from (``UPDATE … WHERE reviewer AND client``), and a
page opened anew reads the reviewer's tabs heard from lately and their texts. The store is
filled with ``--rows`` texts (``--reviewers`` reviewers, 4 tabs each, over 10 alignments),
then each lookup runs ``--runs`` times at 0008 (the index dropped by the downgrade) and at
0009, in turn, on one reviewer's tab; the table gives the medians in milliseconds (wall).
PostgreSQL is a throwaway cluster (tests/pg_cluster.py, as the tests run it: fsync off),
analysed after the fill.

Run: .venv/bin/python bench/unsaved_index.py [--rows 100000] [--reviewers 500] [--runs 30]
[--kinds sqlite postgresql]
Writes bench/results/unsaved_index.md and prints it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from databases import aligned, database  # noqa: E402

from workbench.store import Store, dialect  # noqa: E402
from workbench.store import engine as store_engine  # noqa: E402
from workbench.store.schema import UnsavedTextRow  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "unsaved_index.md"
TABS = 4
ALIGNMENTS = 10


def fill(store: Store, rows: int, reviewers: int) -> list[int]:
    """``rows`` unsaved texts spread over reviewers, their tabs, alignments and beads."""
    aids = [aligned(store, f"d{n}", 3) for n in range(ALIGNMENTS)]
    now = datetime(2026, 12, 1, 12)
    per_tab = max(1, rows // (reviewers * TABS))
    values = [
        {"alignment_id": aids[k % ALIGNMENTS], "bead_id": k,
         "reviewer": f"r{k // (per_tab * TABS)}", "client": f"t{(k // per_tab) % TABS}",
         "version": 1, "base_fr": "Avant.",
         "base_cp": "Antes.", "fr": "Texte.", "cp": "Antes.", "typed_at": k, "updated_at": now}
        for k in range(rows)
    ]  # fmt: skip
    with store.transaction() as s:
        for start in range(0, rows, 5000):
            s.execute(insert(UnsavedTextRow), values[start : start + 5000])
    if not store.is_sqlite:
        with store.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(
                text("ANALYZE unsaved_texts")
            )
    return aids


def migrate(url: str, revision: str) -> None:
    from alembic import command

    engine = store_engine.make_engine(url)
    config = store_engine.alembic_config(url)
    with dialect.writer(engine).begin() as conn:
        config.attributes["connection"] = conn
        if revision == "0008":
            command.downgrade(config, revision)
        else:
            command.upgrade(config, revision)
    engine.dispose()


def lookups(store: Store, aids: list[int]) -> dict[str, Callable[[], object]]:
    reviewer, since = "r7", datetime(2026, 12, 1)
    return {
        "heard_from (UPDATE a tab's rows)": lambda: store.heard_from(reviewer, "t2"),
        "tabs_heard_since": lambda: store.tabs_heard_since(reviewer, since),
        "unsaved (a reviewer's texts)": lambda: store.unsaved(reviewer, aids),
    }


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000


def measure(url: str, runs: int) -> dict[tuple[str, str], float]:
    """Median ms of each lookup at each revision, the revisions taken in turn."""
    found: dict[tuple[str, str], list[float]] = {}
    for _ in range(2):  # each revision twice, in turn, so a drifting load weighs on both
        for revision in ("0008", "0009"):
            migrate(url, revision)  # 0008: the downgrade drops the index
            # the previous release's schema, as it is: Store.open would migrate it
            store = Store(store_engine.make_engine(url), url)
            try:
                aids = [a.id for d in store.documents() for a in store.alignments(d.id)]
                for name, run in lookups(store, aids).items():
                    run()  # warm
                    found.setdefault((name, revision), []).extend(timed(run) for _ in range(runs))
            finally:
                store.close()
    return {key: statistics.median(times) for key, times in found.items()}


def report(args: argparse.Namespace) -> str:
    lines = ["# Finding a tab's unsaved texts: migration 0009's index", "",
             "`bench/unsaved_index.py`", ""]  # fmt: skip
    for kind in args.kinds:
        with (
            tempfile.TemporaryDirectory() as folder,
            database(kind, Path(folder), "unsaved") as url,
        ):
            store = Store.open(url)
            try:
                fill(store, args.rows, args.reviewers)
            finally:
                store.close()
            medians = measure(url, args.runs)
        lines += [f"### {kind}", "",
                  f"{args.rows} rows, {args.reviewers} reviewers × {TABS} tabs; median ms of "
                  f"{2 * args.runs} runs", "",
                  "| lookup | 0008 (no index) | 0009 (index) | ratio |",
                  "|---|---|---|---|"]  # fmt: skip
        for name in dict.fromkeys(name for name, _ in medians):
            before, after = medians[(name, "0008")], medians[(name, "0009")]
            lines.append(f"| {name} | {before:.2f} | {after:.2f} | {before / after:.0f}× |")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--reviewers", type=int, default=500)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--kinds", nargs="+", default=["sqlite", "postgresql"])
    text_ = report(parser.parse_args())
    RESULTS.write_text(text_ + "\n", encoding="utf-8")
    print(text_)


if __name__ == "__main__":
    main()
