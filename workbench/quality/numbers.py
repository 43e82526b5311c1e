"""Numbers as a language writes them: "3,5" is three and a half in French, "3.5" in
English, "3,500" three thousand five hundred in English.

Pure: `read_numbers` takes a :class:`NumberConvention` (decimal and grouping symbols);
`convention_for` builds one from CLDR's data through babel (``babel.numbers``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# A number with thousands separated by spaces ("1 000", narrow no-break too), or digits
# with . , or ' inside ("1,000.5", "19,5", "1'000"). Digits after a letter are part of
# a code ("NC19", "A4", "H2O"), which is carried over whole, not a number.
NUMBER = re.compile(
    r"(?<!\w)(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,'’]\d+)*)"
)
_SEPARATOR = re.compile(r"[^\d]")


@dataclass(frozen=True)
class NumberConvention:
    """How a language writes numbers: ``decimal`` and ``group`` symbols (CLDR's), its
    ``name`` for messages ("English"), and its ``lang`` tag ("en") for the numbers it
    writes as words (`workbench.quality.number_words`; empty: figures only)."""

    name: str
    decimal: str
    group: str
    lang: str = ""


@dataclass(frozen=True)
class Number:
    """A number of a text: ``written`` as it stands ("1 000,5"), ``value`` in one form
    for every language ("1000.5": digits, a point before the decimals), and the
    decimal ``mark`` it was read with ("," or "."; empty for a whole number). ``scale``:
    the power of ten of the scale words read with it ("1,2 milliard": 9,
    `workbench.quality.number_scales`), 0 for a bare figure."""

    written: str
    value: str
    mark: str
    scale: int = 0


def read_numbers(text: str, convention: NumberConvention | None = None) -> list[Number]:
    """The numbers of ``text`` in order, read as ``convention``'s language writes them.

    The last separator of a number, a point or a comma that comes once in it, is its
    decimal mark when it is the language's decimal symbol, or when it is not followed
    by exactly three digits ("5,7" in English is five point seven written the French
    way, "3,500" is three thousand five hundred). Without a convention only the second
    rule applies. Any other separator groups digits. Trailing decimal zeros are not
    part of the value ("2,50" is 2.5).
    """
    return [read(match.group(), convention) for match in NUMBER.finditer(text)]


def read(written: str, convention: NumberConvention | None) -> Number:
    """One number as `NUMBER` matches it (``written``), read as `read_numbers` reads it."""
    separators = _SEPARATOR.findall(written)
    groups = _SEPARATOR.split(written)
    last = separators[-1] if separators else ""
    decimal = (
        last in ".,"
        and separators.count(last) == 1
        and ((convention is not None and last == convention.decimal) or len(groups[-1]) != 3)
    )
    if decimal:
        decimals = groups[-1].rstrip("0")
        return Number(written, "".join(groups[:-1]) + ("." + decimals if decimals else ""), last)
    return Number(written, "".join(groups), "")


# One point or comma between 1 to 3 digits and exactly 3: "1,000" groups thousands in
# English and marks decimals in French (one point none), "12.500" the other way round.
_EITHER_WAY = re.compile(r"[1-9]\d{0,2}[.,]\d{3}")


def either_way(number: Number) -> bool:
    """True when ``number`` is written so that one language reads its point or comma as
    grouping thousands and another as its decimal mark: "1,000", "12.500" (not "0,500",
    "1,5" or "1 000")."""
    return _EITHER_WAY.fullmatch(number.written) is not None


def foreign_decimals(text: str, convention: NumberConvention) -> list[Number]:
    """The numbers of ``text`` whose decimal mark is not ``convention``'s: the French
    decimal comma kept in English ("5,7"), or an English point in French ("3.5")."""
    return [n for n in read_numbers(text, convention) if n.mark and n.mark != convention.decimal]


def rewritten(number: Number, convention: NumberConvention) -> str:
    """``number`` with ``convention``'s decimal symbol (its digits ungrouped): "5.7"."""
    whole, _, decimals = number.value.partition(".")
    return whole + (convention.decimal + decimals if decimals else "")


@cache
def convention_for(lang: str) -> NumberConvention | None:
    """CLDR's number symbols for ``lang`` ("en", "pt-BR"), through babel; None for a
    language CLDR does not know."""
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_decimal_symbol, get_group_symbol

    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    return NumberConvention(
        locale.get_display_name("en") or lang,
        get_decimal_symbol(locale),
        get_group_symbol(locale),
        lang,
    )
