"""Scale words after a figure, as part of its quantity: "1.200 millones" is 1,200,000,000 in
Spanish, "1,2 milliard" the same in French, "2.5 billion" 2,500,000,000 in English (a
French "billion" is 10**12, as is a Spanish "billón"), "3 Mio." 3,000,000 in German.

Each language's scale words are CLDR's compact decimal formats (through babel): the long
ones ("millones", "millón", "mil millones", "milliard", "Milliarden") read in any case,
the short ones ("M", "Md", "Mrd.", "K"; not "B" or "T") as written, glued to the figure
or not. Pure: CLDR's data is read once per language and cached.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from functools import cache

from workbench.quality.numbers import NUMBER, Number, NumberConvention, read

# Short forms of one letter that name other things after a figure as often ("Room 5B",
# "Stage 4T"): English's and Spanish's B (10**9 in one, 10**12 in the other) and T.
_LETTERS = frozenset({"B", "T"})
# What a scale word's CLDR pattern holds besides it: the digits' zeros, quotes around a
# literal ("Mio'.'"), spaces.
_PATTERN = re.compile(r"^(?P<zeros>0+)\s*(?P<word>\S(?:.*\S)?)$")


@cache
def _tables(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    """``lang``'s long scale words, in lower case, and its short ones as CLDR writes them
    (also without a closing point): each → the power of ten it multiplies by."""
    from babel import Locale, UnknownLocaleError

    try:
        formats = Locale.parse(lang.replace("-", "_")).compact_decimal_formats
    except (UnknownLocaleError, ValueError):
        return {}, {}
    tables: tuple[dict[str, int], dict[str, int]] = ({}, {})
    for width, table in zip(("long", "short"), tables, strict=True):
        for plurals in formats.get(width, {}).values():
            for key, pattern in plurals.items():
                text = getattr(pattern, "pattern", str(pattern)).replace("'", "")
                match = _PATTERN.match(" ".join(text.split()))
                if match is None:  # German's "0" for thousands: no word
                    continue
                power = len(str(int(key))) - len(match["zeros"])
                word = match["word"].lower() if width == "long" else match["word"]
                if word in _LETTERS:
                    continue
                for form in (word, word.removesuffix(".")):
                    table.setdefault(form, power)
    if "K" in tables[1]:  # "5k" as often as "5K"
        tables[1].setdefault("k", tables[1]["K"])
    return tables


def scale_words(lang: str) -> dict[str, int]:
    """``lang``'s scale words ("fr", "es-MX") → the power of ten each multiplies by:
    {"mille": 3, "million": 6, "milliard": 9, "billion": 12, "k": 3, "M": 6, "Md": 9, …}
    in French: CLDR's long words in lower case (read in any case), its short ones as
    written ("Mio.", also "Mio"); empty for a language CLDR does not know."""
    long_, short = _tables(lang)
    return {**short, **long_}


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    """A scale word right after a figure (one space or none between), longest first."""
    long_, short = _tables(lang)
    if not (long_ or short):
        return None

    def alternatives(words: dict[str, int]) -> str:
        ordered = sorted(words, key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split(" "))) for w in ordered) or "(?!)"

    # a short form's closing point ends it ("Mio."): no boundary needed after that
    return re.compile(
        rf"[ \u00a0\u202f]?(?:(?i:(?P<long>{alternatives(long_)}))(?!\w)"
        rf"|(?P<short>{alternatives(short)})(?:(?<=\.)|(?![\w.])))"
    )


def scaled_numbers(text: str, convention: NumberConvention | None) -> list[Number]:
    """The numbers of ``text`` as `numbers.read_numbers` reads them, a figure followed by
    scale words of its language (`scale_words`) read with them: "1,2 milliard" is written
    "1,2 milliard" and worth "1200000000"; words in a row multiply ("1,2 mil milhões" is
    1.2 × 10**3 × 10**6). Without a language, figures only."""
    lang = convention.lang if convention else ""
    pattern = _pattern(lang) if lang else None
    long_, short = _tables(lang) if lang else ({}, {})
    found = []
    for match in NUMBER.finditer(text):
        number, end, power = read(match.group(), convention), match.end(), 0
        while pattern and (scale := pattern.match(text, end)):
            word = scale["long"] and " ".join(scale["long"].lower().split())
            power += long_[word] if word else short[scale["short"]]
            end = scale.end()
        if power:
            number = Number(text[match.start() : end], _times(number.value, power), "", power)
        found.append(number)
    return found


def unread_scales(
    ours: Sequence[Number], theirs: Sequence[Number], missing: Counter[str], extra: Counter[str]
) -> None:
    """Take from ``missing`` (values of ``ours`` the other side lacks) and ``extra`` (values
    of ``theirs`` this side lacks) a scaled number and a bare figure with the same digits:
    the bare side writes a scale this module does not read ("€3m", "£2.4m" of British
    news, an abbreviation of a language CLDR lacks), so scale words never add a
    difference a figure alone would not have. Both scaled and apart ("2.5 billion" / "2,5
    billions": 10**9 and 10**12) is still a difference."""
    left = _of(ours, missing)
    right = _of(theirs, extra)
    for number in left:
        for other in right:
            if (number.scale == 0) != (other.scale == 0) and _bare(number) == _bare(other):
                missing[number.value] -= 1
                extra[other.value] -= 1
                right.remove(other)
                break
    missing += Counter()  # drop the counts at zero
    extra += Counter()


def _of(numbers: Sequence[Number], values: Counter[str]) -> list[Number]:
    left, found = Counter(values), []
    for number in numbers:
        if left[number.value] > 0:
            left[number.value] -= 1
            found.append(number)
    return found


def _bare(number: Number) -> str:
    return _times(number.value, -number.scale)


def _times(value: str, exponent: int) -> str:
    """``value`` ("1.2") times ten to ``exponent``, as `numbers` writes values."""
    try:
        scaled = Decimal(value).scaleb(exponent)
    except InvalidOperation:
        return value
    written = format(scaled.normalize(), "f")
    return written.rstrip("0").rstrip(".") if "." in written else written
