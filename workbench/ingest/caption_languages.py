"""A foreign photo caption's translation on a translated page: kept in the caption itself
(`split_mixed_captions` cuts it out) or in the short block after it
(`link_caption_translations` types it caption), as `extract.classify` reads a page.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
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
    """Captions that hold a caption and its translation, by index: the captions they make.

    A translated page often keeps the original caption and its translation in one
    element: ``<figcaption>Miles de falleras desfilan… (Foto: Biel Aliño)`` then, on the
    next line, ``Des milliers de falleras défilent…</figcaption>``. Read as one Spanish
    block, the French translation was a Spanish sentence, and the next paragraph was
    taken for the caption's translation (`link_caption_translations`). Such a caption is
    cut at its edges, each part a caption block on the same line (`_edge_runs`): in a
    caption read as foreign, the leading and trailing sentences in the document's
    language (no photo credit); in a caption read as the document's language (its
    translation the longer half), the leading and trailing sentences surely in
    another language that say what the rest says (`figures.reads_as_translation`: its
    numbers, one of its names). newcomer38: "Paludier recogiendo sal en Guérande, en
    1962. (Un paludier récolte le sel à Guérande, en 1962.)" was French throughout, so
    the Spanish was drafted by MT as French; its English original's caption was Spanish
    throughout, so the English half was in no bead. Sentences as `split_sentences` cuts
    them; "surely" as for a block's language (`_said_language`).
    """
    from workbench.ingest.segment import split_sentences

    cut = [
        (i, sentences)
        for i, b in enumerate(blocks)
        if b.kind is Kind.CAPTION and len(sentences := split_sentences(b.text, b.lang)) > 1
    ]
    if not cut:
        return {}
    guesses = iter(detect([s for _, sentences in cut for s in sentences]))
    parts: dict[int, list[Block]] = {}
    for i, sentences in cut:
        guessed = [next(guesses) for _ in sentences]
        runs = _edge_runs(sentences, guessed, blocks[i].lang, doc_lang)
        if runs:
            parts[i] = [replace(blocks[i], text=" ".join(run), lang=lang) for run, lang in runs]
    return parts


def _edge_runs(
    sentences: Sequence[str], guessed: Sequence[tuple[str, float] | None], lang: str, doc_lang: str
) -> list[tuple[list[str], str]]:
    """A caption's sentences (read as ``lang``) cut into runs, each with its language: the
    runs at its edges in another language than the caption's middle; [] when none is."""
    said = [_said_language(s, g) for s, g in zip(sentences, guessed, strict=True)]

    def rest(k: int) -> str:
        return " ".join(s for j, s in enumerate(sentences) if j != k)

    def credit(s: str) -> bool:
        return debris_lines.has_photo_credit(s) or debris_lines.is_split_credit(s)

    if lang != doc_lang:
        # a sentence of the document's language; one guessed so, unsure (short, with
        # names), when it holds what the rest of the caption says
        edge = [
            not credit(s) and (
                said[k] == doc_lang
                or (g is not None and g[0] == doc_lang and word_count(s) >= FOREIGN_MIN_WORDS
                    and figures.reads_as_translation(rest(k), s))
            )
            for k, (s, g) in enumerate(zip(sentences, guessed, strict=True))
        ]  # fmt: skip
        edge_lang = [doc_lang] * len(sentences)
    else:
        edge = [
            said[k] not in (None, doc_lang) and not credit(s)
            and figures.reads_as_translation(s, rest(k))
            for k, s in enumerate(sentences)
        ]  # fmt: skip
        edge_lang = [said[k] or lang for k in range(len(sentences))]
    start = next((k for k, e in enumerate(edge) if not e), len(sentences))
    end = len(sentences) - next((k for k, e in enumerate(reversed(edge)) if not e), 0)
    if start >= end:
        return []  # every sentence at an edge: nothing holds the caption's own language
    if lang != doc_lang and not any(s not in (None, doc_lang) for s in said[start:end]):
        return []  # nothing surely foreign left in the middle
    leading, trailing = set(edge_lang[:start]), set(edge_lang[end:])
    if len(leading) > 1 or len(trailing) > 1 or (start, end) == (0, len(sentences)):
        return []
    runs = [
        (list(sentences[:start]), next(iter(leading), lang)),
        (list(sentences[start:end]), lang),
        (list(sentences[end:]), next(iter(trailing), lang)),
    ]
    return [(run, run_lang) for run, run_lang in runs if run]


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
    translated (`_translates_outside`)."""
    out = list(blocks)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if (
            i - 1 not in mixed
            and (i not in outside or _translates_outside(prev, cur))
            and prev.kind is Kind.CAPTION
            and prev.lang != doc_lang
            and cur.lang == doc_lang
            and cur.kind is Kind.BODY
            and 0.5 <= word_count(cur.text) / max(1, word_count(prev.text)) <= 2.0
        ):
            out[i] = replace(cur, kind=Kind.CAPTION)
    return out


def _translates_outside(caption: Block, block: Block) -> bool:
    """Whether ``block``, outside the caption's figure, reads as the caption translated
    (`figures.reads_as_translation`) and says no more: no number the caption has not
    (`figures.adds_numbers`), no more sentences. A paragraph that names the caption's place
    and goes on ("Sur la place San Francisco, une crèche monumentale attire les familles.
    Elle restera ouverte jusqu'au 6 janvier.") is the page's text (newcomer42: typed
    caption, drawn in italics)."""
    from workbench.ingest.segment import split_sentences

    return (
        figures.reads_as_translation(caption.text, block.text)
        and not figures.adds_numbers(caption.text, block.text)
        and len(split_sentences(block.text, block.lang))
        <= len(split_sentences(caption.text, caption.lang))
    )
