"""Exporting a million units to TMX: our streaming writer against translate-toolkit's.

Run: .venv/bin/python bench/tmx_export.py [--sizes 100000,1000000]
     .venv/bin/python bench/tmx_export.py --from-store 100000 [--before /path/to/checkout]

Each (writer, size) runs in its own subprocess so that its peak memory
(``ru_maxrss``) is its own. The units are generated lazily, the same for
both writers, so the memory measured is the writer's. Our writer also puts
five props, two dates and two ids on every unit; translate-toolkit's
``addtranslation`` only writes the two segments. A last subprocess times
the steps of our writer apart (CPU per unit).
Writes bench/results/tmx_export.md (and .png) and prints the table.

``--from-store N`` measures what ``workbench export`` does instead: the
export of a document of N units imported from a TMX (`export_documents`,
reading beads a page at a time and the imported unit ids a chunk at a time),
its peak RSS and CPU, each run in its own process; with ``--before`` the same
export by another checkout (e.g. main) from the same database, side by side.
Writes bench/results/tmx_export_store.md.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from measure import in_child, measure

if TYPE_CHECKING:
    from workbench.model import TranslationUnit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
WRITERS = ("workbench", "translate-toolkit")
BREAKDOWN_UNITS = 200_000
FLAT_MB = 10  # peak growth from the smallest size to the largest that still counts as flat


def units(n: int, marked: bool = False) -> Iterator[TranslationUnit]:
    """The units both writers get; ``marked``: every segment also needs escaping."""
    from workbench.model import TranslationUnit

    when = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    # Quotes and ampersands to escape, and no-break spaces (French typography)
    # that send the illegal-character check down its slower path.
    more = (' dijo: «\xa0R&D <sí>\xa0» y "no"', ' a-t-il dit\xa0: «\xa0R&D <oui>\xa0» et "non"')
    if not marked:
        more = ("", "")
    for i in range(n):
        yield TranslationUnit(
            tuid=f"004:{i}",
            source=f"El presidente ruso Vladimir Putin aterrizó en Corea del Norte el {i} de junio"
            + more[0],
            target=f"Le président russe Vladimir Poutine a atterri en Corée du Nord le {i} juin."
            + more[1],
            source_lang="es",
            target_lang="fr",
            origin="auto:vecalign",
            status="confirmed",
            score=(i % 997) / 997,  # alignment scores and review dates vary from bead to bead
            document="004_c5001f9aa01043f8",
            reviewer="ana",
            created=when,
            changed=when + timedelta(seconds=i),
        )


def write_ours(n: int, path: Path, marked: bool) -> None:
    from workbench.formats.tmx import write_tmx

    report = write_tmx(units(n, marked), path)
    assert report.written == n


def write_translate_toolkit(n: int, path: Path, marked: bool) -> None:
    from translate.storage.tmx import tmxfile

    store = tmxfile(sourcelanguage="es", targetlanguage="fr")
    for unit in units(n, marked):
        store.addtranslation(unit.source, "es", unit.target, "fr")
    with path.open("wb") as handle:
        store.serialize(handle)


def child(writer: str, n: int, path: Path) -> None:
    """Measure one run in this process and print it as JSON; ``writer:marked`` for marked text."""
    writer, _, text = writer.partition(":")
    import translate.storage.tmx  # noqa: F401  (imports before the baseline, for both)

    import workbench.formats.tmx  # noqa: F401

    _, figures = measure(
        lambda: (write_ours if writer == "workbench" else write_translate_toolkit)(
            n, path, text == "marked"
        )
    )
    tus = count_units(path)
    print(
        json.dumps(
            {
                "writer": writer,
                "text": text or "plain",
                "units": n,
                **figures,
                "file_mb": path.stat().st_size / 1e6,
                "tus_in_file": tus,
            }
        )
    )


def breakdown(n: int, path: Path) -> None:
    """CPU per unit of each step of our writer, on units built beforehand; print as JSON."""
    from workbench.formats.tmx import _TuRenderer, write_tmx
    from workbench.formats.units import ExportOptions, Selector

    def cpu(work: Callable[[], object]) -> float:
        best = float("inf")
        for _ in range(3):  # the least disturbed of three runs, on a shared machine
            start = time.process_time()
            work()
            best = min(best, time.process_time() - start)
        return best / n * 1e6

    built = list(units(n))
    selector, render = Selector(ExportOptions()), _TuRenderer(("es", "fr"))
    steps = {
        "building the units (the bench's, both writers pay it)": cpu(lambda: list(units(n))),
        "selection and cleaning (`Selector.select`)": cpu(
            lambda: list(map(selector.select, built))
        ),
        "formatting the `<tu>` strings": cpu(lambda: list(map(render, built))),
        "the whole `write_tmx` (with encoding and writing)": cpu(lambda: write_tmx(built, path)),
    }
    print(json.dumps(steps))


def count_units(path: Path) -> int:
    """``</tu>`` in the file, read in chunks (a match may straddle two)."""
    count, tail = 0, b""
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 24), b""):
            data = tail + chunk
            count += data.count(b"</tu>")
            tail = data[-4:]
    return count


def run(writer: str, n: int, folder: Path) -> dict[str, float | str]:
    out = folder / f"{writer.replace(':', '-')}-{n}.tmx"
    row: dict[str, float | str] = in_child(__file__, [writer, str(n), str(out)])
    out.unlink()
    print(
        f"  {writer:18} {n:>9,} units: {row['seconds']:.1f} s, peak {row['peak_mb']:.0f} MB",
        flush=True,
    )
    return row


def table(rows: list[dict[str, float | str]]) -> str:
    lines = [
        "| writer | units | wall (s) | CPU (s) | units per CPU second | peak RSS (MB) "
        "| RSS before writing (MB) | file (MB) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        n = int(r["units"])
        lines.append(
            f"| {r['writer']} | {n:,} | {float(r['seconds']):.1f} | "
            f"{float(r['cpu_seconds']):.1f} | "
            f"{n / float(r['cpu_seconds']):,.0f} | {float(r['peak_mb']):.0f} | "
            f"{float(r['baseline_mb']):.0f} | {float(r['file_mb']):.0f} |"
        )
    return "\n".join(lines)


def summary(rows: list[dict[str, float | str]]) -> str:
    by = {(r["writer"], int(r["units"])): r for r in rows}
    largest = max(int(r["units"]) for r in rows)
    smallest = min(int(r["units"]) for r in rows)
    ours, theirs = by[("workbench", largest)], by[("translate-toolkit", largest)]
    wall = float(theirs["seconds"]) / float(ours["seconds"])
    cpu = float(theirs["cpu_seconds"]) / float(ours["cpu_seconds"])
    per_byte = cpu * float(ours["file_mb"]) / float(theirs["file_mb"])
    growth = float(ours["peak_mb"]) - float(by[("workbench", smallest)]["peak_mb"])
    their_growth = float(theirs["peak_mb"]) - float(by[("translate-toolkit", smallest)]["peak_mb"])
    verdict = "met" if min(wall, cpu) >= 3 else "not met"
    flat = "met" if growth < FLAT_MB else "not met"
    return (
        f"At {largest:,} units our writer is **{wall:.1f}x faster** in wall time and "
        f"**{cpu:.1f}x** in CPU time (the steadier figure on a shared machine) than "
        f"translate-toolkit's, writing {per_byte:.1f}x more bytes per CPU second, and peaks at "
        f"**{float(ours['peak_mb']):.0f} MB against {float(theirs['peak_mb']):,.0f} MB**. "
        f"From {smallest:,} to {largest:,} units its peak memory grows by {growth:+.0f} MB "
        f"(translate-toolkit's by {their_growth:+,.0f} MB). "
        f"The 3x speed goal (in wall and CPU time) is {verdict} on this run; the flat-memory "
        f"goal (under {FLAT_MB} MB of growth) is {flat}."
    )


def chart(rows: list[dict[str, float | str]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = sorted({int(r["units"]) for r in rows})
    fig, axes = plt.subplots(1, 2, figsize=(10, 4))
    for axis, key, label in (
        (axes[0], "cpu_seconds", "CPU time (s)"),
        (axes[1], "peak_mb", "peak RSS (MB)"),
    ):
        for offset, writer in enumerate(WRITERS):
            values = [
                float(r[key])
                for s in sizes
                for r in rows
                if r["writer"] == writer and int(r["units"]) == s
            ]
            axis.bar([i + offset * 0.4 for i in range(len(sizes))], values, width=0.4, label=writer)
        axis.set_xticks([i + 0.2 for i in range(len(sizes))], [f"{s:,}" for s in sizes])
        axis.set_xlabel("units")
        axis.set_ylabel(label)
        axis.legend()
    fig.suptitle("TMX export: workbench (streaming string writer) vs translate-toolkit")
    fig.tight_layout()
    fig.savefig(path, dpi=100)


def export_child(n: int, db: Path) -> None:
    """Export the one document of ``db`` to TMX in this process; print the figures as JSON."""
    from workbench.pipeline.exchange import export_documents
    from workbench.store import Store

    store = Store.open(str(db))  # opened (and checked) before the baseline
    out = db.with_suffix(".tmx")
    report, figures = measure(lambda: export_documents(store, ["memory"], "es", "tmx", out))
    assert report.written == count_units(out) == n, (report.written, n)
    out.unlink()
    print(json.dumps({"units": n, **figures}))


def from_store(sizes: list[int], before: Path | None, runs: int) -> str:
    """Peak RSS and CPU of exporting an imported memory, ours and ``before``'s, alternating."""
    import os
    import statistics

    from tmx_import import import_ours, write_file

    rows = []
    with tempfile.TemporaryDirectory(dir=ROOT / "bench") as folder:
        for n in sizes:
            tmx, db = Path(folder) / f"{n}.tmx", Path(folder) / f"{n}.db"
            write_file(n, tmx)
            assert import_ours(tmx, db) == n
            tmx.unlink()
            found: dict[str, list[dict[str, float]]] = {"this checkout": [], "before": []}
            for _ in range(runs):
                for who in found if before else ["this checkout"]:
                    env = dict(os.environ)
                    if who == "before" and before is not None:
                        env["PYTHONPATH"] = str(before)  # ahead of the editable install
                    found[who].append(in_child(__file__, ["export", str(n), str(db)], env))
                    row = found[who][-1]
                    print(f"  {who:14} {n:>9,}: peak {row['peak_mb']:.0f} MB, "
                          f"CPU {row['cpu_seconds']:.1f} s", flush=True)  # fmt: skip
            for who, measured in found.items():
                if measured:
                    rows.append(
                        f"| {who} | {n:,} | "
                        f"{statistics.median(r['cpu_seconds'] for r in measured):.1f} | "
                        f"{statistics.median(r['baseline_mb'] for r in measured):.0f} | "
                        f"{statistics.median(r['peak_mb'] for r in measured):.0f} |"
                    )
    command = f"--from-store {','.join(map(str, sizes))} --runs {runs}" + (
        f" --before {before}" if before else ""
    )
    return (
        "# TMX export from the store: peak memory\n\n"
        f"Command: `.venv/bin/python bench/tmx_export.py {command}`\n"
        f"(each run in its own process, medians of {runs}; {datetime.now(UTC):%Y-%m-%d}, "
        "2 shared cores).\n\n"
        "| checkout | units | CPU (s) | RSS before (MB) | peak RSS (MB) |\n"
        "| --- | ---: | ---: | ---: | ---: |\n" + "\n".join(rows) + "\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--from-store", help="sizes: export an imported memory from the store")
    parser.add_argument("--before", type=Path, help="with --from-store: another checkout too")
    parser.add_argument("--runs", type=int, default=3, help="with --from-store: runs per size")
    parser.add_argument("--child", nargs=3, metavar=("WRITER", "N", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        writer, n, path = args.child
        if writer == "breakdown":
            breakdown(int(n), Path(path))
        elif writer == "export":
            export_child(int(n), Path(path))
        else:
            child(writer, int(n), Path(path))
        return
    if args.from_store:
        sizes = [int(s) for s in args.from_store.split(",")]
        text = from_store(sizes, args.before, args.runs)
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "tmx_export_store.md").write_text(text, encoding="utf-8")
        print(text)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(dir=ROOT / "bench") as folder:
        rows = [run(writer, n, Path(folder)) for n in sizes for writer in WRITERS]
        marked = [run(f"{writer}:marked", min(sizes), Path(folder)) for writer in WRITERS]
        steps = run_breakdown(BREAKDOWN_UNITS, Path(folder))
    for row in rows + marked:
        assert row["tus_in_file"] == row["units"], row
    RESULTS.mkdir(parents=True, exist_ok=True)
    chart(rows, RESULTS / "tmx_export.png")
    text = report(rows, marked, steps, args.sizes)
    (RESULTS / "tmx_export.md").write_text(text, encoding="utf-8")
    print(text)


def run_breakdown(n: int, folder: Path) -> dict[str, float]:
    out = folder / "breakdown.tmx"
    steps: dict[str, float] = in_child(__file__, ["breakdown", str(n), str(out)])
    out.unlink()
    return steps


def report(
    rows: list[dict[str, float | str]],
    marked: list[dict[str, float | str]],
    steps: dict[str, float],
    sizes: str,
) -> str:
    lines = "\n".join(f"| {step} | {micro:.2f} |" for step, micro in steps.items())
    ours, theirs = (float(r["cpu_seconds"]) for r in marked)
    return (
        "# TMX export: a million units\n\n"
        f"Command: `.venv/bin/python bench/tmx_export.py --sizes {sizes}`\n"
        f"(each run in its own process; {datetime.now(UTC):%Y-%m-%d}, 2 shared cores).\n\n"
        f"{table(rows)}\n\n{summary(rows)}\n\n"
        "The same units with text that needs escaping in every segment (quotes, `&`, `<`, "
        "`>`) and French no-break spaces (which send the check for characters illegal in "
        "XML down its slower path):\n\n"
        f"{table(marked)}\n\n"
        f"Here our writer is **{theirs / ours:.1f}x faster** in CPU time.\n\n"
        "Our writer writes more per unit (five props, two dates, two ids) than "
        "translate-toolkit's `addtranslation`. It formats each `<tu>` as a string, escaped "
        "exactly as lxml escapes (`tests/test_tmx.py` compares the whole file with what "
        "lxml's incremental writer makes from the same units, byte for byte, on Hypothesis "
        "units), and writes the strings 2,048 units at a time: its memory stays flat. "
        "translate-toolkit builds the whole tree before `serialize`. "
        "With `ExportOptions(check_tuids=True)` our writer keeps every tuid to skip "
        "duplicates, which costs memory in proportion to the units.\n\n"
        f"Where our time goes (CPU per unit, measured apart on {BREAKDOWN_UNITS:,} units "
        "built beforehand, best of three):\n\n"
        f"| step | µs per unit |\n| --- | ---: |\n{lines}\n\n"
        "The previous writer filled a reusable lxml `<tu>` per unit and let "
        "`etree.xmlfile` serialize it: 17.0 s of CPU for a million units against "
        "translate-toolkit's 33.7 s in the same run (2.0x; selection 2.4 µs, filling the "
        "elements 5 µs and serializing them 3 µs per unit). What took the time away: no "
        "lxml element per unit; the parts of a `<tu>` that repeat (reviewer, origin, status, "
        "document, notes) rendered once per distinct value; dates formatted from a kept "
        "hour prefix; one check per unit for characters to escape or remove instead of "
        "one per field. Wall times swing with the load others put on the shared cores, "
        "and ours include an fsync of the whole file (the atomic write).\n\n"
        "![time and memory](tmx_export.png)\n"
    )


if __name__ == "__main__":
    main()
