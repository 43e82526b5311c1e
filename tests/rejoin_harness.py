"""`rejoin` (the aligner's second pass) run on a hand-written path with small test costs:
the harness of test_align_core's and test_align_numbers' tables."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.align.config import DENSE_TYPES
from workbench.align.joined import Joined
from workbench.align.rejoin import rejoin

Ids = tuple[int, ...]
Beads = list[tuple[Ids, Ids]]
Cosines = dict[tuple[Ids, Ids], float]


def rejoined(
    beads: Beads,
    joined_cos: Cosines,
    not_clauses: tuple[int, ...] = (),
    null_evidence: float = 0.0,
    lengths: Cosines | None = None,
    src_titles: tuple[int, ...] = (),
    tgt_titles: tuple[int, ...] = (),
    numbers: tuple[Sequence[frozenset[str]], Sequence[frozenset[str]]] = ((), ()),
) -> Beads:
    """`rejoin` on the beads of a table row, with its costs; target ids in ``not_clauses``
    are lines that do not read as clauses; ``lengths`` gives length costs (1 for a bead
    it leaves out), weighed 0.5; ids in ``src_titles`` and ``tgt_titles`` are title
    lines (a target title line is no clause); ``numbers``: the numbers each source and
    target line states (`Joined.src_numbers`, `tgt_numbers`), none when not given."""
    n = 1 + max(i for s, _ in beads for i in s)
    m = 1 + max(j for _, t in beads for j in t)
    shapes = list(DENSE_TYPES)
    path, i, j = [], 0, 0
    for s, t in beads:
        i, j = i + len(s), j + len(t)
        path.append((i, j, shapes.index((len(s), len(t)))))

    def bead_cost(s: range, t: range, cosine: float | None) -> float:
        if not (s and t):
            return 0.4
        merge = 0.0 if (len(s), len(t)) == (1, 1) else 0.1
        return (1 - (0.5 if cosine is None else cosine)) * (len(s) + len(t)) / 2 + merge

    def similarity(asked: Sequence[tuple[range, range]]) -> list[float]:
        return [joined_cos.get((tuple(s), tuple(t)), 0.0) for s, t in asked]

    def length(s: range, t: range) -> float:
        assert lengths is not None
        return lengths.get((tuple(s), tuple(t)), 1.0)

    clauses = Joined(
        similarity,
        [i not in src_titles for i in range(n)],
        [j not in not_clauses and j not in tgt_titles for j in range(m)],
        [i in src_titles for i in range(n)],
        [j in tgt_titles for j in range(m)],
        *numbers,
    )
    got, i, j = [], 0, 0
    found = rejoin(
        path, shapes, bead_cost, clauses, null_evidence, length if lengths else None, 0.5
    )
    for i1, j1, shape_at in found:
        a, b = shapes[shape_at]
        assert (i1 - a, j1 - b) == (i, j)  # still a path: each bead starts where the last ended
        got.append((tuple(range(i, i1)), tuple(range(j, j1))))
        i, j = i1, j1
    return got
