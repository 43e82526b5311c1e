"""Sentence alignment: the public entry point `align` (`realign` is in `stretches`)."""

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
from workbench.align.retiming import Beside, retimed
from workbench.align.search import Step, search
from workbench.align.timing import Timing
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
    alignment is the untimed one. ``beside`` (`retiming.Beside`) gives pairs known right
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
            (src_lang, tgt_lang),
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
    langs: tuple[str, str] = ("", ""),
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
        [stated_numbers(t, langs[0]) for t in src] if number_anchors else (),
        [stated_numbers(t, langs[1]) for t in tgt] if number_anchors else (),
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
