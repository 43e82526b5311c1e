"""The months a sentence names, in its language, and a pair whose sides name other months.

After a new version of the original changes a month ("published in June" → "in July"),
the old French stays paired with the changed sentence, sure of it (0.998), and a memory
carried "Les comptes seront publiés en juin." ↔ "…published in July." as an ordinary
unit, which a CAT tool inserts as an exact match: the same stale fact as a changed figure
(`qa_numbers.numbers_differ`, newcomer37 HIGH 1), written in words (newcomer41). Month
names come from the CLDR through Babel (its wide names, in the format and stand-alone
forms: "juin", "June", "junio", "Juni", "czerwca" and "czerwiec").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from workbench.quality.qa_base import Finding, IssueKind, Severity

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _names(lang: str) -> dict[str, int]:
    """Month name → number (1–12) for ``lang`` (a bare code such as "fr"); empty when Babel
    does not know the language. Names are as the language writes them: capitalised in
    English and German, lower case in French and Spanish ("mars" is March, "Mars" the
    planet), so a case-sensitive match."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_month_names

    try:
        Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return {}
    found: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in get_month_names("wide", context=context, locale=lang).items():
            # Catalan's format names carry their preposition ("de gener", "d’abril")
            word = re.sub(r"^(?:de |d[’'])", "", name)
            if _WORD.fullmatch(word):
                found.setdefault(word, number)
    return found


def months_named(text: str, lang: str) -> frozenset[int]:
    """The months (1–12) ``text`` names in ``lang``. An English "May" that opens the text
    is the verb ("May I…"), unless a figure follows it."""
    return frozenset(_month_words(text, lang).values())


def _month_words(text: str, lang: str) -> dict[str, int]:
    """The words of ``text`` that name months in ``lang`` (`months_named`), as written, in
    their order, each with its month."""
    names = _names(lang.split("-")[0].lower())
    found: dict[str, int] = {}
    if not names:
        return found
    for m in _WORD.finditer(text):
        word = m.group()
        opens = not text[: m.start()].strip()
        number = names.get(word)
        if number is None and opens and word[:1].isupper():
            number = names.get(word.lower())  # "Janvier à juin 1934": a title's first word
        if number is None or (word == "May" and opens and not re.match(r"\s*\d", text[m.end() :])):
            continue
        found.setdefault(word, number)
    return found


def months_differ(source: str, target: str, source_lang: str, target_lang: str) -> bool:
    """Whether each side names a month the other does not: a month changed ("juin" /
    "July"). A month one side names and the other leaves out is a translator's choice
    ("2,9 % sur un an" / "in the year to September"; "entre juin et août" / "in the three
    months to August"), and a side that names none never differs (on the gold pairs of
    `bench/qa_number_words.py` those were the only months one side named alone)."""
    return _changed(months_named(source, source_lang), months_named(target, target_lang))


def _changed(ours: frozenset[int], theirs: frozenset[int]) -> bool:
    return bool(ours - theirs and theirs - ours)


def month_findings(
    source: str, target: str, langs: tuple[str, str], names: tuple[str, str]
) -> Iterator[Finding]:
    """An error when a month changed between the sides (`months_differ`), each side's own
    months named as it writes them ("months differ (only in fr: juin; only in en: July)")."""
    if not all(langs):
        return
    ours, theirs = _month_words(source, langs[0]), _month_words(target, langs[1])
    if not _changed(frozenset(ours.values()), frozenset(theirs.values())):
        return
    parts = []
    for side, words, other in ((names[0], ours, theirs), (names[1], theirs, ours)):
        only = [word for word, month in words.items() if month not in other.values()]
        parts.append(f"only in {side}: {', '.join(only)}")
    yield IssueKind.NUMBERS, Severity.ERROR, "months differ (" + "; ".join(parts) + ")"
