"""Sentence splitting for French, Spanish, English and the other languages pysbd knows.

pysbd (a port of the Pragmatic Segmenter) keeps abbreviations such as
"M. Poutine", initials such as "G. O. DYHRENFURTH", dates and quotations
together. We add what it lacks, for French, English and Spanish, as four
kinds of repair of its output:

- titles it splits after ("El Sr. | Putin"): joined again;
- abbreviations it splits after ("Holdings Inc. | (« EHI ») a cédé", "p. | ex."):
  joined when what follows does not start with a capital letter;
  pysbd's own abbreviation lists for the language, plus the ones it lacks;
- an ellipsis (… or ...) followed by a capital letter, which it never splits at:
  split, unless the ellipsis marks a cut in brackets ("[…] Que");
- a one-letter word ("la vitamina D. | Es importante", "plan B. | Il"), which
  it takes for an initial: split when a lower-case word comes before the letter
  and a word that opens sentences (an article, a pronoun) after it. Initials
  ("J. R. R. Tolkien", "por J. Tolkien") stay together.

And, for every language, the cuts pysbd makes inside a sentence of a yearbook:

- ordinals it takes for a numbered list ("am | 26. und | 27. Juni", "der | 1. Band"):
  joined when the piece before ends with no punctuation;
- two-letter abbreviations cut in two ("3000 m ü. | M. und"): joined;
- "av. | J. | -C." (French eras) and a reference's number ("chap. | II", "l'art. | 5",
  "t. | II"): joined;
- a number after an abbreviation ("15 janv. | 2026", "déc. | 2024,"; the abbreviated
  months from CLDR), and a lower-case word after an abbreviated month ("3 de feb. | de
  2025"): joined; a capital after it still opens a sentence ("12 oct. | L'Agence");
- a German length that ends a sentence ("auf 2350 m. Sie wurde"; German writes units
  without a period), and a German number before a word that opens sentences ("auf 38. Die
  Hütte"; pysbd reads it as an ordinal): split;
- a piece that opens with a comma, semicolon or colon ("2 Std. | , Abstieg"), a piece
  that is only a closing quote ("tun. | “"), a time's minutes ("11 h. | 30"), a word in
  lower case after an ordinal ("1875. | gadā") and a chronicle's entry after its date
  ("12 janvier. | — La section", the months and days of every language from CLDR):
  joined;
- a quotation that ends a sentence and the sentence after it ("… un livre. » Elle",
  "…causas.» Wir", "…Buch.“ Sie"), which pysbd keeps together: split;
- a Spanish word that pysbd lists as an abbreviation ("está bien. No", "en contra. Luego";
  its list holds Spanish prefixes): split;
- a provision's label and number ("§ 3. | Le présent règlement", "Art. 3. | …", "Sec. 4. |
  It is", "Artículo 4. | Se publica", "Article premier. | La"), or a table's or a figure's
  ("Tableau 1. | Nombre"): joined, as "1. Le Syndicat" is; SRX rule sets (LanguageTool's,
  OmegaT's) cut there, and a statute then comes out as half bare labels;
- an abbreviated month that is also a word ("al mar. | «No…»", "met Jan. | "Hello""): only
  a date continues it (a number, or a lower-case word: "3 de feb. de 2025"); a quotation or
  a dialogue's dash that opens with a capital opens a sentence, as after any word;
- a number after a quotation that ends a sentence ("«Wir gehen.» | 1984 starb er."): split;
- hyphenated initials ("Selon J.-P. | Dupont", "J.-M. | C.") and abbreviations a name or a
  noun follows ("cf. | Braun", "geb. | Bhend", "le Rév. | Arthur"): joined; an era's
  "J.-C." still ends a sentence ("52 av. J.-C. | César").

Swedish and Romanian, which pysbd splits with its English rules, get their common
abbreviations ("bl.a.", "kl.", "aprox.").

And a guarantee that the sentences are the text cut in pieces: joined, they give back
every character but the space at each cut; otherwise the paragraph stays whole.

The repairs that join live in `segment_joins` (the abbreviation and number rules for pieces
of one sentence in `segment_inside`), those that cut in `segment_cuts`, and what the rules
know of each language in `segment_words`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from workbench.ingest.segment_cuts import (
    split_after_ellipses,
    split_after_letters,
    split_after_numbers,
    split_after_quotations,
    split_after_units,
    split_after_words,
)
from workbench.ingest.segment_joins import (
    move_closing_quotes,
    rejoin_after_abbreviations,
    rejoin_after_labels,
    rejoin_after_titles,
    rejoin_datelines,
    rejoin_inside,
)
from workbench.ingest.segment_words import MORE_ABBREVIATIONS, OPENERS
from workbench.spaces import collapse, plain

# Languages pysbd ships rules for; anything else is split with the English rules.
_PYSBD_LANGS = frozenset(
    ("en", "hi", "mr", "zh", "es", "am", "ar", "hy", "bg", "ur", "ru", "pl",
     "fa", "nl", "da", "fr", "my", "el", "it", "ja", "de", "kk", "sk")
)  # fmt: skip


@cache
def _segmenter(lang: str) -> Any:
    from workbench.ingest.segment_spans import Segmenter

    return Segmenter(language=lang if lang in _PYSBD_LANGS else "en", clean=False)


# A caption's label: "Pie de foto:", "Légende :", "Photo :", "Caption:", "Foto:" (French puts a
# space before the colon). It says what the block is, which its kind already records.
# The labels, also read by the debris rules (`debris_lines.is_labelled_caption`).
CAPTION_LABELS = (
    r"pie de foto|légende|leyenda|legenda|didascalia|bildunterschrift|caption"
    r"|photos?|fotos?|picture|image|imagen|immagine|imagem|bild"
)
_CAPTION_LABEL = re.compile(rf"^\s*(?:{CAPTION_LABELS})\s*:\s*", re.IGNORECASE)
# What must remain for the label to go: a caption, not a bare credit ("Foto: EFE").
_CAPTION_MIN_WORDS = 3
# A caption label after a credit's ("Foto: EFE Pie de foto: …"), the credit's name being
# at most this many words.
_LATER_CAPTION_LABEL = re.compile(rf"(?<!\w)(?:{CAPTION_LABELS})\s*:\s*", re.IGNORECASE)
_CREDIT_MAX_WORDS = 4


def without_caption_label(text: str) -> str:
    """A caption's text without the label before it ("Pie de foto: El líder…" → "El líder…").

    The text is given back as it is when it has no label, or when the label is
    followed by fewer than three words (a credit such as "Foto: EFE" says less
    without it). A credit that opens the caption before its label ("Foto: EFE
    Pie de foto: Los vecinos…" → "Los vecinos…") goes with the label: it has no
    sentence of its own, and glued to the caption it would join its translation.
    """
    return caption_label(text)[1]


def caption_label(text: str) -> tuple[str, str]:
    """A caption cut after its label: ``("Foto:", "voluntarios en la ribera…")``.

    The label is "" and the text whole when `without_caption_label` keeps it
    whole. The label is the text's own, spaces trimmed, with any credit before
    it ("Foto: EFE Pie de foto:"), so that label and caption together say
    everything the line said.
    """
    match = _CAPTION_LABEL.match(text)
    if match is None:
        return "", text
    rest = text[match.end() :]
    # A credit before the caption's own label ("Foto: EFE Pie de foto: Los vecinos…"):
    # the first label was the credit's, the caption starts after the second.
    again = _LATER_CAPTION_LABEL.search(rest)
    if again is not None and len(rest[: again.start()].split()) <= _CREDIT_MAX_WORDS:
        rest = rest[again.end() :]
    if len(rest.split()) < _CAPTION_MIN_WORDS:
        return "", text
    return text[: len(text) - len(rest)].strip(), rest


def split_sentences(text: str, lang: str) -> list[str]:
    """Split one paragraph into sentences, whitespace-normalised.

    Empty or blank text gives no sentence. Line breaks inside the paragraph
    are treated as spaces.
    """
    written = collapse(text)
    if not written:
        return []
    # The rules (pysbd's too) read a no-break space as a space ("Quoi\u00a0? Oui.",
    # "livre.\u00a0» Elle"): split the text with plain ones, then take each sentence back
    # as written. One character for one keeps every offset.
    flat = plain(written)
    sentences = _split_flat(flat, lang)
    return sentences if flat == written else _as_written(sentences, flat, written)


def _as_written(sentences: list[str], flat: str, written: str) -> list[str]:
    """``sentences`` of ``flat`` as ``written`` has them (the same text, no-break spaces
    kept); a sentence the rules rewrote (a caption's label dropped) stays as it is."""
    out: list[str] = []
    at = 0
    for sentence in sentences:
        i = flat.find(sentence, at)
        if i < 0:
            out.append(sentence)
            continue
        out.append(written[i : i + len(sentence)])
        at = i + len(sentence)
    return out


def _split_flat(flat: str, lang: str) -> list[str]:
    pieces = [collapse(p) for p in _segmenter(lang).segment(flat)]
    if lang == "es":
        pieces = [part for p in pieces for part in split_after_words(p, lang)]
    sentences = rejoin_after_titles([p for p in pieces if p], lang, flat)
    sentences = rejoin_inside(rejoin_datelines(sentences, flat), lang, flat)
    if lang == "de":
        sentences = [
            piece
            for s in sentences
            for part in split_after_units(s)
            for piece in split_after_numbers(part, lang)
        ]
    if lang in MORE_ABBREVIATIONS and lang not in OPENERS:
        sentences = rejoin_after_abbreviations(sentences, lang, flat)
    if lang in OPENERS:
        sentences = [
            piece
            for sentence in rejoin_after_abbreviations(sentences, lang, flat)
            for part in split_after_ellipses(sentence)
            for piece in split_after_letters(part, lang)
        ]
    sentences = move_closing_quotes(sentences, flat)
    sentences = [piece for s in sentences for piece in split_after_quotations(s)]
    sentences = rejoin_after_labels(sentences, lang, flat)
    # pysbd occasionally drops or rewrites characters around odd punctuation;
    # a translator must never lose or change text, so fall back to the whole paragraph.
    if not _cuts(sentences, flat):
        return [flat]
    return sentences


def _cuts(sentences: list[str], flat: str) -> bool:
    """Whether ``sentences`` are ``flat`` cut in pieces, dropping only the space at each cut."""
    at = 0
    for sentence in sentences:
        if not flat.startswith(sentence, at):
            return False
        at += len(sentence)
        if flat.startswith(" ", at):
            at += 1
    return at == len(flat)
