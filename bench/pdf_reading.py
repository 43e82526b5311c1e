"""Every PDF the tests print, read by two commits' PDF reader, compared block by block.

A change to the PDF reader (`workbench.ingest.readers_pdf` and the modules beside it)
should change the reading of the documents it was made for and of no other. This gathers
the PDFs: the ones the repository holds, those the PDF tests print (LibreOffice and
ReportLab output, run here with pytest into a kept folder) and any folder given with
``--pdfs``; one copy of each distinct file. Each side's ``workbench`` (exported with
``git archive``, `checkouts.sides`) reads them all in a process of its own; the table says
how many read the same, and every block that differs is printed as a unified diff of
"kind | text" rows. Reading is deterministic: one run says it, no medians.

    .venv/bin/python bench/pdf_reading.py [--before REF] [--after HEAD] [--pdfs DIR ...]

Writes bench/results/pdf_reading.md. Needs LibreOffice (``soffice``) for the tests that
print through it; without it those tests skip and their files are missing from the
count, which the table says.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from checkouts import AFTER, ROOT, sides

RESULTS = ROOT / "bench" / "results" / "pdf_reading.md"
# The test files that print PDFs (grep for ".pdf" and the printing helpers in tests/).
PRINTING_TESTS = (
    "tests/test_ingest_pdf_magazine.py",
    "tests/test_ingest_pdf_print.py",
    "tests/test_ingest_readers.py",
    "tests/test_ingest_wrapped_numbers.py",
    "tests/test_pdf_columns_table.py",
    "tests/test_pdf_floated_box.py",
    "tests/test_pdf_lists_notes.py",
    "tests/test_pdf_notes_libreoffice.py",
    "tests/test_pdf_two_columns.py",
    "tests/test_pdf_writers_breaks.py",
    "tests/test_tables_pdf.py",
)
# Run in each side's process: every PDF listed on stdin read into JSON rows, or the error.
READ = """
import json, sys
from pathlib import Path
from workbench.ingest.readers_pdf import read_pdf
out = {}
for name in sys.stdin.read().split():
    path = Path(name)
    try:
        out[path.name] = [f"{b.hint} | {b.text}" for b in read_pdf(path.read_bytes(), path)]
    except Exception as error:  # a refusal is a reading too: compared as one row
        out[path.name] = [f"refused | {type(error).__name__}: {error}"]
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def printed_pdfs(into: Path) -> tuple[int, int]:
    """Run `PRINTING_TESTS` with their temporary folders kept under ``into``: (tests
    passed, tests skipped)."""
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--basetemp={into}",
         *PRINTING_TESTS],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    tail = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr[-300:]
    words = tail.replace(",", " ").split()

    def number(word: str) -> int:
        return int(words[words.index(word) - 1]) if word in words else 0

    return number("passed"), number("skipped")


def gather(folders: list[Path], into: Path) -> list[Path]:
    """One copy of each distinct PDF under ``folders``, named by its digest's first ten
    hex digits and its own name, in ``into``."""
    into.mkdir(parents=True, exist_ok=True)
    seen: dict[str, Path] = {}
    for folder in folders:
        for path in sorted(folder.rglob("*.pdf")):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()[:10]
            if digest not in seen:
                seen[digest] = into / f"{digest}-{path.name}"
                shutil.copyfile(path, seen[digest])
    return sorted(seen.values())


def readings(package: Path, pdfs: list[Path]) -> dict[str, list[str]]:
    """Each PDF's rows as the ``workbench`` under ``package`` reads them."""
    env = {**os.environ, "PYTHONPATH": str(package)}
    run = subprocess.run(
        [sys.executable, "-c", READ], input="\n".join(map(str, pdfs)), env=env,
        capture_output=True, text=True, check=True, cwd=package,
    )  # fmt: skip
    rows: dict[str, list[str]] = json.loads(run.stdout)
    return rows


def report(names: list[str], before: dict[str, list[str]], after: dict[str, list[str]],
           labels: tuple[str, str], tests: tuple[int, int]) -> str:  # fmt: skip
    """The markdown table and the diffs."""
    changed = [n for n in names if before[n] != after[n]]
    blocks = (sum(len(before[n]) for n in names), sum(len(after[n]) for n in names))
    lines = [
        f"# PDF reading, {labels[0]} against {labels[1]}",
        "",
        f"`.venv/bin/python bench/pdf_reading.py` ({tests[0]} printing tests passed, "
        f"{tests[1]} skipped).",
        "",
        "| PDFs | read the same | read otherwise | blocks before | blocks after |",
        "|---:|---:|---:|---:|---:|",
        f"| {len(names)} | {len(names) - len(changed)} | {len(changed)} | {blocks[0]} | "
        f"{blocks[1]} |",
        "",
    ]
    for name in changed:
        lines += [f"## {name}", "", "```diff"]
        diff = difflib.unified_diff(before[name], after[name], lineterm="", n=1)
        lines += [row[:200] for row in diff if not row.startswith(("---", "+++"))]
        lines += ["```", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", help="commit to compare with (default: where HEAD left main)")
    parser.add_argument("--after", default="HEAD", help="commit read as this checkout")
    parser.add_argument("--pdfs", type=Path, nargs="*", default=[], help="more PDF folders")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print("printing the tests' PDFs…", flush=True)
        tests = printed_pdfs(work / "printed")
        held = [ROOT / "tests" / "data", ROOT / "docs" / "notes"]
        pdfs = gather([*held, work / "printed", *args.pdfs], work / "pdfs")
        print(f"{len(pdfs)} distinct PDFs; reading them with both sides…", flush=True)
        packages = sides(args.before, args.after, work)
        (label_before, before_pkg), (_, after_pkg) = packages.items()
        before, after = readings(before_pkg, pdfs), readings(after_pkg, pdfs)
    names = sorted(before)
    text = report(names, before, after, (label_before, AFTER), tests)
    RESULTS.write_text(text + "\n", encoding="utf-8")
    print(text.split("\n\n## ")[0])
    print(f"written: {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
