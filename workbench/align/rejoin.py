"""The aligner's second pass: beads decided again on the embedding of their joined text.

The search (`workbench.align.search`) prices a many-sentence bead from the sum
of its sentences' embeddings. Here, as Vecalign and Bertalign do, the few beads
where that matters are priced again on the embedding of their joined text, in
the search's own cost (`joined_cost`), and the cheaper reading wins (`rejoin`,
`resegment`). Pure: the joined texts' similarities come from a callable.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from workbench.align.config import Costs, Shape
from workbench.align.costs import Band, Evidence, length_delta, length_mismatch, run_rows
from workbench.align.features import FloatArray

# For each (source ids, target ids) asked, the cosine of the embeddings of the joined
# source sentences and the joined target sentences (`rejoin`): the aligner encodes the
# few texts asked for, in one batch.
JoinedSimilarity = Callable[[Sequence[tuple[range, range]]], list[float]]


@dataclass(frozen=True)
class Joined:
    """What `rejoin` needs beyond the search: joined-text similarity, and which lines are clauses.

    ``src_clause[i]`` / ``tgt_clause[j]`` say whether a sentence reads as a clause
    of running text (`features.is_clause`); only those may join a neighbour's bead.
    """

    similarity: JoinedSimilarity
    src_clause: Sequence[bool]
    tgt_clause: Sequence[bool]
    # whether a sentence is a title line (`features.is_title`); none when not given
    src_title: Sequence[bool] = ()
    tgt_title: Sequence[bool] = ()

    def title_in_text(self, s_ids: range, t_ids: range) -> bool:
        """Whether the bead of these ids, of three sentences or more, has a title and a
        clause on one side.

        A title (a headline, byline, caption or credit) never shares its side of a
        bead with running text (`Costs.titles_alone`). Alone on its side it may pair
        with several clauses of the other: an English standfirst with no full stop
        ("Blaenau Ffestiniog lost its quarries – now climbers … are betting on its
        future") translates two French sentences.
        """
        if len(s_ids) + len(t_ids) < 3 or not (s_ids and t_ids):
            return False
        return _title_and_clause(s_ids, self.src_title, self.src_clause) or _title_and_clause(
            t_ids, self.tgt_title, self.tgt_clause
        )


def _title_and_clause(ids: range, title: Sequence[bool], clause: Sequence[bool]) -> bool:
    """Whether one side's sentences ``ids`` hold both a title line and a clause."""
    return any(title[i] for i in ids if i < len(title)) and any(clause[i] for i in ids)


Path = list[tuple[int, int, int]]


# The search's cost of the bead of source ids x target ids; with a cosine, the cost
# it would have with that cosine for its embedding part (`joined_cost`).
BeadCost = Callable[[range, range, float | None], float]


def joined_cost(
    ev: Evidence, band: Band, cost: NDArray[np.float32], shapes: Sequence[Shape], costs: Costs
) -> BeadCost:
    """A bead's cost as the search has it, or with the embedding part from a joined text.

    The search scores a many-to-one bead from the normalised sum of its
    sentences' embeddings; given the cosine of the joined texts' embeddings
    instead, the embedding part of the cost changes by the same weight, size
    factor and rival-based normalisation (`costs.bead_parts`), and everything
    else (length, shared words, shape penalty) stays. Beads outside the band,
    or of a shape the search does not consider, cost infinity.
    """
    index = {shape: t for t, shape in enumerate(shapes)}
    off = band.offsets
    weight = costs.w_embedding + costs.w_length + costs.w_lexical
    weight += costs.w_bridge if ev.pairs.bridge is not None else 0.0
    assert ev.src.emb is not None and ev.tgt.emb is not None
    s_emb, t_emb = ev.src.emb.astype(np.float64), ev.tgt.emb.astype(np.float64)

    def bead_cost(s_ids: range, t_ids: range, cosine: float | None) -> float:
        a, b = len(s_ids), len(t_ids)
        i, j = s_ids.stop, t_ids.stop
        if (a, b) not in index or not band.lo[i] <= j <= band.hi[i]:
            return math.inf
        found = float(cost[index[a, b], off[i] + j - band.lo[i]])
        if cosine is None or not (a and b):
            return found
        s_run, t_run = run_rows(ev.src, a), run_rows(ev.tgt, b)
        if s_run is not None and t_run is not None and costs.reads_joined((a, b)):
            # the search read the joined runs
            searched = float(s_run[s_ids.start] @ t_run[t_ids.start])
        else:
            s_sum = s_emb[s_ids.start : s_ids.stop].sum(axis=0)
            t_sum = t_emb[t_ids.start : t_ids.stop].sum(axis=0)
            norms = max(float(np.linalg.norm(s_sum) * np.linalg.norm(t_sum)), 1e-9)
            searched = float(s_sum @ t_sum) / norms
        near = float(ev.sstats.near[a][s_ids.start] + ev.tstats.near[b][t_ids.start])
        change = (searched - cosine) / max(2.0 - near, 1e-3)
        size = float(((a + b) / 2) ** costs.size_exponent)
        return found + costs.w_embedding / weight * size * change

    return bead_cost


Box = tuple[int, int, int, int]  # a bead as (first source, first target, source end, target end)


def _size(box: Box) -> Shape:
    return box[2] - box[0], box[3] - box[1]


def _ids(box: Box) -> tuple[range, range]:
    return range(box[0], box[2]), range(box[1], box[3])


# The length cost (about 0 good, 1 bad) of the bead of source ids x target ids.
LengthCost = Callable[[range, range], float]
NullCost = Callable[[Box, tuple[range, range], tuple[range, range]], float]


def length_cost(ev: Evidence) -> LengthCost:
    """A bead's length cost as the search has it (`costs.length_mismatch`)."""
    return _per_bead(ev, length_mismatch)


# The signed length mismatch of the bead of source ids x target ids: Gale and Church's
# delta, below 0 when the target is short for the source, above 0 when long.
LengthOffset = Callable[[range, range], float]


def length_offset(ev: Evidence) -> LengthOffset:
    """A bead's signed length mismatch against the document's ratio (`costs.length_delta`,
    of which `costs.length_mismatch` is the cost); read on one-to-one pieces, whose
    sentences have characters."""
    return _per_bead(ev, length_delta)


def _per_bead(
    ev: Evidence, measure: Callable[[FloatArray, FloatArray, float], FloatArray]
) -> Callable[[range, range], float]:
    """``measure`` (source characters, target characters, the document's length ratio)
    of the bead of source ids x target ids."""
    s_len, t_len = ev.src.lengths.astype(np.float64), ev.tgt.lengths.astype(np.float64)

    def value(s_ids: range, t_ids: range) -> float:
        ls = np.array([s_len[s_ids.start : s_ids.stop].sum()])
        lt = np.array([t_len[t_ids.start : t_ids.stop].sum()])
        return float(measure(ls, lt, ev.length_ratio)[0])

    return value


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
    """
    index = {shape: t for t, shape in enumerate(shapes)}
    beads = [(i - shapes[t][0], j - shapes[t][1], i, j) for i, j, t in path]

    def ids(k: int) -> tuple[range, range]:
        return range(beads[k][0], beads[k][2]), range(beads[k][1], beads[k][3])

    def size(k: int) -> Shape:
        return beads[k][2] - beads[k][0], beads[k][3] - beads[k][1]

    def kept(k: int) -> float:
        return bead_cost(*ids(k), None)

    def merges(k: int) -> list[tuple[int, tuple[range, range]]]:
        """The one-to-one neighbours null bead ``k`` may join, with the joined ids."""
        a, b = size(k)
        clause = joined.src_clause[beads[k][0]] if a else joined.tgt_clause[beads[k][1]]
        if (a and b) or not clause:
            return []
        out = []
        for nk in (k - 1, k + 1):
            if 0 <= nk < len(beads) and size(nk) == (1, 1) and (1 + a, 1 + b) in index:
                lo, hi = min(k, nk), max(k, nk)
                joint = (range(beads[lo][0], beads[hi][2]), range(beads[lo][1], beads[hi][3]))
                if not joined.title_in_text(*joint):
                    out.append((nk, joint))
        return out

    # every joined text the passes below may ask about, encoded in one batch, and the
    # one-to-one pairs inside them (single sentences: already encoded)
    asked = [ids(k) for k in range(len(beads)) if size(k) in ((1, 2), (2, 1))]
    asked += [joint for k in range(len(beads)) for _, joint in merges(k)]
    asked += [ids(nk) for k in range(len(beads)) for nk, _ in merges(k)]
    asked += [
        (range(s, s + 1), range(t, t + 1))
        for k in range(len(beads))
        if size(k) in ((1, 2), (2, 1))
        for s, t in ((beads[k][0], beads[k][1]), (beads[k][2] - 1, beads[k][3] - 1))
    ]
    asked = list(dict.fromkeys(asked))
    cosine = dict(zip(asked, joined.similarity(asked) if asked else [], strict=True))

    def null_cost(box: Box, pair: tuple[range, range], joint: tuple[range, range]) -> float:
        """The null bead ``box`` next to ``pair``, cheaper by what joining them loses."""
        loss = cosine.get(pair, -1.0) - cosine[joint]  # a pair not asked: no loss
        if length is not None and pair in cosine:
            loss -= length_weight * (length(*pair) - length(*joint))
        loss = max(0.0, loss)
        return bead_cost(*_ids(box), None) - null_evidence * loss

    # a 1–2 or 2–1 bead: is one of its sentences better left out?
    for k in reversed(range(len(beads))):
        if size(k) not in ((1, 2), (2, 1)):
            continue
        s0, t0, s1, t1 = beads[k]
        whole = math.inf if joined.title_in_text(*ids(k)) else bead_cost(*ids(k), cosine[ids(k)])
        first = [(s0, t0, s0 + 1, t0 + 1), (s0 + 1, t0 + 1, s1, t1)]  # the pair, then a null
        last = [(s0, t0, s1 - 1, t1 - 1), (s1 - 1, t1 - 1, s1, t1)]  # a null, then the pair
        split = min(
            (
                bead_cost(*_ids(pair), None) + null_cost(null, _ids(pair), ids(k)),
                n,
                pieces,
            )
            for n, pieces in enumerate((first, last))
            for pair, null in [(pieces[n], pieces[1 - n])]
        )
        if split[0] < whole:
            beads[k : k + 1] = split[2]
    # a null bead: does it belong to a neighbouring one-to-one bead?
    k = 0
    while k < len(beads):
        choice: tuple[float, int] | None = None  # cost saved, the pair the null bead joins
        for nk, joint in merges(k):
            if joint in cosine:
                saved = null_cost(beads[k], ids(nk), joint) + kept(nk)
                saved -= bead_cost(*joint, cosine[joint])
                if saved > 0 and (choice is None or saved > choice[0]):
                    choice = (saved, nk)
        if choice is not None:
            lo, hi = min(k, choice[1]), max(k, choice[1])
            beads[lo : hi + 1] = [(beads[lo][0], beads[lo][1], beads[hi][2], beads[hi][3])]
            k = lo
        k += 1
    beads = resegment(beads, index, bead_cost, joined, cosine, offset, null_cost)
    if shift:
        beads = shift_boundaries(beads, index, bead_cost, joined, cosine)
    return [(i1, j1, index[(i1 - i0, j1 - j0)]) for i0, j0, i1, j1 in beads]


def _readings(box: Box, index: Mapping[Shape, int], pieces: int = 2) -> list[list[Box]]:
    """Every way to cover ``box`` with one bead or up to ``pieces`` in a row (searched shapes)."""
    s0, t0, s1, t1 = box
    out = [[box]] if _size(box) in index else []
    for cs in range(s0, s1 + 1):
        for ct in range(t0, t1 + 1):
            head = (s0, t0, cs, ct)
            if _size(head) not in index or head == box:
                continue
            rest = (cs, ct, s1, t1)
            out += [[head, *r] for r in _readings(rest, index, pieces - 1)] if pieces > 1 else []
    return out


def _windows(beads: Sequence[Box], joined: Joined) -> list[int]:
    """Beads to re-decide: those of three sentences or more with both sides, and any
    bead that mixes a title with running text (`Joined.title_in_text`).

    Measured on the dev sets (bench/align_variants.py): re-deciding two
    neighbouring beads as one made wrong 2–3 beads out of a 1–1 and a 1–2 (dev
    0.932 -> 0.905: joined texts of more sentences look alike), and cutting a
    2–2 bead in two broke loose 2–2 translations the search had found: a 2–2
    bead is read again only as pieces with a null (`_keeps_loose_pairs`).
    """
    return [
        k
        for k, box in enumerate(beads)
        if (min(_size(box)) and sum(_size(box)) >= 3) or joined.title_in_text(*_ids(box))
    ]


def _keeps_loose_pairs(
    box: Box, reading: Sequence[Box], offset: LengthOffset | None = None
) -> bool:
    """Whether ``reading`` may replace the bead ``box``: a 2–2 bead only by pieces with a
    null, or by two one-to-one beads whose lengths do not cross.

    A loose 2–2 translation cut in two 1–1 beads is wrong more often than right
    (`_windows`); a 2–2 bead that joins a dropped sentence and an added one to a
    real pair ("[A, added] ↔ [dropped, A]") is read as null, one-to-one, null.
    A loose 2–2 moves a clause across the sentence boundary, so read as two pairs
    one is too long on one side and the other on the other side (as
    `search.crossed_lengths` says for calibration): 68 of the 72 gold 2–2 beads
    the search found over the fifteen development sets. Two pairs whose lengths
    do not cross ("Non." / "No.", "Vraiment ?" / "Really?": all 7 right pairs the
    search had merged into a 2–2 bead there) may be two 1–1 beads, when their
    cost says so.
    """
    if _size(box) != (2, 2) or reading == [box]:
        return True
    if any(min(_size(piece)) == 0 for piece in reading):
        return True
    if offset is None or len(reading) != 2 or any(_size(p) != (1, 1) for p in reading):
        return False
    return offset(*_ids(reading[0])) * offset(*_ids(reading[1])) >= 0


def resegment(
    beads: list[Box],
    index: Mapping[Shape, int],
    bead_cost: BeadCost,
    joined: Joined,
    cosine: dict[tuple[range, range], float],
    offset: LengthOffset | None = None,
    null_cost: NullCost | None = None,
) -> list[Box]:
    """Third step of `rejoin`: re-draw the boundary between beads on the joined text.

    The search prices a merged bead from the sum of its sentences' embeddings,
    which smooths away a mismatch in one of them: a 1–1 bead and the 2–1 bead
    after it are found as one 3–2 bead (on Text+Berg dev, and in a recipe where
    "Émincez-les finement." / "Slice them thinly." came before a 2–1 bead).
    Here each such bead (`_windows`) is read again every way one bead
    or two in a row can cover its sentences, each many-sentence reading priced
    on its joined text (`joined_cost`), and the cheapest reading wins. A new
    many-sentence bead must hold only clause-like lines, as in the rest of
    `rejoin`.

    Given ``null_cost`` (``null_cost(null, pair, whole)``, as `rejoin` prices a
    null bead from local evidence), a reading of one pair bead and one null bead
    prices its null bead the same way against the bead it replaces: a line with
    no counterpart ("Carnac is best known for its thousands of prehistoric
    standing stones.") glued into a 1–3 or 2–2 bead makes the joined text match
    worse and its length further off, and is then as cheap to leave out as it is
    next to a one-to-one bead. Only where the joined text matches worse than the
    pair alone: where it matches better, the line belongs, and the length alone
    must not cut it (a 3–1 bead of Text+Berg dev, a loose 2–2 of align_blind7,
    both gold, whose lengths are off).
    """
    found = set(beads)

    def allowed(box: Box) -> bool:
        a, b = _size(box)
        if joined.title_in_text(*_ids(box)):
            return False
        if box in found or not (a and b) or a + b < 3:
            return True
        return all(joined.src_clause[i] for i in range(box[0], box[2])) and all(
            joined.tgt_clause[j] for j in range(box[1], box[3])
        )

    def pair_and_null(reading: Sequence[Box]) -> tuple[Box, Box] | None:
        """The pair bead and the null bead of a two-bead reading of one of each."""
        if null_cost is None or len(reading) != 2:
            return None
        pairs = [p for p in reading if min(_size(p))]
        nulls = [p for p in reading if not min(_size(p))]
        return (pairs[0], nulls[0]) if len(pairs) == len(nulls) == 1 else None

    def left_out(split: tuple[Box, Box] | None, whole: Box) -> bool:
        """Whether the null bead of ``split`` is priced on evidence: the pair alone
        matches better than ``whole``."""
        return split is not None and cosine[_ids(split[0])] > cosine[_ids(whole)]

    def cost(reading: Sequence[Box], whole: Box) -> float:
        total = 0.0
        split = pair_and_null(reading)
        for box in reading:
            a, b = _size(box)
            many = a and b and a + b >= 3
            if (
                split is not None
                and null_cost is not None
                and box == split[1]
                and left_out(split, whole)
            ):
                total += null_cost(box, _ids(split[0]), _ids(whole))
            else:
                total += bead_cost(*_ids(box), cosine[_ids(box)] if many else None)
        return total

    for _ in range(3):  # a cut makes new many-sentence beads; three rounds settle every case seen
        # a bead mixing a title and running text must go, three pieces if need be (a
        # headline's pair, a byline left out, the first sentence's pair)
        forced = {k for k in _windows(beads, joined) if not allowed(beads[k])}
        options = {
            k: [
                r
                for r in _readings(
                    beads[k], index, 3 if k in forced or _size(beads[k]) == (2, 2) else 2
                )
                if all(allowed(p) for p in r) and _keeps_loose_pairs(beads[k], r, offset)
            ]
            for k in _windows(beads, joined)
        }
        asked = [
            _ids(p)
            for readings in options.values()
            for r in readings
            for p in r
            if min(_size(p)) and sum(_size(p)) >= 3 and _ids(p) not in cosine
        ]
        asked += [  # what a null bead's evidence compares: its pair alone, and the whole
            ids
            for k, readings in options.items()
            for r in readings
            if (split := pair_and_null(r)) is not None
            for ids in (_ids(split[0]), _ids(beads[k]))
            if ids not in cosine
        ]
        asked = list(dict.fromkeys(asked))
        cosine.update(zip(asked, joined.similarity(asked) if asked else [], strict=True))
        out: list[Box] = []
        for k, box in enumerate(beads):
            best = min(options[k], key=lambda r: cost(r, box)) if options.get(k) else [box]
            keep = best == [box] or (k not in forced and cost(best, box) >= cost([box], box) - 1e-9)
            out += [box] if keep else best
        if out == beads:
            break
        beads, found = out, found | set(out)
    return beads


def shift_boundaries(
    beads: list[Box],
    index: Mapping[Shape, int],
    bead_cost: BeadCost,
    joined: Joined,
    cosine: dict[tuple[range, range], float],
) -> list[Box]:
    """Move the boundary between two neighbouring pair beads, one of them of three
    sentences or more, where their joined texts read better cut elsewhere.

    The search prices a many-sentence bead from its summed embeddings, so a bead
    may end one sentence early or late. Each such pair of beads is read again
    every way two pair beads can cover its sentences, many-sentence pieces priced
    on their joined text (`joined_cost`), and the cheapest wins; the pair is never
    merged into one bead.
    """

    def many(box: Box) -> bool:
        a, b = _size(box)
        return bool(a and b and a + b >= 3)

    def cost(reading: Sequence[Box]) -> float:
        return sum(
            bead_cost(*_ids(box), cosine[_ids(box)] if many(box) else None) for box in reading
        )

    def allowed(box: Box) -> bool:
        a, b = _size(box)
        if not (a and b) or joined.title_in_text(*_ids(box)):
            return False
        return a + b < 3 or (
            all(joined.src_clause[i] for i in range(box[0], box[2]))
            and all(joined.tgt_clause[j] for j in range(box[1], box[3]))
        )

    k = 0
    while k + 1 < len(beads):
        left, right = beads[k], beads[k + 1]
        if not (min(_size(left)) and min(_size(right)) and (many(left) or many(right))):
            k += 1
            continue
        union = (left[0], left[1], right[2], right[3])
        options = [
            r for r in _readings(union, index, 2) if len(r) == 2 and all(allowed(p) for p in r)
        ]
        asked = list(
            dict.fromkeys(
                _ids(p)
                for r in [*options, [left, right]]
                for p in r
                if many(p) and _ids(p) not in cosine
            )
        )
        cosine.update(zip(asked, joined.similarity(asked) if asked else [], strict=True))
        best = min(options, key=cost, default=[left, right])
        if cost(best) < cost([left, right]) - 1e-9:
            beads[k : k + 2] = best
        k += 1
    return beads
