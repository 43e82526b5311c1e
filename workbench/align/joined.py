"""What the aligner's second pass reads of a bead beyond the search: its cost with the
embedding part from its joined text (`joined_cost`), its length match (`length_cost`,
`length_offset`), and which of its lines are titles and clauses (`Joined`).

A bead here is a `Box`: (first source, first target, source end, target end). Pure: the
joined texts' similarities come from a callable.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from workbench.align.config import Costs, Shape
from workbench.align.costs import Band, Evidence, length_delta, length_mismatch, run_rows
from workbench.align.features import FloatArray, is_folio, on_24_hour_clock
from workbench.quality.number_words import word_numbers

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
    # the numbers each sentence states (`stated_numbers`); none when not given
    src_numbers: Sequence[frozenset[str]] = ()
    tgt_numbers: Sequence[frozenset[str]] = ()

    def number_anchor(self, line: Box, pair: Box) -> bool:
        """Whether the null bead ``line`` states a number that the bead ``pair``'s
        other side states and its own side does not.

        A number is written the same in every language pair, so it anchors the line
        to the pair: the line holds the rest of the other side's sentence
        ("Lucrările trebuie să se încheie în 2026." / "…, achevé en 2026.").
        Over the 23 spent sets, 2 of the 27 gold 2–1/1–2 beads cut into a pair and a
        null have such a number, and none of 1,309 right null beads next to a pair.
        """
        if not (self.src_numbers and self.tgt_numbers):
            return False
        src, tgt = box_ids(line)
        s, t = box_ids(pair)
        if src:
            return bool((self.src_stated(src) & self.tgt_stated(t)) - self.src_stated(s))
        return bool((self.tgt_stated(tgt) & self.src_stated(s)) - self.tgt_stated(t))

    def numbers_cross(self, first: Box, second: Box) -> bool:
        """Whether two neighbouring pair beads cross on a number: one's source and the
        other's target state it, neither bead's other side does.

        The boundary between them is then drawn in the wrong place on one side: in
        Text+Berg dev, "Es waren vier Mitglieder … (5800-6100 m)" closes a 2–2 bead whose
        French states no altitude, and the next bead's French "… de 5800 à 6200 m"
        (gold: one 3–3 bead). Over the 23 spent sets, 4 pairs of main's neighbouring
        beads cross so; none of them is two right beads.
        """
        if not (self.src_numbers and self.tgt_numbers):
            return False
        (s1, t1), (s2, t2) = box_ids(first), box_ids(second)
        src1, tgt1, src2, tgt2 = (
            self.src_stated(s1),
            self.tgt_stated(t1),
            self.src_stated(s2),
            self.tgt_stated(t2),
        )
        return bool((src1 & tgt2) - tgt1 - src2 or (tgt1 & src2) - src1 - tgt2)

    def src_stated(self, ids: range) -> frozenset[str]:
        """The numbers the source sentences ``ids`` state."""
        return frozenset().union(*(self.src_numbers[i] for i in ids))

    def tgt_stated(self, ids: range) -> frozenset[str]:
        """The numbers the target sentences ``ids`` state."""
        return frozenset().union(*(self.tgt_numbers[j] for j in ids))

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

    def clauses_only(self, s_ids: range, t_ids: range) -> bool:
        """Whether every sentence of these ids reads as a clause, as a new
        many-sentence bead's must."""
        return all(self.src_clause[i] for i in s_ids) and all(self.tgt_clause[j] for j in t_ids)


# a number as written in text: "142 000", "142,000" and "142.000" are one value;
# "4.20" (a time, a decimal) is also read as its whole part
_NUMBER = re.compile(r"\d{1,3}(?:[ ,.\u00a0\u202f'’]\d{3})+(?!\d)|\d+(?:[.,:]\d+)?")
_TIME = re.compile(r"\d\dh\d\d")
_GROUPED = re.compile(r"\d{1,3}(?:[ ,.\u00a0\u202f'’]\d{3})+")


def stated_numbers(text: str, lang: str = "") -> frozenset[str]:
    """The numbers a sentence states, however grouped: '142 000 foyers' -> {'142000'}.

    A page number alone on its line (`features.is_folio`) states none: it is no
    part of the text (a translation is paged anew). Nor does a number of one digit
    count: it is as often written out on the other side ("deux", "three"), or is a
    list mark or OCR's "1'" for "l'", so its absence there says nothing.

    Given ``lang`` (an ISO code), numbers written as words in that language count too
    (`quality.number_words`: "dix quais" and "ten platforms" both state 10): a
    translator writes out what the original gives in figures, or merges two short
    sentences ("La gare sera grande. Elle aura dix quais." / "… large, with ten
    platforms.", newcomer41, where the second sentence was left out at 0.94).
    """
    if is_folio(text):
        return frozenset()
    # a time of day is one number on a 24-hour clock: "19 h 20" = "7.20pm" = "19h20"
    text = on_24_hour_clock(text)
    out = set(_TIME.findall(text))
    for found in _NUMBER.finditer(_TIME.sub(" ", text)):
        raw = found.group(0)
        digits = re.sub(r"\D", "", raw)
        if not _GROUPED.fullmatch(raw):
            out.add(re.split(r"[.,:]", raw)[0].lstrip("0"))
        out.add(digits.lstrip("0"))
    if lang:
        out.update(word_numbers(text, lang))
    return frozenset(n for n in out if len(n) > 1)


def _title_and_clause(ids: range, title: Sequence[bool], clause: Sequence[bool]) -> bool:
    """Whether one side's sentences ``ids`` hold both a title line and a clause."""
    return any(title[i] for i in ids if i < len(title)) and any(clause[i] for i in ids)


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


def box_size(box: Box) -> Shape:
    """How many source and target sentences the bead holds."""
    return box[2] - box[0], box[3] - box[1]


def box_ids(box: Box) -> tuple[range, range]:
    """The bead's source ids and target ids."""
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
