"""Red team of the first rule (session 29): a disk that fills up during `import` and `export`.

The commands run as real processes under a file-size limit (`RLIMIT_FSIZE`, what `ulimit
-f` sets: a write past it fails with EFBIG, as a full disk fails with ENOSPC). What must
hold: nothing half-written (the store as it was, an earlier export whole), nothing a
reviewer saved lost, and one clear line saying what happened and what to do.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_concurrency import _tmx
from tests.test_review import aligned_pair
from workbench import review
from workbench.pipeline.alignment import apply
from workbench.store import Store


def _run_limited(args: list[str], limit: int) -> subprocess.CompletedProcess[str]:
    """``workbench ARGS`` in a process whose files may grow to ``limit`` bytes at most."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "workbench", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=600, preexec_fn=cap,
    )  # fmt: skip


def _store_with_a_review(url: str) -> int:
    store, alignment, _ = aligned_pair(Store.open(url))
    apply(store, alignment, review.edit_text(store.beads(alignment), 1, "cp", "Texto de ana.",
                                             "ana"), "ana")  # fmt: skip
    store.close()
    return alignment


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    [line] = result.stderr.strip().splitlines()
    return line


def test_an_import_that_fills_the_disk_stores_nothing_and_says_so_in_one_line(
    tmp_path: Path,
) -> None:
    """A 3,000-unit TMX imported into a SQLite store that may grow by 64 KB: the import
    stopped with "database error on …: disk I/O error" (a full disk: "database or disk is
    full"), which said neither what happened nor what to do. The store is as it was
    (ana's correction, no half-imported document), and running it again once there is
    room imports it."""
    db = tmp_path / "w.db"
    alignment = _store_with_a_review(f"sqlite:///{db}")
    tm = _tmx(tmp_path / "big.tmx", 3000)
    size = db.stat().st_size
    result = _run_limited(["import", str(tm), "--db", str(db)], size + 65536)
    line = _one_line(result)
    assert str(db) in line
    assert "full" in line and "rolled back" in line and "run it again" in line, line
    store = Store.open(f"sqlite:///{db}")
    try:
        assert [d.name for d in store.documents()] == ["fr", "es"]
        assert store.beads(alignment)[1].cp_text == "Texto de ana."
    finally:
        store.close()
    again = subprocess.run(
        [sys.executable, "-m", "workbench", "import", str(tm), "--db", str(db)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert "3000 units imported" in again.stdout


@pytest.mark.parametrize("file_format", ["tmx", "xlsx", "tsv"])
def test_an_export_that_fills_the_disk_leaves_the_earlier_export_whole(
    db_url: str, tmp_path: Path, file_format: str
) -> None:
    """An export over last week's file, the disk full half-way: the error named the hidden
    staging folder's file (".workbench-stage.27415.d4qrqlie/out.tmx"), not the file the
    user asked for. Now it names the file, says what to do, and last week's file is whole,
    no temporary file left beside it."""
    url = db_url
    _store_with_a_review(url)
    tm = _tmx(tmp_path / "big.tmx", 5000)
    assert _run_limited(["import", str(tm), "--db", url], 1 << 30).returncode == 0
    out = tmp_path / "exports" / f"big.{file_format}"
    out.parent.mkdir()
    out.write_text("last week's export\n", encoding="utf-8")
    args = ["export", "big", "--to", "es", "-f", file_format, "-o", str(out), "--db", url]
    # 100 KB: room for the store's shared-memory file (32 KB), not for 5,000 units
    line = _one_line(_run_limited(args, 100_000))
    assert line.startswith(f"error: cannot write {out}:"), line
    assert "too large" in line.lower() and "free some space" in line, line
    assert out.read_text(encoding="utf-8") == "last week's export\n"
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 300 KB tmpfs, filled but for 20 KB (needs root, as `mount` does: skipped else)."""
    place = tmp_path / "small"
    place.mkdir()
    if os.geteuid() != 0:
        pytest.skip("a tmpfs is mounted as root only; the ulimit tests above run anywhere")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", str(place)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        (place / "filler").write_bytes(b"\0" * (280 * 1024))
        yield place
    finally:
        subprocess.run(["umount", str(place)], check=False)


@pytest.mark.parametrize("file_format", ["tmx", "xlsx", "tsv"])
def test_an_export_onto_a_full_disk_says_one_line(
    tmp_path: Path, full_disk: Path, file_format: str
) -> None:
    """The same on a disk really full (ENOSPC): the XLSX export said its line, then
    zipfile's "Exception ignored in: <function ZipFile.__del__ …>" traceback."""
    db = tmp_path / "w.db"
    _store_with_a_review(f"sqlite:///{db}")
    tm = _tmx(tmp_path / "big.tmx", 3000)
    assert _run_limited(["import", str(tm), "--db", str(db)], 1 << 30).returncode == 0
    out = full_disk / f"big.{file_format}"
    out.write_text("last week's export\n", encoding="utf-8")
    args = ["export", "big", "--to", "es", "-f", file_format, "-o", str(out), "--db", str(db)]
    line = _one_line(_run_limited(args, 1 << 30))
    assert line.startswith(f"error: cannot write {out}: No space left on device"), line
    assert "free some space" in line
    assert out.read_text(encoding="utf-8") == "last week's export\n"
    assert sorted(p.name for p in full_disk.iterdir()) == [out.name, "filler"]


def test_a_reviewed_table_import_that_fills_the_disk_says_what_it_stored(
    tmp_path: Path,
) -> None:
    """ben's corrected XLSX of 600 rows imported into a SQLite store that may grow by a
    little: each row is stored in its own transaction, so the rows before the full disk are
    in, and the line said "the change under way was rolled back, nothing of it stored" as
    if the whole import were. Now it says how many rows were stored and that running it
    again finds them unchanged; run again with room, every row is in, once."""
    import openpyxl

    from tests.test_concurrency import stress
    from workbench.formats.units import ExportOptions
    from workbench.pipeline.exchange import export_documents

    db = tmp_path / "w.db"
    url = f"sqlite:///{db}"
    alignment = stress.make_alignment(url, 600, "table")
    table = tmp_path / "table.xlsx"
    store = Store.open(url)
    export_documents(store, ["stress-table"], "es", "xlsx", table, ExportOptions())
    store.close()
    book = openpyxl.load_workbook(table)
    sheet = book.worksheets[0]
    for row in range(2, sheet.max_row + 1):  # the Spanish original is the source column
        sheet.cell(row=row, column=1).value = f"ben {row - 2} " + "x" * 400
    book.save(table)
    args = ["import", str(table), "--reviewer", "ben", "--db", str(db)]
    line = _one_line(_run_limited(args, db.stat().st_size + 200_000))
    assert "could not be written" in line and "run it again" in line, line
    stored = re.search(r"(\d+) rows? of table\.xlsx (?:was|were) stored before it", line)
    assert stored is not None and 0 < int(stored[1]) < 600, line
    store = Store.open(url)
    try:
        ben = [b for b in store.beads(alignment) if b.cp_text.startswith("ben ")]
        assert len(ben) == int(stored[1])  # each row whole: in, or not at all
    finally:
        store.close()
    again = _run_limited(args, 1 << 30)
    assert again.returncode == 0, again.stderr
    assert f"{600 - int(stored[1])} beads edited" in again.stdout + again.stderr
    assert f"{stored[1]} unchanged" in again.stdout + again.stderr
