"""Input that used to lose text silently: unreadable subfolders, HTML nested too deep.

Each is reported (one line naming the path and what to do, exit code 1) or
read whole; nothing is dropped without a word.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from workbench import pipeline
from workbench.cli import app
from workbench.ingest.files import MAX_BYTES, collect, read_bytes
from workbench.ingest.markup import html_blocks
from workbench.ingest.markup_parser import MAX_DEPTH
from workbench.model import InputError
from workbench.store import Store

FRENCH = "Le président a rencontré M. Kim à Pyongyang. Ils ont signé un accord."


def _tree(root: Path) -> Path:
    """root/a.txt, root/locked/b.txt, root/open/c.txt."""
    for name in ("a.txt", "locked/b.txt", "open/c.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(FRENCH, encoding="utf-8")
    return root / "locked"


@pytest.fixture
def locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A subfolder that cannot be listed (chmod cannot stop root, so listing it is refused)."""
    folder = _tree(tmp_path / "corpus")
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    yield folder


def test_an_unreadable_subfolder_is_a_problem_and_the_rest_is_collected(locked: Path) -> None:
    files, problems, _ = collect([locked.parent])
    assert [p.name for p in files] == ["a.txt", "c.txt"]
    [(where, error)] = problems
    assert where == locked
    assert str(error) == (
        f"{locked}: folder cannot be read (permission denied), so its files were not "
        "ingested; check its permissions"
    )


def test_ingest_reports_an_unreadable_subfolder_and_exits_4(locked: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(locked.parent), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 4  # partly done: the readable files are stored
    assert f"error: {locked}: folder cannot be read" in result.output
    assert "1 file failed, 2 ingested" in result.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder whatever its mode")
def test_a_folder_without_read_permission_is_reported(store: Store, tmp_path: Path) -> None:
    folder = _tree(tmp_path / "corpus")
    folder.chmod(0)
    try:
        report = pipeline.ingest_paths(store, [folder.parent])
    finally:
        folder.chmod(0o755)
    assert [r.path for r in report.failed] == [folder]
    assert len(store.documents()) == 2


def _nested(depth: int, tag: str = "div") -> str:
    return (
        f"<html><body>{f'<{tag}>' * depth}<p>Le paragraphe profond.</p>{f'</{tag}>' * depth}"
        "<p>Le paragraphe suivant.</p></body></html>"
    )


@pytest.mark.parametrize("depth", [10, 255, 256, 300, 1000, MAX_DEPTH - 10])
@pytest.mark.parametrize("tag", ["div", "span", "section"])
def test_deeply_nested_html_is_read_whole(depth: int, tag: str) -> None:
    texts = [b.text for b in html_blocks(_nested(depth, tag))]
    assert texts == ["Le paragraphe profond.", "Le paragraphe suivant."]


@pytest.mark.parametrize("depth", [MAX_DEPTH + 10, 5000])
def test_html_nested_beyond_the_limit_is_refused_in_one_line(depth: int) -> None:
    with pytest.raises(InputError, match=rf"nested more than {MAX_DEPTH} levels deep") as caught:
        html_blocks(_nested(depth))
    assert "\n" not in str(caught.value)


def test_ingesting_html_nested_too_deep_stores_nothing(store: Store, tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    page.write_text(_nested(MAX_DEPTH + 10), encoding="utf-8")
    [result] = pipeline.ingest_paths(store, [page]).files
    assert result.failed and str(page) in (result.error or "")
    assert store.documents() == []


def test_a_file_over_the_limit_is_refused_in_the_megabytes_of_max_size(tmp_path: Path) -> None:
    """newcomer28: a 30 MB file was "over the 21 MB limit" where `--help` says 20.0, and
    `align --original` and `align-files`, which have no --max-size, said to raise it."""
    big = tmp_path / "gros.fr.txt"
    big.write_bytes(b"Une phrase de plus.\n" * (MAX_BYTES // 20 + 1))

    with pytest.raises(InputError) as refused:
        read_bytes(big)

    assert str(refused.value) == (
        f"{big}: 20.0 MB is over the 20 MB limit; split the file, or ingest it with a larger "
        "`workbench ingest --max-size`"
    )
