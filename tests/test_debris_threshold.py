"""How bench/debris.py reads the debris threshold off its out-of-fold cost curve.

The cost per threshold is summed over labelled parts, each written by another writer. When
the curve has two troughs of about the same cost, the least cost jumps from one to the
other as a part joins; the threshold shipped is read off the curve averaged over as many
steps as the least cost moves when one part is left out (`threshold_of`).
"""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest

from tests import debris_bench


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return debris_bench.bench()


def curve(bench: ModuleType, troughs: list[int]) -> object:
    """One part per trough: a shallow bowl around the grid's middle, and a dip of 5 debris
    lines at the part's own trough (a step of the grid)."""
    steps = np.arange(len(bench.GRID))
    middle = len(steps) // 2
    missed = np.array([0.1 * (steps - middle) ** 2 - 5.0 * (steps == at) for at in troughs])
    zeros = np.zeros_like(missed)
    parts = tuple(f"part{k}" for k in range(len(troughs)))
    return bench.CostCurve(missed + 50, zeros, zeros, parts, 100 * len(troughs), 10.0)


def test_a_curve_every_part_agrees_on_gives_its_least_cost(bench: ModuleType) -> None:
    middle = len(bench.GRID) // 2
    agreed = curve(bench, [middle + 3] * 6)
    assert bench.jackknife_steps(agreed) == 0
    assert bench.threshold_of(agreed) == bench.least_cost(agreed) == bench.GRID[middle + 3]


@pytest.mark.parametrize("apart", [4, 6])
def test_a_part_that_tips_two_even_troughs_moves_the_threshold_a_step_at_most(
    bench: ModuleType, apart: int
) -> None:
    middle = len(bench.GRID) // 2
    low, high = middle - apart // 2, middle + apart // 2
    even = curve(bench, [low] * 10 + [high] * 10)
    tipped = curve(bench, [low] * 10 + [high] * 11)
    step = bench.GRID[0] - bench.GRID[1]
    # the least cost jumps from one trough to the other
    assert bench.least_cost(even) == bench.GRID[low]
    assert bench.least_cost(tipped) == bench.GRID[high]
    assert bench.jackknife_steps(even) == apart // 2
    moved = abs(bench.threshold_of(even) - bench.threshold_of(tipped))
    assert moved <= step + 1e-9


def test_the_moving_mean_repeats_the_ends(bench: ModuleType) -> None:
    values = np.array([3.0, 0.0, 3.0, 6.0])
    assert list(bench.moving_mean(values, 1)) == [2.0, 2.0, 3.0, 5.0]
    assert list(bench.moving_mean(values, 0)) == list(values)
