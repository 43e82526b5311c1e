"""Roman numerals that answer a figure of the other side: "XIXe siècle" for "19th century",
"Louis XIV" for "Louis 14", "chapitre IV" for "chapter 4" (`qa_numbers.number_findings`).

French writes centuries, regnal numbers and many ordinals in Roman numerals ("XXIe siècle",
"Ier arrondissement", "IIIe République"); English often writes them in figures. Such a
numeral only answers a figure the other side has, never makes a difference by itself:
"I" is a pronoun in English and "V", "X", "C", "D", "L", "M" are letters too, so a single
letter counts only with an ordinal ending ("Ier", "Ve"), and only numerals in standard
form (the subtractive pairs IV, IX, XL, XC, CD, CM) are read.
"""

from __future__ import annotations

import re
from collections import Counter

_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
_STANDARD = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
# A numeral in capitals, as a word of its own, with a French or English ordinal ending
# written on the line or raised ("XIXe", "XIXᵉ", "Ier", "IIème", "IInd" is not English).
_NUMERAL = re.compile(
    r"(?<![\w-])(?P<roman>[MDCLXVI]+)(?P<ending>e|è|ème|eme|ᵉ|er|ᵉʳ|re|ʳᵉ)?(?![\w])"
)


def roman_value(numeral: str) -> int | None:
    """The value of ``numeral`` in standard form ("XIX" → 19), None for any other string."""
    if not numeral or _STANDARD.fullmatch(numeral) is None:
        return None
    total = 0
    for letter, following in zip(numeral, [*numeral[1:], ""], strict=True):
        value = _VALUES[letter]
        total += -value if following and _VALUES[following] > value else value
    return total


def roman_numbers(text: str, figures: Counter[str]) -> Counter[str]:
    """The values of ``figures`` (the other side's numbers, as `numbers` gives a value:
    "19") that ``text`` writes as Roman numerals, as many times as both have them."""
    found: Counter[str] = Counter()
    for match in _NUMERAL.finditer(text):
        roman = match["roman"]
        if len(roman) == 1 and not match["ending"]:
            continue  # "I", "V", "X": a pronoun or a letter as often as a number
        value = roman_value(roman)
        if value is not None and str(value) in figures:
            found[str(value)] += 1
    return found & figures
