"""A measure the translator converted into the other side's units ("984 feet" / "300
mètres", "5 miles" / "8 km", "70 °F" / "21 °C"): its numbers differ on purpose.

`qa_numbers.number_findings` asks `conversions` which of the numbers one side lacks are
such a measure: the number with its unit on one side, a number with another unit of the
same quantity on the other, and the two agreeing once converted, within rounding
(`TOLERANCE`). They are no number error but a warning that names the conversion, as QA
Distiller's "check conversions" checks that a conversion was done right; a conversion
that does not agree stays a number error. The number checks of Xbench, Verifika and
memoQ, as far as their documentation we found says, compare numbers and their formats,
not units: such a pair is a mismatch there, which the translator ignores by hand.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from workbench.quality.numbers import NumberConvention, read_numbers


@dataclass(frozen=True)
class Unit:
    """A unit of a ``quantity``: a value in it times ``factor`` plus ``offset`` is the
    value in the quantity's base unit (metre, kilogram, litre, m², m/s, °C)."""

    symbol: str  # as a message shows it
    quantity: str
    factor: float
    offset: float = 0.0


_M, _KG, _L = "length", "mass", "volume"
# Each unit's spellings in English, French, Spanish and German, casefolded; words that are
# also common words of another sense are left out ("in", "livre": a book, "mille": a
# thousand, "pied" as a foot of a table is still a foot).
_SPELLINGS: dict[Unit, tuple[str, ...]] = {
    Unit("mm", _M, 0.001): ("mm", "millimètres", "millimeters", "millimetres", "milímetros"),
    Unit("cm", _M, 0.01): ("cm", "centimètres", "centimeters", "centimetres", "centímetros"),
    Unit("m", _M, 1.0): ("m", "mètres", "mètre", "meters", "meter", "metres", "metre", "metros"),
    Unit("km", _M, 1000.0): ("km", "kilomètres", "kilometers", "kilometres", "kilómetros"),
    Unit("in", _M, 0.0254): ("inches", "inch", "pouces", "pulgadas", "zoll"),
    Unit("ft", _M, 0.3048): ("ft", "feet", "foot", "pieds", "pies", "fuß"),
    Unit("yd", _M, 0.9144): ("yd", "yards", "yard", "yardas"),
    Unit("mi", _M, 1609.344): ("mi", "miles", "mile", "millas", "meilen"),
    Unit("g", _KG, 0.001): ("g", "grammes", "grams", "gramos", "gramm"),
    Unit("kg", _KG, 1.0): ("kg", "kilos", "kilogrammes", "kilograms", "kilogramos"),
    Unit("oz", _KG, 0.028349523125): ("oz", "ounces", "ounce", "onces", "onzas", "unzen"),
    Unit("lb", _KG, 0.45359237): ("lb", "lbs", "pounds", "libras", "pfund"),
    Unit("t", _KG, 1000.0): ("tonnes", "tonne", "tons", "toneladas", "tonnen"),
    Unit("l", _L, 1.0): ("l", "L", "litres", "litre", "liters", "liter", "litros"),
    Unit("gal", _L, 3.785411784): ("gallons", "gallon", "galones", "gal"),
    Unit("ha", "area", 10000.0): ("ha", "hectares", "hectáreas", "hektar"),
    Unit("acre", "area", 4046.8564224): ("acres", "acre"),
    Unit("km/h", "speed", 1 / 3.6): ("km/h", "kph"),
    Unit("mph", "speed", 0.44704): ("mph",),
    Unit("°C", "temperature", 1.0): ("°C", "degrés celsius", "degrees celsius", "celsius"),
    Unit("°F", "temperature", 5 / 9, -32 * 5 / 9): (
        "°F", "degrés fahrenheit", "degrees fahrenheit", "fahrenheit",
    ),
}  # fmt: skip
_UNITS = {spelling: unit for unit, spellings in _SPELLINGS.items() for spelling in spellings}
# A number, then its unit: longest spellings first, a space (no-break too) or none between.
_MEASURE = re.compile(
    r"(?<![\w.,])(\d(?:[\d \u00a0\u202f.,']*\d)?)[ \u00a0\u202f]?("
    + "|".join(re.escape(s) for s in sorted(_UNITS, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
# How far a converted value may be from the other side's, relatively: a translator rounds
# ("984 feet" is 299.9 m, written "300 mètres"; "5 miles" is 8.05 km, "8 km").
TOLERANCE = 0.05
# A temperature is rounded to the degree: 70 °F is 21.1 °C, written "21 °C"; 32 °F is 0 °C,
# where no relative tolerance would do.
_DEGREES = 1.0


@dataclass(frozen=True)
class Measure:
    """A number of a text with its unit: ``written`` as it stands ("984 feet")."""

    written: str
    value: str  # the number's, as `numbers.read_numbers` gives it ("984")
    unit: Unit


def measures(text: str, convention: NumberConvention | None) -> list[Measure]:
    """The numbers of ``text`` followed by a unit this module knows, in order."""
    found = []
    for match in _MEASURE.finditer(text):
        numbers = read_numbers(match.group(1), convention)
        if len(numbers) == 1:
            if (unit := _unit(match.group(2))) is None:
                continue
            found.append(Measure(match.group().strip(), numbers[0].value, unit))
    return found


def _unit(word: str) -> Unit | None:
    """The unit ``word`` spells: a symbol as written ("m", "°C"; "M" is a million), a word
    in any case ("Feet", "MILES")."""
    return _UNITS.get(word) or (_UNITS.get(word.casefold()) if len(word) > 3 else None)


def converted(measure: Measure, unit: Unit) -> float:
    """``measure``'s value in ``unit`` (of the same quantity)."""
    base = float(measure.value) * measure.unit.factor + measure.unit.offset
    return (base - unit.offset) / unit.factor


def agree(measure: Measure, other: Measure) -> bool:
    """Whether ``other`` is ``measure`` converted into its unit, within rounding."""
    if measure.unit.quantity != other.unit.quantity or measure.unit == other.unit:
        return False
    value, written = converted(measure, other.unit), float(other.value)
    if measure.unit.quantity == "temperature":
        return abs(value - written) <= _DEGREES
    return abs(value - written) <= TOLERANCE * max(abs(value), abs(written))


def conversions(
    ours: list[Measure], theirs: list[Measure], missing: Counter[str], extra: Counter[str]
) -> list[tuple[Measure, Measure]]:
    """The pairs of a measure of ``ours`` whose number the other side lacks (``missing``)
    and one of ``theirs`` whose number only the other side has (``extra``) that agree
    (`agree`), each measure in one pair at most; ``missing`` and ``extra`` lose their
    numbers."""
    pairs = []
    left = list(theirs)
    for measure in ours:
        if missing[measure.value] <= 0:
            continue
        for other in left:
            if extra[other.value] > 0 and agree(measure, other):
                pairs.append((measure, other))
                missing[measure.value] -= 1
                extra[other.value] -= 1
                left.remove(other)
                break
    return pairs


def described(measure: Measure, other: Measure) -> str:
    """The warning's words: "converted: 984 feet = 300 mètres (984 feet is 299.9 m)"."""
    value = converted(measure, other.unit)
    return (
        f"a measure converted: {measure.written} = {other.written} ({measure.written} is "
        f"{value:.4g} {other.unit.symbol}): check the conversion"
    )
