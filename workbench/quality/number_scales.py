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
    one of its language's scale words (`scale_words`) read with it: "1,2 milliard" is
    written "1,2 milliard" and worth "1200000000". Without a language, figures only."""
    lang = convention.lang if convention else ""
    pattern = _pattern(lang) if lang else None
    found = []
    for match in NUMBER.finditer(text):
        number = read(match.group(), convention)
        scale = pattern.match(text, match.end()) if pattern else None
        if scale:
            long_, short = _tables(lang)
            word = scale["long"] and " ".join(scale["long"].lower().split())
            power = long_[word] if word else short[scale["short"]]
            number = Number(match.group() + scale.group(), _times(number.value, power), "")
        found.append(number)
    return found


def _times(value: str, exponent: int) -> str:
    """``value`` ("1.2") times ten to ``exponent``, as `numbers` writes values."""
    try:
        scaled = Decimal(value).scaleb(exponent)
    except InvalidOperation:
        return value
    written = format(scaled.normalize(), "f")
    return written.rstrip("0").rstrip(".") if "." in written else written
