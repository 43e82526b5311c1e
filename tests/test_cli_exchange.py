"""`workbench score mt` prints sacrebleu's numbers and signatures for the same files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.cli import app

SACREBLEU = Path(sys.executable).parent / "sacrebleu"
REFERENCES = [
    "Le président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong Un se rencontrent.",
    "Le dirigeant nord-coréen Kim Jong Un serre la main du président russe Vladimir Poutine.",
    "Le président russe Vladimir Poutine a atterri en Corée du Nord le 19 juin.",
]
HYPOTHESES = [
    "Le président de la Russie, Vladimir Poutine, et le leader de Corée du Nord se réunissent.  ",
    "Le leader de la Corée du Nord, Kim Jong Un, donne la main au président russe.",
    "Le président russe Vladimir Poutine a atterri en Corée du Nord au début du 19 juin.",
]
SECOND_REFERENCES = [
    "Poutine et Kim Jong Un se rencontrent.",
    "Kim Jong Un serre la main de Vladimir Poutine.",
    "Vladimir Poutine est arrivé en Corée du Nord le 19 juin.",
]


def write(path: Path, lines: list[str], newline: str = "\n") -> Path:
    path.write_bytes((newline.join(lines) + newline).encode("utf-8"))
    return path


def sacrebleu_json(refs: list[Path], hyp: Path, metrics: list[str]) -> list[dict[str, str]]:
    if not SACREBLEU.exists():
        pytest.skip("needs sacrebleu's command line in the virtualenv")
    output = subprocess.run(
        [str(SACREBLEU), *map(str, refs), "-i", str(hyp), "-m", *metrics],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    result = json.loads(output)
    return [result] if isinstance(result, dict) else list(result)  # one metric: one object


@pytest.mark.parametrize(
    ("metrics", "newline", "two_refs"),
    [
        (["bleu", "chrf", "ter"], "\n", False),
        (["chrf"], "\r\n", False),
        (["bleu", "ter"], "\n", True),
    ],
    ids=["all-metrics", "crlf-file", "two-references"],
)
def test_score_mt_equals_sacrebleus_command_line(
    tmp_path: Path, metrics: list[str], newline: str, two_refs: bool
) -> None:
    hyp = write(tmp_path / "hyp.txt", HYPOTHESES, newline)
    refs = [write(tmp_path / "ref.txt", REFERENCES, newline)]
    if two_refs:
        refs.append(write(tmp_path / "ref2.txt", SECOND_REFERENCES, newline))
    theirs = sacrebleu_json(refs, hyp, metrics)
    ref_options = [arg for path in refs for arg in ("--ref", str(path))]
    result = CliRunner().invoke(
        app,
        [
            "score",
            "mt",
            "--hyp",
            str(hyp),
            *ref_options,
            "--metrics",
            ",".join(metrics),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    ours = json.loads(result.output)
    # sacrebleu prints its metrics sorted by name; compare them by name.
    by_name = {row["name"]: row for row in ours}
    assert sorted(by_name) == sorted(row["name"] for row in theirs)
    for row in theirs:
        mine = by_name[row["name"]]
        assert mine["score"] == row["score"]
        assert mine["signature"] == row["signature"]
        assert mine["verbose_score"] == row.get("verbose_score", "")
        assert round(mine["exact_score"], 1) == row["score"]


def test_score_mt_table_shows_the_signatures(tmp_path: Path) -> None:
    hyp = write(tmp_path / "hyp.txt", HYPOTHESES)
    ref = write(tmp_path / "ref.txt", REFERENCES)
    result = CliRunner().invoke(
        app, ["score", "mt", "--hyp", str(hyp), "--ref", str(ref), "-f", "tsv"]
    )
    assert result.exit_code == 0, result.output
    header, *rows = result.output.splitlines()
    assert header.split("\t") == ["name", "score", "signature", "verbose_score"]
    assert [row.split("\t")[0] for row in rows] == ["BLEU", "chrF2", "TER"]
    assert (
        rows[0].split("\t")[2].startswith("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:")
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--hyp", "{missing}", "--ref", "{ref}"], "cannot read"),
        (["--hyp", "{short}", "--ref", "{ref}"], "short.txt has 2 lines but {ref} has 3: "),
        (
            ["--hyp", "{hyp}", "--ref", "{ref}", "--ref", "{short}"],
            "hyp.txt has 3 lines but {short} has 2: ",
        ),
        (
            ["--hyp", "{blank}", "--ref", "{ref}"],
            "blank.txt has 4 lines but {ref} has 3; {blank} ends with 1 blank line: ",
        ),
        (["--hyp", "{latin1}", "--ref", "{ref}"], "is not UTF-8"),
    ],
    ids=["missing-file", "line-counts", "second-reference", "blank-line-at-the-end", "not-utf8"],
)
def test_score_mt_errors_are_one_clean_line(tmp_path: Path, args: list[str], message: str) -> None:
    paths = {
        "hyp": write(tmp_path / "hyp.txt", HYPOTHESES),
        "ref": write(tmp_path / "ref.txt", REFERENCES),
        "short": write(tmp_path / "short.txt", HYPOTHESES[:2]),
        "blank": write(tmp_path / "blank.txt", [*HYPOTHESES, ""]),
        "missing": tmp_path / "missing.txt",
        "latin1": tmp_path / "latin1.txt",
    }
    paths["latin1"].write_bytes("président\n".encode("latin-1") * 3)
    result = CliRunner().invoke(app, ["score", "mt", *(a.format(**paths) for a in args)])
    assert result.exit_code == 1
    # one line naming the files, and no warning on a line of a file it then refuses
    (line,) = result.output.splitlines()
    assert message.format(**paths) in line and "Traceback" not in line


def test_score_mt_has_help() -> None:
    result = CliRunner().invoke(app, ["score", "mt", "--help"])
    assert result.exit_code == 0
    assert (
        "sacrebleu" in result.output and "--hyp" in result.output and "--metrics" in result.output
    )


def test_export_help_says_which_repeat_dedupe_keeps_and_where_it_applies() -> None:
    done = CliRunner().invoke(app, ["export", "--help"], env={"COLUMNS": "200"})
    assert done.exit_code == 0
    text = " ".join(done.output.replace("│", " ").split())
    assert "--dedupe" in text
    assert "the first in document and bead order is written, with its id, dates" in text
    assert "not XLIFF" in text
