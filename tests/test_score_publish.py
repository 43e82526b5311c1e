"""`workbench score mt` gives the scores a publisher puts beside the field's: several systems,
sentence-level scores, sacrebleu's options and paired tests, each equal to sacrebleu's
command line on newcomer25's files (tests/data/score25), run here side by side."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.cli import app

DATA = Path(__file__).parent / "data" / "score25"
SACREBLEU = Path(sys.executable).parent / "sacrebleu"
APERTIUM, ENGINE_B = "hyp.en.apertium.txt", "hyp.en.b.txt"
runner = CliRunner()


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of newcomer25's files as the working folder: both tools see the same names."""
    folder = tmp_path / "score25"
    shutil.copytree(DATA, folder)
    monkeypatch.chdir(folder)
    return folder


def sacrebleu(*args: str) -> str:
    if not SACREBLEU.exists():
        pytest.skip("needs sacrebleu's command line in the virtualenv")
    return subprocess.run(
        [str(SACREBLEU), *args], capture_output=True, text=True, check=True, timeout=300
    ).stdout


def workbench(*args: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["score", "mt", *args, "-f", "json"])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


@pytest.mark.usefixtures("data")
def test_several_hyps_are_each_scored_on_the_same_references() -> None:
    """newcomer25: `--hyp A --hyp B` scored B alone; now a row a system, as sacrebleu -i A B."""
    theirs = json.loads(sacrebleu("en.ref1.txt", "-i", APERTIUM, ENGINE_B, "-m", "bleu", "chrf",
                                  "-w", "2", "-f", "json"))  # fmt: skip
    ours = workbench("--hyp", APERTIUM, "--hyp", ENGINE_B, "--ref", "en.ref1.txt",
                     "-m", "bleu,chrf", "-w", "2")  # fmt: skip
    assert [(r["system"], r["name"]) for r in ours] == [
        (APERTIUM, "BLEU"), (APERTIUM, "chrF2"), (ENGINE_B, "BLEU"), (ENGINE_B, "chrF2"),
    ]  # fmt: skip
    for system in theirs:
        for name in ("BLEU", "chrF2"):
            (mine,) = (r for r in ours if r["system"] == system["system"] and r["name"] == name)
            assert f"{mine['score']:.2f}" == system[name]
    assert all(str(r["signature"]).startswith("nrefs:1|") for r in ours)


@pytest.mark.usefixtures("data")
@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        (["--tokenize", "intl"], ["-tok", "intl"]),
        (["--tokenize", "char", "-m", "bleu"], ["-tok", "char", "-m", "bleu"]),
        (["--lowercase"], ["-lc", "--chrf-lowercase"]),
        (["--chrf-word-order", "2", "-m", "chrf"], ["-cw", "2", "-m", "chrf"]),
        (["--ref", "en.ref2.txt", "--chrf-word-order", "2"], ["en.ref2.txt", "-cw", "2"]),
    ],
    ids=["tokenize-intl", "tokenize-char", "lowercase", "chrf++", "chrf++-two-refs"],
)
def test_sacrebleus_options_give_its_numbers_and_signatures(
    ours: list[str], theirs: list[str]
) -> None:
    refs = [a for a in theirs if a.endswith(".txt")]
    options = [a for a in theirs if not a.endswith(".txt")]
    if "-m" not in options:
        options += ["-m", "bleu", "chrf", "ter"]
    expected = json.loads(
        sacrebleu("en.ref1.txt", *refs, "-i", APERTIUM, *options, "-w", "4", "-f", "json")
    )
    expected = [expected] if isinstance(expected, dict) else expected
    mine = workbench("--hyp", APERTIUM, "--ref", "en.ref1.txt", *ours, "-w", "4")
    by_name = {str(row["name"]): row for row in mine}
    assert sorted(by_name) == sorted(row["name"] for row in expected)
    for row in expected:
        assert (by_name[row["name"]]["score"], by_name[row["name"]]["signature"]) == (
            row["score"], row["signature"],
        )  # fmt: skip


@pytest.mark.usefixtures("data")
@pytest.mark.parametrize("metric", ["bleu", "chrf", "ter"])
def test_sentence_level_scores_are_sacrebleus(metric: str) -> None:
    text = sacrebleu("en.ref1.txt", "-i", ENGINE_B, "-m", metric, "-sl", "-w", "4")
    theirs = [line.split(" = ", 1) for line in text.splitlines()]  # BLEU: " = " again after
    mine = workbench("--hyp", ENGINE_B, "--ref", "en.ref1.txt", "-m", metric,
                     "--sentence-level", "-w", "4")  # fmt: skip
    assert [r["line"] for r in mine] == list(range(1, 41))
    for row, (label, score) in zip(mine, theirs, strict=True):
        assert label == f"{row['name']}|{row['signature']}"
        assert f"{row['score']:.4f}" == score.split()[0]


def paired_table(text: str) -> list[tuple[str, list[str]]]:
    """sacrebleu's paired table (-f text) as (metric, numbers) in reading order: for each
    system and metric, score [mean ci] then, below a system's row, its p-values."""
    rows = [line.split("│")[2:-1] for line in text.splitlines() if line.startswith("│")]
    header, *body = rows
    names = [cell.split("(")[0].strip() for cell in header]
    found = []
    for cells in body:
        for name, cell in zip(names, cells, strict=True):
            found.append((name, re.findall(r"\d+\.\d+", cell)))
    return found


@pytest.mark.usefixtures("data")
@pytest.mark.parametrize(
    ("test", "n", "metrics"),
    [("bs", "200", ["bleu", "chrf"]), ("ar", "500", ["chrf", "ter"])],
    ids=["paired-bootstrap", "approximate-randomisation"],
)
def test_paired_tests_are_sacrebleus(test: str, n: str, metrics: list[str]) -> None:
    flags = {"bs": ["--paired-bs", "--paired-bs-n", n], "ar": ["--paired-ar", "--paired-ar-n", n]}
    text = sacrebleu("en.ref1.txt", "-i", APERTIUM, ENGINE_B, "-m", *metrics, *flags[test],
                     "-w", "4", "-f", "text")  # fmt: skip
    result = runner.invoke(app, ["score", "mt", "--hyp", APERTIUM, "--hyp", ENGINE_B, "--ref",
                                 "en.ref1.txt", "-m", ",".join(metrics), "--paired", test,
                                 "--paired-n", n, "-w", "4", "-f", "tsv"])  # fmt: skip
    assert result.exit_code == 0, result.output
    header, *lines = result.stdout.splitlines()
    rows = [dict(zip(header.split("\t"), line.split("\t"), strict=True)) for line in lines]
    assert [r["system"] for r in rows] == [APERTIUM] * len(metrics) + [ENGINE_B] * len(metrics)
    # ours in sacrebleu's reading order: each system's scores, then the system's p-values
    ours = [(r["name"], [v for v in (r["score"], r["mean"], r["ci"]) if v]) for r in rows]
    p_values = [(r["name"], [r["p_value"]]) for r in rows if r["p_value"]]
    k = len(metrics)
    assert paired_table(text) == [*ours[:k], *ours[k:], *p_values]
    for r in rows:
        assert f"|{test}:{n}|seed:12345|" in r["signature"]
        assert re.search(rf"- {re.escape(r['name'])}\s+{re.escape(r['signature'])}$", text, re.M)


@pytest.mark.usefixtures("data")
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--hyp", APERTIUM, "--hyp", APERTIUM], f"{APERTIUM} is given twice as --hyp"),
        (["--hyp", APERTIUM, "--paired", "bs"], "--paired compares systems: give two --hyp"),
        (["--hyp", APERTIUM, "--hyp", ENGINE_B, "--sentence-level"], "--sentence-level scores one"),
        (["--hyp", APERTIUM, "--tokenize", "moses"], "unknown --tokenize 'moses': choose among"),
        (["--hyp", APERTIUM, "--hyp", "emptyline.hyp.txt", "--ref", "en.ref2.txt", "--hyp",
          "en.ref1.txt"], None),
    ],
    ids=["same-file-twice", "paired-one-system", "sentence-level-two", "unknown-tokenizer",
         "three-systems"],
)  # fmt: skip
def test_modes_that_do_not_fit_are_one_line(args: list[str], message: str | None) -> None:
    result = runner.invoke(app, ["score", "mt", *args, "--ref", "en.ref1.txt", "-f", "tsv"])
    if message is None:  # three systems, two references: three rows a metric
        assert result.exit_code == 0, result.output
        assert len(result.stdout.splitlines()) == 1 + 3 * 3
        return
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert message in line


@pytest.mark.usefixtures("data")
@pytest.mark.parametrize(
    ("hyp", "ref", "warnings", "same_as"),
    [
        ("bom.hyp.txt", "en.ref1.txt", ["bom.hyp.txt line 1: a UTF-8 byte-order mark"], APERTIUM),
        (APERTIUM, "bom.ref.txt", ["bom.ref.txt line 1: a UTF-8 byte-order mark"], APERTIUM),
        ("emptyline.hyp.txt", "en.ref1.txt", ["emptyline.hyp.txt line 5: empty hypothesis"],
         "emptyline.hyp.txt"),
    ],
    ids=["bom-in-hypothesis", "bom-in-reference", "empty-hypothesis"],
)  # fmt: skip
def test_a_bom_or_an_empty_line_is_a_warning_naming_file_and_line(
    hyp: str, ref: str, warnings: list[str], same_as: str
) -> None:
    """The BOM is removed (never text), so the score is the clean file's; an empty line is
    scored as sacrebleu scores it."""
    result = runner.invoke(app, ["score", "mt", "--hyp", hyp, "--ref", ref, "-m", "bleu,chrf",
                                 "-w", "4", "-f", "json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    said = result.stderr.splitlines()
    assert len(said) == len(warnings)
    assert all(
        line.startswith("warning: ") and w in line for line, w in zip(said, warnings, strict=True)
    )
    theirs = json.loads(sacrebleu("en.ref1.txt", "-i", same_as, "-m", "bleu", "chrf", "-w", "4"))
    assert [r["score"] for r in json.loads(result.stdout)] == [r["score"] for r in theirs]


def test_help_names_the_publishing_options() -> None:
    result = runner.invoke(app, ["score", "mt", "--help"])
    assert result.exit_code == 0
    for option in ("--sentence-level", "--tokenize", "--lowercase", "--chrf-word-order",
                   "--paired"):  # fmt: skip
        assert option in re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)


@pytest.mark.parametrize(
    ("lines", "hypotheses", "warnings"),
    [
        (["a", "b"], True, []),
        (["\ufeffa", "b", "\ufeffc"], False,
         ["r.txt lines 1, 3 (2 lines): a UTF-8 byte-order mark"]),
        (["a", ""], False, []),  # an empty reference line: no system dropped it
        (["a", "", " ", *[""] * 10], True,
         ["r.txt lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, … (12 lines): empty hypothesis"]),
    ],
    ids=["clean", "boms-in-a-joined-file", "empty-reference", "many-empty-hypotheses"],
)  # fmt: skip
def test_one_warning_line_for_each_kind_of_thing_noticed(
    lines: list[str], hypotheses: bool, warnings: list[str]
) -> None:
    from workbench.quality.mt_scores import clean_lines

    cleaned, said = clean_lines("r.txt", lines, hypotheses=hypotheses)
    assert cleaned == [line.lstrip("\ufeff") for line in lines]
    assert len(said) == len(warnings)
    assert all(line.startswith(w) for line, w in zip(said, warnings, strict=True))
