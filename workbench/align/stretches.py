"""`realign`: keep a reviewer's confirmed beads and align only the stretches between them,
each with what a whole-document alignment knows of it (the film's clock, the cues around).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from workbench.align.aligner import Bridge, CachedEncoder, align
from workbench.align.config import AlignConfig, Encoder, Lexicon
from workbench.align.retiming import Beside
from workbench.align.timing import RIVALS
from workbench.model import Bead, InputError

Stretch = Callable[[int, int, int, int], list[Bead]]


def _flip(bead: Bead) -> Bead:
    return Bead(bead.tgt, bead.src, bead.score)


def _around_one_sided(
    bead: Bead, cursor: tuple[int, int], later: Sequence[Bead], n: int, m: int, stretch: Stretch,
    *, lone_first: bool = False,
) -> tuple[list[Bead], tuple[int, int]]:  # fmt: skip
    """The beads from ``cursor`` through an anchor with one empty side (a post-edited MT
    draft: French with no counterpart sentence), and the cursor after them.

    Where it stands on its empty side is unknown, so the stretch up to the next anchor
    is aligned whole, anchor's sentences included: the sentences paired with those
    before the anchor go before it, the ones paired with the anchor's own (what the
    reviewer's text replaced) stand alone after it. Pinning it at the stretch's start
    pushed every sentence before it past it (6 of 15 pairs lost in the newcomer pass).
    The whole-stretch beads are kept on either side when they do not straddle the
    anchor: a short stretch aligned again alone has less evidence (it glued a French
    sentence with no counterpart to its neighbour's pair). Beside a counterpart alone, those
    French sentences go before it (``lone_first``), as `unpair` leaves them (loose24).
    """
    if not bead.src:  # the same, sides swapped

        def flipped(t0: int, t1: int, s0: int, s1: int) -> list[Bead]:
            return [_flip(x) for x in stretch(s0, s1, t0, t1)]

        beads, (t, s) = _around_one_sided(
            _flip(bead), (cursor[1], cursor[0]), [_flip(a) for a in later], m, n, flipped,
            lone_first=True,
        )  # fmt: skip
        return [_flip(b) for b in beads], (s, t)
    mine = bead.src
    if later and not (later[0].src and later[0].tgt):
        s1, t1 = _one_sided_place(later, cursor, n, m, stretch)
        s1 = max(s1, mine[-1] + 1)
    else:
        s1, t1 = (later[0].src[0], later[0].tgt[0]) if later else (n, m)
    found = stretch(cursor[0], s1, cursor[1], t1)
    k = next((i for i, b in enumerate(found) if b.src and b.src[-1] >= mine[0]), len(found))
    before, rest = found[:k], found[k:]
    touching = [b for b in rest if b.src and b.src[0] <= mine[-1]]
    after = rest[len(touching) :]
    cut = next((b.tgt[-1] + 1 for b in reversed(before) if b.tgt), cursor[1])
    end = next((b.tgt[-1] + 1 for b in reversed(touching) if b.tgt), cut)
    clean = all(b.src[0] >= mine[0] and b.src[-1] <= mine[-1] for b in touching)
    if not clean:  # a bead joins the anchor's sentence to a neighbour: align the parts again
        before = stretch(cursor[0], mine[0], cursor[1], cut)
    lone = stretch(mine[-1] + 1, mine[-1] + 1, cut, end) if end > cut else []
    out = [*before, *lone, bead] if lone_first else [*before, bead, *lone]
    if clean and (not later or (later[0].src and later[0].tgt)):
        return out + after, (s1, t1)
    return out, (mine[-1] + 1, end)


def _one_sided_place(
    later: Sequence[Bead], cursor: tuple[int, int], n: int, m: int, stretch: Stretch
) -> tuple[int, int]:
    """Where the next anchor, ``later[0]``, one-sided too, stands on both sides: its own
    side's first sentence, and on its empty side the place the stretch from ``cursor`` up
    to the anchors after it, aligned whole, gives it.

    Bounded on its empty side only by a later anchor holding a sentence of that side, past
    it, the stretch before it took in the counterparts of the French after it (newcomer35:
    two post-edited list items of a French guide; after a corrected original the Spanish
    of the sentences below the list was paired with the list's heading at 0.000 or left
    alone at 1.000, and their French, left without counterpart, was drafted by `fill`)."""
    nxt = later[0]
    # bounded on both sides by the first anchor after it that holds sentences of both: one
    # of one side alone bounded that side only, and the other side's stretch, running on,
    # took in the counterparts of the sentences past it (three French lines confirmed
    # alone in a row: the two pairs after them were parted, four null beads)
    after = next((a for a in later[1:] if a.src and a.tgt), None)
    s2, t2 = (after.src[0], after.tgt[0]) if after is not None else (n, m)
    whole = stretch(cursor[0], s2, cursor[1], t2)
    # never past a later anchor's first sentence on the empty side: the stretch aligned whole
    # may pair sentences that a later anchor holds alone (a French line confirmed with no
    # counterpart, after an English one: the first was placed past it, and realign refused
    # the reviewer's beads as crossing)
    if nxt.src:
        k = next((i for i, b in enumerate(whole) if b.src and b.src[-1] >= nxt.src[0]), len(whole))
        bound = min((a.tgt[0] for a in later[1:] if a.tgt), default=m)
        place = max((j + 1 for b in whole[:k] for j in b.tgt), default=cursor[1])
        return nxt.src[0], min(place, bound)
    k = next((i for i, b in enumerate(whole) if b.tgt and b.tgt[-1] >= nxt.tgt[0]), len(whole))
    bound = min((a.src[0] for a in later[1:] if a.src), default=n)
    return min(max((i + 1 for b in whole[:k] for i in b.src), default=cursor[0]), bound), nxt.tgt[0]


def _check_anchor(bead: Bead, n: int, m: int, start: tuple[int, int]) -> tuple[int, int]:
    for ids, size, side in ((bead.src, n, "source"), (bead.tgt, m, "target")):
        if ids and (list(ids) != list(range(ids[0], ids[0] + len(ids))) or ids[-1] >= size):
            raise InputError(
                f"confirmed bead {bead} has {side} ids that are not consecutive sentences "
                f"of the {size}-sentence {side} text: fix or unconfirm it"
            )
    s0 = bead.src[0] if bead.src else start[0]
    t0 = bead.tgt[0] if bead.tgt else start[1]
    if not (bead.src or bead.tgt) or s0 < start[0] or t0 < start[1]:
        raise InputError(
            f"confirmed bead {bead} overlaps or crosses an earlier confirmed bead: "
            "confirmed beads must be in order and must not share sentences"
        )
    return s0, t0


def realign(
    src: Sequence[str],
    tgt: Sequence[str],
    anchors: Sequence[Bead],
    *,
    src_lang: str,
    tgt_lang: str,
    encoder: Encoder | None = None,
    lexicon: Lexicon | None = None,
    bridge: Bridge | None = None,
    config: AlignConfig = AlignConfig(),  # noqa: B008 - frozen, safe as a default
    kinds: tuple[Sequence[str], Sequence[str]] = ((), ()),
    timecodes: tuple[Sequence[str | None], Sequence[str | None]] = ((), ()),
    rows: tuple[Sequence[str | None], Sequence[str | None]] = ((), ()),
) -> list[Bead]:
    """Keep the confirmed ``anchors`` exactly and re-align only the stretches between them
    (``kinds``, ``timecodes`` and ``rows`` as `align` takes them, for the whole texts).

    A stretch whose two ends are bead boundaries of the whole texts aligned afresh gets
    that alignment's beads there, with their confidences: scored on the whole document
    (its null cost, its typical pair, its lengths), as a fresh `align` scores them. Aligned
    alone, three French lines against two English ones had their right pairs at 0.015 and
    0.791 where a fresh alignment gives 0.949 and 0.994, and the memory lost them under its
    floor (newcomer38). Any other stretch is aligned alone; timed, on the whole document's
    clock: the anchors' one-to-one pairs count as sure pairs beside it (`retiming.Beside`)."""
    cached = CachedEncoder(encoder) if encoder is not None else None
    if cached is not None:
        cached.encode([*src, *tgt])
    aligned = partial(
        align, src_lang=src_lang, tgt_lang=tgt_lang, encoder=cached, lexicon=lexicon,
        bridge=bridge, config=config,
    )  # fmt: skip
    whole: list[Bead] = []
    cuts: dict[tuple[int, int], int] = {}  # a boundary of `whole`: the bead that starts there

    def afresh(s0: int, s1: int, t0: int, t1: int) -> list[Bead] | None:
        """The whole texts' fresh beads from (s0, t0) to (s1, t1), None unless both are
        boundaries of that alignment (aligned at the first stretch, once)."""
        if not cuts:
            whole.extend(aligned(src, tgt, kinds=kinds, timecodes=timecodes, rows=rows))
            i = j = 0
            for k, b in enumerate(whole):
                cuts[(i, j)] = k
                i, j = (b.src[-1] + 1 if b.src else i), (b.tgt[-1] + 1 if b.tgt else j)
            cuts[(i, j)] = len(whole)
        first, last = cuts.get((s0, t0)), cuts.get((s1, t1))
        return whole[first:last] if first is not None and last is not None else None

    # the clock is the whole document's: fitted on the reviewer's one-to-one pairs too
    timed = bool(timecodes[0]) and bool(timecodes[1])
    ones = [(a.src[0], a.tgt[0]) for a in anchors if timed and len(a.src) == len(a.tgt) == 1]

    def stretch(s0: int, s1: int, t0: int, t1: int) -> list[Bead]:
        if anchors and (fresh := afresh(s0, s1, t0, t1)) is not None:
            return fresh
        beside = Beside(
            tuple(timecodes[0][i] or "" for i, _ in ones),
            tuple(timecodes[1][j] or "" for _, j in ones),
            tuple(i - s0 for i, _ in ones),
            tuple(j - t0 for _, j in ones),
            (tuple(src[max(0, s0 - RIVALS) : s0]), tuple(src[s1 : s1 + RIVALS])),
            (tuple(tgt[max(0, t0 - RIVALS) : t0]), tuple(tgt[t1 : t1 + RIVALS])),
        )
        found = aligned(
            src[s0:s1], tgt[t0:t1],
            kinds=(kinds[0][s0:s1], kinds[1][t0:t1]),
            timecodes=(timecodes[0][s0:s1], timecodes[1][t0:t1]),
            rows=(rows[0][s0:s1], rows[1][t0:t1]), beside=beside,
        )  # fmt: skip
        return [
            Bead(tuple(s0 + i for i in b.src), tuple(t0 + j for j in b.tgt), b.score) for b in found
        ]

    out: list[Bead] = []
    cursor = (0, 0)
    for k, bead in enumerate(anchors):
        s0, t0 = _check_anchor(bead, len(src), len(tgt), cursor)
        if not (bead.src and bead.tgt):
            beads, cursor = _around_one_sided(
                bead, cursor, anchors[k + 1 :], len(src), len(tgt), stretch
            )
            out += beads
            continue
        out += stretch(cursor[0], s0, cursor[1], t0)
        out.append(bead)
        cursor = (bead.src[-1] + 1, bead.tgt[-1] + 1)
    out += stretch(cursor[0], len(src), cursor[1], len(tgt))
    return out
