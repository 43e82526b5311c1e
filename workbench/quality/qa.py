"""Checks a translator's QA tool runs on each pair (in the spirit of Xbench, Verifika).

Pure: a function over ``(source, target)`` pairs returning :class:`QaIssue`\\ s.
Each check is small and named; thresholds live in :class:`QaOptions`.
"""

from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterator, Sequence, Set
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from typing import Protocol

from workbench.quality.number_words import word_numbers
from workbench.quality.numbers import (
    Number,
    NumberConvention,
    either_way,
    foreign_decimals,
    read_numbers,
    rewritten,
)


class IssueKind(StrEnum):
    NUMBERS = "numbers"
    NUMBER_FORMAT = "number format"  # a decimal mark of another language ("5,7" in English)
    LENGTH = "length"
    EMPTY = "empty"
    IDENTICAL = "identical"
    BRACKETS = "brackets"
    QUOTES = "quotes"
    NAMES = "names"
    GLOSSARY = "glossary"  # a glossary term not translated as the glossary says
    UNTRANSLATED = "untranslated"  # words left in the source language
    REPEATED = "repeated"  # a sentence or the last words said twice (a merge kept both)
    UNRELATED = "unrelated"  # the sides do not seem to translate each other (`translates`)


class Severity(StrEnum):
    ERROR = "error"  # almost surely wrong: fix before delivery
    WARNING = "warning"  # often wrong: look at it
    INFO = "info"  # worth a glance (names are spelt differently across languages)


@dataclass(frozen=True)
class QaIssue:
    """One finding on the pair at ``index`` (a bead's position in its alignment)."""

    kind: IssueKind
    severity: Severity
    message: str
    index: int


@dataclass(frozen=True)
class QaOptions:
    # A pair whose length ratio is this many times away from the document's usual
    # ratio (its median) is an outlier; pairs shorter than min_length are too noisy.
    length_factor: float = 2.0
    min_length: int = 20
    # Two names match when their letters (no accents, no case) are this similar.
    name_similarity: float = 0.6
    # How each side's language writes numbers (`workbench.quality.numbers.convention_for`):
    # "3,5" is 3.5 in French, "3,500" is 3500 in English. None: read by the digits alone.
    source_numbers: NumberConvention | None = None
    target_numbers: NumberConvention | None = None


_PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”", "‹": "›"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")
# A sentence starts a text, follows an end, an opening quote or bracket, or a speaker's
# dash that opens a text or follows an end (a subtitle's or a dialogue's "- Entrez."), not
# a dash inside a sentence ("Paris – Berlin").
_SENTENCE_START = re.compile(r"(?:^|[.!?:;…]\s+|[\"«“(]\s*|(?:^|[.!?…]\s+)[-–—]\s*)$")


def check_pairs(
    pairs: Sequence[tuple[str, str]], options: QaOptions | None = None
) -> list[QaIssue]:
    """Every issue of every pair, in pair order."""
    options = options or QaOptions()
    median = _median_log_ratio(pairs, options)
    issues: list[QaIssue] = []
    for index, (source, target) in enumerate(pairs):
        issues.extend(check_pair(source, target, index, options, median))
    return issues


def check_pair(
    source: str,
    target: str,
    index: int = 0,
    options: QaOptions | None = None,
    median_log_ratio: float = 0.0,
) -> list[QaIssue]:
    """The issues of one pair; ``median_log_ratio`` is the document's usual length ratio."""
    options = options or QaOptions()
    source, target = source.strip(), target.strip()
    if not source or not target:
        side = "source" if not source else "target"
        return [
            QaIssue(IssueKind.EMPTY, Severity.ERROR, f"the {side} is empty (untranslated)", index)
        ]
    found = [
        *_identical(source, target),
        *_numbers(source, target, options),
        *_number_format(source, "source", options.source_numbers),
        *_number_format(target, "target", options.target_numbers),
        *_length(source, target, options, median_log_ratio),
        *_balance(source, "source"),
        *_balance(target, "target"),
        *_names(source, target, options),
        *_repeated(source, target),
    ]
    return [QaIssue(kind, severity, message, index) for kind, severity, message in found]


_Finding = tuple[IssueKind, Severity, str]


# What reads the same in every language, as Okapi CheckMate's "same" patterns exempt
# URLs and e-mail addresses: numbers, symbols, and the letters of units and scales
# beside them ("8,1 M€", "12 km", "3 Md$"). One letter alone is a unit or a label ("b.").
_URL_OR_EMAIL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
# French Go/To (GB/TB) are left out: "Go" and "To" are English words.
_UNITS = frozenset({
    "bn", "cm", "dB", "GB", "GHz", "GW", "ha", "Hz", "kg", "kHz", "km", "ko", "kW", "kWh",
    "mg", "MHz", "min", "ml", "mm", "Md", "Mds", "Mo", "Mrd", "ms", "MW", "TB",
})  # fmt: skip
_LETTERS = re.compile(r"[^\W\d_]+")


def _nothing_to_translate(text: str) -> bool:
    """True when ``text`` holds no word a translation would change: only numbers,
    symbols, URLs, e-mail addresses, units (``M€``, ``km``) and single letters."""
    words = _LETTERS.findall(_URL_OR_EMAIL.sub(" ", text))
    return all(len(word) == 1 or word in _UNITS for word in words)


# Lower-case words a name or a label keeps between its capitals ("Banque de France",
# "Ludwig van Beethoven"), and the bis or ter of an inserted article ("Art. 12 bis"):
# they do not make it a phrase to translate.
_PARTICLES = frozenset({
    "bis", "d", "da", "de", "del", "della", "den", "der", "des", "di", "du", "la", "le",
    "quater", "ter", "van", "von", "y",
})  # fmt: skip
# At most this many capitalised words make a name or a label ("Article 3.", "Jean-Pierre
# Dupont", "ISO 9001"); more is a title in title case, which a translation changes.
_NAME_WORDS = 4
# A word in capitals up to this long is an acronym or a code ("ONU", "SNCF", "TVA");
# longer, a heading set in capitals ("CONDITIONS GÉNÉRALES"), to translate.
_CODE_LETTERS = 5


def _name_or_label(text: str) -> bool:
    """True when ``text`` is, as written, a name, a label with its number or a code alone:
    a few capitalised words (particles aside) and whatever `_nothing_to_translate`
    ignores — "Article 3.", "Annexe II", "Jean-Pierre Dupont", "Banque de France",
    "ONU", "ISO 9001"."""
    words = [
        word
        for word in _LETTERS.findall(_URL_OR_EMAIL.sub(" ", text))
        if len(word) > 1 and word not in _UNITS and word not in _PARTICLES
    ]
    return len(words) <= _NAME_WORDS and all(
        word[0].isupper() and not (word.isupper() and len(word) > _CODE_LETTERS) for word in words
    )


def _identical(source: str, target: str) -> Iterator[_Finding]:
    """A target that is its source again, case aside: an untranslated sentence.

    Not flagged, as Across's "Identical Segments" passes over segments of numbers,
    punctuation and placeables only, Okapi CheckMate's "same" patterns exempt URLs, and
    Xbench keeps the check off by default for its noise: a pair with nothing to
    translate (`_nothing_to_translate`), or one that is, written the same on both
    sides, a name, a label with its number or a code alone (`_name_or_label`: "Article
    3.", "Paris", "ONU"). "vladimir poutine" for "Vladimir Poutine" is still flagged:
    the target is no longer written as a name.
    """
    if source.casefold() != target.casefold() or _nothing_to_translate(source):
        return
    if source == target and _name_or_label(source):
        return
    yield IssueKind.IDENTICAL, Severity.WARNING, "the target is the same as the source"


def numbers_in(text: str, convention: NumberConvention | None = None) -> Counter[str]:
    """The values of a text's numbers, read as ``convention``'s language writes them
    (`workbench.quality.numbers.read_numbers`): "1 000,5" in French and "1,000.5" in
    English are both 1000.5."""
    return Counter(number.value for number in read_numbers(text, convention))


def _numbers(source: str, target: str, options: QaOptions) -> Iterator[_Finding]:
    """Numbers one side has and the other lacks, each shown as its own side writes it.

    A number both sides write alike that their languages read apart ("1,000": a
    thousand in English, one in French) is decided from the pair: the same digits and
    mark on both sides are the same quantity, whichever the writer meant (a French
    thousand written the English way, or a measure to three decimals), so it is no
    difference. The same digits written otherwise ("1,5" for "1,500") still are.
    """
    source_numbers = read_numbers(source, options.source_numbers)
    target_numbers = read_numbers(target, options.target_numbers)
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
    if extra:
        extra -= _in_words(source, options.source_numbers, extra)
    missing_written = _written(source_numbers, missing)
    extra_written = _written(target_numbers, extra)
    if missing_written or extra_written:
        parts = []
        if missing_written:
            parts.append(f"missing in the target: {', '.join(missing_written)}")
        if extra_written:
            parts.append(f"only in the target: {', '.join(extra_written)}")
        yield IssueKind.NUMBERS, Severity.ERROR, "numbers differ (" + "; ".join(parts) + ")"


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


def _number_format(text: str, side: str, convention: NumberConvention | None) -> Iterator[_Finding]:
    """A number written with another language's decimal mark: the French "5,7" kept in
    an English MT draft."""
    if convention is None:
        return
    for number in foreign_decimals(text, convention):
        yield (
            IssueKind.NUMBER_FORMAT,
            Severity.WARNING,
            f"the {side} writes {number.written} with {_MARKS[number.mark]}: "
            f"{convention.name} writes {rewritten(number, convention)}",
        )


# Characters added to both lengths before their ratio: a few characters more or less
# double a short text's ratio, not a long one's (additive smoothing).
_LENGTH_SLACK = 5


def _log_ratio(source: str, target: str) -> float:
    return math.log((len(target) + _LENGTH_SLACK) / (len(source) + _LENGTH_SLACK))


def _median_log_ratio(pairs: Sequence[tuple[str, str]], options: QaOptions) -> float:
    ratios = [
        _log_ratio(s.strip(), t.strip())
        for s, t in pairs
        if min(len(s.strip()), len(t.strip())) >= options.min_length
    ]
    return statistics.median(ratios) if ratios else 0.0


def _length(source: str, target: str, options: QaOptions, median: float) -> Iterator[_Finding]:
    # Judged when either side is long enough: a credit or a one-word cue against a long
    # sentence is the outlier to find (newcomer21: "Getty Images" against a 60-character
    # caption, "Good." against a merged cue of two speakers). Two short sides are noise.
    if max(len(source), len(target)) < options.min_length:
        return
    deviation = _log_ratio(source, target) - median
    if abs(deviation) > math.log(options.length_factor):
        ratio = len(target) / len(source)
        usual = math.exp(median)
        which = "longer" if deviation > 0 else "shorter"
        yield (
            IssueKind.LENGTH,
            Severity.WARNING,
            f"the target is much {which} than usual (length ratio {ratio:.2f}, usual {usual:.2f}): "
            "a sentence may be missing or added",
        )


# Where a sentence ends inside a text: after . ! ? or … (and a closing quote or bracket).
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»)\]]*\s+")


def _said_twice(text: str) -> str | None:
    """A sentence ``text`` says more than once, or None; case aside, and only one
    with a letter or a digit."""
    seen: set[str] = set()
    for sentence in _SENTENCE_END.split(text):
        key = sentence.strip().casefold()
        if key in seen and any(c.isalnum() for c in key):
            return sentence.strip()
        seen.add(key)
    return None


def _ends_twice(text: str) -> str | None:
    """The shortest run of words ``text`` ends with twice in a row ("… 2026. 2026." →
    "2026."), or None; only a run with a letter or a digit."""
    words = text.casefold().split()
    for k in range(1, len(words) // 2 + 1):
        tail = words[-k:]
        if tail == words[-2 * k : -k] and any(c.isalnum() for w in tail for c in w):
            return " ".join(text.split()[-k:])
    return None


def _repeated(source: str, target: str) -> Iterator[_Finding]:
    """A side that says a sentence twice, or ends with its last words twice, where the
    other does not: a merge that kept a sentence and its MT draft (newcomer17's "…15 Jan.
    2026. 2026.", in the counterpart, which `qa_document` passes as the source), or a text
    pasted twice."""
    for side, text, other in (("source", source, target), ("target", target, source)):
        if (twice := _said_twice(text)) and not _said_twice(other):
            yield (IssueKind.REPEATED, Severity.WARNING,
                   f"the {side} says “{twice}” twice: keep it once")  # fmt: skip
        elif (tail := _ends_twice(text)) and not _ends_twice(other):
            yield (IssueKind.REPEATED, Severity.WARNING,
                   f"the {side} ends with “{tail}” twice: keep it once")  # fmt: skip


def _balance(text: str, side: str) -> Iterator[_Finding]:
    stack: list[str] = []
    for char in text:
        if char in _PAIRS:
            stack.append(char)
        elif char in _CLOSERS:
            if stack and stack[-1] == _CLOSERS[char]:
                stack.pop()
            else:
                yield IssueKind.BRACKETS, Severity.WARNING, f"unbalanced {char!r} in the {side}"
                return
    if stack:
        kind = IssueKind.QUOTES if stack[-1] in "«“‹" else IssueKind.BRACKETS
        yield kind, Severity.WARNING, f"{stack[-1]!r} is never closed in the {side}"
    if text.count('"') % 2:
        yield IssueKind.QUOTES, Severity.WARNING, f"an odd number of '\"' in the {side}"


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


def names_in(text: str) -> list[str]:
    """Capitalised words that do not start a sentence, and acronyms: likely names.

    Courtesy titles (``Mme``, ``Mrs``, ``Sra``…) and English days and months are left
    out: they are translated.
    """
    names = []
    for match in _WORD.finditer(text):
        word = match.group()
        folded = word.casefold()
        if len(word) < 3 or not word[0].isupper() or folded in _TITLES or folded in _CALENDAR:
            continue
        if word.isupper() or not _SENTENCE_START.search(text[: match.start()]):
            names.append(word)
    return names


def _present(name: str, words: list[str], similarity: float) -> bool:
    folded = _fold(name)
    return any(
        _fold(word)[:4] == folded[:4]
        or SequenceMatcher(None, folded, _fold(word)).ratio() >= similarity
        for word in words
    )


def _names(source: str, target: str, options: QaOptions) -> Iterator[_Finding]:
    for text, other, side in ((source, target, "source"), (target, source, "target")):
        # a hyphenated name is found whole ("Val-de-Lys") or by its parts ("l'Escaut")
        words = [
            part for word in _WORD.findall(other) for part in (word, *re.split(r"[-'’]", word))
        ]
        missing = [
            n
            for n in dict.fromkeys(names_in(text))
            if not _present(n, words, options.name_similarity)
        ]
        if missing:
            yield (
                IssueKind.NAMES,
                Severity.INFO,
                f"only in the {side}: {', '.join(missing)}",
            )


# --- words left untranslated ------------------------------------------------------------


class Vocabulary(Protocol):
    """What knows a language's words (``workbench.translate.vocabulary``: Apertium's
    analysers, FreeDict's headwords)."""

    @property
    def lang(self) -> str:
        """The language's code, e.g. ``en``."""
        ...

    @property
    def name(self) -> str:
        """What it is, for messages: ``Apertium eng-spa.automorf.bin``."""
        ...

    def unknown(self, words: Collection[str]) -> Set[str]:
        """The ``words`` this language does not know."""
        ...


def untranslated_candidates(source: str, draft: str, every_word: bool = False) -> list[str]:
    """The words of ``draft`` that may have been left in the source language, in order.

    Lowercase words of three letters or more (a capitalised word is most often a
    name, which stays as it is; units such as ``km`` are left out), and of those only
    the ones ``source`` holds too (casefolded), unless ``every_word``: for a draft
    by an engine that only writes words of its own dictionary (Apertium), any word
    that dictionary does not know was passed through, even one that came through a
    pivot language ("recobran" in an es→en step of fr→en).
    """
    copied = None if every_word else {w.casefold() for w in _WORD.findall(source)}
    found = []
    for word in dict.fromkeys(_WORD.findall(draft)):
        if len(word) < 3 or not word[0].islower() or word in _UNITS:
            continue
        if copied is None or word.casefold() in copied:
            found.append(word)
    return found


def find_untranslated(
    pairs: Sequence[tuple[str, str]],
    vocabulary: Vocabulary,
    every_word: Collection[int] = (),
    chosen: Collection[str] = (),
    human: Collection[int] = (),
    source_vocabulary: Vocabulary | None = None,
    frequent: Vocabulary | None = None,
) -> list[list[str]]:
    """For each (source, draft) pair, the draft's words ``vocabulary`` (the draft's
    language) does not know among its `untranslated_candidates`; ``every_word``: the
    indexes of drafts by an engine that writes only its dictionary's words (Apertium);
    ``chosen``: words put in on purpose (a glossary's target terms), casefolded.

    ``human``: the indexes of human translations. A word a translator kept from the
    source is flagged only if ``source_vocabulary`` (the source's language) knows it,
    or knows it without a final *s* or *x* (its analyser lacks "bâches", not "bâche"):
    a word neither language knows is a name or a loanword both sides keep ("mascletà",
    "falleras" in captions of the Fallas), not a word left in French. Without a source
    vocabulary, human translations are checked as MT drafts are. ``frequent``: the
    draft language's frequent words (`workbench.translate.vocabulary.frequent_words`);
    a word of a human translation in it is that language's own even where its
    dictionaries lack it ("queue", "lucrative", "rue" in English).

    One ``vocabulary.unknown`` call for all pairs, and one ``source_vocabulary.unknown``.
    """
    candidates = [
        [
            word
            for word in untranslated_candidates(source, draft, index in every_word)
            if word.casefold() not in chosen
        ]
        for index, (source, draft) in enumerate(pairs)
    ]
    unknown = vocabulary.unknown({word for words in candidates for word in words})
    found = [[word for word in words if word in unknown] for words in candidates]
    kept = [i for i in human if i not in every_word and found[i]]
    if frequent is not None and kept:
        rare = frequent.unknown({word for i in kept for word in found[i]})
        for i in kept:
            found[i] = [word for word in found[i] if word in rare]
        kept = [i for i in kept if found[i]]
    if source_vocabulary is None or not kept:
        return found
    forms = {word: _singular_forms(word) for i in kept for word in found[i]}
    foreign = source_vocabulary.unknown({form for each in forms.values() for form in each})
    for i in kept:
        found[i] = [word for word in found[i] if not set(forms[word]) <= foreign]
    return found


def _singular_forms(word: str) -> tuple[str, ...]:
    """``word``, and ``word`` without a final *s* or *x* (a plural a dictionary may lack)."""
    if len(word) > 3 and word[-1] in "sx":
        return (word, word[:-1])
    return (word,)


def untranslated_issues(
    pairs: Sequence[tuple[str, str]],
    vocabulary: Vocabulary,
    every_word: Collection[int] = (),
    chosen: Collection[str] = (),
    human: Collection[int] = (),
    source_vocabulary: Vocabulary | None = None,
    frequent: Vocabulary | None = None,
) -> list[QaIssue]:
    """A warning for each (source, draft) pair whose draft leaves words untranslated:
    "left untranslated: bâches, ralentizar (unknown to Apertium eng-spa.automorf.bin)".

    The index of an issue is its pair's. See `find_untranslated` for ``every_word``,
    ``chosen``, ``human``, ``source_vocabulary`` and ``frequent``.
    """
    return [
        QaIssue(
            IssueKind.UNTRANSLATED,
            Severity.WARNING,
            f"left untranslated: {', '.join(words)} (unknown to {vocabulary.name})",
            index,
        )
        for index, words in enumerate(
            find_untranslated(
                pairs, vocabulary, every_word, chosen, human, source_vocabulary, frequent
            )
        )
        if words
    ]
