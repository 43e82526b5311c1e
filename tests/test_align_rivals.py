"""How near a bead's nearest other reading came (`rejoin.rival_margins`), and what the
calibration makes of it: a one-to-one bead beside a null line that could have joined it
(the blind sets' commonest sure miss, a 2–1 bead read as its part and a null) is less
sure than the same bead alone."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from tests.rejoin_harness import Beads, Cosines, bead_cost, hand_path, joined_cosines
from workbench.align.config import WITH_ENCODER
from workbench.align.joined import Joined
from workbench.align.rejoin import rival_margins
from workbench.align.search import Step, calibrate, calibration_features


def margins(beads: Beads, cosines: Cosines) -> list[float]:
    """`rival_margins` of a hand-written path. A null bead costs 0.4, a pair
    (1 - cosine) * (its sentences / 2), plus 0.1 if it has more than two
    (`rejoin_harness.bead_cost`); a cosine not given is 0.5."""
    path, shapes = hand_path(beads)
    n, m = path[-1][:2]
    joined = Joined(joined_cosines(cosines, missing=0.5), [True] * n, [True] * m)
    return rival_margins(path, shapes, bead_cost, joined)


@pytest.mark.parametrize(
    ("beads", "cosines", "expected"),
    [
        # a pair (0.9: costs 0.1) and a null (0.4) against their joined 1–2 bead (0.55:
        # 0.45 * 1.5 + 0.1 = 0.775): the joined reading costs 0.275 more; the null's own
        # rival is not read
        (
            [((0,), (0,)), ((), (1,))],
            {((0,), (0,)): 0.9, ((0,), (0, 1)): 0.55},
            [pytest.approx(0.275), math.inf],
        ),
        # the same null line on either side: the nearer of the two joined readings
        (
            [((), (0,)), ((0,), (1,)), ((), (2,))],
            {((0,), (1,)): 0.9, ((0,), (0, 1)): 0.7, ((0,), (1, 2)): 0.55},
            [math.inf, pytest.approx(0.05), math.inf],
        ),
        # a pair among pairs has no null to join: no rival
        ([((0,), (0,)), ((1,), (1,))], {}, [math.inf, math.inf]),
        # a 2–1 bead is not read again (its joined reading is its own)
        ([((0, 1), (0,)), ((), (1,))], {}, [math.inf, math.inf]),
        # a 2–2 bead is not read again either, however cheap a cut of it would be
        (
            [((0, 1), (0, 1))],
            {((0, 1), (0, 1)): 0.8, ((0,), (0,)): 0.9, ((1,), (1,)): 0.7},
            [math.inf],
        ),
    ],
)
def test_a_beads_rival_margin_is_what_its_nearest_other_reading_costs_more(
    beads: Beads, cosines: Cosines, expected: list[float]
) -> None:
    assert margins(beads, cosines) == expected


def test_a_one_to_one_bead_that_could_have_taken_in_a_null_line_is_less_sure() -> None:
    weights = WITH_ENCODER.calibration
    assert weights is not None
    sizes = np.full(3, 40.0)
    steps = [Step(k + 1, k + 1, (1, 1), 0.7) for k in range(3)]
    near = [replace(s, rival=0.4) if k == 1 else s for k, s in enumerate(steps)]
    alone, beside = (calibrate(x, weights, sizes, sizes)[1].confidence for x in (steps, near))
    # a joined reading at 0.4 divides the bead's odds of being right by about four
    ratio = (alone / (1 - alone)) / (beside / (1 - beside))
    assert ratio == pytest.approx(math.exp(-0.4 * weights[7])) and ratio > 3
    # the column is read for one-to-one beads only: a 2–1 bead whose joined reading
    # with a null came close was right 75 times in 75
    three = [Step(2, 1, (2, 1), 0.7, rival=0.4)]
    assert calibration_features(three, sizes[:2], sizes[:1])[0, 7:].tolist() == [0.0]
