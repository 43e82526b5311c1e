"""`workbench score align` on newcomer25's bead files (tests/data/score25): several documents
pooled as vecalign's score.py pools them, and files score.py would score silently refused."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from workbench.cli import app
from workbench.formats.beads import format_beads, parse_beads
from workbench.model import Bead, InputError
from workbench.quality.align_files import check_bead_file, parse_bead_file
from workbench.quality.alignment import score_alignment

DATA = Path(__file__).parent / "data" / "score25"
runner = CliRunner()


def score_align(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(
        app, ["score", "align", *(str(DATA / a) if "." in a else a for a in args)]
    )
    return result.exit_code, result.stdout, result.stderr


# newcomer25 ran vecalign's score.py (its counting rules, thompsonb/vecalign b9d732c) with
# `-g doc1.gold doc2.gold -t doc1.other doc2.other`: counts summed over the documents.
VECALIGN_POOLED = {
    "strict_precision": 11 / 18, "strict_recall": 9 / 13, "strict_f1": 0.6491803278688525,
    "lax_precision": 15 / 18, "lax_recall": 1.0, "lax_f1": 0.9090909090909091,
}  # fmt: skip


def test_several_documents_are_pooled_as_vecaligns_score_py() -> None:
    """newcomer25: `--gold A --gold B --pred A' --pred B'` scored B alone (strict F1 0.615)."""
    pairs = ["--gold", "doc1.gold", "--pred", "doc1.other", "--gold", "doc2.gold", "--pred"]
    code, out, err = score_align(*pairs, "doc2.other", "-f", "json")
    assert code == 0, err
    report = json.loads(out)
    for key, value in VECALIGN_POOLED.items():
        assert report["pooled"][key] == pytest.approx(value, abs=1e-12)
    assert (report["pooled"]["system_beads"], report["pooled"]["gold_beads"]) == (18, 13)
    for row, name in zip(report["documents"], ("doc1", "doc2"), strict=True):
        alone = score_alignment(
            parse_beads((DATA / f"{name}.gold").read_text()),
            parse_beads((DATA / f"{name}.other").read_text()),
        )
        assert row["pred"].endswith(f"{name}.other")
        assert {k: row[k] for k in VECALIGN_POOLED} == {
            k: alone.as_dict()[k] for k in VECALIGN_POOLED
        }


def test_each_document_has_its_rows_and_the_pool_its_own() -> None:
    golds = ["--gold", "doc1.gold", "--gold", "doc2.gold"]
    code, out, _ = score_align(*golds, "--pred", "doc1.other", "--pred", "doc2.other", "-f", "tsv")
    assert code == 0
    header, *rows = (line.split("\t") for line in out.splitlines())
    assert header == [
        "document",
        "match",
        "precision",
        "recall",
        "f1",
        "system_beads",
        "gold_beads",
    ]
    assert [(Path(r[0]).name, r[1]) for r in rows] == [
        ("doc1.other", "strict"), ("doc1.other", "lax"), ("doc2.other", "strict"),
        ("doc2.other", "lax"), ("pooled", "strict"), ("pooled", "lax"),
    ]  # fmt: skip
    assert rows[4][2:] == ["0.611", "0.692", "0.649", "18", "13"]


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (["--gold", "doc1.gold", "--pred", "doc1.other", "--pred", "doc2.other"], 2,
         "1 --gold but 2 --pred files: give one gold file for each prediction"),
        (["--gold", "outofrange.gold", "--pred", "doc1.other"], 1,
         "outofrange.gold, bead 8 ([8]:[7, 12]): target sentence 12 but target sentences 9–11 "
         "are in no bead: an index out of range, or beads missing"),
        (["--gold", "doc1.gold", "--pred", "overlap.pred"], 1,
         "overlap.pred, bead 3 ([1, 2]:[2]): source sentence 1 is already in bead 2"),
        (["--gold", "doc1.gold", "--pred", "doc2.gold"], 1,
         "doc2.gold covers 7 source sentences but its gold"),
        (["--gold", "doc1.gold", "--pred", "blankline.pred"], 1,
         "blankline.pred, line 2 is blank: one bead a line"),
        (["--gold", "doc1.gold", "--pred", "malformed.pred"], 1,
         "malformed.pred, line 2: '[1] [1]' is not a bead"),
    ],
    ids=["counts-differ", "out-of-range", "overlap", "wrong-document", "blank-line",
         "malformed-line"],
)  # fmt: skip
def test_files_score_py_would_score_are_refused_in_one_line(
    args: list[str], code: int, said: str
) -> None:
    """vecalign scores each of these silently (0.873, 0.947, 0.286, 0.444 strict F1 for
    newcomer25); we say which file and bead, and what to do."""
    exit_code, out, err = score_align(*args, "-f", "tsv")
    assert (exit_code, out) == (code, "")
    (line,) = err.splitlines()
    assert line.startswith("error: ") and said in line


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("[0]:[0]\n[0]:[1]\n", "bead 2 ([0]:[1]): source sentence 0 is already in bead 1"),
        ("[0]:[0]\n[1]:[1]\n[1]:[1]\n", "bead 3 ([1]:[1]): source sentence 1 is already in bead 2"),
        ("[1]:[0]\n[2]:[1]\n", "bead 1 ([1]:[0]): source sentence 1 but source sentence 0 is in"),
        ("[0]:[0]\n[]:[3]\n", "target sentence 3 but target sentences 1–2 are in no bead"),
    ],
    ids=["one-sentence-two-beads", "repeated-bead", "counted-from-1", "gap"],
)  # fmt: skip
def test_a_bead_file_covers_each_sentence_once(text: str, said: str) -> None:
    with pytest.raises(InputError, match=r"^g\.beads, ") as err:
        parse_bead_file("g.beads", text)
    assert said in str(err.value)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("[0]:[0]\n\n[1]:[1]\n", "g.beads, line 2 is blank"),  # score.py fails here
        ("[0]:[0]\n[1]:[1]\n\n\n", None),  # an editor's blank lines at the end: skipped
        ("[0]:[0]\n[1]:[1]\n  \n", None),
    ],
    ids=["inside", "at-the-end", "spaces-at-the-end"],
)
def test_a_blank_line_inside_a_bead_file_is_refused(text: str, said: str | None) -> None:
    if said is None:
        assert len(parse_bead_file("g.beads", text).beads) == 2
        return
    with pytest.raises(InputError, match=said):
        parse_bead_file("g.beads", text)


@pytest.mark.parametrize("name", ["doc1.gold", "doc2.gold", "doc1.other", "doc2.other"])
def test_valid_files_pass_and_keep_their_beads(name: str) -> None:
    text = (DATA / name).read_text()
    found = parse_bead_file(name, text)
    check_bead_file(found)
    assert list(found.beads) == parse_beads(text)


def test_the_single_table_says_what_each_count_counts() -> None:
    """newcomer25: "11 system / 7 gold beads" did not say that 7 counts the gold pairs only."""
    code, out, _ = score_align("--gold", "doc1.gold", "--pred", "doc1.other")
    assert code == 0
    assert (
        "precision over 11 system beads (nulls included), recall over 7 gold beads with both sides"
        in out
    )


shapes = st.lists(st.sampled_from([(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2)]), min_size=1)


def path(steps: list[tuple[int, int]]) -> list[Bead]:
    """A monotone bead path of the given shapes: each sentence in exactly one bead."""
    beads, i, j = [], 0, 0
    for n, m in steps:
        beads.append(Bead(tuple(range(i, i + n)), tuple(range(j, j + m))))
        i, j = i + n, j + m
    return beads


@given(shapes, st.data())
def test_any_bead_path_passes_and_any_sentence_used_twice_or_skipped_is_refused(
    steps: list[tuple[int, int]], data: st.DataObject
) -> None:
    beads = path(steps)
    text = format_beads(beads)
    assert list(parse_bead_file("p.beads", text).beads) == parse_beads(text)
    k = data.draw(st.integers(0, len(beads) - 1))
    side = data.draw(st.sampled_from([0, 1]))
    ids = beads[k].src if side == 0 else beads[k].tgt
    if ids:  # a sentence of bead k+1 put again in a bead after it: an overlap
        again = Bead((ids[0],), ()) if side == 0 else Bead((), (ids[0],))
        with pytest.raises(InputError, match="is already in bead"):
            parse_bead_file("p.beads", format_beads([*beads, again]))
    last = beads[-1].src if side == 0 else beads[-1].tgt
    if last:  # one past the end and a gap before it: an index out of range
        far = last[-1] + 2
        wrong = Bead((far,), ()) if side == 0 else Bead((), (far,))
        with pytest.raises(InputError, match=r"(is|are) in no bead"):
            parse_bead_file("p.beads", format_beads([*beads, wrong]))


def test_width_rounds_as_score_mt_does_and_json_stays_exact_without_it() -> None:
    args = ("--gold", "doc1.gold", "--pred", "doc1.other")
    _, table, _ = score_align(*args, "-f", "tsv", "-w", "2")
    assert table.splitlines()[1].split("\t") == ["strict", "0.64", "0.71", "0.67"]
    _, rounded, _ = score_align(*args, "-f", "json", "--width", "1")
    assert json.loads(rounded)["lax_precision"] == 0.8
    _, exact, _ = score_align(*args, "-f", "json")
    assert json.loads(exact)["lax_precision"] == 9 / 11


@pytest.mark.parametrize("command", ["mt", "align", "doc"])
def test_every_score_command_takes_the_same_width_option(command: str) -> None:
    result = CliRunner().invoke(app, ["score", command, "--help"], env={"COLUMNS": "200"})
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.output)
    assert result.exit_code == 0 and "--width" in plain and "-w" in plain


def test_a_gold_file_saved_with_a_byte_order_mark_and_crlf_is_read(tmp_path: Path) -> None:
    """Notepad and Excel save UTF-8 with a BOM and CR LF: the file is read as written
    (newcomer41: refused, quoting '\\ufeff[0]:[0]')."""
    gold = tmp_path / "gold.beads"
    gold.write_bytes(b"\xef\xbb\xbf[0]:[0]\r\n[1]:[1]\r\n")
    pred = tmp_path / "pred.beads"
    pred.write_text("[0]:[0]\n[1]:[1]\n", encoding="utf-8")
    result = runner.invoke(
        app, ["score", "align", "--gold", str(gold), "--pred", str(pred), "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["strict_f1"] == 1.0
