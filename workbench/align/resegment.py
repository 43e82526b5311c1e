"""The aligner's third step: boundaries between beads re-drawn on their joined text.

The search prices a many-sentence bead from the sum of its sentences' embeddings; a
bead of three sentences or more, or one that mixes a title with running text, is read
again every way one bead or a few can cover its sentences (`resegment`), and two
neighbouring pair beads may move the boundary between them (`shift_boundaries`), each
reading priced on its joined text (`joined.joined_cost`). Pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workbench.align.config import Shape
from workbench.align.joined import BeadCost, Box, Joined, LengthOffset, NullCost, box_ids, box_size


def _readings(box: Box, index: Mapping[Shape, int], pieces: int = 2) -> list[list[Box]]:
    """Every way to cover ``box`` with one bead or up to ``pieces`` in a row (searched shapes)."""
    s0, t0, s1, t1 = box
    out = [[box]] if box_size(box) in index else []
    for cs in range(s0, s1 + 1):
        for ct in range(t0, t1 + 1):
            head = (s0, t0, cs, ct)
            if box_size(head) not in index or head == box:
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
        if (min(box_size(box)) and sum(box_size(box)) >= 3) or joined.title_in_text(*box_ids(box))
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
    if box_size(box) != (2, 2) or reading == [box]:
        return True
    if any(min(box_size(piece)) == 0 for piece in reading):
        return True
    if offset is None or len(reading) != 2 or any(box_size(p) != (1, 1) for p in reading):
        return False
    return offset(*box_ids(reading[0])) * offset(*box_ids(reading[1])) >= 0


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
    reading = _Rereading(index, bead_cost, joined, cosine, offset, null_cost, set(beads))
    for _ in range(3):  # a cut makes new many-sentence beads; three rounds settle every case seen
        out = reading.round(beads)
        if out == beads:
            break
        beads, reading.found = out, reading.found | set(out)
    return beads


@dataclass
class _Rereading:
    """One bead's readings and their costs, for `resegment`'s rounds."""

    index: Mapping[Shape, int]
    bead_cost: BeadCost
    joined: Joined
    cosine: dict[tuple[range, range], float]
    offset: LengthOffset | None
    null_cost: NullCost | None
    found: set[Box]  # every bead the search or a round made

    def allowed(self, box: Box) -> bool:
        a, b = box_size(box)
        if self.joined.title_in_text(*box_ids(box)):
            return False
        if box in self.found or not (a and b) or a + b < 3:
            return True
        return self.joined.clauses_only(*box_ids(box))

    def pair_and_null(self, reading: Sequence[Box]) -> tuple[Box, Box] | None:
        """The pair bead and the null bead of a two-bead reading of one of each."""
        if self.null_cost is None or len(reading) != 2:
            return None
        pairs = [p for p in reading if min(box_size(p))]
        nulls = [p for p in reading if not min(box_size(p))]
        return (pairs[0], nulls[0]) if len(pairs) == len(nulls) == 1 else None

    def anchored_out(self, reading: Sequence[Box]) -> bool:
        """Whether a reading leaves out a line that states its pair's number
        (`Joined.number_anchor`)."""
        split = self.pair_and_null(reading)
        return split is not None and self.joined.number_anchor(split[1], split[0])

    def left_out(self, split: tuple[Box, Box] | None, whole: Box) -> bool:
        """Whether the null bead of ``split`` is priced on evidence: the pair alone
        matches better than ``whole``."""
        return split is not None and self.cosine[box_ids(split[0])] > self.cosine[box_ids(whole)]

    def cost(self, reading: Sequence[Box], whole: Box) -> float:
        total = 0.0
        split = self.pair_and_null(reading)
        for box in reading:
            a, b = box_size(box)
            many = a and b and a + b >= 3
            if (
                split is not None
                and self.null_cost is not None
                and box == split[1]
                and self.left_out(split, whole)
            ):
                total += self.null_cost(box, box_ids(split[0]), box_ids(whole))
            else:
                total += self.bead_cost(*box_ids(box), self.cosine[box_ids(box)] if many else None)
        return total

    def options(self, beads: Sequence[Box], forced: set[int]) -> dict[int, list[list[Box]]]:
        """Each bead to re-decide (`_windows`), with the readings it may take."""
        return {
            k: [
                r
                for r in _readings(
                    beads[k], self.index, 3 if k in forced or box_size(beads[k]) == (2, 2) else 2
                )
                if all(self.allowed(p) for p in r)
                and _keeps_loose_pairs(beads[k], r, self.offset)
                and not self.anchored_out(r)
            ]
            for k in _windows(beads, self.joined)
        }

    def ask(self, beads: Sequence[Box], options: Mapping[int, list[list[Box]]]) -> None:
        """The joined texts the readings are priced on, encoded in one batch."""
        asked = [
            box_ids(p)
            for readings in options.values()
            for r in readings
            for p in r
            if min(box_size(p)) and sum(box_size(p)) >= 3 and box_ids(p) not in self.cosine
        ]
        asked += [  # what a null bead's evidence compares: its pair alone, and the whole
            ids
            for k, readings in options.items()
            for r in readings
            if (split := self.pair_and_null(r)) is not None
            for ids in (box_ids(split[0]), box_ids(beads[k]))
            if ids not in self.cosine
        ]
        asked = list(dict.fromkeys(asked))
        self.cosine.update(zip(asked, self.joined.similarity(asked) if asked else [], strict=True))

    def round(self, beads: list[Box]) -> list[Box]:
        """The beads with each window replaced by its cheapest reading."""
        # a bead mixing a title and running text must go, three pieces if need be (a
        # headline's pair, a byline left out, the first sentence's pair)
        forced = {k for k in _windows(beads, self.joined) if not self.allowed(beads[k])}
        options = self.options(beads, forced)
        self.ask(beads, options)
        cost = self.cost
        out: list[Box] = []
        for k, box in enumerate(beads):
            best = min(options[k], key=lambda r: cost(r, box)) if options.get(k) else [box]
            keep = best == [box] or (k not in forced and cost(best, box) >= cost([box], box) - 1e-9)
            out += [box] if keep else best
        return out


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

    def cost(reading: Sequence[Box]) -> float:
        return sum(
            bead_cost(*box_ids(box), cosine[box_ids(box)] if _many(box) else None)
            for box in reading
        )

    k = 0
    while k + 1 < len(beads):
        left, right = beads[k], beads[k + 1]
        if not (min(box_size(left)) and min(box_size(right)) and (_many(left) or _many(right))):
            k += 1
            continue
        union = (left[0], left[1], right[2], right[3])
        options = [
            r
            for r in _readings(union, index, 2)
            if len(r) == 2 and all(_pair_of_clauses(p, joined) for p in r)
        ]
        asked = list(
            dict.fromkeys(
                box_ids(p)
                for r in [*options, [left, right]]
                for p in r
                if _many(p) and box_ids(p) not in cosine
            )
        )
        cosine.update(zip(asked, joined.similarity(asked) if asked else [], strict=True))
        best = min(options, key=cost, default=[left, right])
        if cost(best) < cost([left, right]) - 1e-9:
            beads[k : k + 2] = best
        k += 1
    return beads


def _many(box: Box) -> bool:
    """Whether the bead is a pair of three sentences or more, priced on its joined text."""
    a, b = box_size(box)
    return bool(a and b and a + b >= 3)


def _pair_of_clauses(box: Box, joined: Joined) -> bool:
    """Whether a boundary shift may make the bead: a pair, with no title in running text,
    and only clauses if it holds three sentences or more."""
    a, b = box_size(box)
    if not (a and b) or joined.title_in_text(*box_ids(box)):
        return False
    return a + b < 3 or joined.clauses_only(*box_ids(box))
