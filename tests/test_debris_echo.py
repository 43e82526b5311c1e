"""A pull quote told by its repetition (`debris_echo`): a quotation alone whose words a longer
line before it says is debris; a quotation said nowhere else, a heading that the text quotes
further on, a sentence that quotes and goes on, stay the article's. No body, heading or
caption line of the labelled pages is one, nor a gold sentence of the page pairs.
"""

from __future__ import annotations

import re

import pytest

from tests import debris_bench
from tests.debris_text import PAIRS, gold_sentences
from workbench.ingest.debris_echo import mark_quoted_echoes

SAID_FR = (
    "« Le jour, je suis un homme ordinaire. La nuit, j'ai trois cents personnes à faire "
    "dormir », sourit le gardien du refuge."
)
SAID_EN = (
    '"People think it\'s romantic," she says. "It is. It\'s also a great deal of mopping, '
    'every single morning."'
)
SAID_ES = (
    "«No esperábamos una diferencia tan clara», reconoce la profesora. «La ciudad no es un "
    "desierto para los polinizadores, al contrario»."
)
SAID_DE = (
    "„Man hört zuerst auf den Wind. Dann schaut man aufs Meer“, sagt er und zeigt auf die Bucht."
)
BETWEEN = "Le refuge compte trois dortoirs et une salle commune chauffée au bois."


@pytest.mark.parametrize(
    ("lines", "echoes"),
    [
        # After the paragraph that quotes it, shortened, in its own quotation marks.
        ([SAID_FR, BETWEEN, "« La nuit, j'ai trois cents personnes à faire dormir. »"], [2]),
        ([SAID_EN, BETWEEN, "\"It's romantic. It's also a great deal of mopping.\""], [2]),
        ([SAID_ES, "«La ciudad no es un desierto para los polinizadores»"], [1]),
        ([SAID_DE, "„Man hört zuerst auf den Wind.“"], [1]),
        # Four words of five from the earlier line: near-verbatim still.
        ([SAID_EN, '"It is a great deal of washing."'], [1]),
        # A heading that the text quotes further on: its words come after it, not before.
        (["« La nuit, j'ai trois cents personnes à faire dormir »", BETWEEN, SAID_FR], []),
        # A quotation said nowhere else is the speaker's only one.
        ([BETWEEN, "« Il faut six mois pour apprendre à ne plus avoir peur des fuseaux. »"], []),
        # A sentence that quotes and goes on is no quotation alone.
        ([SAID_FR, "« La nuit, j'ai trois cents personnes à faire dormir », répète-t-il."], []),
        # Three words are too few to tell a repetition from a shared phrase.
        ([SAID_EN, '"Every single morning."'], []),
        # A paraphrase says other words.
        ([SAID_FR, "« La nuit, trois cents randonneurs dorment sous mon toit. »"], []),
    ],
)
def test_a_quotation_alone_that_an_earlier_line_says_is_a_pull_quote(
    lines: list[str], echoes: list[int]
) -> None:
    mask = [False] * len(lines)
    mark_quoted_echoes(lines, mask)
    assert [i for i, m in enumerate(mask) if m] == echoes


def test_no_article_line_of_the_labelled_pages_is_an_echo() -> None:
    found = []
    for page in debris_bench.labelled_pages():
        texts = [text for _, text in page.gold]
        mask = [False] * len(texts)
        mark_quoted_echoes(texts, mask)
        marked = zip(page.gold, mask, strict=True)
        found += [(page.name, label, text) for (label, text), m in marked if m]
    assert [f for f in found if f[1] != "boilerplate"] == []
    assert len(found) >= 15


def test_no_gold_sentence_of_the_page_pairs_is_an_echo() -> None:
    gold = gold_sentences()
    echoes = []
    for page in sorted(PAIRS.glob("*.*.*")):
        if page.suffix == ".gold":
            continue
        text = re.sub(r"<[^>]+>", "\n", page.read_text(encoding="utf-8"))
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        mask = [False] * len(lines)
        mark_quoted_echoes(lines, mask)
        echoes += [line for line, m in zip(lines, mask, strict=True) if m]
    assert [e for e in echoes if e in gold] == []
    # blind6-bees' pull quote, the one the pairs hold ("A healthy hive has a steady, low hum.").
    assert len(echoes) >= 1
