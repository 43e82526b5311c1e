"""`rejoin` (the aligner's second pass) run on a hand-written path with small test costs:
the harness of test_align_core's and test_align_numbers' tables; its path, costs and
cosines also serve test_align_rivals."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.align.config import DENSE_TYPES, Shape
from workbench.align.joined import Joined, JoinedSimilarity
from workbench.align.rejoin import Path, rejoin

Ids = tuple[int, ...]
Beads = list[tuple[Ids, Ids]]
Cosines = dict[tuple[Ids, Ids], float]


def hand_path(beads: Beads) -> tuple[Path, list[Shape]]:
    """The path of ``beads`` as the first pass gives it to `rejoin`: each bead's end
    ``(i, j)`` and the index of its shape in the shapes returned (`DENSE_TYPES`)."""
    shapes = list(DENSE_TYPES)
    path, i, j = [], 0, 0
    for s, t in beads:
        i, j = i + len(s), j + len(t)
        path.append((i, j, shapes.index((len(s), len(t)))))
    return path, shapes


def bead_cost(s: range, t: range, cosine: float | None) -> float:
    """A small test cost: a null bead 0.4, a pair (1 - cosine) * (its sentences / 2),
    plus 0.1 if it has more than two; a cosine not known is 0.5."""
    if not (s and t):
        return 0.4
    merge = 0.0 if (len(s), len(t)) == (1, 1) else 0.1
    return (1 - (0.5 if cosine is None else cosine)) * (len(s) + len(t)) / 2 + merge


def joined_cosines(cosines: Cosines, *, missing: float) -> JoinedSimilarity:
    """The similarity `Joined` asks of the joined text: each asked pair's cosine in
    ``cosines``, ``missing`` for a pair not in it."""

    def similarity(asked: Sequence[tuple[range, range]]) -> list[float]:
        return [cosines.get((tuple(s), tuple(t)), missing) for s, t in asked]

    return similarity


def rejoined(
    beads: Beads,
    joined_cos: Cosines,
    not_clauses: tuple[int, ...] = (),
    null_evidence: float = 0.0,
    lengths: Cosines | None = None,
    src_titles: tuple[int, ...] = (),
    tgt_titles: tuple[int, ...] = (),
    numbers: tuple[Sequence[frozenset[str]], Sequence[frozenset[str]]] = ((), ()),
    squares: bool = False,
) -> Beads:
    """`rejoin` on the beads of a table row, with its costs; target ids in ``not_clauses``
    are lines that do not read as clauses; ``lengths`` gives length costs (1 for a bead
    it leaves out), weighed 0.5; ids in ``src_titles`` and ``tgt_titles`` are title
    lines (a target title line is no clause); ``numbers``: the numbers each source and
    target line states (`Joined.src_numbers`, `tgt_numbers`), none when not given;
    ``squares``: 2–2 beads are read again too (`Costs.loose_squares`)."""
    n = 1 + max(i for s, _ in beads for i in s)
    m = 1 + max(j for _, t in beads for j in t)
    path, shapes = hand_path(beads)

    def length(s: range, t: range) -> float:
        assert lengths is not None
        return lengths.get((tuple(s), tuple(t)), 1.0)

    clauses = Joined(
        joined_cosines(joined_cos, missing=0.0),
        [i not in src_titles for i in range(n)],
        [j not in not_clauses and j not in tgt_titles for j in range(m)],
        [i in src_titles for i in range(n)],
        [j in tgt_titles for j in range(m)],
        *numbers,
    )
    got, i, j = [], 0, 0
    found = rejoin(
        path, shapes, bead_cost, clauses, null_evidence, length if lengths else None, 0.5,
        squares=squares,
    )  # fmt: skip
    for i1, j1, shape_at in found:
        a, b = shapes[shape_at]
        assert (i1 - a, j1 - b) == (i, j)  # still a path: each bead starts where the last ended
        got.append((tuple(range(i, i1)), tuple(range(j, j1))))
        i, j = i1, j1
    return got
