"""QA's `names` check: capitalised words one side has and the other lacks (likely names
left out or misspelt), less the capitalised words that are no names: courtesy titles,
English days and months, languages' and countries' names the other side writes in its
own language ("German" / "alemán", "Deutschland" / "Allemagne"), scale words ("Mio"), and
German's common nouns (`QaOptions.nouns`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import cache

from workbench.quality.common_nouns import NounLexicon
from workbench.quality.function_words import function_word
from workbench.quality.number_scales import scale_words
from workbench.quality.qa_base import WORD, Finding, IssueKind, QaOptions, Severity

# A sentence starts a text, follows an end, an opening quote or bracket, Spanish's opening
# ¿ or ¡ ("¿Dónde estabas?"), or a speaker's dash that opens a text or follows an end (a
# subtitle's or a dialogue's "- Entrez."), not a dash inside a sentence ("Paris – Berlin").
SENTENCE_START = re.compile(r"(?:^|[.!?:;…]\s+|[\"«“„(¿¡]\s*|(?:^|[.!?…]\s+)[-–—]\s*)$")

# Spellings that differ between French, Spanish, English and German transcriptions
# of the same name: Poutine/Putin, Ukraine/Ucrania, Pyongyang/Piongyang.
_SPELLINGS = (("ou", "u"), ("ph", "f"), ("th", "t"), ("k", "c"), ("y", "i"), ("w", "v"))


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    for spelling, common in _SPELLINGS:
        folded = folded.replace(spelling, common)
    return folded


# Courtesy titles before a name are translated, not carried over ("Mme Dupont" is
# "Mrs Dupont", "Sra. Dupont"): capitalised, but not names. Words under three
# letters ("M.", "Mr", "Dr", "Sr") are never taken for names anyway.
_TITLES = frozenset(
    {
        "mme", "mmes", "mlle", "mlles", "mgr",  # fr
        "mrs", "miss", "prof",  # en
        "sra", "sras", "srta", "srtas", "sres", "dra", "dña", "mons",  # es
        "herr", "frau",  # de
        "sig", "sigra", "dott", "dssa",  # it
    }
)  # fmt: skip


# English capitalises its days and months, French and Spanish write them in lower
# case ("mardi", "Tuesday"): words to translate, not names to carry over. "May" is
# left out of the list: it is also a name (Theresa May).
_CALENDAR = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december",
    }
)  # fmt: skip


def _calendar(folded: str) -> bool:
    """An English day or month, in the plural ("on Thursdays") or the possessive too."""
    folded = folded.removesuffix("'s").removesuffix("’s")
    return folded in _CALENDAR or (folded.endswith("s") and folded[:-1] in _CALENDAR)


def names_in(text: str) -> list[str]:
    """Capitalised words that do not start a sentence, and acronyms: likely names.

    Courtesy titles (``Mme``, ``Mrs``, ``Sra``…) and English days and months (in the
    plural too) are left out: they are translated.
    """
    names = []
    for match in WORD.finditer(text):
        word = match.group()
        folded = word.casefold()
        if len(word) < 3 or not word[0].isupper() or folded in _TITLES or _calendar(folded):
            continue
        if word.isupper() or not SENTENCE_START.search(text[: match.start()]):
            names.append(word)
    return names


def _present(name: str, words: list[str], similarity: float) -> bool:
    folded = _fold(name)
    return any(
        _fold(word)[:4] == folded[:4]
        or SequenceMatcher(None, folded, _fold(word)).ratio() >= similarity
        for word in words
    )


@cache
def _cldr_names(lang: str, kind: str) -> dict[str, str]:
    """CLDR's one-word names of languages (``kind`` "languages") or of countries and
    regions ("territories") as ``lang`` writes them (through babel), by code: {"fr":
    "French"} in English, {"DE": "Allemagne"} in French; empty for a language CLDR does
    not know."""
    from babel import Locale, UnknownLocaleError

    try:
        names = getattr(Locale.parse(lang.replace("-", "_")), kind)
    except (UnknownLocaleError, ValueError):
        return {}
    return {code: name for code, name in names.items() if " " not in name}


def _said_otherwise(
    name: str, lang: str, other_lang: str, words: list[str], similarity: float
) -> bool:
    """True when ``name`` is a language's or a country's name in ``lang`` and ``words``
    (the other side's) hold its name in ``other_lang``: a translated word, not a name left
    out. English capitalises languages and the peoples' adjectives ("French Sign
    Language", "German"), French and Spanish write them in lower case ("langue des signes
    française", "alemán"); countries have their exonyms ("Deutschland", "Allemagne",
    "Alemania"). CLDR's names stand for every language pair; demonyms that name no
    language ("American", "Belgian") are not among them."""
    if not (lang and other_lang):
        return False
    for kind in ("languages", "territories"):
        ours, theirs = _cldr_names(lang, kind), _cldr_names(other_lang, kind)
        codes = [code for code, word in ours.items() if word.casefold() == name.casefold()]
        if any(code in theirs and _present(theirs[code], words, similarity) for code in codes):
            return True
    return False


def _no_name(word: str, lang: str, nouns: NounLexicon | None) -> bool:
    """A capitalised word of ``lang`` that is no name: a function word ("The" in an
    English draft), a scale word ("Mio"), a common noun German capitalises ("Strom",
    ``nouns``: the side's)."""
    scales = scale_words(lang)
    return (
        function_word(word, lang)
        or word in scales
        or word.lower() in scales
        or (nouns is not None and nouns.common_noun(word))
    )


def name_findings(
    source: str, target: str, options: QaOptions, draft: bool, names: tuple[str, str]
) -> Iterator[Finding]:
    """Names (`names_in`) one side has and the other lacks, one finding per side: an info,
    a warning in a machine draft (``draft``)."""
    langs = [c.lang if c else "" for c in (options.source_numbers, options.target_numbers)]
    for text, other, side, (lang, other_lang), nouns in (
        (source, target, names[0], langs, options.nouns[0]),
        (target, source, names[1], langs[::-1], options.nouns[1]),
    ):
        # a hyphenated name is found whole ("Val-de-Lys") or by its parts ("l'Escaut")
        words = [part for word in WORD.findall(other) for part in (word, *re.split(r"[-'’]", word))]
        missing = [
            n
            for n in dict.fromkeys(names_in(text))
            if not (lang and _no_name(n, lang, nouns))
            and not _present(n, words, options.name_similarity)
            and not _said_otherwise(n, lang, other_lang, words, options.name_similarity)
        ]
        if missing:
            yield (
                IssueKind.NAMES,
                Severity.WARNING if draft else Severity.INFO,
                f"only in {side}: {', '.join(missing)}",
            )
