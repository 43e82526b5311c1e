"""Which words a language knows, from the dictionaries installed with the Debian packages.

The evidence behind the "left untranslated" check (`workbench.quality.untranslated`) and the
estimate's penalty (`workbench.translate.estimate`):

- Apertium's morphological analysers (``lt-proc`` on a mode's ``*.automorf.bin``)
  know every inflected form of their dictionaries and mark the others with ``*``:
  ``^bâches/*bâches$``. One process answers a whole batch of words.
- FreeDict's headwords (``/usr/share/dictd/freedict-XXX-YYY.index``), for a language
  no Apertium analyser serves: base forms only, so they only confirm words.
- wordfreq's list of a language's frequent words (`frequent_words`): the words seen at
  least once per million words of its corpora (web, subtitles, news, books, Wikipedia).
  Dictionaries lack common words ("queue", "lucrative", "drones" are not in Apertium's
  English); a frequency list knows them, and knows loanwords in the measure the
  language uses them.
"""

from __future__ import annotations

import re
import shutil
import weakref
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from workbench.dictd import DICTD_DIR
from workbench.model import EngineError
from workbench.translate.apertium import ISO1, MODES_DIR, list_modes
from workbench.translate.apertium_pipeline import Pipeline

_ANALYSER = re.compile(r"lt-proc\s+(?:-\w+\s+)*'?([^'\s]+\.automorf\.bin)")
_UNIT = re.compile(r"\^([^/$]*)/([^$]*)\$")


@dataclass(frozen=True)
class HeadwordVocabulary:
    """A language as a dictionary's headwords know it: base forms, no inflections."""

    lang: str
    name: str
    headwords: frozenset[str]  # casefolded

    def unknown(self, words: Collection[str]) -> set[str]:
        return {word for word in words if word.casefold() not in self.headwords}

    def close(self) -> None:
        """Nothing to stop (as `ApertiumVocabulary.close`)."""


class ApertiumVocabulary:
    """A language as Apertium's analysers of it know it (every installed one).

    Each analyser runs as one ``lt-proc -z`` process, started on first use and kept
    for the vocabulary's life (null-flush mode, as the translation pipelines): a fill
    asks once per batch of drafts and pays each analyser's load once. Call ``close``.
    """

    def __init__(
        self,
        lang: str,
        analysers: tuple[Path, ...],
        also: HeadwordVocabulary | None = None,
        timeout: float = 60,
    ) -> None:
        """``also``: FreeDict's headwords, asked first (they know a few words the
        analysers lack)."""
        self.lang = lang
        self.analysers = analysers
        self.also = also
        self.timeout = timeout
        self._running: dict[Path, Pipeline] = {}

    @property
    def name(self) -> str:
        name = "Apertium " + ", ".join(path.name for path in self.analysers)
        return f"{name}, {self.also.name}" if self.also is not None else name

    def unknown(self, words: Collection[str]) -> set[str]:
        """The ``words`` no analyser (nor ``also``) knows.

        Case is the analyser's: a lowercase word is looked up as it is. Raises
        ``EngineError`` when an analyser cannot run.
        """
        left = sorted(set(words) if self.also is None else self.also.unknown(words))
        for analyser in self.analysers:
            if not left:
                break
            known = self._known(analyser, left)
            left = [word for word, yes in zip(left, known, strict=True) if not yes]
        return set(left)

    def close(self) -> None:
        """Stop the analysers' processes and wait for them."""
        for pipeline in self._running.values():
            pipeline.stop()
        self._running.clear()

    def _known(self, analyser: Path, words: list[str]) -> list[bool]:
        # One word a line; lt-proc keeps the line breaks, and a word it cuts in two
        # ("russo-ukrainien" → "russo", "-", "ukrainien") is unknown if a part is.
        pipeline = self._running.get(analyser)
        if pipeline is None or not pipeline.alive():
            pipeline = self._running[analyser] = Pipeline(f"lt-proc -z '{analyser}'")
            weakref.finalize(self, pipeline.stop)  # if nobody calls close
        block = "".join(f"{word}\n" for word in words).encode()
        try:
            answer = pipeline.exchange(block, self.timeout).decode("utf-8", errors="replace")
        except EngineError as err:
            self._running.pop(analyser).stop(kill=True)
            raise EngineError(
                f"lt-proc {analyser.name} failed ({err}): reinstall the Apertium package "
                "that ships it"
            ) from err
        lines = answer.split("\n")
        if len(lines) < len(words):
            raise EngineError(
                f"lt-proc {analyser.name} answered {len(lines)} lines for {len(words)}"
            )
        return [
            bool(units) and all(not analyses.startswith("*") for _, analyses in units)
            for units in (_UNIT.findall(line) for line in lines[: len(words)])
        ]


Vocabulary = ApertiumVocabulary | HeadwordVocabulary


@dataclass(frozen=True)
class Lexicons:
    """Several languages' vocabularies as one: a word one of them knows is known (the
    languages a pivot draft came through: French and Spanish for fr→es→en)."""

    parts: tuple[Vocabulary, ...]

    @property
    def lang(self) -> str:
        return "+".join(part.lang for part in self.parts)

    @property
    def name(self) -> str:
        return "; ".join(part.name for part in self.parts)

    def unknown(self, words: Collection[str]) -> set[str]:
        left = set(words)
        for part in self.parts:
            if not left:
                break
            left &= part.unknown(left)
        return left

    def close(self) -> None:
        for part in self.parts:
            part.close()


def analysers(
    lang: str, modes_dir: Path = MODES_DIR, only: Collection[str] = ()
) -> tuple[Path, ...]:
    """The installed Apertium analysers of ``lang`` (ISO 639-1): the first stage of each
    mode that translates from it, e.g. ``eng-spa.automorf.bin`` for ``en``; with ``only``,
    of those modes only (e.g. ``es-fr``, whose analyser knows what ``fr-es`` writes)."""
    found: dict[Path, None] = {}
    for mode in list_modes(modes_dir):
        if mode.src_lang != lang or (only and mode.name not in only):
            continue
        script = (modes_dir / f"{mode.name}.mode").read_text(encoding="utf-8", errors="replace")
        match = _ANALYSER.search(script)
        if match and Path(match.group(1)).is_file():
            found[Path(match.group(1))] = None
    return tuple(found)


def headwords(lang: str, dictd_dir: Path = DICTD_DIR) -> HeadwordVocabulary | None:
    """The headwords of every installed FreeDict dictionary from ``lang`` (ISO 639-1)."""
    codes = {code for code, iso1 in ISO1.items() if iso1 == lang} | {lang}
    words: set[str] = set()
    names = []
    for path in sorted(dictd_dir.glob("freedict-*-*.index")):
        if path.stem.split("-")[1] not in codes:
            continue
        names.append(path.stem)
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            head = line.partition("\t")[0].strip()
            if head and not head.startswith("00database"):
                words.add(head.casefold())
    return (
        HeadwordVocabulary(lang, "FreeDict " + ", ".join(names), frozenset(words))
        if words
        else None
    )


FREQUENT = "small"  # wordfreq's list of words at least once per million (Zipf 3 and up)


# A word ``lang`` writes at least a tenth as often as the source language does (one Zipf
# unit below it) is both languages' own: "dockers" (Zipf 2.6 in English, 2.8 in French),
# "tramway", "brasserie"; a French word left in English is used far less there ("maisons"
# 1.8 against 4.8, "quai" 2.5 against 4.2, "bâches" 0 against 2.8).
SHARED_BELOW = 1.0


@dataclass(frozen=True)
class FrequentWords(HeadwordVocabulary):
    """The words wordfreq sees at least once per million words of ``lang``, and, with
    ``shared_with`` (a language code), any word ``lang`` writes at least a tenth as often
    as that language does (`SHARED_BELOW`): a loanword both use, not one left in it."""

    shared_with: str = ""

    def unknown(self, words: Collection[str]) -> set[str]:
        rare = super().unknown(words)
        if not (rare and self.shared_with):
            return rare
        from wordfreq import zipf_frequency

        def shared(word: str) -> bool:
            ours = zipf_frequency(word, self.lang)
            return ours > 0 and ours >= zipf_frequency(word, self.shared_with) - SHARED_BELOW

        return {word for word in rare if not shared(word)}


def frequent_words(lang: str, shared_with: str = "") -> FrequentWords | None:
    """The words wordfreq sees at least once per million words of ``lang`` (ISO 639-1),
    casefolded as wordfreq keeps them, and with ``shared_with`` the words ``lang`` shares
    with that language (`FrequentWords`); None where wordfreq is not installed or has no
    list for ``lang``. About 0.1 s of CPU to load (29,000 English words)."""
    try:
        from wordfreq import available_languages, get_frequency_dict
    except ImportError:
        return None
    if lang not in available_languages(FREQUENT):
        return None
    words = frozenset(get_frequency_dict(lang, wordlist=FREQUENT))
    name = f"wordfreq {lang} (once per million words)"
    return FrequentWords(lang, name, words, shared_with)


def vocabulary_for(
    lang: str, modes_dir: Path = MODES_DIR, dictd_dir: Path = DICTD_DIR, only: Collection[str] = ()
) -> Vocabulary | None:
    """What knows ``lang``'s words here: Apertium's analysers of it (and FreeDict's
    headwords, which know a few words they lack, such as "refuge"), else FreeDict's
    headwords alone, else None (nothing installed can tell). ``only``: the analysers of
    these modes, if any is installed (each analyser costs a process, ~0.1 s of CPU)."""
    found = analysers(lang, modes_dir, only) if shutil.which("lt-proc") else ()
    if only and not found:
        found = analysers(lang, modes_dir) if shutil.which("lt-proc") else ()
    if found:
        return ApertiumVocabulary(lang, found, headwords(lang, dictd_dir))
    return headwords(lang, dictd_dir)
