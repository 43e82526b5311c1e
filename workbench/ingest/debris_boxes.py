"""The article's own boxes that look like debris line by line: its tables, lists, fact boxes
(a recipe card's "Prep: 15 mins"), and its table of contents (debris: the headings it
repeats stay where they stand).

What gives them away is where they stand: between the article's paragraphs,
with no evidence of site chrome in them (`PageReading.plain`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.ingest.debris_features import (
    LineContext,
    is_date_alone,
    is_dated_byline,
    notice_topic,
    page_topic,
    prose_lines,
    stopword_density,
    vocabulary_hits,
    words,
)
from workbench.ingest.debris_lines import NAVIGATION, STANDALONE, is_credit_alone
from workbench.ingest.debris_regions import true_runs


@dataclass(frozen=True)
class PageReading:
    """What several rules read of one page's lines, computed once (`read_page`)."""

    prose: list[bool]  # reads as prose (`debris_features.prose_lines`)
    plain: list[bool]  # no evidence of site chrome at all (`_plain`)
    topic: frozenset[str]  # the kinds of vocabulary the page is about (`page_topic`)
    notice: bool = False  # the page is itself a notice, its topic `notice_topic`'s


def read_page(texts: Sequence[str], contexts: Sequence[LineContext], lang: str) -> PageReading:
    """The page's `PageReading`: per line prose and plainness, and its topic."""
    notice = notice_topic(texts, lang)
    topic = page_topic(texts, lang) if notice is None else notice
    return PageReading(
        prose_lines(texts, lang, topic),
        [_plain(t, c) for t, c in zip(texts, contexts, strict=True)],
        topic,
        notice is not None,
    )


_TABLE_STEP = re.compile(r"/table(?:\.[^/]*)?(?=/|$)")


def table_container(path: str) -> str | None:
    """The path of the element that holds a cell's table ("…/div.entry-content" for
    "…/div.entry-content/table/tr/td"); None outside a table."""
    steps = list(_TABLE_STEP.finditer(path))
    return path[: steps[-1].start()] if steps else None


def article_tables(contexts: Sequence[LineContext], prose: Sequence[bool]) -> list[bool]:
    """Per line, whether it is a table cell whose table stands among paragraphs of prose:
    the element holding the table holds a line of prose (not a cell) directly.

    The article's tables (a council's bin prices, a report's figures) sit between its
    paragraphs; a shop's spec sheet, a match's stats or a league table sits in a box of its
    own, which holds no prose (readability's reasoning: a table is the article's when its
    siblings are). On the labelled pages this separates 7 of the 10 debris tables from all
    12 of the article's; the other 3 share their box with prose and stay kept.
    """
    prose_parents = {
        c.path.rsplit("/", 1)[0] for c, p in zip(contexts, prose, strict=True) if p and not c.cell
    }
    out = []
    for context in contexts:
        # Plain text has no markup: the whole text is one container, as a page's body is.
        container = (
            (table_container(context.path) if context.path else "") if context.cell else None
        )
        out.append(container is not None and container in prose_parents)
    return out


# An article's own list (ingredients, facts, steps) sits between its paragraphs: prose
# within this many lines before it and after it…
LIST_REACH = 3
# …and it is at most this long.
LIST_MAX_LINES = 25
_SEPARATOR_CHARS = ("|", "›", "•", "·", " / ", " » ")


_PRICE = re.compile(r"[$€£¥]\s?\d|\d\s?[$€£¥]")


def _plain(text: str, context: LineContext) -> bool:
    """A line with no evidence of site chrome at all: no vocabulary, separators, links, date,
    price; and some letters."""
    return (
        bool(words(text))
        and vocabulary_hits(text) == 0
        and not _PRICE.search(text)
        and not any(sep in text for sep in _SEPARATOR_CHARS)
        and not STANDALONE.match(text)
        and not NAVIGATION.match(text)
        and not is_date_alone(text)
        and not is_dated_byline(text)
        and not is_credit_alone(text)
        and not context.repeated
        and not context.markup_chrome
        and not context.thread
        and not (context.links or 0.0) >= 0.5
    )


def article_lists(
    texts: Sequence[str],
    contexts: Sequence[LineContext],
    lang: str,
    forced: Sequence[bool],
    boxed: Sequence[bool] = (),
    reading: PageReading | None = None,
) -> list[bool]:
    """Lines of a list inside the article: a recipe's ingredients, a fact box, a heading over them.

    A run of lines with no evidence of site chrome (`_plain`) that has prose
    of the page within `LIST_REACH` lines on both sides is the text's own:
    menus lead to the text, related links and footers follow it, and neither
    has prose on both sides. Prose the rules force to debris (a reader
    comment) is not the page's. A fact box of the article (``boxed``, from
    `fact_boxes`) counts as prose: a recipe card's ingredients follow its facts.
    ``reading`` is the page's `read_page`, if it was read already.
    """
    langs = tuple(dict.fromkeys([lang, "fr", "en", "es", "de"]))
    reading = reading or read_page(texts, contexts, lang)
    boxed = [*boxed] or [False] * len(texts)
    prose = [(p and not f) or b for p, f, b in zip(reading.prose, forced, boxed, strict=True)]
    # A boxed line is prose here, so it is never part of a plain run.
    plain = [q and not p and not f for q, p, f in zip(reading.plain, prose, forced, strict=True)]
    out = [False] * len(texts)
    for i, j in true_runs(plain):
        before = any(prose[max(0, i - LIST_REACH) : i])
        after = any(prose[j : j + LIST_REACH])
        # A list of the text says something: some of its lines have stop words. Names and
        # tags alone ("Daniel Ortiz", "Hostelería") are a byline's, a tag cloud's.
        worded = any(
            stopword_density([w for w in words(t) if w[0].islower()], langs) > 0 for t in texts[i:j]
        )
        if before and after and worded and j - i <= LIST_MAX_LINES:
            out[i:j] = [True] * (j - i)
    return out


# "Difficoltà: facile", "Prep Time: 15 mins", "Servings: 4": a label of one to three words, a
# colon, and a value that is a number or lower-case words, as a recipe's or a product's facts
# are; a byline's, a tag line's or a category's value is a name ("Autore: Rosa Zanon").
_FACT = re.compile(r"^\s*[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:\s*\S[^.!?]*$")
FACT_MAX_WORDS = 8


def _is_fact(text: str) -> bool:
    """A line of a fact box: "Cottura: 2 ore", "Cook Time: 1 hr"; not "Tags: Pasta"."""
    head, _, value = text.partition(":")
    return (
        bool(_FACT.match(text))
        and len(words(text)) <= FACT_MAX_WORDS
        and bool(value.strip())
        and not value.strip()[0].isupper()
        and vocabulary_hits(head) == 0
    )


# "Prep: 15 mins | Cook: 1 hr", "Préparation : 30 min · Cuisson : 3 h": a recipe card's facts
# on one line, between separators.
_FACT_SEPARATOR = re.compile(r"\s[|·•]\s")


def fact_items(text: str) -> int:
    """How many facts (`_is_fact`) a line holds: 1 for "Serves: 4", 3 for "Prep: 15 mins |
    Cook: 1 hr | Serves: 4"; 0 when an item with a colon is no fact ("Autor: Tomasz
    Wieczorek | 28.11.2026", "SKU: OC-5 · Categoría: Aceites"), or for one fact alone
    between separators."""
    items = _FACT_SEPARATOR.split(text)
    if len(items) == 1:
        return int(_is_fact(text))
    facts = sum(_is_fact(item) for item in items)
    labelled = sum(":" in item for item in items)
    return facts if facts >= 2 and facts == labelled else 0


def _plain_but_separators(text: str, context: LineContext) -> bool:
    """`_plain` but for the separators between a fact line's items."""
    return _plain(_FACT_SEPARATOR.sub(" ", text), context)


def fact_boxes(
    texts: Sequence[str],
    contexts: Sequence[LineContext],
    lang: str,
    forced: Sequence[bool],
    reading: PageReading | None = None,
) -> list[bool]:
    """Lines of a fact box of the article: two or more "label: value" facts (`_is_fact`), on
    lines of their own or between separators on one (`fact_items`), with no other evidence
    of chrome (`_plain`), with the article's prose right after them, or after a run of plain
    lines (a recipe card's ingredients).

    A recipe's or a review's facts may open the article, with no prose above
    them, which `article_lists` needs; their shape stands in for it. ``reading`` is the
    page's `read_page`, if it was read already.
    """
    reading = reading or read_page(texts, contexts, lang)
    prose = [p and not f for p, f in zip(reading.prose, forced, strict=True)]
    plain = [q and not f for q, f in zip(reading.plain, forced, strict=True)]
    items = [
        fact_items(t) if q or (_plain_but_separators(t, c) and not f) else 0
        for t, c, q, f in zip(texts, contexts, plain, forced, strict=True)
    ]
    facts = [n > 0 for n in items]
    out = [False] * len(texts)
    for i, j in true_runs(facts):
        # A recipe card's facts come before its ingredients, and the steps after them.
        k = j
        while k < len(texts) and k - j < LIST_MAX_LINES and plain[k] and not prose[k]:
            k += 1
        if sum(items[i:j]) >= 2 and j - i <= LIST_MAX_LINES and any(prose[k : k + LIST_REACH]):
            out[i:j] = [True] * (j - i)
    return out


# "2. La thérapie cognitive", "III) Results", "b. Method": an entry's numbering.
_NUMBERING = re.compile(
    r"^\s*(?:(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,5}|[a-z])\s*[.)]\s+"
    # a wiki's "1 Histoire", "2.1 Origen": a section's number and a space, then its title
    r"|\d{1,2}(?:\.\d{1,2})*\s+(?=[^\W\d_]))",
    re.IGNORECASE,
)
# What a wiki sets after a section's heading: "Histoire[modifier]", "Origen [editar]".
_EDIT_LINK = re.compile(r"\s*\[[^\]]{1,40}\]\s*$")


def toc_entries(texts: Sequence[str], headings: Sequence[bool]) -> list[bool]:
    """Entries of the page's table of contents: a line that, its numbering set aside, is the
    text of one of the page's ``headings`` further on (a heading over prose); or, numbered,
    the text of any short line further on (a wiki's "3 Notes et références" over its list of
    notes, not prose), a wiki's edit link after the heading set aside.

    A menu names the site's sections, not the headings of the article.
    """

    def key(text: str) -> str:
        return " ".join(words(_NUMBERING.sub("", _EDIT_LINK.sub("", text)))).casefold()

    keys = [key(text) for text in texts]
    sizes = [len(words(text)) for text in texts]
    later: dict[str, int] = {}
    short: dict[str, int] = {}
    for j, (k, size) in enumerate(zip(keys, sizes, strict=True)):
        if 0 < size <= HEADING_WORDS:
            short[k] = j
            if headings[j]:
                later[k] = j
    # The last entry, right above the article's first paragraph, reads as a heading over prose
    # itself: what names a heading further on is an entry all the same.
    return [
        sizes[i] <= HEADING_WORDS
        and (
            later.get(keys[i], -1) > i
            or (_NUMBERING.match(text) is not None and short.get(keys[i], -1) > i)
        )
        for i, text in enumerate(texts)
    ]


HEADING_WORDS = 16
# A table of contents lists at least this many of the article's headings, one a line.
TOC_MIN_ENTRIES = 2
# Its own heading ("Sommaire", "En este artículo", "Table of contents") is this short.
TOC_HEADING_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?…;][\s»\"”’)\]]*$")


def table_of_contents(texts: Sequence[str], entries: Sequence[bool]) -> list[bool]:
    """The page's table of contents, debris (bench/data/pages/LABELS.md): runs of at least
    `TOC_MIN_ENTRIES` consecutive ``entries`` (`toc_entries`), and the short line with no
    final punctuation right above such a run, its heading.

    The headings it repeats are kept where they stand, over their prose; the page
    in the other language has its own table, and its entries aligned with these
    would pair every heading twice.
    """
    out = [False] * len(texts)
    i = 0
    while i < len(texts):
        end = i
        while end < len(texts) and entries[end]:
            end += 1
        if end - i >= TOC_MIN_ENTRIES:
            out[i:end] = [True] * (end - i)
            above = texts[i - 1] if i > 0 else ""
            if 1 <= len(words(above)) <= TOC_HEADING_WORDS and not _SENTENCE_END.search(above):
                out[i - 1] = True
        i = max(end, i + 1)
    return out
