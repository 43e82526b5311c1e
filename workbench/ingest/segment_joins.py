"""The splitter's repairs that join what pysbd cut: a title and its name ("El Sr. | Putin"),
a wire dateline and its sentence, the pieces of one sentence (`segment_inside`), an
abbreviation and what goes on after it ("Holdings Inc. | (« EHI ») a cédé"), a provision's
label and its text ("§ 3. | Le présent règlement"), and a closing quote pysbd put at the
start of the next piece.

Each repair takes the pieces and the paragraph they come from (``flat``), and glues two
pieces with the space between them only where the paragraph has one.
"""

from __future__ import annotations

import re

from workbench.ingest.segment_inside import bare, cut_inside
from workbench.ingest.segment_words import (
    BEFORE_A_NAME,
    LABELS,
    TITLES,
    abbreviations,
    labels,
    month_abbreviations,
)

# A closing quote that pysbd put at the start of the next piece: "»Das Wetter hielt. | « Wir".
_LEADING_CLOSER = re.compile(r"([»«”“\"’']+)(?: |$)")
_FINAL_PUNCTUATION = frozenset(".!?…")
# The marks that open a sentence before its first letter (Spanish): "¿Lo abres?".
_OPENING_MARKS = "¿¡"
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


def glue(head: str, tail: str, flat: str) -> str:
    """Two pieces as one, with the space between them only if the text has one."""
    return head + tail if head + tail in flat and f"{head} {tail}" not in flat else f"{head} {tail}"


def rejoin_after_titles(sentences: list[str], lang: str, flat: str) -> list[str]:
    out: list[str] = []
    for sentence in sentences:
        if out and _ends_with_title(out[-1], lang):
            out[-1] = glue(out[-1], sentence, flat)
        else:
            out.append(sentence)
    return out


def _ends_with_title(sentence: str, lang: str) -> bool:
    """Whether ``sentence`` ends with a title or another word a name follows ("Sr.", "cf.")."""
    last = sentence.rsplit(" ", 1)[-1]
    if not last.endswith("."):
        return False
    return last[:-1] in TITLES.get(lang, ()) or bare(last)[:-1].lower() in BEFORE_A_NAME.get(
        lang, ()
    )


# "MADRID, 3 mar (EFE)." before "- El Gobierno…": a wire dateline, part of the first sentence.
_DATELINE_END = re.compile(r"\([A-Z][\w/ .-]{0,20}\)\.$")
_DATELINE_MAX_WORDS = 8
# "MÖJA. I hangaren…", "VILLARRUBIA. La fragua…": a place in capitals and a period, the
# dateline of Swedish and Spanish local papers (align_blind8, heldout7), at a paragraph's start.
_PLACE_DATELINE = re.compile(r"[^\W\d_a-zß-ÿ]{3,}(?:[ -][^\W\d_a-zß-ÿ]{2,}){0,2}\.")


def rejoin_datelines(sentences: list[str], flat: str) -> list[str]:
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


def rejoin_inside(sentences: list[str], lang: str, flat: str) -> list[str]:
    """Join the pieces pysbd cuts inside a sentence (ordinals, ü. M., J.-C., chap. II)."""
    out: list[str] = []
    for sentence in sentences:
        out.append(sentence)
        # a join can make a piece that joins the one before ("av." + "J." + "-C.")
        while len(out) > 1 and cut_inside(out[-2], out[-1], lang):
            tail = out.pop()
            out[-1] = glue(out[-1], tail, flat)
    return out


def rejoin_after_labels(sentences: list[str], lang: str, flat: str) -> list[str]:
    """Join a piece that is only a provision's label and number ("§ 3.", "Art. 3.") to the
    provision that follows it, and a label alone to its number ("Abs. | 2. Der Antrag")."""
    out: list[str] = []
    for sentence in sentences:
        if out and _labels(out[-1], sentence, lang):
            out[-1] = glue(out[-1], sentence, flat)
        else:
            out.append(sentence)
    return out


def _labels(head: str, tail: str, lang: str) -> bool:
    """Whether ``head`` is a label that ``tail`` goes on: "Art. 3." before its text, or
    "Abs." before "2. Der Antrag"."""
    label = _LABEL.fullmatch(head)
    word = label.group(1) if label is not None else head if _NUMBERED.match(tail) else ""
    return word.rstrip(".").lower() in labels(lang)


def ends_with_label(text: str) -> bool:
    """Whether ``text`` ends with a provision's label and number after a sentence's end
    ("… sans condition d'âge. Article 2.", "Art. L. 212-1."), a label of any language
    `LABELS` lists: its period ends no sentence, the provision's text goes on after it.
    A label that ends a longer sentence ("… l'atelier du n° 8.") ends it."""
    words = text.split()
    return any(
        _labels(" ".join(words[-n:]), "", lang)
        and (len(words) == n or words[-n - 1][-1:] in _FINAL_PUNCTUATION)
        for n in (2, 3)
        for lang in LABELS
    )


def rejoin_after_abbreviations(sentences: list[str], lang: str, flat: str) -> list[str]:
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
            out[-1] = glue(out[-1], sentence, flat)
        else:
            out.append(sentence)
    return out


def _ends_with_abbreviation(sentence: str, lang: str) -> bool:
    last = bare(sentence.rsplit(" ", 1)[-1])
    return last.endswith(".") and last[:-1].lower() in abbreviations(lang)


def _ends_with_month(sentence: str, lang: str) -> bool:
    last = bare(sentence.rsplit(" ", 1)[-1])
    return last.endswith(".") and last[:-1].lower() in month_abbreviations(lang)


def move_closing_quotes(sentences: list[str], flat: str) -> list[str]:
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
