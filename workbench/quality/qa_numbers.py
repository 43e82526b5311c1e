"""The QA checks of a pair's numbers: numbers one side has and the other lacks, and a
number written with another language's decimal mark (`qa.check_pair` runs them)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from workbench.quality.clock_times import without_shared_times
from workbench.quality.number_scales import scaled_numbers, unread_scales
from workbench.quality.number_words import decade_words, word_numbers
from workbench.quality.numbers import (
    Number,
    NumberConvention,
    either_way,
    foreign_decimals,
    read_numbers,
    rewritten,
)
from workbench.quality.qa_base import Finding, IssueKind, QaOptions, Severity
from workbench.quality.qa_conversions import Measure, conversions, described, measures
from workbench.quality.roman_numbers import roman_numbers


def numbers_in(text: str, convention: NumberConvention | None = None) -> Counter[str]:
    """The values of a text's numbers, read as ``convention``'s language writes them
    (`workbench.quality.numbers.read_numbers`): "1 000,5" in French and "1,000.5" in
    English are both 1000.5."""
    return Counter(number.value for number in read_numbers(text, convention))


_DIGIT = re.compile(r"\d")


def numbers_differ(source: str, target: str, source_lang: str, target_lang: str) -> bool:
    """Whether both sides of a pair write figures and disagree on one, as `qa` calls an
    error ("numbers differ"): a figure changed (120 / 135). Each side is read as its
    language writes numbers (`numbers.convention_for`); a figure the other side writes as a
    word, a shared time of day or a converted measure is no difference (`number_findings`),
    and a side with no figure at all never differs ("23 h" / "until eleven")."""
    from workbench.quality.numbers import convention_for

    if not (_DIGIT.search(source) and _DIGIT.search(target)):
        return False  # a figure against words ("23 h" / "eleven"): a rewording, not a change
    options = QaOptions(
        source_numbers=convention_for(source_lang), target_numbers=convention_for(target_lang)
    )
    return any(
        severity is Severity.ERROR for _, severity, _ in number_findings(source, target, options)
    )


def number_findings(
    source: str,
    target: str,
    options: QaOptions,
    names: tuple[str, str] = ("the source", "the target"),
) -> Iterator[Finding]:
    """Numbers one side has and the other lacks, each shown as its own side writes it,
    under the side's name (``names``: "numbers differ (only in en: 130)").

    A number both sides write alike that their languages read apart ("1,000": a
    thousand in English, one in French) is decided from the pair: the same digits and
    mark on both sides are the same quantity, whichever the writer meant (a French
    thousand written the English way, or a measure to three decimals), so it is no
    difference. The same digits written otherwise ("1,5" for "1,500") still are. A time
    of day both sides give is no number to compare, whichever clock each writes it on
    ("6 pm" and "18 h", "2.30 p.m." and "14 h 30": `clock_times.without_shared_times`).
    A measure converted into the other side's units ("984 feet" / "300 mètres") is a
    warning naming the conversion when the two agree within rounding, else still an
    error (`qa_conversions`). A scale word after a figure is part of its quantity, as
    each side's language reads it ("1.200 millones" and "1,2 milliard" are one quantity,
    an English "billion" a French "milliard": `number_scales`).
    """
    source, target = without_shared_times(source, target)
    source_numbers = scaled_numbers(source, options.source_numbers)
    target_numbers = scaled_numbers(target, options.target_numbers)
    alike = Counter(n.written for n in source_numbers if either_way(n)) & Counter(
        n.written for n in target_numbers if either_way(n)
    )
    source_numbers = _without(source_numbers, alike)
    target_numbers = _without(target_numbers, alike)
    source_values = Counter(n.value for n in source_numbers)
    target_values = Counter(n.value for n in target_numbers)
    missing, extra = source_values - target_values, target_values - source_values
    # A figure the other side writes as a word ("4 mai", "the fourth of May") is there.
    if missing:
        missing -= _in_words(target, options.target_numbers, missing)
        missing -= roman_numbers(target, missing)  # "19th century", "XIXe siècle"
        missing -= _decades(target, options.target_numbers, missing)  # "años noventa"
    if extra:
        extra -= _in_words(source, options.source_numbers, extra)
        extra -= roman_numbers(source, extra)
        extra -= _decades(source, options.source_numbers, extra)
    if missing and extra:
        unread_scales(source_numbers, target_numbers, missing, extra)  # "3 millions" / "€3m"
    converted = _conversions(source, target, options, missing, extra) if missing else []
    missing_written = _written(source_numbers, missing)
    extra_written = _written(target_numbers, extra)
    if missing_written or extra_written:
        parts = []
        if missing_written:
            parts.append(f"only in {names[0]}: {', '.join(missing_written)}")
        if extra_written:
            parts.append(f"only in {names[1]}: {', '.join(extra_written)}")
        yield IssueKind.NUMBERS, Severity.ERROR, "numbers differ (" + "; ".join(parts) + ")"
    for measure, other in converted:
        yield IssueKind.NUMBERS, Severity.WARNING, described(measure, other)


def _conversions(
    source: str, target: str, options: QaOptions, missing: Counter[str], extra: Counter[str]
) -> list[tuple[Measure, Measure]]:
    """A measure the target converts into other units (`qa_conversions`): its numbers
    leave ``missing`` and ``extra``."""
    ours = measures(source, options.source_numbers)
    theirs = measures(target, options.target_numbers)
    return conversions(ours, theirs, missing, extra) if ours and theirs else []


def _in_words(
    text: str, convention: NumberConvention | None, figures: Counter[str]
) -> Counter[str]:
    """The numbers ``text`` writes as words, those of ``figures`` (the other side's)
    above a hundred too. They only answer a figure of the other side, never make a
    difference by themselves: "one" is as often a pronoun ("one must"), "un" an
    article, "second" a unit of time, as a number."""
    if not (convention and convention.lang):
        return Counter()
    return word_numbers(text, convention.lang, figures)


# The first year of a decade from the 1820s to the 2090s: "les années 1990", "the 1990s".
_DECADE_YEAR = re.compile(r"(?:1[89]|20)[2-9]0")


def _decades(text: str, convention: NumberConvention | None, figures: Counter[str]) -> Counter[str]:
    """Those of ``figures`` (the other side's) that are a decade's first year which
    ``text`` names in words ("les années 1990" / "los años noventa", "the nineties":
    newcomer38, an error and exit 3 for a faithful translation). Its century is the
    figure's: the words say only the tens."""
    if not (convention and convention.lang) or not any(map(_DECADE_YEAR.fullmatch, figures)):
        return Counter()
    named = decade_words(text, convention.lang)
    return Counter(
        {v: n for v, n in figures.items() if _DECADE_YEAR.fullmatch(v) and v[2:] in named}
    )


def _without(numbers: Sequence[Number], written: Counter[str]) -> list[Number]:
    """``numbers`` less as many of each written form as ``written`` counts."""
    left, kept = Counter(written), []
    for number in numbers:
        if left[number.written] > 0:
            left[number.written] -= 1
        else:
            kept.append(number)
    return kept


def _written(numbers: Sequence[Number], left: Counter[str]) -> list[str]:
    """The numbers whose values are ``left``, as written, in text order."""
    found = []
    for number in numbers:
        if left[number.value] > 0:
            left[number.value] -= 1
            found.append(number.written)
    return found


_MARKS = {",": "a decimal comma", ".": "a decimal point"}


def number_format_findings(
    text: str, side: str, convention: NumberConvention | None
) -> Iterator[Finding]:
    """A number written with another language's decimal mark: the French "5,7" kept in
    an English MT draft. ``side``: the side's name ("en", "the MT draft (en)")."""
    if convention is None:
        return
    numbering = Counter(section_numbers(text))
    for number in foreign_decimals(text, convention):
        if numbering[number.written] > 0:  # "4.1 Nettoyage quotidien": a section, no decimal
            numbering[number.written] -= 1
            continue
        yield (
            IssueKind.NUMBER_FORMAT,
            Severity.WARNING,
            f"{side} writes {number.written} with {_MARKS[number.mark]}: "
            f"{convention.name} writes {rewritten(number, convention)}",
        )
    for written in foreign_grouping(text, convention):
        regrouped = written.replace(written[-4], convention.group)
        yield (
            IssueKind.NUMBER_FORMAT,
            Severity.WARNING,
            f"{side} groups the digits of {written} with “{written[-4]}”, which "
            f"{convention.name} writes for decimals: {convention.name} writes {regrouped}",
        )


# A section's number: opening the text before its title ("4.1 Nettoyage quotidien", "2.3.
# Scope"), or after a word that numbers a part of a text ("voir la section 4.1", "artículo
# 12.2", "§ 3.1"). newcomer36: a manual's "4.1", "4.2", "4.3" on both sides were six
# "number format" warnings, "French writes 4,1".
_OPENING_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})+)\.?\s+([^\W\d_])")
_NUMBERED_PART = re.compile(
    r"(?:\b(?:sections?|chap(?:itres?|ters?)|cap[ií]tulos?|articles?|art[ií]culos?|art\."
    r"|paragraphes?|paragraphs?|p[aá]rrafos?|annexes?|annex|anexos?|points?|puntos?"
    r"|figures?|figuras?|tableaux?|tables?|tablas?|steps?|[ée]tapes?|pasos?|apartados?)"
    r"|§)\s*(\d{1,3}(?:\.\d{1,3})+)\b",
    re.IGNORECASE,
)


def section_numbers(text: str) -> list[str]:
    """The numbers of ``text`` that number a section of a document, as written ("4.1"):
    one opening the text before its title's capital, or one after a word such as "section",
    "chapitre", "artículo", "§"."""
    found = [m.group(1) for m in _NUMBERED_PART.finditer(text)]
    opening = _OPENING_NUMBER.match(text)  # before a title's capital, not a unit ("4.1 km")
    return [opening.group(1), *found] if opening and opening.group(2).isupper() else found


# Thousands grouped two times or more by one point or comma: "2,500,000", "1.250.000".
# Versions ("2.1.3") and decimals ("40,5") have no run of three-digit groups.
_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?P<mark>[.,])\d{3}(?:(?P=mark)\d{3})+(?![\w]|[.,]\d)")


def foreign_grouping(text: str, convention: NumberConvention) -> list[str]:
    """The numbers of ``text`` whose thousands are grouped by ``convention``'s decimal
    mark, as another language groups them: English "2,500,000" kept in French (a comma
    twice cannot be French's decimal mark), German "2.500.000" in English. An IPv4
    address ("192.168.100.200") is not a number."""
    found = []
    for match in _GROUPED.finditer(text):
        parts = match.group().split(match["mark"])
        if match["mark"] != convention.decimal or match["mark"] == convention.group:
            continue
        if match["mark"] == "." and len(parts) == 4 and all(int(p) <= 255 for p in parts):
            continue
        found.append(match.group())
    return found
