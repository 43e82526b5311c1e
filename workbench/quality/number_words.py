"""Numbers written as words: "twenty-one", "vingt et un", "premier", "vierten".

Pure but for its table, built once per language from num2words (cardinals and
ordinals 0–100, as the library spells them) and cached: `word_numbers` reads a
text's numbers written as words, each as the value `workbench.quality.numbers`
gives its figure ("21"), so QA can tell "fourth of May" and "4 mai" agree. A larger
number ("deux cent cinquante", "mil", "trois millions") is looked for only where the
other side writes it as a figure: num2words spells that value, and the text is
searched for the spelling, so no table of every number is built.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

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
# Spanish drops the final o of primero and tercero before a noun, in a compound ordinal
# too ("vigésimo primer aniversario"), and writes a compound ordinal as one word
# without the first part's accent ("vigesimoprimero", RAE), its last part declined.
_APOCOPE = {"es": ("primero", "tercero")}
_ONE_WORD = ("es",)
# A hundred, a thousand as English and German write them beside num2words' "one
# hundred", "eintausend".
_ONE_DROPPED: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("one ", "a "),),
    "de": (("einhundert", "hundert"), ("eintausend", "tausend")),
}
# Words inside a number are joined by spaces or hyphens: "vingt et un", "vingt-et-un",
# "twenty one", "twenty-one" are the same number (and num2words' "two thousand, three
# hundred" is "two thousand three hundred").
_JOIN = re.compile(r"[\s\-‐‑]+")
_SEPARATOR = r"[\s\-‐‑]+"
# What joins the words of one number: spaces, hyphens, "et", "and", "y", "und" (not a
# comma: "vingt, trente" is a list).
_CONJUNCTIONS = ("et", "and", "y", "und")
_JOINED = re.compile(rf"(?:[\s\-‐‑]+|\s+(?:{'|'.join(_CONJUNCTIONS)})\s+)", re.IGNORECASE)
# A figure just before: the word is its unit or scale ("5 cents", "3 millions"), not a
# number of its own.
_AFTER_FIGURE = re.compile(r"\d[\s\u00a0\u202f]*$")
# Values looked for in words beyond the table: large enough to be spelled, small enough
# for num2words; in the languages whose large numbers the tests read, and Italian,
# Portuguese and Dutch (1,590 values from 100 to 10**12 spelled, cardinal and ordinal,
# without an error). num2words never returns from some in others (Amharic's 12,345,678)
# and fails on Catalan's: there, the table alone.
_LARGEST = 10**12  # Spanish ordinals of 10**15 recurse without end
_LARGER_LANGS = ("fr", "en", "es", "de", "it", "pt", "nl")


def word_numbers(text: str, lang: str, larger: Iterable[str] = ()) -> Counter[str]:
    """The values of the numbers ``text`` writes as words in ``lang`` ("fr", "en-GB"),
    longest reading first ("vingt et un" is 21, not 20 and 1); empty for a language
    num2words does not spell. Each of ``larger`` (values as `numbers` gives a figure's,
    "250", "3000000") from a hundred up is looked for as num2words spells it, first, so
    its words are not read again as smaller numbers. A word right after a figure is
    that figure's unit or scale, not read."""
    base = re.split("[-_]", lang)[0].lower()
    pattern, table = _pattern(base), _table(base)
    if pattern is None:
        return Counter()
    found: Counter[str] = Counter()
    spells = base in _LARGER_LANGS
    for value in sorted(_spellable(larger), key=int, reverse=True) if spells else ():
        for spelling in _spelled(value, base):
            text, count = _blank(spelling, text)
            found[value] += count
    for run in _runs(text, pattern, _scales(base if spells else "")):
        for m in run:
            if _AFTER_FIGURE.search(text, max(0, m.start() - 8), m.start()):
                continue
            # .get: a case-blind match can lower to another spelling ("ſ", the long s)
            read = table.get(_JOIN.sub(" ", m.group().lower()))
            if read is not None:
                found[read] += 1
    return +found


def _runs(
    text: str, pattern: re.Pattern[str], scales: re.Pattern[str]
) -> Iterator[list[re.Match[str]]]:
    """Runs of number words next to each other, less those of a number above a hundred
    ("deux cent cinquante": a hundred or more before other words), whose words are not
    numbers of their own and which only ``larger`` reads. A scale word last ("trois
    millions") leaves its number to answer a figure with the same scale ("3 million")."""
    words = list(pattern.finditer(text))
    taken = {i for m in words for i in range(*m.span())}
    others = [m for m in scales.finditer(text) if m.start() not in taken]
    run: list[re.Match[str]] = []
    for m in sorted([*words, *others], key=lambda m: m.start()):
        if run and _JOINED.fullmatch(text, run[-1].end(), m.start()):
            run.append(m)
            continue
        yield from _plain(run, scales)
        run = [m]
    yield from _plain(run, scales)


def _plain(run: list[re.Match[str]], scales: re.Pattern[str]) -> Iterator[list[re.Match[str]]]:
    if any(scales.fullmatch(m.group()) for m in run[:-1]):
        return
    yield [m for m in run if m.re is not scales]


@cache
def _scales(lang: str) -> re.Pattern[str]:
    """The words num2words ends a hundred, a thousand, a million… with in ``lang``
    ("cent", "cents", "doscientos", "mil", "millones", "zweihundert"), and those it
    writes before more words ("ciento" of "ciento uno")."""
    table, words = _table(lang), set()
    for k in (2, 3, 6, 9, 12) if lang else ():
        for m in range(1, 10):
            if spelt := _spelt(m * 10**k, lang, "cardinal"):
                words.add(spelt.split(" ")[-1])
            if spelt := _spelt(m * 10**k + 1, lang, "cardinal"):
                words |= {w for w in spelt.split(" ") if w not in table and w not in _CONJUNCTIONS}
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _spellable(values: Iterable[str]) -> set[str]:
    return {v for v in values if v.isdigit() and _HIGHEST <= int(v) < _LARGEST}


def _blank(spelling: re.Pattern[str], text: str) -> tuple[str, int]:
    """``text`` with each match of ``spelling`` not after a figure made a space; how many."""
    count = 0

    def blank(m: re.Match[str]) -> str:
        nonlocal count
        if _AFTER_FIGURE.search(m.string, max(0, m.start() - 8), m.start()):
            return m.group()
        count += 1
        return " "

    return spelling.sub(blank, text), count


@lru_cache(maxsize=4096)  # a server reads many documents' figures: bounded
def _spelled(value: str, lang: str) -> tuple[re.Pattern[str], ...]:
    """Patterns of ``value`` as num2words spells it in ``lang``, cardinal then ordinal,
    with a hundred's and a thousand's shorter forms; none where it cannot."""
    spellings: list[str] = []
    for form in ("cardinal", "ordinal"):
        words = _spelt(int(value), lang, form)
        if words is None:
            continue
        spellings.append(words)
        for one, shorter in _ONE_DROPPED.get(lang, ()):
            if words.startswith(one) and value.startswith("1"):
                spellings.append(shorter + words.removeprefix(one))
    if lang == "en":  # "two hundred and fifty", "two hundred fifty"
        spellings += [s.replace(" and ", " ") for s in spellings if " and " in s]
    return tuple(_word_pattern(s) for s in dict.fromkeys(spellings))


def _word_pattern(spelling: str) -> re.Pattern[str]:
    words = _SEPARATOR.join(map(re.escape, spelling.split(" ")))
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


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
                for variant in _ordinal_forms(words, lang):
                    table.setdefault(variant, str(value))
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
        words = num2words(value, lang=lang, to=form).lower().replace(",", " ")
    except (NotImplementedError, OverflowError, KeyError, IndexError, RecursionError):
        return None  # KeyError: num2words' Catalan and Korean ordinals past its tables
    return _JOIN.sub(" ", words).strip()


def _ordinal_forms(ordinal: str, lang: str) -> list[str]:
    """``ordinal`` declined, shortened and written as one word, as ``lang`` writes it."""
    words = ordinal.split(" ")
    one_word = lang in _ONE_WORD and len(words) == 2 and words[0].endswith("o")
    joined = _unaccented(words[0]) + words[1] if one_word else None
    forms = [joined] if joined else []
    for ending in _ENDINGS.get(lang, ()):
        # Spanish declines each word of a compound ("vigésima primera"), the one-word
        # form its last part only ("vigesimoprimera")
        every = lang == "es"
        forms.append(" ".join(_declined(w, ending) if every else w for w in words[:-1]))
        forms[-1] = f"{forms[-1]} {_declined(words[-1], ending)}".strip()
        if joined:
            forms.append(_declined(joined, ending))
    for full in _APOCOPE.get(lang, ()):
        forms += [f[: -len("o")] for f in (ordinal, joined) if f and f.endswith(full)]
    return forms


def _unaccented(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c != "\u0301"))


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


# How a language names a decade from its tens' cardinal, beside the cardinal itself ("los
# años noventa", "gli anni novanta"): English's plural ("the nineties"), German's -er
# ("die Neunziger", "in den Neunzigerjahren"), French's invariable
# "quatre-vingt" ("les années quatre-vingt", num2words' "quatre-vingts").
_DECADE_FORMS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("y", "ies"),),
    "de": (("", "er"), ("", "ern"), ("", "erjahre"), ("", "erjahren")),
    "fr": (("s", ""),),
}


def decade_words(text: str, lang: str) -> set[str]:
    """The decades from the twenties to the nineties ``text`` names in words in ``lang``,
    as their tens ("noventa", "the nineties", "Neunzigerjahre" → "90"); empty for a
    language num2words does not spell. A decade's word is its tens' cardinal as
    num2words spells it, in the forms `_DECADE_FORMS` gives."""
    pattern = _decade_pattern(re.split("[-_]", lang)[0].lower())
    if pattern is None:
        return set()
    return {m.lastgroup[1:3] for m in pattern.finditer(text) if m.lastgroup}


@cache
def _decade_pattern(lang: str) -> re.Pattern[str] | None:
    """One named group a form (``t90_0``…), the longest forms first: "quatre-vingt-dix"
    is the nineties before "quatre-vingt" is the eighties."""
    forms: dict[str, int] = {}
    for tens in range(20, 100, 10):
        word = _spelt(tens, lang, "cardinal")
        if word is None:
            return None
        forms[word] = tens
        for ending, replacement in _DECADE_FORMS.get(lang, ()):
            if word.endswith(ending):
                forms.setdefault(word[: len(word) - len(ending)] + replacement, tens)
    groups = [
        f"(?P<t{tens}_{k}>{_SEPARATOR.join(map(re.escape, form.split(' ')))})"
        for k, (form, tens) in enumerate(sorted(forms.items(), key=lambda f: -len(f[0])))
    ]
    return re.compile(rf"(?<!\w)(?:{'|'.join(groups)})(?!\w)", re.IGNORECASE)
