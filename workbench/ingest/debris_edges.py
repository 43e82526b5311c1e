"""A page's top edge: the menu and the site's name above its headline, read from shape alone.

A page saved as plain blocks (``<div>`` after ``<div>``, no ``<nav>``, ``<header>`` or
``<li>``) gives no tag away its menu: "Recetas", "Guisos", "Contacto" or "Le musée",
"Expositions", "Billetterie" are short lines like a heading or an ingredient. Where they stand
says what they are: above the headline the markup marks as the page's title, a run of short
label-like lines is the site's menu, and the lines around it that are not sentences (the
site's name, its tagline, a kicker) are its header. Below the headline nothing is decided
here: an ingredient list or a specification sheet there is the article's. Where no markup
marks a headline (plain text, a page of ``<div>``s), the article starts at its first line of
prose, and the header is looked for above its title (`unmarked_top`, `page_top`). No word of
any language is read. Pure: line texts, a title flag and a prose flag per line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.ingest.debris_features import is_date_alone
from workbench.ingest.debris_lines import is_menu_trail, is_spaced_menu

# A menu item: one to this many words ("Le musée", "Infos pratiques", "Publier un communiqué").
LABEL_WORDS = 3
# This many menu items in a row, above the headline, make a menu.
MENU_RUN = 3
# A line of the header around a menu has this many words at most (a tagline: "Revista del
# campo de Castilla-La Mancha"); a longer one is left to the other rules.
HEADER_WORDS = 8
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A sentence's end: the line says something, where a label names something.
_SENTENCE_END = re.compile(r"[.!?…:;][\s»\"”’)\]]*$")


def is_label(text: str) -> bool:
    """A line that names rather than says: `LABEL_WORDS` words or fewer, no sentence end."""
    n = len(_WORD.findall(text))
    return 0 < n <= LABEL_WORDS and not _SENTENCE_END.search(text)


def _is_header_line(text: str) -> bool:
    n = len(_WORD.findall(text))
    return 0 < n <= HEADER_WORDS and not _SENTENCE_END.search(text)


def top_menu(texts: Sequence[str], titles: Sequence[bool]) -> list[bool]:
    """For each line, whether it is the header of the page above its headline.

    The headline is the first line ``titles`` marks (the markup's, `markup._mark_title`).
    Above it, a run of `MENU_RUN` labels or more (`is_label`) is a menu; then every line
    above the headline that is no sentence and has `HEADER_WORDS` words or fewer is the
    header's (the site's name, its tagline, a section's name). A page with no marked title,
    or no such run above it, is left alone: all False.
    """
    out = [False] * len(texts)
    anchor = next((i for i, title in enumerate(titles) if title), None)
    if anchor is None:
        return out
    run = longest = 0
    for text in texts[:anchor]:
        run = run + 1 if is_label(text) else 0
        longest = max(longest, run)
    if longest < MENU_RUN:
        return out
    out[:anchor] = [_is_header_line(text) for text in texts[:anchor]]
    return out


def page_top(texts: Sequence[str], titles: Sequence[bool], prose: Sequence[bool]) -> list[bool]:
    """For each line, whether it is the header of the page above its headline: `top_menu`
    where the markup marks a headline, else `unmarked_top` from where the prose begins."""
    if any(titles):
        return top_menu(texts, titles)
    return unmarked_top(texts, prose)


# Where nothing marks the headline, this many lines with letters and no digit right above the
# article's first sentence of prose are left alone: its title, and a byline or a kicker under it.
TITLE_LINES = 2


def _title_zone(texts: Sequence[str], first: int) -> int | None:
    """The first of the `TITLE_LINES` lines above line ``first`` that hold letters and no
    digit (dates, times and reading times between them are passed over), or None."""
    found = 0
    for i in range(first - 1, -1, -1):
        if any(ch.isalpha() for ch in texts[i]) and not any(ch.isdigit() for ch in texts[i]):
            found += 1
            if found == TITLE_LINES:
                return i
    return None


def _is_chrome_line(text: str) -> bool:
    """A line a header may hold: a date alone, or a header line (`HEADER_WORDS` words or
    fewer, no sentence end) that does not open on a digit, as a quantity does ("200 g")."""
    if is_date_alone(text):
        return True
    return _is_header_line(text) and not text.lstrip()[:1].isdigit()


def unmarked_top(texts: Sequence[str], prose: Sequence[bool]) -> list[bool]:
    """For each line, whether it is the site's header above an article no markup marks.

    The article starts at its first line of prose (``prose``, `debris_features.prose_lines`);
    its title and the line under it (`TITLE_LINES`) are never read. Above them, from the
    page's first line down, the header is a block of short lines that are not sentences
    (`_is_chrome_line`: the site's name, its tagline, a date) holding a menu: a run of
    `MENU_RUN` labels (`is_label`) or a menu's items on one line (`is_menu_trail`,
    `is_spaced_menu`). It ends at the menu's last item: under it, a line that is neither a
    label nor a menu's line may be the headline and stops it (so the run's last label, which
    may be a wiki's two-word title under its tabs, is left alone too); a sentence stops it,
    and a quantity ("1 kg de garbanzos") under it says the run is a recipe's: no header. The
    lines above the block's first short line that are none (a cookie banner, an "Open in
    app" line) go with it. No menu, no header: all False. No word of any language is read.
    """
    first = next((i for i, p in enumerate(prose) if p), None)
    zone = None if first is None else _title_zone(texts, first)
    # The title zone's first line is read too, as the line that may stop the header.
    end = 0 if zone is None else min(zone, _header_end(texts[: zone + 1]))
    return [i < end for i in range(len(texts))]


def _header_end(head: Sequence[str]) -> int:
    """The line after the last menu item of the header that opens ``head`` (`unmarked_top`),
    or 0 where ``head`` opens with no header holding a menu."""
    run = end = 0
    seen = False
    for i, text in enumerate(head):
        if not any(ch.isalnum() for ch in text):
            continue
        chrome = _is_chrome_line(text)
        if not chrome and not seen:
            continue  # above the header: a banner
        if chrome and (is_menu_trail(text) or is_spaced_menu(text)):
            seen, run, end = True, 0, i + 1
        elif chrome and is_label(text) and not any(ch.isdigit() for ch in text):
            seen, run = True, run + 1
            end = i + 1 if run >= MENU_RUN else end
        elif chrome and not (run >= MENU_RUN or end):
            seen, run = True, 0  # the site's name or tagline, above the menu
        elif not chrome and text.lstrip()[:1].isdigit():
            return 0  # a quantity: the lines above may be a recipe's, not a menu
        else:
            return end - (run >= MENU_RUN)  # the run's last label may be the headline
    return end


# A letter's closing ("Have a lovely weekend,", "Ĝis baldaŭ,", "À bientôt,") has this many
# words at most, and so has the name under it ("Mrs K. Ollerenshaw, Headteacher").
SIGN_OFF_WORDS = 6
# The closing follows a sentence of this many words or more: the letter's last.
LAST_SENTENCE_WORDS = 6
_FULL_STOP = re.compile(r"[.!?…][\s»\"”’)\]]*$")
# The signatory's office on the line under the name ("Diretora do Agrupamento", "Président de
# l'association", "Head of Year 7"): the nouns of an organisation's offices, in fr, en, es,
# de, it, pt, ca and nl. A page's chrome after a letter ("Siga-nos", "Partager") names none.
_OFFICE = re.compile(
    r"\b(?:direct(?:eur|rice|or|ora|ors)|diretora?|direttore|direttrice|direktor(?:in)?"
    r"|pr[ée]sident(?:e|a|in)?|präsident(?:in)?|head(?:teacher| teacher| of)|principal"
    r"|secr[ée]tar(?:y|ia|io|iat)|secrétaire|sekretär(?:in)?|segretari[oa]|mayor|maire"
    r"|alcaldes?a?|bürgermeister(?:in)?|sindac[oa]|prefeit[oa]|coordinat(?:or|eur|rice)"
    r"|coordinador(?:a)?|coordenador(?:a)?|coordinatore|manager|gérant(?:e)?|founder"
    r"|fondat(?:eur|rice|ore)|fundador(?:a)?|chair(?:man|woman|person)?|treasurer"
    r"|trésori(?:er|ère)|tesorer[oa]|tesoureir[oa]|vorsitzende[r]?|voorzitter"
    r"|secretaris|penningmeester|responsable|ceo)\b",
    re.IGNORECASE,
)


def sign_off(texts: Sequence[str]) -> list[bool]:
    """For each line, whether it is a letter's closing, the name signed under it, or the
    signatory's office under the name (`_OFFICE`).

    A newsletter, a head teacher's letter or a forum post ends on a short line that ends
    with a comma, right after a sentence, and a short line with the writer's name under it:
    the letter's own lines, which its translation carries, where a page's chrome never ends
    on a comma. Shape only, but for the office a legal notice's signatory closes on ("Le
    Maire,", "La Alcaldesa,": a legal notice's signatory is debris, LABELS.md).
    """
    out = [False] * len(texts)
    for i in range(1, len(texts) - 1):
        closing, name, before = texts[i].strip(), texts[i + 1].strip(), texts[i - 1].strip()
        if (
            closing.endswith(",")
            and 0 < len(_WORD.findall(closing)) <= SIGN_OFF_WORDS
            # "Le Maire," over a name signs a legal notice, which is debris (LABELS.md)
            and _OFFICE.search(closing) is None
            and 0 < len(_WORD.findall(name)) <= SIGN_OFF_WORDS
            and not _FULL_STOP.search(name)
            and not name.endswith(",")
            and _FULL_STOP.search(before) is not None
            and len(_WORD.findall(before)) >= LAST_SENTENCE_WORDS
        ):
            out[i] = out[i + 1] = True
            office = texts[i + 2].strip() if i + 2 < len(texts) else ""
            if (
                0 < len(_WORD.findall(office)) <= SIGN_OFF_WORDS
                and not _FULL_STOP.search(office)
                and _OFFICE.search(office) is not None
            ):
                out[i + 2] = True  # and the office signed under the name
    return out
