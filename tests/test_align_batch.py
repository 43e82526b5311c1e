"""`align-batch`: many pairs of files aligned as `align-files` aligns one (newcomer27, a
corpus linguist with a folder of translated articles: one command, the encoder loaded once).

Each pair's beads land in their own file, written whole; a pair that cannot be aligned is
said in one line and the rest go on; a list that cannot be read right stops the run before
anything is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_cli_bad_pages import ENGLISH, FRENCH
from workbench.cli import app

runner = CliRunner()
LANGS = ("--src-lang", "fr", "--tgt-lang", "en", "--encoder", "none")


def _texts(folder: Path) -> Path:
    """Two French articles with their English originals, one line a paragraph."""
    folder.mkdir()
    (folder / "budget.fr.txt").write_text("\n".join(FRENCH), encoding="utf-8")
    (folder / "budget.en.txt").write_text("\n".join(ENGLISH), encoding="utf-8")
    (folder / "bref.fr.txt").write_text("\n".join(FRENCH[1:4]), encoding="utf-8")
    (folder / "bref.en.txt").write_text("\n".join(ENGLISH[1:4]), encoding="utf-8")
    return folder


def _batch(listing: Path, out: Path, *extra: str) -> tuple[int, str]:
    result = runner.invoke(app, ["align-batch", str(listing), "--out", str(out), *LANGS, *extra])
    return result.exit_code, result.stderr


def _one(src: Path, tgt: Path, *extra: str) -> str:
    result = runner.invoke(app, ["align-files", str(src), str(tgt), *LANGS, *extra])
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(("fmt", "suffix"), [("beads", "beads"), ("json", "json"), ("tsv", "tsv")])
def test_each_pair_is_written_as_align_files_prints_it(
    tmp_path: Path, fmt: str, suffix: str
) -> None:
    texts = _texts(tmp_path / "texts")
    listing = texts / "pairs.tsv"
    listing.write_text(
        "# French\tEnglish\nbudget.fr.txt\tbudget.en.txt\n\nbref.fr.txt\tbref.en.txt\n",
        encoding="utf-8",
    )

    code, err = _batch(listing, tmp_path / "out", "-f", fmt)

    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        f"bref.fr.{suffix}", f"budget.fr.{suffix}"
    ]  # fmt: skip
    for name in ("budget", "bref"):
        written = (tmp_path / "out" / f"{name}.fr.{suffix}").read_text(encoding="utf-8")
        assert written == _one(texts / f"{name}.fr.txt", texts / f"{name}.en.txt", "-f", fmt)
    assert "[1/2] " in err and "[2/2] " in err
    assert err.endswith("2 of 2 pairs aligned into " + str(tmp_path / "out") + "\n")


def test_a_pair_that_cannot_be_aligned_is_said_and_the_others_are_written(
    tmp_path: Path,
) -> None:
    texts = _texts(tmp_path / "texts")
    listing = texts / "pairs.tsv"
    listing.write_text(
        "budget.fr.txt\tbudget.en.txt\nbref.fr.txt\tmissing.en.txt\n", encoding="utf-8"
    )

    code, err = _batch(listing, tmp_path / "out")

    assert code == 4  # partly done
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["budget.fr.beads"]
    [refusal] = [line for line in err.splitlines() if line.startswith("[2/2] error: ")]
    assert "missing.en.txt" in refusal
    assert "1 of 2 pairs aligned" in err


def test_a_run_that_aligns_nothing_fails(tmp_path: Path) -> None:
    texts = _texts(tmp_path / "texts")
    listing = texts / "pairs.tsv"
    listing.write_text("nowhere.fr.txt\tbudget.en.txt\n", encoding="utf-8")

    code, _ = _batch(listing, tmp_path / "out")

    assert code == 1
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


@pytest.mark.parametrize(
    ("listing", "said"),
    [
        ("budget.fr.txt budget.en.txt\n", "line 1: want SOURCE<TAB>TARGET"),
        ("budget.fr.txt\tbudget.en.txt\tthird\n", "line 1: want SOURCE<TAB>TARGET"),
        ("# nothing\n\n", "lists no pairs"),
        ("budget.fr.txt\tbudget.en.txt\nsub/budget.fr.txt\tbref.en.txt\n", "would both write"),
    ],
)
def test_a_list_that_cannot_be_read_right_stops_before_anything_is_written(
    tmp_path: Path, listing: str, said: str
) -> None:
    texts = _texts(tmp_path / "texts")
    (texts / "pairs.tsv").write_text(listing, encoding="utf-8")

    code, err = _batch(texts / "pairs.tsv", tmp_path / "out")

    assert code == 2
    assert said in err
    assert not (tmp_path / "out").exists()
