"""Words a draft or a translation left in the source language: the one check whose count
`fill` announces (each word lowers a draft's estimate: `translate.estimate.penalised`) and
whose words `workbench qa` lists.

Both ask `LeftoverCheck.find` with the same vocabularies (an Apertium draft's own last
step's analyser, `draft_vocabulary`), the same reading of sound tags in capitals
(lower-cased: "[CRAQUEMENT OF THE ICE CREAM]") and the same lexicon of the languages a
draft came through (French, and a pivot's Spanish: "Ralentizan the thaw…"), so what `fill`
counts, `qa` names (newcomer24's verify: fill announced 2 drafts with words left in, qa
listed none).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from workbench.ingest.readers_subtitles import TIMECODE
from workbench.model import SPEAKER, TURN_TIME
from workbench.quality.untranslated import find_untranslated
from workbench.translate.apertium import ISO1
from workbench.translate.sound_tags import lowered
from workbench.translate.vocabulary import (
    FrequentWords,
    Lexicons,
    Vocabulary,
    frequent_words,
    vocabulary_for,
)


def draft_vocabulary(lang: str, engine: str, model: str) -> Vocabulary | None:
    """What knows the words of drafts in ``lang`` by ``engine``'s ``model``, or None
    (nothing installed can tell). For Apertium, the analyser of its own last step's
    dictionary (``es-fr``'s for ``fr-es``), which knows every word that step writes.
    Call its ``close`` when done (it may run ``lt-proc`` processes)."""
    return vocabulary_for(lang, only=_last_step(engine, model))


def _last_step(engine: str, model: str) -> tuple[str, ...]:
    last = model.split("+")[-1].split("-")
    return (f"{last[1]}-{last[0]}",) if engine == "apertium" and len(last) == 2 else ()


def pivots(model: str) -> list[str]:
    """The languages a chained model translates through: ``fr-es+spa-eng`` → ``["es"]``."""
    found = []
    for step in model.split("+")[:-1]:
        parts = step.split("-")
        if len(parts) == 2 and parts[1].isalpha():
            found.append(ISO1.get(parts[1], parts[1]))
    return found


def has_sound_tags(meta: Iterable[Mapping[str, str]]) -> bool:
    """Whether segments with this ``meta`` are a subtitle's cues or a transcript's turns,
    whose sound descriptions are written in capitals (`workbench.translate.sound_tags`)."""
    return any(TIMECODE in m or TURN_TIME in m or SPEAKER in m for m in meta)


def _engine_model(origin: str) -> tuple[str, str]:
    """(engine, model) of an MT ``origin`` ``mt:engine:model``; ("", "") for a human's."""
    parts = origin.split(":", 2)
    return (parts[1], parts[2]) if len(parts) == 3 and parts[0] == "mt" else ("", "")


@dataclass(frozen=True)
class Left:
    """The words one pair's target left in the source language, and what told
    (``vocabulary``: its name; "" when nothing installed knows the target's words)."""

    words: tuple[str, ...]
    vocabulary: str


class LeftoverCheck:
    """Words left in ``source_lang`` in targets in ``lang``; call ``close`` when done (the
    vocabularies run ``lt-proc`` processes, started once and kept for the check's life).

    ``sound_tags``: the pairs are a timed document's (`has_sound_tags`): a tag's words in
    capitals are read lower-cased, as capitals pass for names. ``chosen``: a glossary's
    target words (`Glossary.target_words`), put there on purpose."""

    def __init__(
        self, lang: str, source_lang: str, sound_tags: bool = False, chosen: Collection[str] = ()
    ) -> None:
        self.lang = lang
        self.source_lang = source_lang
        self.sound_tags = sound_tags
        self.chosen = frozenset(chosen)
        self._vocabularies: dict[tuple[str, ...], Vocabulary | None] = {}
        self._languages: dict[str, Vocabulary | None] = {}
        self._frequent: list[FrequentWords | None] = []

    def find(
        self, pairs: Sequence[tuple[str, str]], origins: Sequence[str], human: Collection[int] = ()
    ) -> list[Left]:
        """Each (source, target) pair's words left in the source language; ``origins``:
        each target's (``mt:apertium:fr-es+spa-eng``, ``human``); ``human``: the indexes
        of human translations (see `workbench.quality.untranslated.find_untranslated`)."""
        read = lowered if self.sound_tags else str
        read_pairs = [(read(source), read(target)) for source, target in pairs]
        groups: dict[tuple[str, ...], list[int]] = {}
        for i, origin in enumerate(origins):
            groups.setdefault(_last_step(*_engine_model(origin)), []).append(i)
        found = [Left((), "")] * len(pairs)
        for only, indexes in groups.items():
            vocabulary = self._vocabulary(only)
            if vocabulary is None:
                continue
            models = {_engine_model(origins[i]) for i in indexes}
            apertium = {j for j, i in enumerate(indexes) if origins[i].startswith("mt:apertium:")}
            kept = {j for j, i in enumerate(indexes) if i in human}
            words = find_untranslated(
                [read_pairs[i] for i in indexes], vocabulary, apertium, self.chosen, kept,
                self._language(self.source_lang) if kept else None,
                self._frequent_words() if kept else None,
                self._lexicon([p for _, model in models for p in pivots(model)]),
            )  # fmt: skip
            for i, left in zip(indexes, words, strict=True):
                found[i] = Left(tuple(left), vocabulary.name)
        return found

    def close(self) -> None:
        for vocabulary in (*self._vocabularies.values(), *self._languages.values()):
            if vocabulary is not None:
                vocabulary.close()

    def _vocabulary(self, only: tuple[str, ...]) -> Vocabulary | None:
        if only not in self._vocabularies:
            self._vocabularies[only] = vocabulary_for(self.lang, only=only)
        return self._vocabularies[only]

    def _language(self, lang: str) -> Vocabulary | None:
        if lang not in self._languages:
            self._languages[lang] = vocabulary_for(lang)
        return self._languages[lang]

    def _lexicon(self, through: Sequence[str]) -> Lexicons | None:
        """The source language's vocabulary and each pivot's, as one (None: none installed)."""
        langs = dict.fromkeys([self.source_lang, *through])
        parts = tuple(v for lang in langs if (v := self._language(lang)) is not None)
        return Lexicons(parts) if parts else None

    def _frequent_words(self) -> FrequentWords | None:
        if not self._frequent:
            self._frequent.append(frequent_words(self.lang, shared_with=self.source_lang))
        return self._frequent[0]
