"""Numbers written as words: "twenty-one", "vingt et un", "premier", "vierten".

Pure but for its table, built once per language from num2words (cardinals and
ordinals 0–100, as the library spells them) and cached: `word_numbers` reads a
text's numbers written as words, each as the value `workbench.quality.numbers`
gives its figure ("21"), so QA can tell "fourth of May" and "4 mai" agree.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

# Cardinals and ordinals up to a hundred: dates, counts and ranks written out. Larger
# numbers are written as figures in running text in all four languages.
_HIGHEST = 100
# The forms grammar gives a number word that num2words spells once: gender and case
# endings of ordinals, and the cardinal "one" as its article-like forms. Each language
# declines every ordinal alike, so the rule holds for every entry, not for sample words.
_ENDINGS: dict[str, tuple[str, ...]] = {
    "de": ("n", "r", "s", "m"),  # vierte → vierten, vierter, viertes, viertem
    "es": ("a", "os", "as"),  # cuarto → cuarta, cuartos, cuartas
}
_ONE: dict[str, tuple[str, ...]] = {
    "fr": ("une", "première", "premiers", "premières"),
    "es": ("un", "una", "primer", "tercer"),  # "primer día", "tercer piso"
    "de": ("ein", "eine", "einen", "einem", "einer", "eines"),
}
_SHORTENED = {"primer": "1", "tercer": "3"}
# Words inside a number are joined by spaces or hyphens: "vingt et un", "vingt-et-un",
# "twenty one", "twenty-one" are the same number.
_JOIN = re.compile(r"[\s\-‐‑]+")


def word_numbers(text: str, lang: str) -> Counter[str]:
    """The values of the numbers ``text`` writes as words in ``lang`` ("fr", "en-GB"),
    longest reading first ("vingt et un" is 21, not 20 and 1); empty for a language
    num2words does not spell."""
    base = re.split("[-_]", lang)[0].lower()
    pattern, table = _pattern(base), _table(base)
    if pattern is None:
        return Counter()
    # .get: a case-blind match can lower to another spelling ("ſ", the long s, is "s")
    found = (table.get(_JOIN.sub(" ", m.group().lower())) for m in pattern.finditer(text))
    return Counter(value for value in found if value is not None)


@cache
def _table(lang: str) -> dict[str, str]:
    """Each spelling of 0–100 in ``lang`` (its words joined by one space) → its value;
    empty for a language num2words does not know, cardinals alone where it has no
    ordinals."""
    table: dict[str, str] = {}
    for form in ("cardinal", "ordinal"):
        for value in range(0 if form == "cardinal" else 1, _HIGHEST + 1):
            words = _spelt(value, lang, form)
            if words is None:
                break
            table.setdefault(words, str(value))
            if form == "ordinal":
                for ending in _ENDINGS.get(lang, ()):
                    table.setdefault(_declined(words, ending), str(value))
    if table:
        for word in _ONE.get(lang, ()):
            table.setdefault(word, _SHORTENED.get(word, "1"))
    table.pop("", None)  # a number num2words spells as nothing
    return table


def _spelt(value: int, lang: str, form: str) -> str | None:
    """``value`` as num2words spells it in ``lang``, lower case, one space between its
    words; None where it cannot."""
    from num2words import num2words  # deferred for start-up time

    try:
        return _JOIN.sub(" ", num2words(value, lang=lang, to=form).lower()).strip()
    except NotImplementedError:
        return None


def _declined(ordinal: str, ending: str) -> str:
    """``ordinal``'s last word with ``ending`` for its own: German adds it ("vierte" →
    "vierten"), Spanish puts it in place of the final o ("cuarto" → "cuarta")."""
    return ordinal[:-1] + ending if ordinal.endswith("o") else ordinal + ending


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    table = _table(lang)
    if not table:
        return None
    spellings = sorted(table, key=len, reverse=True)
    words = "|".join(r"[\s\-‐‑]+".join(map(re.escape, s.split(" "))) for s in spellings)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
