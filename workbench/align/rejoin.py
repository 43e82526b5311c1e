"""The aligner's second pass: beads decided again on the embedding of their joined text.

The search (`workbench.align.search`) prices a many-sentence bead from the sum
of its sentences' embeddings. Here, as Vecalign and Bertalign do, the few beads
where that matters are priced again on the embedding of their joined text, in
the search's own cost (`joined_cost`), and the cheaper reading wins (`rejoin`,
`resegment`). Pure: the joined texts' similarities come from a callable.

What a bead costs on its joined text is in `joined`; the third step, boundaries
re-drawn (`resegment`, `shift_boundaries`), in `resegment`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workbench.align.config import Shape
from workbench.align.joined import (
    BeadCost,
    Box,
    Joined,
    JoinedSimilarity,
    LengthCost,
    LengthOffset,
    NullCost,
    box_ids,
    box_size,
    joined_cost,
    length_cost,
    length_offset,
)
from workbench.align.resegment import _keeps_loose_pairs, resegment, shift_boundaries

# what callers and tests have always imported from here
__all__ = [
    "BeadCost",
    "Box",
    "Joined",
    "JoinedSimilarity",
    "LengthCost",
    "LengthOffset",
    "NullCost",
    "Path",
    "_keeps_loose_pairs",
    "joined_cost",
    "length_cost",
    "length_offset",
    "rejoin",
    "resegment",
    "rival_margins",
    "shift_boundaries",
]

Path = list[tuple[int, int, int]]
Pair = tuple[range, range]


def rejoin(
    path: Path,
    shapes: Sequence[Shape],
    bead_cost: BeadCost,
    joined: Joined,
    null_evidence: float = 0.0,
    length: LengthCost | None = None,
    length_weight: float = 0.0,
    shift: bool = False,
    offset: LengthOffset | None = None,
    *,
    squares: bool = False,
) -> Path:
    """Second pass: re-decide, on the joined text, whether a sentence belongs to a pair.

    The search scores a 1–2 bead from the sum of its sentences' embeddings, in
    which a short clause ("C'était prévu ;") weighs as much as the sentence it
    belongs to. As Vecalign and Bertalign do, such a bead is scored instead on
    the embedding of its joined text, within the search's own cost
    (`joined_cost`: same weights, normalisation, shape penalty and null cost),
    and the cheaper of two readings wins: a 1–2 or 2–1 bead, or its one-to-one
    part and a null bead; a one-to-one bead and a null bead next to it, or the
    bead that joins them. Only a line that reads as a clause
    (``joined.src_clause``/``tgt_clause``) may join: a caption, a label or a
    credit stays out; and a title line (``joined.src_title``/``tgt_title``: a
    headline, a byline) never shares its side of a bead of three sentences or
    more with a clause, whatever the cost. Last, a bead of three or more sentences may be cut
    in two on the joined text, and one mixing a title with a clause is cut in up
    to three (`resegment`). ``path`` holds (i, j, shape index) per bead, as
    `kernels.best_path` returns it.

    The null cost is set per sentence here, from local evidence: a sentence
    that could join a one-to-one neighbour is cheaper to leave out by
    ``null_evidence`` times what joining it loses, the cosine of the pair
    alone less that of the joined text. An added explanation, a dropped aside
    or a byline makes the joined text match worse than the pair alone; a real
    part of a 1–2 bead makes it match better (over the five development sets,
    the sign of that difference tells the two apart in 321 of 339 gold cases).
    Given ``length`` (`length_cost`), what joining gains in length match, times
    ``length_weight``, is taken off that loss: a sentence freely split in two
    ("…, et il fallut agrandir." / "… Es musste angebaut werden.") may have a
    short half the encoder finds unrelated to the whole (cosine about 0), yet
    only the joined text matches the other side in length. Neither cosine
    level tells these from an added line; the length does.

    With ``squares``, a 2–2 bead is read again too (`_leave_out_of_squares`).
    """
    index = {shape: t for t, shape in enumerate(shapes)}
    beads = _Beads([(i - shapes[t][0], j - shapes[t][1], i, j) for i, j, t in path], index, joined)
    asked = beads.asked(squares)
    cosine = dict(zip(asked, joined.similarity(asked) if asked else [], strict=True))
    null_cost = _null_cost(bead_cost, cosine, null_evidence, length, length_weight)
    _leave_out_of_pairs(beads, bead_cost, cosine, null_cost)
    if squares:
        _leave_out_of_squares(beads, bead_cost, cosine, null_evidence)
    _join_nulls(beads, bead_cost, cosine, null_cost)
    boxes = resegment(beads.boxes, index, bead_cost, joined, cosine, offset, null_cost)
    if shift:
        boxes = shift_boundaries(boxes, index, bead_cost, joined, cosine)
    boxes = _join_crossed_numbers(boxes, index, joined)
    return [(i1, j1, index[(i1 - i0, j1 - j0)]) for i0, j0, i1, j1 in boxes]


@dataclass
class _Beads:
    """The beads `rejoin` re-decides, in order, as boxes; changed in place."""

    boxes: list[Box]
    index: Mapping[Shape, int]
    joined: Joined

    def ids(self, k: int) -> Pair:
        return box_ids(self.boxes[k])

    def size(self, k: int) -> Shape:
        return self.boxes[k][2] - self.boxes[k][0], self.boxes[k][3] - self.boxes[k][1]

    def merges(self, k: int) -> list[tuple[int, Pair]]:
        """The one-to-one neighbours null bead ``k`` may join, with the joined ids."""
        beads, joined = self.boxes, self.joined
        a, b = self.size(k)
        if a and b:
            return []
        clause = joined.src_clause[beads[k][0]] if a else joined.tgt_clause[beads[k][1]]
        out = []
        for nk in (k - 1, k + 1):
            if 0 <= nk < len(beads) and self.size(nk) == (1, 1) and (1 + a, 1 + b) in self.index:
                if not (clause or joined.number_anchor(beads[k], beads[nk])):
                    continue
                lo, hi = min(k, nk), max(k, nk)
                joint = (range(beads[lo][0], beads[hi][2]), range(beads[lo][1], beads[hi][3]))
                if not joined.title_in_text(*joint):
                    out.append((nk, joint))
        return out

    def asked(self, squares: bool = False) -> list[Pair]:
        """Every joined text the passes of `rejoin` may ask about, to encode in one batch,
        and the one-to-one pairs inside them (single sentences: already encoded); with
        ``squares``, the 2–2 beads' too."""
        beads, size = self.boxes, self.size
        shapes = ((1, 2), (2, 1), (2, 2)) if squares else ((1, 2), (2, 1))
        asked = [self.ids(k) for k in range(len(beads)) if size(k) in shapes]
        asked += [joint for k in range(len(beads)) for _, joint in self.merges(k)]
        asked += [self.ids(nk) for k in range(len(beads)) for nk, _ in self.merges(k)]
        asked += [
            (range(s, s + 1), range(t, t + 1))
            for k in range(len(beads))
            if size(k) in shapes
            for s, t in ((beads[k][0], beads[k][1]), (beads[k][2] - 1, beads[k][3] - 1))
        ]
        return list(dict.fromkeys(asked))


def _null_cost(
    bead_cost: BeadCost,
    cosine: Mapping[Pair, float],
    null_evidence: float,
    length: LengthCost | None,
    length_weight: float,
) -> NullCost:
    """A null bead's cost next to a pair, cheaper by what joining them loses (`rejoin`)."""

    def null_cost(box: Box, pair: Pair, joint: Pair) -> float:
        """The null bead ``box`` next to ``pair``, cheaper by what joining them loses."""
        loss = cosine.get(pair, -1.0) - cosine[joint]  # a pair not asked: no loss
        if length is not None and pair in cosine:
            loss -= length_weight * (length(*pair) - length(*joint))
        loss = max(0.0, loss)
        return bead_cost(*box_ids(box), None) - null_evidence * loss

    return null_cost


def _leave_out_of_pairs(
    beads: _Beads, bead_cost: BeadCost, cosine: Mapping[Pair, float], null_cost: NullCost
) -> None:
    """A 1–2 or 2–1 bead: is one of its sentences better left out?"""
    ids, size, boxes, joined = beads.ids, beads.size, beads.boxes, beads.joined
    for k in reversed(range(len(boxes))):
        if size(k) not in ((1, 2), (2, 1)):
            continue
        s0, t0, s1, t1 = boxes[k]
        whole = math.inf if joined.title_in_text(*ids(k)) else bead_cost(*ids(k), cosine[ids(k)])
        first = [(s0, t0, s0 + 1, t0 + 1), (s0 + 1, t0 + 1, s1, t1)]  # the pair, then a null
        last = [(s0, t0, s1 - 1, t1 - 1), (s1 - 1, t1 - 1, s1, t1)]  # a null, then the pair
        split = min(
            [
                (
                    bead_cost(*box_ids(pair), None) + null_cost(null, box_ids(pair), ids(k)),
                    n,
                    pieces,
                )
                for n, pieces in enumerate((first, last))
                for pair, null in [(pieces[n], pieces[1 - n])]
                if not joined.number_anchor(null, pair)
            ]
            or [(math.inf, 0, [])]
        )
        if split[0] < whole:
            boxes[k : k + 1] = split[2]


def _leave_out_of_squares(
    beads: _Beads, bead_cost: BeadCost, cosine: Mapping[Pair, float], null_evidence: float
) -> None:
    """A 2–2 bead: is it one of its diagonal pairs with a line left out on each side?

    The search prices a 2–2 bead from its sentences' summed embeddings; on its joined text
    a true pair can carry two unrelated lines beside it when the text repeats itself
    (council minutes: "Le conseil municipal de Lille a rejeté…" and "The Calais town
    council discussed something unrelated entirely." glued to the Douai pair at 0.915).
    Each reading is priced in the search's own cost, the two lines left out cheaper by
    ``null_evidence`` times what joining them loses (the pair's cosine alone less the
    joined text's), once for the two, as `_leave_out_of_pairs` prices one; the cheapest
    reading wins."""
    boxes, joined = beads.boxes, beads.joined
    for k in reversed(range(len(boxes))):
        ids = beads.ids(k)
        if beads.size(k) != (2, 2) or ids not in cosine or joined.title_in_text(*ids):
            continue  # `resegment` reads a title's beads
        s0, t0, s1, t1 = boxes[k]
        first = [(s0, t0, s0 + 1, t0 + 1), (s0 + 1, t0 + 1, s1, t0 + 1), (s1, t0 + 1, s1, t1)]
        last = [(s0, t0, s0 + 1, t0), (s0 + 1, t0, s0 + 1, t0 + 1), (s0 + 1, t0 + 1, s1, t1)]
        cost, pieces = min(
            (
                sum(bead_cost(*box_ids(b), None) for b in reading)
                - null_evidence * max(0.0, cosine.get(box_ids(pair), -1.0) - cosine[ids]),
                reading,
            )
            for reading, pair in ((first, first[0]), (last, last[2]))
        )
        if cost < bead_cost(*ids, cosine[ids]):
            boxes[k : k + 1] = pieces


def _join_nulls(
    beads: _Beads, bead_cost: BeadCost, cosine: Mapping[Pair, float], null_cost: NullCost
) -> None:
    """A null bead: does it belong to a neighbouring one-to-one bead?"""
    boxes = beads.boxes
    k = 0
    while k < len(boxes):
        choice: tuple[float, int] | None = None  # cost saved, the pair the null bead joins
        for nk, joint in beads.merges(k):
            if joint in cosine:
                saved = null_cost(boxes[k], beads.ids(nk), joint) + bead_cost(*beads.ids(nk), None)
                saved -= bead_cost(*joint, cosine[joint])
                if beads.joined.number_anchor(boxes[k], boxes[nk]):
                    saved = math.inf  # the line states the pair's number: it belongs there
                if saved > 0 and (choice is None or saved > choice[0]):
                    choice = (saved, nk)
        if choice is not None:
            lo, hi = min(k, choice[1]), max(k, choice[1])
            boxes[lo : hi + 1] = [(boxes[lo][0], boxes[lo][1], boxes[hi][2], boxes[hi][3])]
            k = lo
        k += 1


def _join_crossed_numbers(
    boxes: list[Box], index: Mapping[Shape, int], joined: Joined
) -> list[Box]:
    """Two neighbouring pair beads that cross on a number (`Joined.numbers_cross`) are one
    bead, where its shape is searched and it mixes no title with running text."""
    out: list[Box] = []
    for box in boxes:
        if out and all(box_size(out[-1])) and all(box_size(box)):
            union = (out[-1][0], out[-1][1], box[2], box[3])
            if (
                box_size(union) in index
                and joined.numbers_cross(out[-1], box)
                and not joined.title_in_text(*box_ids(union))
            ):
                out[-1] = union
                continue
        out.append(box)
    return out


def rival_margins(
    path: Path, shapes: Sequence[Shape], bead_cost: BeadCost, joined: Joined
) -> list[float]:
    """Per bead of ``path``, how much dearer, on the joined text, its nearest other
    reading is: for a one-to-one bead, the bead joining it with a neighbouring null
    line; infinity for every other bead and where no such reading is searched (or it
    mixes a title with running text).

    The blind sets' commonest sure miss is a 2–1 bead read as its one-to-one part and
    a null, at 0.93–0.99: the bead's posterior sums every path through it (on the
    search's summed embeddings) and does not say how close the joined reading came.
    (The cheapest cut of a bead of four sentences or more was measured as well and
    made the calibration worse out of fold: docs/benchmarks/alignment-quality.md,
    sessions 24 and 25.)
    """
    index = {shape: t for t, shape in enumerate(shapes)}
    boxes = [(i - shapes[t][0], j - shapes[t][1], i, j) for i, j, t in path]
    # (bead, the beads it is read as, the beads of the other reading)
    readings: list[tuple[int, list[Box], list[Box]]] = []
    for k, box in enumerate(boxes):
        if box_size(box) == (1, 1):
            for nk in (k - 1, k + 1):
                if 0 <= nk < len(boxes) and 0 in box_size(boxes[nk]):
                    lo, hi = boxes[min(k, nk)], boxes[max(k, nk)]
                    readings.append((k, [box, boxes[nk]], [(lo[0], lo[1], hi[2], hi[3])]))
    readings = [
        (k, now, r) for k, now, r in readings
        if all(box_size(b) in index and not joined.title_in_text(*box_ids(b)) for b in r)
    ]  # fmt: skip
    pairs = list(dict.fromkeys(
        box_ids(b) for _, now, r in readings for b in [*now, *r] if all(box_size(b))
    ))  # fmt: skip
    cosine = dict(zip(pairs, joined.similarity(pairs) if pairs else [], strict=True))

    def cost(b: Box) -> float:
        return bead_cost(*box_ids(b), cosine.get(box_ids(b)))

    out = [math.inf] * len(boxes)
    for k, now, reading in readings:
        apart = sum(cost(b) for b in now)
        if math.isfinite(apart):
            out[k] = min(out[k], sum(cost(b) for b in reading) - apart)
    return out
