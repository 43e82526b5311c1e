"""Times of day, on the 12-hour or the 24-hour clock: "6 pm", "6.30 p.m." and "6 de la
tarde" are "18 h", "18h30", "18:30", "18.30 Uhr" and "las 18:30" (`qa_numbers` takes the
times both sides of a pair give out of the numbers it compares).

Pure: read from the text by the marks the clocks are written with, in any language of a
pair: am/pm (English, and the "a. m."/"p. m." of Spanish), the Spanish "de la mañana,
tarde, noche" after an hour in figures or in words ("las seis de la tarde"), a colon
between hours and minutes, and h, heures, hrs or Uhr after the
hour (French, Portuguese, German). A figure with none of these is a number, not a time.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_MINUTES = r"(?:[:.](?P<{}>[0-5]\d))"
# 12-hour clock: an hour from 1 to 12, its minutes, then am/pm or a Spanish part of the day.
_TWELVE = re.compile(
    r"(?<![\w.,:])(?P<h12>1[0-2]|0?[1-9])" + _MINUTES.format("m12") + r"?\s?"
    r"(?:(?P<ampm>[ap])\.?\s?m\b\.?"
    r"|de\s+la\s+(?P<part>mañana|madrugada|tarde|noche)\b)",
    re.IGNORECASE,
)
# 24-hour clock: an hour with its minutes after a colon ("18:30"), or an hour followed by
# h, heures, hrs or Uhr ("18 h", "18h30", "14 h 30", "18.30 Uhr", "18 heures").
_TWENTY_FOUR = re.compile(
    r"(?<![\w.,:])(?P<h24>[01]?\d|2[0-4])"
    r"(?:" + _MINUTES.format("m24") + r"?\s?(?:h|heures?|hrs?|Uhr)(?:\s?(?P<after>[0-5]\d))?"
    r"|:(?P<colon>[0-5]\d))(?![\w:])"
)
# The same Spanish parts of the day after an hour written as a word: "a las seis de la
# tarde", "la una y media de la tarde" (newcomer35: "part à 18 h" against "sale a las seis
# de la tarde" was a number error; words and times were each matched, not together).
_HOUR_WORDS = {
    w: n
    for n, w in enumerate(
        ("una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
         "once", "doce"), 1,
    )
}  # fmt: skip
_TWELVE_IN_WORDS = re.compile(
    r"(?<!\w)(?P<hw>" + "|".join(_HOUR_WORDS) + r")(?:\s+y\s+(?P<mw>media|cuarto))?"
    r"\s+de\s+la\s+(?P<part>mañana|madrugada|tarde|noche)\b",
    re.IGNORECASE,
)
_AFTERNOON = {"p", "tarde", "noche"}


@dataclass(frozen=True)
class ClockTime:
    """A time of day as ``text`` writes it from ``start`` to ``end``, and its ``value`` on
    the 24-hour clock ("18:30"), the same for every way of writing it."""

    value: str
    start: int
    end: int


def clock_times(text: str) -> list[ClockTime]:
    """The times of day ``text`` writes, in order (12-hour ones first where they overlap)."""
    found = [_twelve(m) for m in _TWELVE.finditer(text)]
    found += [_twelve_in_words(m) for m in _TWELVE_IN_WORDS.finditer(text)]
    taken = [(t.start, t.end) for t in found]
    for match in _TWENTY_FOUR.finditer(text):
        if not any(start < match.end() and match.start() < end for start, end in taken):
            found.append(_twenty_four(match))
    return sorted(found, key=lambda t: t.start)


def _on_24_hours(hour: int, part: str) -> int:
    """A 12-hour clock's ``hour`` (1 to 12) on the 24-hour clock, ``part`` its "a"/"p" or
    Spanish part of the day (any case)."""
    hour, part = hour % 12, part.casefold()
    if part in _AFTERNOON and not (part == "noche" and hour < 5):  # "2 de la noche" is 2:00
        hour += 12
    return hour


def _twelve(match: re.Match[str]) -> ClockTime:
    hour = _on_24_hours(int(match["h12"]), match["ampm"] or match["part"] or "")
    return ClockTime(f"{hour:02d}:{match['m12'] or '00'}", match.start(), match.end())


def _twelve_in_words(match: re.Match[str]) -> ClockTime:
    hour = _on_24_hours(_HOUR_WORDS[match["hw"].casefold()], match["part"])
    minutes = {"media": "30", "cuarto": "15"}.get((match["mw"] or "").casefold(), "00")
    return ClockTime(f"{hour:02d}:{minutes}", match.start(), match.end())


def _twenty_four(match: re.Match[str]) -> ClockTime:
    hour = int(match["h24"]) % 24
    minutes = match["m24"] or match["after"] or match["colon"] or "00"
    return ClockTime(f"{hour:02d}:{minutes}", match.start(), match.end())


def without_shared_times(source: str, target: str) -> tuple[str, str]:
    """``source`` and ``target`` with the times of day they both give blanked out (each as
    often as both give it), so that their figures are not compared as numbers: "6 pm" and
    "18 h" are one time. A time only one side gives stays, figures and all ("6 pm" beside
    "19 h" is still 6 against 19)."""
    source_times, target_times = clock_times(source), clock_times(target)
    shared = Counter(t.value for t in source_times) & Counter(t.value for t in target_times)
    return _blanked(source, source_times, shared), _blanked(target, target_times, shared)


def _blanked(text: str, times: list[ClockTime], shared: Counter[str]) -> str:
    left = Counter(shared)
    for time in times:
        if left[time.value] > 0:
            left[time.value] -= 1
            text = text[: time.start] + " " * (time.end - time.start) + text[time.end :]
    return text
