"""Checks a translator's QA tool runs on each pair (in the spirit of Xbench, Verifika).

Pure: a function over ``(source, target)`` pairs returning :class:`QaIssue`\\ s.
Each check is small and named; thresholds live in :class:`QaOptions`.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace

from workbench.quality.months import month_findings

# IssueKind, QaIssue, QaOptions and Severity, the types of `check_pairs`' answer and
# options, are imported `as` themselves: re-exported, their callers take them from here.
from workbench.quality.qa_base import UNITS, Finding, side_names
from workbench.quality.qa_base import IssueKind as IssueKind
from workbench.quality.qa_base import QaIssue as QaIssue
from workbench.quality.qa_base import QaOptions as QaOptions
from workbench.quality.qa_base import Severity as Severity
from workbench.quality.qa_names import name_findings
from workbench.quality.qa_numbers import number_findings, number_format_findings
from workbench.quality.qa_typography import no_break_before_marks, punctuation_findings
from workbench.quality.sdh import said, sound_against_speech

# Each opening bracket or quote → the marks that close it, in every language's usage: “…”
# (English), „…“ and ‚…‘ (German; „…” in Polish, Hungarian), «…» (French, Spanish), »…«
# and ›…‹ (German, Danish). “ and » close a pair they end, else open one.
_PAIRS = {
    "(": ")", "[": "]", "{": "}", "«": "»", "‹": "›", "“": "”",
    "„": "“”", "‚": "‘’", "»": "«", "›": "‹",
}  # fmt: skip
_CLOSERS = frozenset(")]}»›”")
_QUOTES = "«‹“„‚»›"


def check_pairs(
    pairs: Sequence[tuple[str, str]],
    options: QaOptions | None = None,
    drafts: Collection[int] = (),
) -> list[QaIssue]:
    """Every issue of every pair, in pair order; ``drafts``: the indexes of the pairs
    whose source is a machine translation's draft (`check_pair`)."""
    options = options or QaOptions()
    compared = [(said(s), said(t)) for s, t in pairs] if options.subtitles else pairs
    median = _median_log_ratio(compared, options)
    seen = (any(no_break_before_marks(s) for s, _ in pairs),
            any(no_break_before_marks(t) for _, t in pairs))  # fmt: skip
    options = replace(options, no_break_seen=seen)
    issues: list[QaIssue] = []
    for index, (source, target) in enumerate(pairs):
        issues.extend(check_pair(source, target, index, options, median, index in drafts))
    return issues


def check_pair(
    source: str,
    target: str,
    index: int = 0,
    options: QaOptions | None = None,
    median_log_ratio: float = 0.0,
    draft: bool = False,
) -> list[QaIssue]:
    """The issues of one pair; ``median_log_ratio`` is the document's usual length ratio.
    With ``draft`` (the source is a machine translation's draft) a name on one side only is
    a warning: a translator may rename, a draft that renames a person misleads. Messages
    name each side by its language where ``options`` give it (`side_names`: "only in en",
    "only in the MT draft (en)")."""
    options = options or QaOptions()
    names = side_names(options, draft)
    source_name, target_name = names
    source, target = source.strip(), target.strip()
    if not source or not target:
        side = source_name if not source else target_name
        return [QaIssue(IssueKind.EMPTY, Severity.ERROR, f"{side} is empty (untranslated)", index)]
    sounds: list[Finding] = []
    if options.subtitles:  # an SDH side's sounds and labels are no difference (`sdh`)
        sounds = [*sound_against_speech(source, target, names), *_balance(source, source_name),
                  *_balance(target, target_name)]  # fmt: skip
        spoken = said(source), said(target)
        if not all(spoken):  # two sounds alike: a description left untranslated
            sounds += [] if any(spoken) else _identical(source, target, names)
            return [QaIssue(kind, severity, message, index) for kind, severity, message in sounds]
        source, target = spoken
    found = [
        *sounds,
        *_identical(source, target, names),
        *number_findings(source, target, options, names),
        *month_findings(source, target, _languages(options), names),
        *number_format_findings(source, source_name, options.source_numbers),
        *number_format_findings(target, target_name, options.target_numbers),
        *_length(source, target, options, median_log_ratio, names),
        *([] if options.subtitles else [*_balance(source, source_name),
                                        *_balance(target, target_name)]),
        *name_findings(source, target, options, draft, names),
        *_repeated(source, target, names),
        *_punctuation(source, target, options, names),
    ]  # fmt: skip
    return [QaIssue(kind, severity, message, index) for kind, severity, message in found]


def _languages(options: QaOptions) -> tuple[str, str]:
    """Each side's language: as the options name it, else as its number convention does."""
    conventions = (options.source_numbers, options.target_numbers)
    return tuple(  # type: ignore[return-value]
        lang or (c.lang if c is not None and c.lang else "")
        for lang, c in zip(options.langs, conventions, strict=True)
    )


def _punctuation(
    source: str, target: str, options: QaOptions, names: tuple[str, str]
) -> Iterator[Finding]:
    """Each side's spacing before : ; ! ? as its language sets it (`qa_typography`);
    nothing for a side whose language the options do not say."""
    for text, side, convention, seen in (
        (source, names[0], options.source_numbers, options.no_break_seen[0]),
        (target, names[1], options.target_numbers, options.no_break_seen[1]),
    ):
        if convention is not None and convention.lang:
            yield from punctuation_findings(text, side, convention.lang, seen)


# What reads the same in every language, as Okapi CheckMate's "same" patterns exempt
# URLs and e-mail addresses: numbers, symbols, and the letters of units and scales
# beside them ("8,1 M€", "12 km", "3 Md$"). One letter alone is a unit or a label ("b.").
_URL_OR_EMAIL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")


def _nothing_to_translate(text: str) -> bool:
    """True when ``text`` holds no word a translation would change: only numbers,
    symbols, URLs, e-mail addresses, units (``M€``, ``km``) and single letters."""
    words = _LETTERS.findall(_URL_OR_EMAIL.sub(" ", text))
    return all(len(word) == 1 or word in UNITS for word in words)


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
        if len(word) > 1 and word not in UNITS and word not in _PARTICLES
    ]
    return len(words) <= _NAME_WORDS and all(
        word[0].isupper() and not (word.isupper() and len(word) > _CODE_LETTERS) for word in words
    )


def _identical(source: str, target: str, names: tuple[str, str]) -> Iterator[Finding]:
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
    yield IssueKind.IDENTICAL, Severity.WARNING, f"{names[1]} is the same as {names[0]}"


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


def _length(
    source: str, target: str, options: QaOptions, median: float, names: tuple[str, str]
) -> Iterator[Finding]:
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
            f"{names[1]} is much {which} than usual beside {names[0]} (length ratio "
            f"{ratio:.2f}, usual {usual:.2f}): a sentence may be missing or added",
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


def _repeated(source: str, target: str, names: tuple[str, str]) -> Iterator[Finding]:
    """A side that says a sentence twice, or ends with its last words twice, where the
    other does not: a merge that kept a sentence and its MT draft (newcomer17's "…15 Jan.
    2026. 2026.", in the counterpart, which `qa_document` passes as the source), or a text
    pasted twice."""
    for side, text, other in ((names[0], source, target), (names[1], target, source)):
        if (twice := _said_twice(text)) and not _said_twice(other):
            yield (IssueKind.REPEATED, Severity.WARNING,
                   f"{side} says “{twice}” twice: keep it once")  # fmt: skip
        elif (tail := _ends_twice(text)) and not _ends_twice(other):
            yield (IssueKind.REPEATED, Severity.WARNING,
                   f"{side} ends with “{tail}” twice: keep it once")  # fmt: skip


def _balance(text: str, side: str) -> Iterator[Finding]:
    """A bracket or quote ``text`` closes without opening, or opens and never closes
    (`_PAIRS`: German „…“ is a pair as English “…” is); an odd number of '"'."""
    stack: list[str] = []
    for char in text:
        if stack and char in _PAIRS[stack[-1]]:
            stack.pop()
        elif char in _PAIRS:
            stack.append(char)
        elif char in _CLOSERS:
            yield IssueKind.BRACKETS, Severity.WARNING, f"unbalanced {char!r} in {side}"
            return
    if stack:
        kind = IssueKind.QUOTES if stack[-1] in _QUOTES else IssueKind.BRACKETS
        yield kind, Severity.WARNING, f"{stack[-1]!r} is never closed in {side}"
    if text.count('"') % 2:
        yield IssueKind.QUOTES, Severity.WARNING, f"an odd number of '\"' in {side}"
