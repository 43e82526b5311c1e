"""Recognising web debris in scraped text: site chrome, bylines, comments, teasers.

Two kinds of evidence: lines that are debris on their own (a login link, a
copyright), and regions that turn everything after them into debris (a
comment thread opened by "8 commentaires" and a first "name, date" line; a
footer opened by "Laissez un commentaire"; a related-links list). The
patterns cover French, English and Spanish sites.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre"
    "|décembre|decembre|january|february|march|april|may|june|july|august|september|october"
    "|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
    "|noviembre|diciembre"
)


def _full(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + "|".join(alternatives) + r")\s*[.:!]?\s*$", re.IGNORECASE)


# A line that is debris whatever surrounds it.
STANDALONE = _full(
    r"se connecter|connexion|s['’]identifier|s['’]inscrire|mon compte|log ?in|sign ?in|sign ?up"
    r"|iniciar sesi[oó]n|reg[ií]strate",
    r"\d+\s+(?:commentaires?|comments?|comentarios?|réactions?)",
    r"répondre|reply|responder|partager|share|compartir|imprimer|print",
    r"(?:laissez|laisser|ajouter) un commentaire|leave a (?:comment|reply)|deja un comentario",
    r"(?:tu pourrais|vous pourriez|vous aimerez) aussi(?: aimer)?|à lire aussi|lire aussi"
    r"|you (?:may|might) also like|related (?:articles|posts|stories)|te puede interesar",
    r"choix de l['’]éditeur|dernières nouvelles|les plus lus|à la une|editor['’]s picks?"
    r"|latest news|most read|lo más leído|últimas noticias",
    r"newsletter|abonnez-vous|s['’]abonner|subscribe|suscr[ií]bete",
    r"logo[\w-]*",
    r"(?:©|\(c\)|copyright).*|.*(?:tous droits réservés|all rights reserved"
    r"|todos los derechos reservados).*",
    r"(?:[a-z]{2}_[A-Z]{2}\S*\s*)+",  # language switchers: "fr_FRFrançais"
    r"(?:par|by|por)\s+\w[\w'’.-]*(?:\s+\w[\w'’.-]*){0,3}",  # bylines
    r"(?:publié|mis à jour|published|updated|publicado)\b.{0,40}",
)

# "SallyM septembre 13, 2023 - 11:00 pm": the header of a reader comment.
COMMENT_HEADER = re.compile(
    r"^.{1,60}?\s(?:\d{1,2}\s+)?(?:" + _MONTHS + r")\s+\d{1,2}(?:,|\s)\s*\d{4}"
    r"(?:\s*[-–à,]\s*\d{1,2}[:h]\d{2}\s*(?:am|pm)?)?\s*$",
    re.IGNORECASE,
)
COMMENT_END = re.compile(r"^\s*(?:répondre|reply|responder)\s*$", re.IGNORECASE)
FOOTER_START = re.compile(
    r"^\s*(?:(?:laissez|laisser) un commentaire|leave a (?:comment|reply)|deja un comentario"
    r"|logo[\w-]*)\s*$",
    re.IGNORECASE,
)
RELATED_HEADING = re.compile(
    r"^\s*(?:en savoir plus|lire aussi|à lire aussi|pour aller plus loin|read more|related"
    r"|more on|más información|leer más)\b",
    re.IGNORECASE,
)
# Bounds of the region rules: each must see its closing evidence within these.
COMMENT_MAX_LINES = 8
FOOTER_MAX_LINES = 12
FOOTER_MAX_SHARE = 0.25
RELATED_MAX_ITEMS = 15

TEASER_END = re.compile(r"(?:…|\.\.\.)\s*$")

# " - AFP/GAVRIIL GRIGOROV", " - SPUTNIK/ GAVRIIL GRIGOROV via REUTERS"
_CREDIT = re.compile(r"\s[-–—]\s+([^-–—]{2,80})$")
_AGENCIES = re.compile(r"\b(?:AFP|REUTERS|AP|EFE|GETTY|EPA|SPUTNIK|XINHUA|KCNA|ANADOLU)\b")


def _credit(text: str) -> re.Match[str] | None:
    """The trailing photo credit of ``text.strip()``, such as " - AFP/JOHN DOE", if any."""
    match = _CREDIT.search(text.strip())
    if match is None:
        return None
    credit = match.group(1)
    letters = [c for c in credit if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / max(1, len(letters))
    credited = upper >= 0.7 and ("/" in credit or bool(_AGENCIES.search(credit)))
    return match if credited else None


def has_photo_credit(text: str) -> bool:
    """True when the text ends with a photo credit such as " - AFP/JOHN DOE"."""
    return _credit(text) is not None


def without_credit(text: str) -> str:
    """The text with a trailing photo credit cut off: credits confuse language guessing."""
    match = _credit(text)
    return text.strip()[: match.start()] if match is not None else text


def boilerplate_mask(texts: Sequence[str], bullets: Sequence[bool]) -> list[bool]:
    """For each block, whether it is debris rather than content."""
    mask = [bool(STANDALONE.match(t)) for t in texts]
    _mark_comment_threads(texts, mask)
    _mark_footer(texts, mask)
    _mark_related_lists(texts, bullets, mask)
    _mark_teasers(texts, mask)
    return mask


def _mark_comment_threads(texts: Sequence[str], mask: list[bool]) -> None:
    """A reader comment runs from its "name, date" header to its "Reply" link.

    A header alone proves nothing: "Published 7:15 AM GMT, September 3, 2025"
    reads like one. Only a header closed by a reply link within a few lines
    opens a comment, so a rule can never run on into the article.
    """
    for i, text in enumerate(texts):
        if not COMMENT_HEADER.match(text):
            continue
        for j in range(i + 1, min(len(texts), i + 1 + COMMENT_MAX_LINES)):
            if COMMENT_END.match(texts[j]):
                for k in range(i, j + 1):
                    mask[k] = True
                break
            if COMMENT_HEADER.match(texts[j]):
                break


def _mark_footer(texts: Sequence[str], mask: list[bool]) -> None:
    """A footer opened by "Leave a comment" runs to the end of a page, if that end is short.

    The closing evidence is the end of the page itself: a "footer" longer
    than a few lines, or holding much of the page's words, is not one.
    """
    total = sum(len(t.split()) for t in texts)
    for i, text in enumerate(texts):
        # A footer starts after the content: never in the first lines of a page.
        if i >= len(texts) // 2 and FOOTER_START.match(text):
            tail = texts[i:]
            words = sum(len(t.split()) for t in tail)
            if len(tail) <= FOOTER_MAX_LINES and words <= FOOTER_MAX_SHARE * total:
                for j in range(i, len(texts)):
                    mask[j] = True
            return


def _mark_related_lists(texts: Sequence[str], bullets: Sequence[bool], mask: list[bool]) -> None:
    """A "Read more" heading and the bulleted list under it; the list's end closes it."""
    for i, text in enumerate(texts):
        if not RELATED_HEADING.match(text) or len(text.split()) > 12:
            continue
        j = i + 1
        while j < len(texts) and j <= i + RELATED_MAX_ITEMS and bullets[j]:
            mask[j] = True
            j += 1
        if j > i + 1:
            mask[i] = True


def _mark_teasers(texts: Sequence[str], mask: list[bool]) -> None:
    """Teasers of other stories: a run of lines cut with "…", at the end of a page."""
    ends = [bool(TEASER_END.search(t)) and len(t.split()) <= 30 for t in texts]
    i = 0
    while i < len(texts):
        if not ends[i]:
            i += 1
            continue
        j = i
        while j < len(texts) and ends[j]:
            j += 1
        if j - i >= 2 or j == len(texts):
            for k in range(i, j):
                mask[k] = True
        i = j


# Past this share of a document's words classed as debris, the user is told.
HEAVY_SHARE = 1 / 3


def debris_share(segments: Sequence[tuple[str, bool]]) -> float:
    """Share of words in debris, from ``(text, is_debris)`` pairs; 0.0 for no words."""
    total = sum(len(text.split()) for text, _ in segments)
    debris = sum(len(text.split()) for text, is_debris in segments if is_debris)
    return debris / total if total else 0.0


def heavy_debris_note(name: str, segments: Sequence[tuple[str, bool]]) -> str | None:
    """One line for the user when more than a third of ``name``'s words are debris, else None.

    ``segments`` are ``(text, is_debris)`` pairs in document order.
    """
    share = debris_share(segments)
    if share <= HEAVY_SHARE:
        return None
    return (
        f"{name}: {share:.0%} of its words were classed as web debris and are left out of "
        f"alignment; check them with `workbench segments {name} --kind boilerplate`"
    )
