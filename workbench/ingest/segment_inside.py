"""Whether two pieces pysbd cut apart are one sentence: the abbreviation and number rules.

pysbd cuts inside a sentence after an ordinal it takes for a list's number ("am |
26. und"), inside a two-letter abbreviation ("ü. | M."), inside an era ("av. | J. |
-C."), before a reference's number ("chap. | II"), before a number or a date after an
abbreviation ("15 janv. | 2026"), before a time's minutes ("11 h. | 30") and before a
piece that only a sentence's middle opens (", Abstieg", a closing quote). `cut_inside`
says so for two neighbouring pieces; `segment_joins.rejoin_inside` joins them.
"""

from __future__ import annotations

import re

from workbench.ingest.segment_words import (
    ORDINALS_WITH_A_PERIOD,
    abbreviations,
    date_words,
    month_abbreviations,
)

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
# name of a month or a day, in the language's words (`date_words`, from CLDR).
_DATE_HEADING_MAX_WORDS = 4
_ENTRY_DASH = ("— ", "– ")
# A piece that is only the quote or bracket closing the sentence before ("tun. | “").
_CLOSING_ONLY = re.compile(r"[»«”“\"’)\]]+[.,;:!?…]*")
# An ordinal written with a period ("celts 1875. | gadā", "v 16. | storočí"): a word in
# lower case after it goes on the same sentence.
_ORDINAL_END = re.compile(r"(?<!\S)\d{1,4}\.$")
# Initials of a hyphenated first name: "J.-M.", "J.-P.", "Ch.-F."
_HYPHENATED_INITIALS = re.compile(r"[A-ZÀ-ÖØ-Þ][a-z]?\.(?:-[A-ZÀ-ÖØ-Þ][a-z]?\.)+")
# The words before an era's "J.-C." (French: before or after Christ).
_ERA_WORDS = frozenset(("av.", "apr.", "ap.", "avant", "après"))


def bare(word: str) -> str:
    """A word without the brackets or quotes before it or a French elision ("l'art." → "art.")."""
    word = word.lstrip('(«"“[')
    return re.sub(r"^[a-zA-Z][’']", "", word)


def cut_inside(head: str, tail: str, lang: str) -> bool:
    """Whether ``head`` and ``tail`` are one sentence that pysbd cut in two."""
    return (
        _cut_before_mid_sentence(head, tail, lang)
        or _cut_inside_abbreviation(head, tail)
        or _abbreviation_goes_on(head.rsplit(" ", 1)[-1], tail, lang)
        or _cut_before_reference(head, tail)
    )


def _cut_before_mid_sentence(head: str, tail: str, lang: str) -> bool:
    """Whether ``tail`` goes on ``head``'s sentence: punctuation, an ordinal, a time's
    minutes, a chronicle's entry, an ordinal taken for a list's number."""
    last = head.rsplit(" ", 1)[-1]
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
    if (
        tail.startswith(_ENTRY_DASH)
        and len(head.split(" ")) <= _DATE_HEADING_MAX_WORDS
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
    return False


def _cut_inside_abbreviation(head: str, tail: str) -> bool:
    """Whether pysbd cut an abbreviation, an era or a name's initials in two."""
    last = head.rsplit(" ", 1)[-1]
    first = tail.split(" ", 1)[0]
    words = head.split(" ")
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
    return bool(
        _HYPHENATED_INITIALS.fullmatch(bare(last))
        and tail[:1].isupper()
        and (len(words) < 2 or words[-2].lower() not in _ERA_WORDS)
    )


def _cut_before_reference(head: str, tail: str) -> bool:
    """Whether ``tail`` is a reference's number: "chap. | II", "t. | II, p. 45"."""
    last = head.rsplit(" ", 1)[-1]
    return bool(
        last.endswith(".")
        and bare(last)[:-1].lower() in _REFERENCES
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
    word = bare(last)[:-1].lower()
    if tail[:1].isdigit():
        return word in abbreviations(lang) or word in month_abbreviations(lang)
    return tail[:1].islower() and word in month_abbreviations(lang)
