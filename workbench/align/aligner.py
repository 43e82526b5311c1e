"""Sentence alignment: the public entry points `align` and `realign`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np
from numpy.typing import NDArray

from workbench.align.config import SPARSE_TYPES, AlignConfig, Encoder, Lexicon, Mode
from workbench.align.costs import GC_TYPES
from workbench.align.features import build_sides, dehyphenate, is_clause, title_lines
from workbench.align.joined import stated_numbers
from workbench.align.rejoin import Joined
from workbench.align.search import Step, search
from workbench.align.timing import RIVALS, Beside, Timing, retimed
from workbench.model import Bead, InputError

Bridge = Callable[[Sequence[str]], list[str]]


class CachedEncoder:
    """Wraps an encoder so that each distinct text is encoded once per wrapper."""

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.name = inner.name
        self._memo: dict[str, NDArray[np.float32]] = {}

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        todo = list(dict.fromkeys(t for t in texts if t not in self._memo))
        if todo:
            for text, row in zip(todo, self.inner.encode(todo), strict=True):
                self._memo[text] = np.asarray(row, dtype=np.float32)
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self._memo[t] for t in texts])


def choose_mode(n: int, m: int, config: AlignConfig) -> Mode:
    """The mode `align` searches ``n`` source and ``m`` target sentences in (never AUTO)."""
    mode = config.mode
    if mode is Mode.AUTO:
        small, large = sorted((n, m))
        sparse = small * config.sparse_ratio <= large and large - small >= config.sparse_min_extra
        mode = Mode.SPARSE if sparse else Mode.DENSE
    if mode is Mode.SPARSE and n * m > 40 * config.full_search_cells:
        mode = Mode.DENSE  # too large for an exhaustive sparse search
    return mode


def _beads(steps: Sequence[Step]) -> list[Bead]:
    return [
        Bead(
            tuple(range(step.i - step.shape[0], step.i)),
            tuple(range(step.j - step.shape[1], step.j)),
            round(min(1.0, max(0.0, step.confidence)), 4),
        )
        for step in steps
    ]


def align(
    src: Sequence[str],
    tgt: Sequence[str],
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
    beside: Beside = Beside(),  # noqa: B008 - frozen, safe as a default
) -> list[Bead]:
    """Align two lists of sentences; every sentence ends up in exactly one bead, in order.

    ``src_lang``/``tgt_lang`` name the languages (ISO codes) and are checked
    against the lexicon's (which must map source words to target words).
    ``bridge``, when given, translates source sentences into the target language
    (Bleualign's MT bridge) and is scored with chrF. When one side is much
    shorter (captions against an article: `choose_mode`), only one-to-one links
    with clear evidence are made and everything else stays unaligned. With an
    encoder and ``config.rejoin`` (the default), 1–2 and 2–1 beads and one-to-one
    beads next to a left-out sentence are decided again on the embedding of their
    joined text, and a bead of three sentences or more may be cut in two there
    (`rejoin.rejoin`). With an encoder, leaving a sentence out costs what a
    typical pair of the band costs (Vecalign's per-document null), less for a
    sentence whose own candidate pairs are cheaper than the band's
    (`costs._null_per_sentence`: a line far from everything, such as a caption or
    an added sentence, stays out rather than pairing with another such line).

    Bead scores are confidences in [0, 1]: the probability that the bead is
    exactly right (for a null bead, that the sentence really has no
    counterpart), from the bead's posterior among all alignments, calibrated on
    the Text+Berg dev document (`search.calibrate`). The figures (reliability
    table, expected calibration error) are in bench/results/align_textberg.md.

    ``kinds``, when given, names the kind of each source and each target
    sentence (``Kind`` values: body, heading, caption…): one side of a bead
    then never holds two kinds (`costs.mixes_kinds`), so a caption with no
    counterpart stays out of the paragraph beside it. InputError if a side's
    kinds do not match its sentences in number.

    ``rows``, when given, names the table row of each sentence that is a table's
    cell (any string that tells the side's rows apart), None for any other: a
    dense search charges a pair bead one null cost for each of its ends that
    falls between two cells of a row on one side only (`rows.charge_row_partings`),
    so a row's label is not left out while the line translating the row pairs with
    its figure alone. Cells paired cell by cell, and a row left out whole, pay nothing.

    ``timecodes``, when both sides give one for every sentence (subtitle cues:
    ``"00:00:01,000 --> 00:00:03,500"``), make time overlap evidence too: a second
    search, on the target clock mapped onto the source's by the confident
    one-to-one beads of the first (`timing`: offset and frame-rate drift), charges
    each pair bead the time its sides do not share. One side timed, or none: the
    alignment is the untimed one. ``beside`` (`timing.Beside`) gives pairs known right
    around the texts, a reviewer's beads around a stretch `realign` aligns alone: the
    clock is fitted on them too.
    """
    for texts, named, what, side in (
        (src, kinds[0], "kind", "source"), (tgt, kinds[1], "kind", "target"),
        (src, timecodes[0], "timecode", "source"), (tgt, timecodes[1], "timecode", "target"),
        (src, rows[0], "row", "source"), (tgt, rows[1], "row", "target"),
    ):  # fmt: skip
        if named and len(named) != len(texts):
            raise InputError(
                f"{len(named)} {what}s were given for {len(texts)} {side} sentences: "
                f"give one {what} a sentence, or none"
            )
    if lexicon is not None and (lexicon.src_lang, lexicon.tgt_lang) != (src_lang, tgt_lang):
        raise InputError(
            f"the lexicon is {lexicon.src_lang}→{lexicon.tgt_lang} but the texts are "
            f"{src_lang}→{tgt_lang}: load the dictionary for {src_lang}→{tgt_lang}"
        )
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return [Bead((i,), (), 1.0) for i in range(n)] + [Bead((), (j,), 1.0) for j in range(m)]
    # words cut at a printed line's end ("über- brückt") are read whole by every evidence
    if config.dehyphenate:
        src, tgt = [dehyphenate(t) for t in src], [dehyphenate(t) for t in tgt]
    if encoder is not None and encoder.name in config.encoder_costs:
        config = replace(config, with_encoder=config.encoder_costs[encoder.name])
    mode = choose_mode(n, m, config)
    use_encoder = encoder if mode is not Mode.GALE_CHURCH else None
    dense = (config.with_encoder if use_encoder else config.without_encoder).dense_shapes
    shapes = {Mode.SPARSE: SPARSE_TYPES, Mode.GALE_CHURCH: GC_TYPES}.get(mode, dense)
    if config.rejoin and mode is Mode.DENSE and use_encoder is not None:
        use_encoder = CachedEncoder(use_encoder)  # `rejoin` asks again for single sentences
    runs = (
        min(config.encode_runs, max(a for a, _ in shapes)),
        min(config.encode_runs, max(b for _, b in shapes)),
    )
    s_side, t_side = build_sides(
        src, tgt, encoder=use_encoder, lexicon=lexicon, run_lengths=runs,
        bridge_texts=_translate(bridge, src) if mode is not Mode.GALE_CHURCH else None,
        kinds=kinds, rows=rows,
    )  # fmt: skip
    joined = None
    if config.rejoin and mode is Mode.DENSE:
        joined = _joined_similarity(
            use_encoder,
            src,
            tgt,
            config.with_encoder.titles_alone and use_encoder is not None,
            config.with_encoder.number_anchors,
        )
    steps = search(s_side, t_side, shapes, mode, config, joined=joined)
    if mode is not Mode.GALE_CHURCH and timecodes[0] and timecodes[1]:

        def again(timing: Timing) -> list[Step]:
            return search(s_side, t_side, shapes, mode, config, joined=joined, timing=timing)

        s_emb, t_emb = _with_around(use_encoder, s_side.emb, t_side.emb, beside, config)
        steps = retimed(steps, timecodes, again, s_emb, t_emb, beside)
    return _beads(steps)


def _with_around(
    encoder: Encoder | None,
    s_emb: NDArray[np.float32] | None,
    t_emb: NDArray[np.float32] | None,
    beside: Beside,
    config: AlignConfig,
) -> tuple[NDArray[np.float32] | None, NDArray[np.float32] | None]:
    """Each side's sentence embeddings with those of the cues around the texts (`Beside`)
    before and after them, shape (before + n + after, dim): what `timing.word_margin`
    weighs a bead's words against in the whole document."""
    if encoder is None or s_emb is None or t_emb is None:
        return s_emb, t_emb
    out = []
    for emb, (before, after) in ((s_emb, beside.src_around), (t_emb, beside.tgt_around)):
        if not before and not after:
            out.append(emb)
            continue
        texts = [dehyphenate(t) if config.dehyphenate else t for t in (*before, *after)]
        rows = encoder.encode(texts).astype(np.float32)
        rows = rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)
        out.append(np.concatenate([rows[: len(before)], emb, rows[len(before) :]]))
    return out[0], out[1]


def _joined_similarity(
    encoder: Encoder | None,
    src: Sequence[str],
    tgt: Sequence[str],
    titles_alone: bool,
    number_anchors: bool = True,
) -> Joined | None:
    """Cosine of joined runs of sentences and which lines are clauses, for `rejoin.rejoin`."""
    if encoder is None:
        return None

    def similarity(asked: Sequence[tuple[range, range]]) -> list[float]:
        texts = [
            text
            for s_ids, t_ids in asked
            for text in (" ".join(src[i] for i in s_ids), " ".join(tgt[j] for j in t_ids))
        ]
        # the same run is asked about in several readings: each text is encoded once
        distinct = list(dict.fromkeys(texts))
        rows = encoder.encode(distinct).astype(np.float64)
        unit = rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)
        at = {text: k for k, text in enumerate(distinct)}
        pick = unit[[at[t] for t in texts]]
        return [float(x) for x in np.einsum("ij,ij->i", pick[0::2], pick[1::2])]

    return Joined(
        similarity,
        [is_clause(t) for t in src],
        [is_clause(t) for t in tgt],
        title_lines(src) if titles_alone else (),
        title_lines(tgt) if titles_alone else (),
        [stated_numbers(t) for t in src] if number_anchors else (),
        [stated_numbers(t) for t in tgt] if number_anchors else (),
    )


def _translate(bridge: Bridge | None, src: Sequence[str]) -> list[str] | None:
    if bridge is None:
        return None
    out = bridge(src)
    if len(out) != len(src):
        raise InputError(
            f"the MT bridge returned {len(out)} translations for {len(src)} sentences: "
            "it must translate each sentence to exactly one line"
        )
    return out


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
    # bounded on each side by the first anchor after it holding a sentence of that side
    s2 = next((a.src[0] for a in later[1 if nxt.src else 0 :] if a.src), n)
    t2 = next((a.tgt[0] for a in later[1 if nxt.tgt else 0 :] if a.tgt), m)
    whole = stretch(cursor[0], s2, cursor[1], t2)
    if nxt.src:
        k = next((i for i, b in enumerate(whole) if b.src and b.src[-1] >= nxt.src[0]), len(whole))
        return nxt.src[0], max((j + 1 for b in whole[:k] for j in b.tgt), default=cursor[1])
    k = next((i for i, b in enumerate(whole) if b.tgt and b.tgt[-1] >= nxt.tgt[0]), len(whole))
    return max((i + 1 for b in whole[:k] for i in b.src), default=cursor[0]), nxt.tgt[0]


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
    Timed, each stretch is searched on the whole document's clock: the anchors'
    one-to-one pairs count as sure pairs beside it (`timing.Beside`)."""
    cached = CachedEncoder(encoder) if encoder is not None else None
    if cached is not None:
        cached.encode([*src, *tgt])

    # the clock is the whole document's: fitted on the reviewer's one-to-one pairs too
    timed = bool(timecodes[0]) and bool(timecodes[1])
    ones = [(a.src[0], a.tgt[0]) for a in anchors if timed and len(a.src) == len(a.tgt) == 1]

    def stretch(s0: int, s1: int, t0: int, t1: int) -> list[Bead]:
        beside = Beside(
            tuple(timecodes[0][i] or "" for i, _ in ones),
            tuple(timecodes[1][j] or "" for _, j in ones),
            tuple(i - s0 for i, _ in ones),
            tuple(j - t0 for _, j in ones),
            (tuple(src[max(0, s0 - RIVALS) : s0]), tuple(src[s1 : s1 + RIVALS])),
            (tuple(tgt[max(0, t0 - RIVALS) : t0]), tuple(tgt[t1 : t1 + RIVALS])),
        )
        found = align(
            src[s0:s1], tgt[t0:t1], src_lang=src_lang, tgt_lang=tgt_lang,
            encoder=cached, lexicon=lexicon, bridge=bridge, config=config,
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
