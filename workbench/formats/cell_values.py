"""A spreadsheet's re-reading of an exported cell told from a reviewer's edit.

LibreOffice Calc (and Excel) read a TSV or CSV cell that looks like a number, a
percentage, a time or a date as that value, and save it again written their own way:
``50 %`` comes back ``50.00%``, ``12:30`` as ``12:30:00 PM``, ``00123`` as ``123``,
``1e5`` as ``1.00E+05``, ``1/2`` as the date ``01/02/26`` (LibreOffice 7.4, headless,
default options; quoting the cell does not stop it: `tests/test_import_cell_values.py`).
A segment that is only a figure is common (the cells of a PDF's or a Word file's table).

`respelled` compares the exported cell with the one that came back: the same value
written another way is no edit; another value of the same kind is the reviewer's, written
back in the exported cell's own way (``12:30`` corrected to ``12:45``, saved
``12:45:00 PM``, is stored ``12:45``); where it cannot be told (a date, a figure a
spreadsheet set to another language reads otherwise, more digits than a spreadsheet
keeps), the caller refuses the row. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

# A figure as Calc set to English reads it and writes it (sign, optional space, digits
# grouped by commas or not, decimal point, exponent), or as a spreadsheet set to French or
# German writes it again (a decimal comma): "1,00E+05", "50,00 %".
_NUMBER = re.compile(
    r"(?P<sign>[+-]?)(?P<gap> ?)(?P<cur>\$?)(?P<int>\d*)(?:(?P<point>[.,])(?P<frac>\d*))?"
    r"(?:[eE](?P<exp>[+-]?\d+))?(?P<pct> ?%)?"
)
_TIME = re.compile(
    r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d+))?)?(?: ?(?P<ap>[AaPp][Mm]))?"
)
_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?")
# A date written year first (ISO 8601) reads alike in every language, and Calc keeps it so.
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# A spreadsheet keeps 15 significant digits of a number.
_KEPT_DIGITS = 15

Kind = Literal["number", "percent", "time", "date"]


@dataclass(frozen=True)
class Reading:
    """A cell read as a spreadsheet reads it: its ``kind``, its ``value`` (a number; a
    percentage's figure; a time's seconds since midnight; a date written year first as
    its digits, None for another date, which depends on the reader's language and year)
    and ``exact``: whether it has one reading only and keeps every digit."""

    kind: Kind
    value: Decimal | None
    exact: bool
    symbol: str = ""


@dataclass(frozen=True)
class Respelled:
    """What a returned cell is: ``same`` (the exported value written another way: no
    edit), or ``text`` (the reviewer's new value written as the exported cell was), or
    neither (it cannot be told: refuse the row)."""

    same: bool
    text: str | None


def reading(cell: str) -> Reading | None:
    """``cell`` read as a spreadsheet reads it; None when it reads as text."""
    cell = cell.strip()
    if time := _TIME.fullmatch(cell):
        return _time(time)
    if number := _NUMBER.fullmatch(cell):
        return _number(number)
    if iso := _ISO_DATE.fullmatch(cell):
        return Reading("date", Decimal("".join(iso.groups())), exact=True)
    if _DATE.fullmatch(cell):
        return Reading("date", None, exact=False)
    return None


def respelled(exported: str, returned: str) -> Respelled | None:
    """How the ``returned`` cell stands to the ``exported`` one, which differ as texts;
    None when either reads as text (the returned cell is then the reviewer's text)."""
    before, after = reading(exported), reading(returned)
    if before is None or after is None:
        return None
    if (before.kind, before.symbol) != (after.kind, after.symbol):
        return Respelled(same=False, text=None)
    if not (before.exact and after.exact):
        return Respelled(same=False, text=None)
    if before.value == after.value:
        return Respelled(same=True, text=None)
    assert after.value is not None
    return Respelled(same=False, text=_written_as(exported.strip(), after))


def _number(found: re.Match[str]) -> Reading | None:
    whole, point, frac, exp = found["int"], found["point"], found["frac"] or "", found["exp"]
    if not (whole or frac) or (found["gap"] and not found["sign"]):
        return None
    if point == "," and len(frac) == 3:  # "1,234": 1234 in English, 1.234 in French
        return Reading("number", None, exact=False)
    if point == "." and len(frac) == 3 and 0 < len(whole) <= 3 and exp is None:
        exact = False  # "10.000": ten in English, ten thousand in German (read: 10)
    else:
        exact = len((whole + frac).lstrip("0")) <= _KEPT_DIGITS
    value = Decimal(f"{found['sign']}{whole or 0}.{frac or 0}e{exp or 0}")
    kind: Kind = "percent" if found["pct"] else "number"
    return Reading(kind, value, exact=exact, symbol=found["cur"])


def _time(found: re.Match[str]) -> Reading | None:
    hours, minutes, seconds = int(found["h"]), int(found["m"]), int(found["s"] or 0)
    meridiem = (found["ap"] or "").upper()
    if (meridiem and not 1 <= hours <= 12) or hours > 23 or minutes > 59 or seconds > 59:
        return None
    hours = hours % 12 + (12 if meridiem == "PM" else 0) if meridiem else hours
    value = Decimal(hours * 3600 + minutes * 60 + seconds) + Decimal(f"0.{found['f'] or 0}")
    return Reading("time", value, exact=True)


def _written_as(exported: str, new: Reading) -> str | None:
    """``new``'s value written the way the ``exported`` cell was; None when it cannot be."""
    assert new.value is not None
    if new.kind == "date":  # both written year first
        return f"{str(new.value)[:4]}-{str(new.value)[4:6]}-{str(new.value)[6:]}"
    if new.kind == "time":
        found = _TIME.fullmatch(exported)
        return _time_as(found, new.value) if found else None
    found = _NUMBER.fullmatch(exported)
    return _number_as(found, new.value) if found and not found["exp"] else None


def _time_as(found: re.Match[str], value: Decimal) -> str | None:
    if value != int(value):
        return None
    hours, rest = divmod(int(value), 3600)
    minutes, seconds = divmod(rest, 60)
    if seconds and not found["s"]:
        return None
    meridiem = found["ap"]
    shown = (hours % 12 or 12) if meridiem else hours
    text = f"{shown:0{len(found['h'])}d}:{minutes:02d}"
    text += f":{seconds:02d}" if found["s"] else ""
    if meridiem:
        upper = "PM" if hours >= 12 else "AM"
        gap = " " if " " in found[0] else ""
        text += gap + (upper if meridiem.isupper() else upper.lower())
    return text


def _number_as(found: re.Match[str], value: Decimal) -> str:
    point, frac = found["point"] or ".", found["frac"] or ""
    digits = format(abs(value).normalize(), "f")
    whole, _, decimals = digits.partition(".")
    decimals = decimals.ljust(len(frac), "0")
    whole = whole.rjust(len(found["int"]), "0") if found["int"].startswith("0") else whole
    text = whole + (point + decimals if decimals else "")
    if found["point"] and not frac and not decimals:  # "2." written so
        text += point
    sign = "-" if value < 0 else ("+" if found["sign"] == "+" else "")
    return f"{sign}{found['gap'] if sign else ''}{found['cur']}{text}{found['pct'] or ''}"
