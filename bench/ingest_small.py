"""`bench/ingest_speed.py --small`: `workbench ingest` of small files (a saved page, a Word
document, a PDF), two checkouts side by side; CPU time, peak memory and the stored rows."""

from __future__ import annotations

import os
import statistics
from pathlib import Path

from checkouts import measure

from tests.long_text import rows_digest, stored_rows

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PAGE = ROOT / "bench" / "data" / "pairs" / "blind-harvest.fr.html"
PDF = ROOT / "tests" / "data" / "pdf" / "revue-haies.fr.pdf"


def small_inputs(work: Path) -> list[Path]:
    """The page, a .docx of the page's text (one paragraph a line) and the PDF."""
    import docx

    from workbench.ingest.readers import read_file

    document = docx.Document()
    for block in read_file(PAGE).blocks:
        document.add_paragraph(block.text)
    word = work / "moisson.fr.docx"
    document.save(str(word))
    return [PAGE, word, PDF]


def small_files(checkouts: dict[str, Path], work: Path, runs: int) -> int:
    """Ingest each small file once a round with each checkout (in turn, so that a busy
    machine slows both alike); write and print the medians. 1 when the rows differ."""
    paths = small_inputs(work)
    cpu: dict[tuple[str, str], list[float]] = {}
    rss: dict[tuple[str, str], list[float]] = {}
    digests: dict[tuple[str, str], str] = {}
    for run in range(runs):
        for side, (name, src) in enumerate(checkouts.items()):
            for path in paths:
                db = work / f"small-{side}-{run}-{path.suffix[1:]}.db"
                seconds, peak, _ = measure(src, db, ("ingest", str(path)))
                cpu.setdefault((name, path.name), []).append(seconds)
                rss.setdefault((name, path.name), []).append(peak)
                digests[(name, path.name)] = rows_digest(stored_rows(f"sqlite:///{db}"))
                print(f"run {run + 1} {name} {path.name}: {seconds:.2f} s, {peak:.0f} MB")
    before, after = checkouts
    lines = [
        f"`workbench ingest` of small files into an empty store, median of {runs} runs, "
        f"{os.getloadavg()[0]:.0f} load at the end (CPU s / peak MB)",
        "",
        f"| file | {before} | {after} | CPU ratio | same rows |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    same = True
    for path in paths:
        med = {n: (statistics.median(cpu[(n, path.name)]), statistics.median(rss[(n, path.name)]))
               for n in (before, after)}  # fmt: skip
        alike = digests[(before, path.name)] == digests[(after, path.name)]
        same = same and alike
        lines.append(
            f"| {path.name} ({path.stat().st_size / 1e3:.0f} KB) "
            f"| {med[before][0]:.2f} / {med[before][1]:.0f} | {med[after][0]:.2f} / "
            f"{med[after][1]:.0f} | {med[after][0] / med[before][0]:.2f}× "
            f"| {'yes' if alike else 'NO'} |"
        )
    table = "\n".join(lines)
    print(table)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "ingest_speed-small.md").write_text(table + "\n", encoding="utf-8")
    return 0 if same else 1
