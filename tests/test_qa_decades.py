"""A decade one side writes in figures and the other in words is one number (newcomer38).

"L'automatisation a gagné la plupart des phares espagnols dans les années 1990." against
"… en los años noventa." was an error, "numbers differ (only in fr: 1990)", and `qa`
exited 3, which a nightly script takes for a changed figure. Spanish, Italian and
Portuguese name a decade by its tens' cardinal, English by its plural ("the nineties"),
German with -er ("die Neunzigerjahre"), French "les années quatre-vingt".
"""

from __future__ import annotations

import pytest

from tests.test_qa_scales_nouns_quotes import said
from workbench.quality.qa import IssueKind

NUMBERS = IssueKind.NUMBERS


@pytest.mark.parametrize(
    ("source", "target", "pair"),
    [
        (
            "Les phares ont été automatisés dans les années 1990.",
            "Los faros se automatizaron en los años noventa.",
            ("fr", "es"),
        ),
        (
            "The lighthouses were automated in the nineties.",
            "Les phares ont été automatisés dans les années 1990.",
            ("en", "fr"),
        ),
        (
            "Die Leuchttürme wurden in den Neunzigerjahren automatisiert.",
            "Les phares ont été automatisés dans les années 1990.",
            ("de", "fr"),
        ),
        (
            "The lighthouses were automated in the 1980s.",
            "Les phares ont été automatisés dans les années quatre-vingt.",
            ("en", "fr"),
        ),
        (
            "Les phares ont été automatisés dans les années 1990.",
            "I fari sono stati automatizzati negli anni novanta.",
            ("fr", "it"),
        ),
    ],
)
def test_a_decade_in_words_answers_its_first_year_in_figures(
    source: str, target: str, pair: tuple[str, str]
) -> None:
    assert said(source, target, pair, NUMBERS) == []


@pytest.mark.parametrize(
    ("source", "target", "pair", "message"),
    [
        # another decade
        (
            "Les phares ont été automatisés dans les années 1980.",
            "Los faros se automatizaron en los años noventa.",
            ("fr", "es"),
            "numbers differ (only in fr: 1980)",
        ),
        # a year that begins no decade
        (
            "Le phare a été automatisé en 1994.",
            "El faro se automatizó en los noventa.",
            ("fr", "es"),
            "numbers differ (only in fr: 1994)",
        ),
    ],
)
def test_another_decade_or_a_year_still_differs(
    source: str, target: str, pair: tuple[str, str], message: str
) -> None:
    assert said(source, target, pair, NUMBERS) == [message]
