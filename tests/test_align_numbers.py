"""A number stated on both sides anchors a line to its pair in the aligner's second pass.

A line that states a number which the neighbouring pair's other side states, and
its own side's sentence does not, holds the rest of that sentence: `rejoin` keeps it
in (or joins it to) the pair, whatever the joined text's cosine says, and
`resegment` never reads it as a null beside that pair.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from tests.rejoin_harness import Beads, Cosines, rejoined
from workbench.align.joined import Joined, stated_numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Les travaux doivent s'achever en 2026.", {"2026"}),
        ("142 000 foyers sont privés d'électricité.", {"142000"}),  # grouped by a space
        ("142,000 homes are without power.", {"142000"}),  # ... by a comma
        ("Otros 3.000 puestos dependen de ellos.", {"3000"}),  # ... by a dot
        ("the 14.20 mark", {"14", "1420"}),  # a decimal: also its whole part
        ("à 19 h 20", {"19h20"}),  # a time of day, on a 24-hour clock
        ("at 7.20pm", {"19h20"}),
        ("1,4 million d'euros", {"14"}),
        ("Les 3 cordées, 1' équipe", set()),  # one digit: often written out, or OCR noise
        ("Il faisait une chaleur écrasante.", set()),
        ("— 214 —", set()),  # a page number states nothing of the text
        ("215", set()),
    ],
)
def test_stated_numbers_reads_a_value_however_it_is_grouped(text: str, numbers: set[str]) -> None:
    assert stated_numbers(text) == numbers


@pytest.mark.parametrize(
    ("text", "lang", "numbers"),
    [
        ("Elle aura dix quais.", "fr", {"10"}),
        ("The station will be large, with ten platforms.", "en", {"10"}),
        ("Doce años después, en 2026.", "es", {"12", "2026"}),
        ("Elle aura dix quais.", "", set()),  # no language: figures only
        ("Il a deux enfants.", "fr", set()),  # one digit, in words as in figures
    ],
)
def test_stated_numbers_reads_numbers_written_as_words_in_the_sentences_language(
    text: str, lang: str, numbers: set[str]
) -> None:
    assert stated_numbers(text, lang) == numbers


def _rejoined(
    beads: Beads,
    joined_cos: Cosines,
    src: Sequence[str],
    tgt: Sequence[str],
    anchors: bool = True,
) -> Beads:
    """`rejoin` on ``beads`` with the test costs of test_align_core, every line a clause,
    a null line cheaper to leave out by twice what joining loses; the texts give only
    the numbers each line states (none when ``anchors`` is off)."""
    numbers = ([stated_numbers(t) for t in src], [stated_numbers(t) for t in tgt])
    return rejoined(beads, joined_cos, null_evidence=2.0, numbers=numbers if anchors else ((), ()))


# frescoes (align_blind8): the French sentence ends "…, achevé en 2026."; the Romanian
# translator made that a sentence of its own, which the encoder finds unrelated
FR = ["Le chantier, financé par des fonds européens, sera achevé en 2026."]
RO = ["Șantierul este finanțat din fonduri europene.", "Lucrările trebuie să se încheie în 2026."]
# the joined text matches worse than the pair alone: on the cosine, a pair and a null
LOOSE: Cosines = {((0,), (0, 1)): 0.5, ((0,), (0,)): 0.8}
CUT: Beads = [((0,), (0,)), ((), (1,))]
WHOLE: Beads = [((0,), (0, 1))]


@pytest.mark.parametrize("found", [WHOLE, CUT], ids=["a 1–2 bead", "a pair and a null"])
def test_a_line_stating_the_pairs_number_stays_in_its_bead(found: Beads) -> None:
    assert _rejoined(found, LOOSE, FR, RO) == WHOLE
    # without the numbers, the cosine alone leaves it out
    assert _rejoined(found, LOOSE, FR, RO, anchors=False) == CUT


@pytest.mark.parametrize(
    "ro",
    [
        # the pair's own sentence already states the number: no evidence for the line
        ["Șantierul va fi gata în 2026.", "Lucrările trebuie să se încheie în 2026."],
        # the line's number is not the other side's
        ["Șantierul este finanțat din fonduri europene.", "A început în 2019."],
        # a page number alone on its line is no part of the text
        ["Șantierul este finanțat din fonduri europene.", "2026"],
    ],
    ids=["own side states it", "another number", "a page number"],
)
def test_a_line_without_the_pairs_number_is_decided_on_the_cosine(ro: list[str]) -> None:
    assert _rejoined(CUT, LOOSE, FR, ro) == CUT


def test_a_large_bead_is_never_read_as_its_pair_and_the_line_stating_the_number() -> None:
    # a 1–3 bead whose third line states the French sentence's number: the reading
    # that leaves that line out is cheapest on the cosine, and barred
    fr = ["Depuis 2023, l'humidité a baissé d'un tiers et aucune fissure n'est apparue."]
    ro = ["Primele rezultate sunt încurajatoare.", "Nu a apărut nicio fisură.", "Din 2023."]
    joined_cos: Cosines = {((0,), (0, 1, 2)): 0.5, ((0,), (0, 1)): 0.9, ((0,), (1, 2)): 0.5}
    bead: Beads = [((0,), (0, 1, 2))]
    assert _rejoined(bead, joined_cos, fr, ro, anchors=False) == [((0,), (0, 1)), ((), (2,))]
    assert ((), (2,)) not in _rejoined(bead, joined_cos, fr, ro)


# align_blind17's notfaelle: the German moved "Lawinen forderten 14 Todesopfer." into the
# sentence before; the search paired the sentences one to one (gold: one 2–2 bead)
FR2 = ["Les chutes restent la première cause (42 %).", "Les avalanches ont fait 14 morts."]
DE2 = [
    "Stürze stehen an erster Stelle (42 Prozent). Lawinen forderten 14 Todesopfer.",
    "Elf davon.",
]
ONE_TO_ONE: Beads = [((0,), (0,)), ((1,), (1,))]


@pytest.mark.parametrize(
    ("fr", "de", "cross"),
    [
        (FR2, DE2, True),  # 14: the first bead's German, the second's French
        # the first bead's French states it too: the boundary is where the numbers say
        (["Les chutes (42 %) et les avalanches (14 morts).", FR2[1]], DE2, False),
        # no number shared across the boundary
        (FR2, [DE2[0].replace("14", "vierzehn"), DE2[1]], False),
    ],
)
def test_two_pair_beads_crossing_on_a_number_are_one_bead(
    fr: list[str], de: list[str], cross: bool
) -> None:
    joined = Joined(
        lambda asked: [0.0] * len(asked), [True] * 2, [True] * 2, (), (),
        [stated_numbers(t) for t in fr], [stated_numbers(t) for t in de],
    )  # fmt: skip
    assert joined.numbers_cross((0, 0, 1, 1), (1, 1, 2, 2)) is cross
    expected = [((0, 1), (0, 1))] if cross else ONE_TO_ONE
    assert _rejoined(ONE_TO_ONE, {}, fr, de) == expected
    # without the numbers, the beads are left as the search found them
    assert _rejoined(ONE_TO_ONE, {}, fr, de, anchors=False) == ONE_TO_ONE
