"""`bench/align_misses.py`: what the system did with each gold bead it missed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from align_misses import miss_kind, misses_table

from workbench.model import Bead


def beads(text: str) -> list[Bead]:
    """``"0,1:0 2:1"`` -> beads ([0, 1]:[0]) and ([2]:[1]); an empty side is a null bead."""
    out = []
    for part in text.split():
        s, t = part.split(":")
        out.append(
            Bead(tuple(int(x) for x in s.split(",") if x), tuple(int(x) for x in t.split(",") if x))
        )
    return out


@pytest.mark.parametrize(
    ("gold", "system", "kind"),
    [
        ("0,1:0,1", "0,1:0,1", "found"),
        # a loose 2–2 found as two one-to-one beads
        ("0,1:0,1", "0:0 1:1", "split"),
        # a 2–1 found as a one-to-one and a null bead
        ("0,1:0", "0:0 1:", "split"),
        # a one-to-one glued to its neighbour's bead
        ("0:0", "0,1:0,1", "merged"),
        # a boundary drawn one sentence late
        ("0,1:0", "0:0,1 1:", "shifted"),
        ("0:0", "0:1 :0", "shifted"),
    ],
)
def test_a_missed_gold_bead_is_sorted_by_what_the_system_did(
    gold: str, system: str, kind: str
) -> None:
    assert miss_kind(beads(gold)[0], beads(system)) == kind


def test_the_table_counts_gold_pairs_by_shape_and_wrong_system_beads_by_shape() -> None:
    gold = beads("0,1:0,1 2:2 3:")
    system = beads("0:0 1:1 2:2 3:")
    table = misses_table([(gold, system)])
    assert "| 2–2 | 1 | 0 | 1 | 0 | 0 | 1.00 |" in table
    assert "| 1–1 | 1 | 1 | 0 | 0 | 0 | 0.00 |" in table
    assert "| 1–1 | 2 |" in table.split("wrong system bead shape")[1]
