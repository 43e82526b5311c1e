"""What every QA check shares: the issue it finds, its kind and severity, the options,
and what counts as a word and as a unit (`qa`, `qa_numbers`, `untranslated`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from workbench.quality.common_nouns import NounLexicon
from workbench.quality.numbers import NumberConvention


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
    PUNCTUATION = "punctuation"  # spacing before : ; ! ? as the language sets it
    INCONSISTENCY = "inconsistency"  # one source translated two ways, or one target for two
    TAGS = "tags"  # inline codes of the delivered unit that differ between its sides
    SPACES = "spaces"  # two spaces in a row in the delivered unit
    # a subtitle's cue (`subtitles`, `sdh`): read too fast, a line or a cue too long, on
    # screen too short or too long, over the next cue or too close to it; a sound alone
    # against speech
    READING_SPEED = "reading speed"
    LINE_LENGTH = "line length"
    LINE_COUNT = "lines"
    DURATION = "duration"
    OVERLAP = "overlap"
    GAP = "gap"
    SOUND = "sound"


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
    # The pairs are subtitle cues: sound descriptions and speaker labels are set aside
    # before the sides are compared (`sdh`).
    subtitles: bool = False
    # Whether the document's source and target write a no-break space before : ; ! ? or
    # inside « » anywhere (`qa.check_pairs` reads the document): where a French side
    # never does, an ordinary space there is how the whole text is set (a web page's
    # style, or spaces lost on the way), an info; where it does, a slip, a warning.
    no_break_seen: tuple[bool, bool] = (True, True)
    # Each side's language, which names the side in messages ("only in en: Lille"); empty:
    # "the source", "the target". `qa_document` pairs the counterpart with the French, so
    # "source" named the English of a pair and the French of nothing (newcomer32).
    langs: tuple[str, str] = ("", "")
    # Each side's nouns where its language capitalises them (German: "Strom" is no name;
    # `workbench.noun_lexicon.noun_lexicon` reads them from FreeDict). None: by capitals.
    nouns: tuple[NounLexicon | None, NounLexicon | None] = (None, None)


def side_names(options: QaOptions, draft: bool = False) -> tuple[str, str]:
    """How a pair's messages name its source and target: by language ("en", "fr") where
    ``options`` give it, else "the source" and "the target". With ``draft`` the source is a
    machine translation's draft (the side `fill` writes): "the MT draft (en)"."""
    source_lang, target_lang = options.langs
    source = source_lang or "the source"
    if draft:
        source = f"the MT draft ({source_lang})" if source_lang else "the MT draft"
    return source, target_lang or "the target"


# What a check yields before it knows the pair's index: (kind, severity, message).
Finding = tuple[IssueKind, Severity, str]
WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")
# The letters of units and scales beside numbers, which read the same in every language
# ("8,1 M€", "12 km", "3 Md$"). French Go/To (GB/TB) are left out: "Go" and "To" are
# English words.
UNITS = frozenset({
    "bn", "cm", "dB", "GB", "GHz", "GW", "ha", "Hz", "kg", "kHz", "km", "ko", "kW", "kWh",
    "mg", "MHz", "min", "ml", "mm", "Md", "Mds", "Mo", "Mrd", "ms", "MW", "TB",
})  # fmt: skip
