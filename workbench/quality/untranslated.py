"""Words a translation left in the source language: candidates from the draft, kept when
the draft's language does not know them (`Vocabulary`), and a QA warning for each pair."""

from __future__ import annotations

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
