"""A file read into sentences, nothing stored: its reader's blocks, their languages and
web debris found (`ingest.extract`), each block cut into sentences (`sentences_of`), a
photo credit and a caption's label kept out of the sentences they close or open.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from workbench.ingest import files as _ingest
from workbench.ingest.readers import Reading
from workbench.model import Block, InputError, Kind, Sentence, is_whole
from workbench.spaces import NO_BREAK
from workbench.wording import counted

Progress = Callable[[int], None]
# What `ingest` says it is doing with a file: ``step(what, total)`` shows ``what``, with a
# count up to ``total`` when known, and returns the function that advances that count.
Step = Callable[[str, int | None], Progress]


def no_progress(_n: int = 1) -> None:
    return None


def no_step(_what: str, _total: int | None = None) -> Progress:
    return no_progress


def detect_languages(
    texts: Sequence[str], languages: Sequence[str] | None = None
) -> list[tuple[str, float] | None]:
    """Lingua's guess for each text (`extract.Detector`), among ``languages`` if given."""
    from workbench.ingest.langid import DEFAULT_LANGUAGES, detect_many

    guesses = detect_many(texts, languages or DEFAULT_LANGUAGES)
    return [(g.lang, g.confidence) if g else None for g in guesses]


def sentences_of(blocks: Sequence[Block], advance: Progress = no_progress) -> list[Sentence]:
    """Split every block into sentences that keep the block's kind and language.

    A block with metadata (a subtitle cue and its timecode) is one sentence:
    the metadata belongs to the whole of it. A photo caption's label ("Pie de
    foto:", "Légende :") is a boilerplate sentence of its own before the caption:
    the label has no counterpart in the caption's translation, so it is kept out
    of the caption's sentences, but it stays in the document, where the
    translator sees it (until session 19 it was dropped). A photo credit after a
    block's last sentence ("… Tollesbury Fleet. Photo: Environment Agency",
    "… - AFP/JOHN DOE", "… en Orleans. - AFP/JOHN DOE", and in a caption "… de Benimaclet.
    EFE/Manuel Bruque", "… al amanecer. Diario del Turia") is a boilerplate sentence of
    its own: glued to the caption, it was aligned with the translation's next sentence.
    ``advance`` is called once a block.
    """
    from workbench.ingest.segment import caption_label, split_sentences

    out: list[Sentence] = []
    for i, b in enumerate(blocks):
        advance(1)
        if is_whole(b.meta):
            out.append(Sentence(text=b.text, kind=b.kind, lang=b.lang, block=i, meta=b.meta))
            continue
        label, text = caption_label(b.text) if b.kind is Kind.CAPTION else ("", b.text)
        if label:
            out.append(Sentence(text=label, kind=Kind.BOILERPLATE, lang=b.lang, block=i))
        pieces, credit = _without_trailing_credit(split_sentences(text, b.lang), b)
        out += [Sentence(text=s, kind=b.kind, lang=b.lang, block=i, meta=b.meta) for s in pieces]
        if credit:
            out.append(Sentence(text=credit, kind=Kind.BOILERPLATE, lang=b.lang, block=i))
    return out


# What parts a credit from its caption: "2024 - AFP/…", a no-break space kept before the dash.
_DASHES = " -–—" + NO_BREAK


def _without_trailing_credit(sentences: list[str], block: Block) -> tuple[list[str], str]:
    """A block's sentences but a trailing photo credit, and that credit ("" if none).

    The credit must follow a sentence of the block: a block that is a credit
    alone is the debris rules' business, and boilerplate keeps its text whole.
    """
    from workbench.ingest.debris_lines import (
        has_photo_credit,
        is_agency_alone,
        is_credit_alone,
        is_name_alone,
        is_split_credit,
        without_credit,
    )

    if block.kind is Kind.BOILERPLATE or not sentences:
        return sentences, ""
    last = sentences[-1]
    if len(sentences) > 1 and is_split_credit(last):
        return sentences[:-1], last.strip(_DASHES)
    if len(sentences) > 1 and (is_credit_alone(last) or is_agency_alone(last)):
        return sentences[:-1], last
    if (
        block.kind is Kind.CAPTION
        and len(sentences) > 1
        and sentences[-2].rstrip().endswith((".", "!", "?", "»", "”", '"'))
        and is_name_alone(last)
    ):
        return sentences[:-1], last
    if has_photo_credit(last):
        rest = without_credit(last).rstrip()
        credit = last.strip()[len(rest) :].strip(_DASHES)
        if rest and credit:
            return [*sentences[:-1], rest], credit
    return sentences, ""


def parse_file(
    path: Path, max_bytes: int = _ingest.MAX_BYTES, known_lines: Collection[str] = frozenset()
) -> tuple[Reading, str, list[Sentence]]:
    """Read one file with the reader of its suffix, classify its blocks and split them.

    Nothing is stored. ``known_lines``: block texts of other stored documents
    (see `site_lines`); they count only for web text (.txt, .html, .md).
    Raises InputError (see :func:`workbench.ingest.readers.read_file`).
    """
    from workbench.ingest.readers import read_file

    return classified(read_file(path, max_bytes), path, known_lines)


def classified(
    source: Reading, path: Path, known_lines: Collection[str], step: Step = no_step
) -> tuple[Reading, str, list[Sentence]]:
    """A reading's blocks classified and split (see :func:`parse_file`), each stage
    told to ``step``."""
    from workbench.ingest.caption_languages import split_mixed_captions
    from workbench.ingest.extract import (
        classify,
        classify_structured,
        split_table_rows,
        unserved_language,
    )

    step(
        f"{path.name}: finding languages and debris in {counted(len(source.blocks), 'block')}", None
    )
    if source.structured:
        blocks, lang = classify_structured(source.blocks, detect_languages)
    else:
        blocks, lang = classify(source.blocks, detect_languages, known_lines)
        blocks = split_table_rows(source.blocks, blocks)
        blocks = split_mixed_captions(blocks, lang, detect_languages)
    sentences = sentences_of(
        blocks, step(f"{path.name}: cutting blocks into sentences", len(blocks))
    )
    if not sentences:
        raise InputError(f"{path}: holds no text once markup is removed; nothing to ingest")
    unserved = unserved_language(blocks)
    if unserved is not None:
        from workbench.ingest.langid import DEFAULT_LANGUAGES

        raise InputError(
            f"{path}: reads as {unserved}, a language the workbench does not recognise "
            f"(it knows {', '.join(DEFAULT_LANGUAGES)}); nothing was stored: ingest the "
            "text in one of those languages"
        )
    return source, lang, sentences
