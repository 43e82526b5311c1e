"""A foreign photo caption's translation on a translated page: kept in the caption itself
(`split_mixed_captions` cuts it out) or in the short block after it
(`link_caption_translations` types it caption), as `extract.classify` reads a page.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from workbench.ingest import debris_lines, figures
from workbench.ingest.block_languages import (
    FOREIGN_CONFIDENCE,
    FOREIGN_MIN_WORDS,
    Detector,
    word_count,
)
from workbench.model import Block, Kind


def split_mixed_captions(blocks: list[Block], doc_lang: str, detect: Detector) -> list[Block]:
    """``blocks`` (from `classify`) with each foreign caption that holds its own translation
    cut in two or three captions, each in its language (see `mixed_captions`).

    `classify` gives one block per raw block, which the debris benchmark relies on; the
    pipeline cuts the captions after it, before splitting sentences.
    """
    mixed = mixed_captions(blocks, doc_lang, detect)
    return [part for i, b in enumerate(blocks) for part in mixed.get(i, [b])]


def mixed_captions(blocks: list[Block], doc_lang: str, detect: Detector) -> dict[int, list[Block]]:
    """Foreign captions that hold their own translation, by index: the captions they make.

    A translated page often keeps the original caption and its translation in one
    element: ``<figcaption>Miles de falleras desfilan… (Foto: Biel Aliño)`` then, on the
    next line, ``Des milliers de falleras défilent…</figcaption>``. Read as one Spanish
    block, the French translation was a Spanish sentence, and the next paragraph was
    taken for the caption's translation (`link_caption_translations`). The caption's
    leading and trailing sentences that are surely in the document's language (and are
    no photo credit) make caption blocks of their own, on the same line; what is left
    (the original, its credit) keeps the block's language. Sentences as
    `split_sentences` cuts them; "surely" as for a block's language (`_said_language`).
    """
    from workbench.ingest.segment import split_sentences

    cut = [
        (i, sentences)
        for i, b in enumerate(blocks)
        if b.kind is Kind.CAPTION
        and b.lang != doc_lang
        and len(sentences := split_sentences(b.text, b.lang)) > 1
    ]
    if not cut:
        return {}
    guesses = iter(detect([s for _, sentences in cut for s in sentences]))
    parts: dict[int, list[Block]] = {}
    for i, sentences in cut:
        said = [_said_language(s, next(guesses)) for s in sentences]
        home = [
            lang == doc_lang
            and not (debris_lines.has_photo_credit(s) or debris_lines.is_split_credit(s))
            for lang, s in zip(said, sentences, strict=True)
        ]
        start = next((k for k, h in enumerate(home) if not h), len(sentences))
        end = len(sentences) - next((k for k, h in enumerate(reversed(home)) if not h), 0)
        if (start, end) == (0, len(sentences)) or not any(
            lang not in (None, doc_lang) for lang in said[start:end]
        ):
            continue  # no sentence of the document's language at an edge, or nothing foreign
        runs = [(sentences[:start], doc_lang), (sentences[start:end], blocks[i].lang),
                (sentences[end:], doc_lang)]  # fmt: skip
        parts[i] = [replace(blocks[i], text=" ".join(run), lang=lang) for run, lang in runs if run]
    return parts


def _said_language(text: str, guess: tuple[str, float] | None) -> str | None:
    """The guessed language of ``text`` if the guess is sure enough to act on, else None."""
    if guess is None or guess[1] < FOREIGN_CONFIDENCE or word_count(text) < FOREIGN_MIN_WORDS:
        return None
    return guess[0]


def link_caption_translations(
    blocks: list[Block], doc_lang: str, mixed: Collection[int] = (), outside: Collection[int] = ()
) -> list[Block]:
    """A short block right after a foreign caption, in the document language, is its
    translation, unless that caption holds its translation already (``mixed``), or the
    block lies outside the caption's figure (``outside``) and does not read as the caption
    translated (`figures.reads_as_translation`)."""
    out = list(blocks)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if (
            i - 1 not in mixed
            and (i not in outside or figures.reads_as_translation(prev.text, cur.text))
            and prev.kind is Kind.CAPTION
            and prev.lang != doc_lang
            and cur.lang == doc_lang
            and cur.kind is Kind.BODY
            and 0.5 <= word_count(cur.text) / max(1, word_count(prev.text)) <= 2.0
        ):
            out[i] = replace(cur, kind=Kind.CAPTION)
    return out
