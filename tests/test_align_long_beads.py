"""Beads of seven sentences (1–6, 2–5, 3–4 and their mirrors): the encoder's search
finds them where the text has one, and a null line beside one stays a null bead.

Made-up words and a small real encoder (`HashedWords`, a bag of hashed words): a
sentence of one side is cut where the other side does not cut it, so no smaller
beads fit the text as well."""

from __future__ import annotations

import itertools
import random

import pytest

from tests.test_align_core import HashedWords, make_text
from workbench.align import align
from workbench.model import Bead

CONTEXT = make_text(12, seed=5)  # six one-to-one pairs before the long bead, six after
NULL_LINE = "Zzz qqq vvv www."


def sentence(words: list[str]) -> str:
    return " ".join(words).capitalize() + "."


def long_bead(lengths: list[int], cut_in_two: bool) -> tuple[list[str], list[str]]:
    """Sentences of ``lengths`` words, and the same words as one sentence, or as two
    cut in the middle of the middle sentence (so a 2–5 bead, not a 1–3 and a 1–2)."""
    rng = random.Random(77)
    words = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=7)) for _ in range(sum(lengths))]
    edges = [sum(lengths[:k]) for k in range(len(lengths) + 1)]
    many = [sentence(words[a:b]) for a, b in itertools.pairwise(edges)]
    middle = len(lengths) // 2
    cut = edges[middle] + lengths[middle] // 2
    few = [sentence(words[:cut]), sentence(words[cut:])] if cut_in_two else [sentence(words)]
    return few, many


def aligned(src_middle: list[str], tgt_middle: list[str], null: str = "") -> list[Bead]:
    """The middle between the context's halves, a null line after it on ``null``'s side."""
    src = [*CONTEXT[:6], *src_middle, *([NULL_LINE] if null == "src" else []), *CONTEXT[6:]]
    tgt = [*CONTEXT[:6], *tgt_middle, *([NULL_LINE] if null == "tgt" else []), *CONTEXT[6:]]
    beads = align(src, tgt, src_lang="xx", tgt_lang="xx", encoder=HashedWords("busy"))
    return [Bead(b.src, b.tgt) for b in beads]


@pytest.mark.parametrize(
    ("lengths", "cut_in_two", "swap", "expected"),
    [
        # one sentence against six
        ([5, 6, 4, 7, 5, 6], False, False, Bead((6,), (6, 7, 8, 9, 10, 11))),
        ([5, 6, 4, 7, 5, 6], False, True, Bead((6, 7, 8, 9, 10, 11), (6,))),
        # two sentences against five, the long middle one cut in half
        ([4, 4, 12, 4, 4], True, False, Bead((6, 7), (6, 7, 8, 9, 10))),
        ([3, 3, 14, 3, 3], True, True, Bead((6, 7, 8, 9, 10), (6, 7))),
    ],
)
def test_a_bead_of_seven_sentences_is_found_where_the_text_has_one(
    lengths: list[int], cut_in_two: bool, swap: bool, expected: Bead
) -> None:
    few, many = long_bead(lengths, cut_in_two)
    beads = aligned(many, few) if swap else aligned(few, many)
    assert expected in beads
    assert sum(len(b.src) == 1 and len(b.tgt) == 1 for b in beads) == 12  # the context's


@pytest.mark.parametrize("side", ["src", "tgt"])
def test_a_null_line_beside_a_one_to_six_bead_stays_a_null_bead(side: str) -> None:
    few, many = long_bead([5, 6, 4, 7, 5, 6], cut_in_two=False)
    beads = aligned(few, many, null=side)
    assert Bead((6,), (6, 7, 8, 9, 10, 11)) in beads
    null = Bead((7,), ()) if side == "src" else Bead((), (12,))
    assert null in beads
