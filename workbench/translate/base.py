"""The translation interface and the wrappers that stack on it (pivot, cache).

As in argos-translate, a translator is a small object that turns a batch of
source texts into ``Translation`` records, and wrappers compose: a
``PivotTranslator`` chains two translators through a third language, and a
``CachedTranslator`` answers what a ``TranslationCache`` already holds and
saves what it had to translate. This module does no I/O.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Protocol, runtime_checkable

from workbench.model import EngineError, MadeBy, Translation


@runtime_checkable
class Translator(Protocol):
    """Translates batches of texts from ``src_lang`` to ``tgt_lang`` with one model."""

    engine: str
    model: str
    model_version: str
    src_lang: str
    tgt_lang: str

    def translate_batch(self, texts: Sequence[str]) -> list[Translation]:
        """One ``Translation`` per text, in order; empty text gives an empty translation."""
        ...


class TranslationCache(Protocol):
    """Stored translations, keyed by what made them (`MadeBy`) and their source text."""

    def lookup(self, made_by: MadeBy, texts: Sequence[str]) -> dict[str, str]:
        """The translation ``made_by`` made of each of ``texts`` that has one, by source
        text."""
        ...

    def save(self, translations: Sequence[Translation]) -> None:
        """Remember ``translations`` (a second save of the same key replaces the first)."""
        ...


# Texts per engine call when a caller feeds a long input in steps (fill, translate -):
# eight Argos batches of 16, so both cores stay busy to near each call's end
# (bench/mt_speed.py: 4.9× argostranslate with four batches a call, 5.2–5.8× with more).
CALL_SIZE = 128

# --- text preparation --------------------------------------------------------------

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_SPACE = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """What an engine should see of ``text``: no markup remnants, no control characters.

    Tags (``<p>``, ``</strong>``) are dropped, entities (``&amp;``) decoded, control
    and format characters removed (line breaks and tabs become spaces), and runs
    of white space collapse to one space.
    """
    text = html.unescape(_TAG.sub(" ", text))
    if not text.isprintable():  # the usual case has no control, format or separator character
        text = _drop_controls(text)
    return _SPACE.sub(" ", text).strip()


def _drop_controls(text: str) -> str:
    """Line breaks and tabs as spaces; control, surrogate, private and format characters
    (but the zero-width joiner, which emoji need) dropped."""
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if char in "\t\n\r\v\f\x85\u2028\u2029":
            kept.append(" ")
        elif category in ("Cc", "Cs", "Co") or (category == "Cf" and char != "\u200d"):
            continue
        else:
            kept.append(char)
    return "".join(kept)


def split_long(
    pieces: Sequence[str], limit: int, is_word_start: Callable[[str], bool]
) -> list[list[str]]:
    """Cut a token sequence into chunks of at most ``limit`` tokens, at word starts when possible.

    A chunk ends before the last word start that keeps it within ``limit``; a
    single word longer than ``limit`` is cut where the limit falls.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    chunks: list[list[str]] = []
    rest = list(pieces)
    while len(rest) > limit:
        cut = next((i for i in range(limit, 0, -1) if is_word_start(rest[i])), limit)
        chunks.append(rest[:cut])
        rest = rest[cut:]
    if rest or not chunks:
        chunks.append(rest)
    return chunks


# --- the engine side -------------------------------------------------------------------


def translation_by(translator: Translator, source: str, text: str) -> Translation:
    """``text``, the translation of ``source``, recorded with ``translator``'s identity."""
    return Translation(source, text, **asdict(MadeBy.of(translator)))


@dataclass
class EngineTranslator:
    """Shared batch handling for engines: they translate unique, cleaned, non-empty texts.

    Subclasses set the identity fields and implement ``translate_clean``; this
    class cleans the input, skips empty texts, translates each distinct text
    once and records engine, model and version on every result.
    """

    engine: str
    model: str
    model_version: str
    src_lang: str
    tgt_lang: str
    calls: int = field(default=0, init=False)  # batches sent to the engine
    sentences: int = field(default=0, init=False)  # texts the engine translated

    def translate_clean(self, texts: list[str]) -> list[str]:
        """Translate distinct, cleaned, non-empty texts: one output per input, in order."""
        raise NotImplementedError

    def close(self) -> None:
        """Release what the engine holds open between batches (nothing, unless overridden)."""

    def translate_batch(self, texts: Sequence[str]) -> list[Translation]:
        cleaned = [clean_text(text) for text in texts]
        todo = list(dict.fromkeys(text for text in cleaned if text))
        done: dict[str, str] = {"": ""}
        if todo:
            outputs = self.translate_clean(todo)
            if len(outputs) != len(todo):
                raise EngineError(
                    f"{self.engine} {self.model} returned {len(outputs)} translations for "
                    f"{len(todo)} texts: report this with the input"
                )
            self.calls += 1
            self.sentences += len(todo)
            done.update(zip(todo, outputs, strict=True))
        return [self._record(text, done[clean]) for text, clean in zip(texts, cleaned, strict=True)]

    def _record(self, source: str, text: str) -> Translation:
        return translation_by(self, source, text)


def close_translator(translator: Translator) -> None:
    """Stop what ``translator`` and the translators it wraps hold open, and wait for it.

    Apertium keeps a pipeline of processes between batches; closing waits for them
    to exit, so their CPU is counted and no process outlives its caller. A
    translator with no ``close`` (nothing held open) is left as it is.
    """
    close = getattr(translator, "close", None)
    if callable(close):
        close()


# --- wrappers ------------------------------------------------------------------------


def _joined(first: str, second: str) -> str:
    return first if first == second else f"{first}+{second}"


@runtime_checkable
class KeepsNames(Protocol):
    """A translator that passes names through untranslated (Apertium's, `apertium_names`),
    and can be told which others to keep."""

    def kept_names(self, texts: Sequence[str]) -> list[list[str]]: ...

    def translate_keeping(
        self, texts: Sequence[str], names: Sequence[Sequence[str]]
    ) -> list[Translation]: ...


class PivotTranslator:
    """``first`` then ``second``: French→English as French→Spanish→English. When both keep
    names (`KeepsNames`), a name the first leg passed through is passed through by the
    second too: each leg's analyser knows only its own language's words."""

    def __init__(self, first: Translator, second: Translator) -> None:
        if first.tgt_lang != second.src_lang:
            raise ValueError(f"cannot chain {first.tgt_lang} output into {second.src_lang} input")
        self.first = first
        self.second = second
        self.engine = _joined(first.engine, second.engine)
        self.model = f"{first.model}+{second.model}"
        self.model_version = f"{first.model_version}+{second.model_version}"
        self.src_lang = first.src_lang
        self.tgt_lang = second.tgt_lang

    @property
    def pivot_lang(self) -> str:
        return self.first.tgt_lang

    def close(self) -> None:
        close_translator(self.first)
        close_translator(self.second)

    def translate_batch(self, texts: Sequence[str]) -> list[Translation]:
        middle = self.first.translate_batch(texts)
        between = [t.text for t in middle]
        if isinstance(self.first, KeepsNames) and isinstance(self.second, KeepsNames):
            final = self.second.translate_keeping(between, self.first.kept_names(texts))
        else:
            final = self.second.translate_batch(between)
        return [
            translation_by(self, text, out.text) for text, out in zip(texts, final, strict=True)
        ]


class WrappingTranslator:
    """A translator around ``inner`` that answers under inner's engine, model, version and
    languages (its results are inner's, only adjusted): the base of the cache and glossary
    wrappers. Subclasses implement ``translate_batch`` and build results with ``_record``."""

    def __init__(self, inner: Translator) -> None:
        self.inner = inner
        self.engine = inner.engine
        self.model = inner.model
        self.model_version = inner.model_version
        self.src_lang = inner.src_lang
        self.tgt_lang = inner.tgt_lang

    def translate_batch(self, texts: Sequence[str]) -> list[Translation]:
        raise NotImplementedError

    def close(self) -> None:
        close_translator(self.inner)

    def _record(self, source: str, text: str) -> Translation:
        return translation_by(self, source, text)


class CachedTranslator(WrappingTranslator):
    """``inner``, answered from ``cache`` first: only texts it has not seen reach the engine."""

    def __init__(self, inner: Translator, cache: TranslationCache) -> None:
        super().__init__(inner)
        self.cache = cache

    def translate_batch(self, texts: Sequence[str]) -> list[Translation]:
        known = self.cache.lookup(MadeBy.of(self), texts)
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            fresh = self.inner.translate_batch(missing)
            self.cache.save(fresh)
            known = {**known, **{t.source: t.text for t in fresh}}
        return [self._record(text, known[text]) for text in texts]


class MemoryCache:
    """A ``TranslationCache`` in a dict: for tests and one-off CLI runs."""

    def __init__(self) -> None:
        self.entries: dict[tuple[MadeBy, str], str] = {}  # by maker and source text

    def lookup(self, made_by: MadeBy, texts: Sequence[str]) -> dict[str, str]:
        return {t: self.entries[made_by, t] for t in texts if (made_by, t) in self.entries}

    def save(self, translations: Sequence[Translation]) -> None:
        for t in translations:
            self.entries[t.made_by, t.source] = t.text
