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
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from workbench.ingest.segment_words import (
    BEFORE_A_NAME,
    MORE_ABBREVIATIONS,
    OPENERS,
    ORDINALS_WITH_A_PERIOD,
    TITLES,
    abbreviations,
    date_words,
    labels,
    month_abbreviations,
    openers,
    prefixes,
)
from workbench.spaces import collapse, plain

# Languages pysbd ships rules for; anything else is split with the English rules.
_PYSBD_LANGS = frozenset(
    ("en", "hi", "mr", "zh", "es", "am", "ar", "hy", "bg", "ur", "ru", "pl",
     "fa", "nl", "da", "fr", "my", "el", "it", "ja", "de", "kk", "sk")
)  # fmt: skip


# Abbreviations a number follows in a reference ("chap. II", "S. 45", "Nr. 3"), lower case.
_REFERENCES = frozenset(
    ("p", "pp", "s", "t", "vol", "chap", "art", "fig", "no", "nr", "bd", "kap", "abb", "taf",
     "tab", "cap", "pág", "núm", "n°")
)  # fmt: skip
# A roman numeral of two letters or more, or one followed by punctuation ("No. | I want"
# is two sentences, "chap. | II" and "t. | V," are one).
_ROMAN = re.compile(r"[IVXLC]{2,}\b|[IVXLC](?=[.,;:)]|$)")
# A number a list would start with ("26. und", "3. Juli"): pysbd cuts before it.
_LIST_NUMBER = re.compile(r"\d{1,2}\. ")
# A piece that ends inside a sentence: no final punctuation, no closing quote or bracket.
_OPEN_END = re.compile(r"[\w,–-]$")
# A time written with a period ("11 h. 30", "1 h. 45"): the hour, then its minutes.
_HOUR = re.compile(r"\d{1,2} h\.$")
_MINUTES = re.compile(r"\d{2}\b")
# A piece that opens inside a sentence: a comma, semicolon or colon ("2 Std. | , Abstieg",
# "1½ Std. | ; Couloir", "S. 45 ff. | , beschrieben").
_MID_SENTENCE = re.compile(r"[,;:]")
# A date heading of a chronicle, joined to its entry after a dash ("12 janvier. — La
# section", "12. Januar. — Die Sektion", "Août. — …", "Lundi. — …"): the date ends in the
# name of a month or a day, in the language's words (`_date_words`, from CLDR).
_DATE_HEADING_MAX_WORDS = 4
_ENTRY_DASH = ("— ", "– ")
# A German length ending a sentence: "2350 m." (German writes units without a period).
_UNIT_END = re.compile(r"(?<=\d [mck]m\.) (?=[A-ZÄÖÜ][a-zäöü])|(?<=\d m\.) (?=[A-ZÄÖÜ][a-zäöü])")
# A German number of one or two digits that ends a sentence, after a lower-case word ("stieg
# auf 38. Die Hütte"): pysbd reads it as an ordinal, which a noun or a month follows ("am 16.
# Juli", "der 2. Tag"), never a word that opens sentences (`openers`).
_NUMBER_END = re.compile(
    r"(?:(?<=[a-zäöüß] \d\.)|(?<=[a-zäöüß] \d\d\.)) (?=([A-ZÄÖÜ][a-zäöüß]*)\b)"
)
# A quotation closed after its final punctuation ("… un livre. » Elle", "…causas.» Wir",
# "…Buch.“ Sie", "…hielt.« Wir"): what follows it in capitals is a new sentence.
_QUOTATION_END = re.compile(r"[.!?…](?: ?»|[»«”“\"])(?= \S)")
# A closing quote that pysbd put at the start of the next piece: "»Das Wetter hielt. | « Wir".
_LEADING_CLOSER = re.compile(r"([»«”“\"’']+)(?: |$)")
_FINAL_PUNCTUATION = frozenset(".!?…")
# A piece that is only the quote or bracket closing the sentence before ("tun. | “").
_CLOSING_ONLY = re.compile(r"[»«”“\"’)\]]+[.,;:!?…]*")
# An ordinal written with a period ("celts 1875. | gadā", "v 16. | storočí"): a word in
# lower case after it goes on the same sentence.
_ORDINAL_END = re.compile(r"(?<!\S)\d{1,4}\.$")
# The marks that open a sentence before its first letter (Spanish): "¿Lo abres?".
_OPENING_MARKS = "¿¡"
# A word in lower case, its period, a space and a capital: "está bien. No".
_WORD_END = re.compile(r"(?<![\w.])([a-záéíóúñü]{3,})\. (?=[¿¡«\"“(]?[A-ZÁÉÍÓÚÑÜ])")
# What may open a sentence before its first capital: a quote, a dialogue's dash ("—No").
_OPENING_QUOTES = '«"“„‘‹—–'
# A provision's label, its number and a period: "§ 3.", "Art. 3.", "Article 1er.", "N° 6.",
# "Sec. 4.", "§ 12a.", "Art. 3.1.", "Art. L. 212-1." (a French code's), "Titre II.",
# "Artículo 1.º.", "Article premier.", "Artículo único.", "Tableau 1."; the label must be
# one of `labels`.
_LABEL = re.compile(
    r"(§§?|¶|\S+?) ?(?:[A-Z]\. ?)?"
    r"(?:\d+(?:[.-]\d+)*[a-z]?(?:er|re|e|\.?[º°ª])?|[IVXLC]+|premier|unique|primero|único)"
    r"(?: (?:bis|ter|quater))?\."
)
# A provision's text after its number, cut off its label: "Abs. | 2. Der Antrag".
_NUMBERED = re.compile(r"\d+[a-z]?\.(?: |$)")
_ELLIPSIS_BREAK = re.compile(r"(?:(?<=…)|(?<=\.\.\.)) (?=[«\"“‘(¿¡—–-]?\s?[A-ZÀ-ÖØ-Þ])")
_INITIAL = re.compile(r"[A-ZÀ-ÖØ-Þ]\.")
# Initials of a hyphenated first name: "J.-M.", "J.-P.", "Ch.-F."
_HYPHENATED_INITIALS = re.compile(r"[A-ZÀ-ÖØ-Þ][a-z]?\.(?:-[A-ZÀ-ÖØ-Þ][a-z]?\.)+")
# The words before an era's "J.-C." (French: before or after Christ).
_ERA_WORDS = frozenset(("av.", "apr.", "ap.", "avant", "après"))


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
        pieces = [part for p in pieces for part in _split_after_words(p, lang)]
    sentences = _rejoin_after_titles([p for p in pieces if p], lang, flat)
    sentences = _rejoin_inside(_rejoin_datelines(sentences, flat), lang, flat)
    if lang == "de":
        sentences = [
            piece
            for s in sentences
            for part in _UNIT_END.split(s)
            for piece in _split_after_numbers(part, lang)
        ]
    if lang in MORE_ABBREVIATIONS and lang not in OPENERS:
        sentences = _rejoin_after_abbreviations(sentences, lang, flat)
    if lang in OPENERS:
        sentences = [
            piece
            for sentence in _rejoin_after_abbreviations(sentences, lang, flat)
            for part in _ELLIPSIS_BREAK.split(sentence)
            for piece in _split_after_letters(part, lang)
        ]
    sentences = _move_closing_quotes(sentences, flat)
    sentences = [piece for s in sentences for piece in _split_after_quotations(s)]
    sentences = _rejoin_after_labels(sentences, lang, flat)
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


def _ends_with_title(sentence: str, lang: str) -> bool:
    """Whether ``sentence`` ends with a title or another word a name follows ("Sr.", "cf.")."""
    last = sentence.rsplit(" ", 1)[-1]
    if not last.endswith("."):
        return False
    return last[:-1] in TITLES.get(lang, ()) or _bare(last)[:-1].lower() in BEFORE_A_NAME.get(
        lang, ()
    )


# "MADRID, 3 mar (EFE)." before "- El Gobierno…": a wire dateline, part of the first sentence.
_DATELINE_END = re.compile(r"\([A-Z][\w/ .-]{0,20}\)\.$")
_DATELINE_MAX_WORDS = 8
# "MÖJA. I hangaren…", "VILLARRUBIA. La fragua…": a place in capitals and a period, the
# dateline of Swedish and Spanish local papers (align_blind8, heldout7), at a paragraph's start.
_PLACE_DATELINE = re.compile(r"[^\W\d_a-zß-ÿ]{3,}(?:[ -][^\W\d_a-zß-ÿ]{2,}){0,2}\.")


def _rejoin_datelines(sentences: list[str], flat: str) -> list[str]:
    """Join a wire dateline cut off at its ".-" (EFE, Europa Press), or a place in capitals
    ("MÖJA."), to the sentence it opens."""
    if len(sentences) < 2:
        return sentences
    head, first = sentences[0], sentences[1]
    if (
        _DATELINE_END.search(head)
        and len(head.split()) <= _DATELINE_MAX_WORDS
        and first.startswith(("-", "–", "—"))
    ):
        joined = head + first if flat.startswith(head + first) else f"{head} {first}"
        return [joined, *sentences[2:]]
    if _PLACE_DATELINE.fullmatch(head) and head.upper() == head and first[:1].isupper():
        return [f"{head} {first}", *sentences[2:]]
    return sentences


def _glue(head: str, tail: str, flat: str) -> str:
    """Two pieces as one, with the space between them only if the text has one."""
    return head + tail if head + tail in flat and f"{head} {tail}" not in flat else f"{head} {tail}"


def _rejoin_inside(sentences: list[str], lang: str, flat: str) -> list[str]:
    """Join the pieces pysbd cuts inside a sentence (ordinals, ü. M., J.-C., chap. II)."""
    out: list[str] = []
    for sentence in sentences:
        out.append(sentence)
        # a join can make a piece that joins the one before ("av." + "J." + "-C.")
        while len(out) > 1 and _cut_inside(out[-2], out[-1], lang):
            tail = out.pop()
            out[-1] = _glue(out[-1], tail, flat)
    return out


def _cut_inside(head: str, tail: str, lang: str) -> bool:
    """Whether ``head`` and ``tail`` are one sentence that pysbd cut in two."""
    last = head.rsplit(" ", 1)[-1]
    first = tail.split(" ", 1)[0]
    # no sentence opens with a comma, semicolon or colon: "1½ Std. | ; Couloir", nor is
    # the quote closing one a sentence: "Jetzt lese ich ein Buch. | “"
    if _MID_SENTENCE.match(tail) or _CLOSING_ONLY.fullmatch(tail):
        return True
    # an ordinal: "celts 1875. | gadā"
    if lang in ORDINALS_WITH_A_PERIOD and _ORDINAL_END.search(head) and tail[:1].islower():
        return True
    # a time: "11 h. | 30 que nous"
    if _HOUR.search(head) and _MINUTES.match(tail):
        return True
    # a chronicle's date and its entry: "12 janvier. | — La section"
    words = head.split(" ")
    if (
        tail.startswith(_ENTRY_DASH)
        and len(words) <= _DATE_HEADING_MAX_WORDS
        and last.endswith(".")
        and last[:-1].lower() in date_words(lang)
    ):
        return True
    # an ordinal pysbd took for a list item: "am | 26. und", "Am | 4. Juli"; a list's own
    # items ("1. Protokoll | 2. Bericht") start with their number and stay apart
    if _LIST_NUMBER.match(tail + " ") and _OPEN_END.search(head):
        in_list = _LIST_NUMBER.match(head) is not None
        if not in_list or (lang == "de" and last[:1].islower()):
            return True
    # a two-part abbreviation: "ü. | M.", but not "2350 m. | M. Dupont"
    if (
        re.fullmatch(r"[^\W\d_]\.", last)
        and last[0].islower()
        and re.fullmatch(r"[^\W\d_]\.,?", first)
        and not (len(words) > 1 and words[-2][:1].isdigit())
    ):
        return True
    # French eras: "J. | -C." and "av. | J.-C."
    if re.fullmatch(r"[A-Z]\.", last) and re.match(r"-[A-Z]\.", tail):
        return True
    if last.lower() in ("av.", "apr.") and tail.startswith("J.-C."):
        return True
    # hyphenated initials are a name's, never a sentence's end ("J.-C. | Killy", "Selon
    # J.-P. | Dupont", "Le secrétaire : J.-M. | C."), unless they are an era's
    # ("52 av. J.-C. | César")
    if (
        _HYPHENATED_INITIALS.fullmatch(_bare(last))
        and tail[:1].isupper()
        and (len(words) < 2 or words[-2].lower() not in _ERA_WORDS)
    ):
        return True
    if _abbreviation_goes_on(last, tail, lang):
        return True
    # a reference's number: "chap. | II", "t. | II, p. 45"
    return bool(
        last.endswith(".")
        and _bare(last)[:-1].lower() in _REFERENCES
        and (_ROMAN.match(tail) or tail[:1].isdigit())
    )


def _abbreviation_goes_on(last: str, tail: str, lang: str) -> bool:
    """Whether the abbreviation ``last`` is continued by ``tail``: a number after any
    abbreviation ("15 janv. | 2026.", "voté en déc. | 2024, s'élève", "env. | 12 %"), as
    pysbd keeps its own abbreviations with a number; a lower-case word after an abbreviated
    month ("3 de feb. | de 2025"). A capital after it opens a sentence ("12 oct. |
    L'Agence"), and so does a list's item number ("etc. | 2. Le budget")."""
    if not last.endswith(".") or _LIST_NUMBER.match(tail + " "):
        return False
    word = _bare(last)[:-1].lower()
    if tail[:1].isdigit():
        return word in abbreviations(lang) or word in month_abbreviations(lang)
    return tail[:1].islower() and word in month_abbreviations(lang)


def _split_after_words(piece: str, lang: str) -> list[str]:
    """Split after a word pysbd takes for an abbreviation ("está bien. | No he echado"),
    written in lower case and followed by a capital."""
    out: list[str] = []
    start = 0
    for match in _WORD_END.finditer(piece):
        if match.group(1) in prefixes(lang):
            out.append(piece[start : match.end() - 1])
            start = match.end()
    out.append(piece[start:])
    return out


def _split_after_numbers(sentence: str, lang: str) -> list[str]:
    """Split after a number that ends a sentence before a word that opens one ("stieg auf
    38. | Die Hütte"), which pysbd took for an ordinal."""
    out: list[str] = []
    start = 0
    for match in _NUMBER_END.finditer(sentence):
        if match.group(1).lower() in openers(lang):
            out.append(sentence[start : match.start()])
            start = match.end()
    out.append(sentence[start:])
    return out


def _split_after_quotations(sentence: str) -> list[str]:
    """Split after a quotation that ends a sentence ("« … un livre. » Elle habite …").

    pysbd keeps a quotation with what follows it; a closing quote after final
    punctuation and before a capital ends the sentence (a straight quote only when
    it closes one opened in the same piece). A quotation of several sentences stays
    whole, as a translator keeps it.
    """
    out: list[str] = []
    start = 0
    for match in _QUOTATION_END.finditer(sentence):
        closes = match.group()[-1] != '"' or sentence[start : match.end()].count('"') % 2 == 0
        word = sentence[match.end() + 1 :].lstrip('«»„“"(¿¡—–- ')
        # a number opens a sentence after a quotation too: "« On y va. » 1984 fut dure."
        if closes and (word[:1].isupper() or word[:1].isdigit()):
            out.append(sentence[start : match.end()])
            start = match.end() + 1
    out.append(sentence[start:])
    return out


def _move_closing_quotes(sentences: list[str], flat: str) -> list[str]:
    """Give a closing quote that pysbd put at the start of the next piece back to the
    sentence it closes ("»Das Wetter hielt. | « Wir" → "»Das Wetter hielt.« | Wir")."""
    out: list[str] = []
    for sentence in sentences:
        match = _LEADING_CLOSER.match(sentence)
        if out and match and out[-1][-1:] in _FINAL_PUNCTUATION:
            quotes = match.group(1)
            if out[-1] + quotes in flat and f"{out[-1]} {quotes}" not in flat:
                out[-1] += quotes
                sentence = sentence[match.end() :]
        if sentence:
            out.append(sentence)
    return out


def _bare(word: str) -> str:
    """A word without the brackets or quotes before it or a French elision ("l'art." → "art.")."""
    word = word.lstrip('(«"“[')
    return re.sub(r"^[a-zA-Z][’']", "", word)


def _rejoin_after_titles(sentences: list[str], lang: str, flat: str) -> list[str]:
    out: list[str] = []
    for sentence in sentences:
        if out and _ends_with_title(out[-1], lang):
            out[-1] = _glue(out[-1], sentence, flat)
        else:
            out.append(sentence)
    return out


def _rejoin_after_labels(sentences: list[str], lang: str, flat: str) -> list[str]:
    """Join a piece that is only a provision's label and number ("§ 3.", "Art. 3.") to the
    provision that follows it, and a label alone to its number ("Abs. | 2. Der Antrag")."""
    out: list[str] = []
    for sentence in sentences:
        if out and _labels(out[-1], sentence, lang):
            out[-1] = _glue(out[-1], sentence, flat)
        else:
            out.append(sentence)
    return out


def _labels(head: str, tail: str, lang: str) -> bool:
    """Whether ``head`` is a label that ``tail`` goes on: "Art. 3." before its text, or
    "Abs." before "2. Der Antrag"."""
    label = _LABEL.fullmatch(head)
    word = label.group(1) if label is not None else head if _NUMBERED.match(tail) else ""
    return word.rstrip(".").lower() in labels(lang)


def _rejoin_after_abbreviations(sentences: list[str], lang: str, flat: str) -> list[str]:
    """Join a piece to the one before when that ends with an abbreviation and the
    piece does not open a sentence (its first character is no capital; after an
    abbreviated month, a quote or a dash before a capital opens one too: "al mar. «No").

    Only after an abbreviation: web text does start sentences in lower case
    ("…des sanctions. faire équipe avec…"), and those stay apart.
    """
    out: list[str] = []
    for sentence in sentences:
        opens = sentence.lstrip(_OPENING_MARKS)[:1].isupper()
        if out and not opens and _ends_with_month(out[-1], lang):
            opens = sentence.lstrip(_OPENING_QUOTES + " ")[:1].isupper()
        if out and not opens and _ends_with_abbreviation(out[-1], lang):
            out[-1] = _glue(out[-1], sentence, flat)
        else:
            out.append(sentence)
    return out


def _ends_with_abbreviation(sentence: str, lang: str) -> bool:
    last = _bare(sentence.rsplit(" ", 1)[-1])
    return last.endswith(".") and last[:-1].lower() in abbreviations(lang)


def _ends_with_month(sentence: str, lang: str) -> bool:
    last = _bare(sentence.rsplit(" ", 1)[-1])
    return last.endswith(".") and last[:-1].lower() in month_abbreviations(lang)


def _split_after_letters(sentence: str, lang: str) -> list[str]:
    """Split after a one-letter word ("vitamine D.") that ends a sentence.

    Its mark: a lower-case word before the letter (an initial follows a
    capital, a title or nothing) and a word that opens sentences after it.
    """
    words = sentence.split(" ")
    out: list[str] = []
    start = 0
    for i in range(1, len(words) - 1):
        before, letter = words[i - 1], words[i]
        after = words[i + 1].lstrip('«"“‘(¿¡')
        opener = after.rstrip(",;:").lower().replace("’", "'").split("'")[0]
        if (
            _INITIAL.fullmatch(letter)
            and before[:1].islower()
            and after[:1].isupper()
            and opener in openers(lang)
        ):
            out.append(" ".join(words[start : i + 1]))
            start = i + 1
    out.append(" ".join(words[start:]))
    return out
