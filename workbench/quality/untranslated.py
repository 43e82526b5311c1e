"""Words a translation left in the source language: candidates from the draft, kept when
the draft's language does not know them (`Vocabulary`), and a QA warning for each pair."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence, Set
from typing import Protocol

from workbench.quality.qa_base import UNITS, WORD, IssueKind, QaIssue, Severity


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
    copied = None if every_word else {w.casefold() for w in WORD.findall(source)}
    found = []
    for word in dict.fromkeys(WORD.findall(draft)):
        if len(word) < 3 or not word[0].islower() or word in UNITS:
            continue
        if copied is None or word.casefold() in copied:
            found.append(word)
    return found


# Where a sentence starts: the text's start or a stop and a space, then what may open a
# sentence before its first word (a dash, quotes, ¿ ¡, a bracket, a music note).
_OPENING = re.compile(r"(?:^|(?<=[.!?…:])\s)[\s\-–—\"“«'‘¿¡(\[♪]*")


def initial_candidates(source: str, draft: str, every_word: bool = False) -> list[str]:
    """The capitalised words that open a sentence of ``draft`` and ``source`` does not hold
    as written, in order: "Ralentizan the thaw…", a Spanish word an fr→es→en pivot left.

    A word the draft copies capitalised from the source is taken for a name: a surname
    that is a French word ("Boulanger", "Petit", "Roche": 18 of 244 common French names
    and places) would otherwise be flagged wherever it opens a sentence. Without
    ``every_word`` (see `untranslated_candidates`) only words the source holds in another
    case are candidates.
    """
    written = set(WORD.findall(source))
    copied = None if every_word else {w.casefold() for w in written}
    found = []
    for start in _OPENING.finditer(draft):
        word = WORD.match(draft, start.end())
        if word is None:
            continue
        text = word.group()
        if len(text) < 3 or not (text[0].isupper() and text[1:].islower()) or text in written:
            continue
        if copied is None or text.casefold() in copied:
            found.append(text)
    return list(dict.fromkeys(found))


def find_untranslated(
    pairs: Sequence[tuple[str, str]],
    vocabulary: Vocabulary,
    every_word: Collection[int] = (),
    chosen: Collection[str] = (),
    human: Collection[int] = (),
    source_vocabulary: Vocabulary | None = None,
    frequent: Vocabulary | None = None,
    lexicon: Vocabulary | None = None,
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

    ``lexicon``: the languages the drafts came through (the source's, a pivot's). With
    it, a capitalised word opening a sentence (`initial_candidates`) is left in too when
    ``vocabulary`` knows it neither as a word nor as a name and ``lexicon`` knows it
    lower-cased, as a word ("Ralentizan": Spanish's *ralentizar*); a name neither knows
    ("Lenoir") or the draft's language knows ("Marie") stays unflagged.

    One ``vocabulary.unknown`` call for all pairs, and one ``source_vocabulary.unknown``.
    """
    candidates, initials = _candidates(pairs, every_word, chosen, lexicon is not None)
    asked = {word for words in (*candidates, *initials) for word in words}
    unknown = vocabulary.unknown(asked)
    found = [[word for word in words if word in unknown] for words in candidates]
    if lexicon is not None:
        _add_initials(found, initials, unknown, lexicon)
    kept = [i for i in human if i not in every_word and found[i]]
    _keep_translators_words(found, kept, frequent, source_vocabulary)
    return found


def _candidates(
    pairs: Sequence[tuple[str, str]], every_word: Collection[int], chosen: Collection[str],
    initial: bool,
) -> tuple[list[list[str]], list[list[str]]]:  # fmt: skip
    """Each pair's `untranslated_candidates` and, if ``initial``, its `initial_candidates`,
    less the words ``chosen`` on purpose (`find_untranslated`)."""
    candidates = [
        [
            word
            for word in untranslated_candidates(source, draft, index in every_word)
            if word.casefold() not in chosen
        ]
        for index, (source, draft) in enumerate(pairs)
    ]
    initials = [
        [w for w in initial_candidates(s, d, i in every_word) if w.casefold() not in chosen]
        if initial
        else []
        for i, (s, d) in enumerate(pairs)
    ]
    return candidates, initials


def _keep_translators_words(
    found: list[list[str]], kept: list[int], frequent: Vocabulary | None,
    source_vocabulary: Vocabulary | None,
) -> None:  # fmt: skip
    """Take out of ``found`` the words human translations (``kept``: their indexes, each
    with words found) keep as their language's own: ``frequent`` words of it, and words
    ``source_vocabulary`` does not know in any singular form (`find_untranslated`)."""
    if frequent is not None and kept:
        rare = frequent.unknown({word for i in kept for word in found[i]})
        for i in kept:
            found[i] = [word for word in found[i] if word in rare]
        kept = [i for i in kept if found[i]]
    if source_vocabulary is None or not kept:
        return
    forms = {word: _singular_forms(word) for i in kept for word in found[i]}
    foreign = source_vocabulary.unknown({form for each in forms.values() for form in each})
    for i in kept:
        found[i] = [word for word in found[i] if not set(forms[word]) <= foreign]


def _add_initials(
    found: list[list[str]], initials: list[list[str]], unknown: Set[str], lexicon: Vocabulary
) -> None:
    """Each pair's ``initials`` its draft's language does not know and ``lexicon`` knows
    lower-cased, put first in ``found`` (they open the draft's sentences)."""
    asked = {word.lower() for words in initials for word in words if word in unknown}
    foreign = asked - lexicon.unknown(asked)
    for i, words in enumerate(initials):
        found[i][:0] = [word for word in words if word in unknown and word.lower() in foreign]


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
    lexicon: Vocabulary | None = None,
) -> list[QaIssue]:
    """A warning for each (source, draft) pair whose draft leaves words untranslated:
    "left untranslated: bâches, ralentizar (unknown to Apertium eng-spa.automorf.bin)".

    The index of an issue is its pair's. See `find_untranslated` for ``every_word``,
    ``chosen``, ``human``, ``source_vocabulary``, ``frequent`` and ``lexicon``.
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
                pairs, vocabulary, every_word, chosen, human, source_vocabulary, frequent, lexicon
            )
        )
        if words
    ]
