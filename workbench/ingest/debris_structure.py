"""What a line's neighbours show about it being debris: runs of lines of one shape, and where
the line stands against the page's main run of prose.

A per-line model sees a spec sheet's "Weight: 265 g" or a line-up's "Okafor"
as a short line like a heading or an ingredient. What gives such boxes away,
on any site and in any language, is their structure: many lines of the same
shape in a row (`label: value` rows, short names, scores), away from the run
of prose that is the article; and prose that stands apart from that run (an
author's bio, an appeal for support, a teaser) is not the article either.
Pure: numbers from the lines' texts and a prose flag per line.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

# `label: value`: a label of one to four words, a colon, a value ("Weight: 265 g",
# "Arbitre : M. Raynal", "Population: 12,400"); the whole line short.
_LABEL_VALUE = re.compile(r"^\s*[^\W\d_][\w'’.()/-]*(?:\s+[\w'’.()/-]+){0,3}\s*:\s*\S")
LABEL_VALUE_WORDS = 12
# A short line: this many words at most and no sentence punctuation at its end.
SHORT_WORDS = 6
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?…][\s»\"”’)\]]*$")
# Prose lines this many lines apart or closer belong to one run of prose.
PROSE_GAP = 3

STRUCTURE_FEATURES: tuple[str, ...] = (
    "label_value_run",
    "shape_run",
    "outside_main_prose",
    "distance_to_main_prose",
    "prose_apart",
    "main_prose_share",
    "layout_repeats",
    "layout_prose_share",
    "layout_without_prose",
    "past_last_paragraph",
    "tail_short_share",
)
# The article's paragraphs: prose of this many words or more; a page needs two to say where
# its article ends.
PARAGRAPH_WORDS = 12
ARTICLE_PARAGRAPHS = 2
# A layout (blocks sharing their path of tags and classes) repeated this often makes a box.
LAYOUT_BOX = 3
# A time of day alone on its line, in any of the ways pages write one: "13:05", "11 h 42",
# "21h50", "9.00pm", "3:42 p.m.", "13.05 Uhr".
_CLOCK = re.compile(r"(?i)^\s*\d{1,2}\s?[:h.]\s?\d{2}(?:\s?(?:h|uhr|[ap]\.?\s?m\.?))?\s*$")
# A live page holds this many entries under their times at least; one time over a paragraph
# is a dateline's ("09h12" over a wire story), debris as every date and time alone is.
LIVE_ENTRIES = 2
# An entry under its time has this many words at least ("Rail update", "C'est parti !").
ENTRY_WORDS = 2


def is_clock(text: str) -> bool:
    """A time of day alone ("13:05", "11.04pm", "2:55 p.m."): a live entry's or a dateline's."""
    return bool(_CLOCK.match(text))


def shape(text: str, prose: bool) -> str:
    """The line's shape: "prose", "label-value", "number" (mostly digits: a score, a
    price, a date), "short" (a name, a menu item, a label) or "long" (anything else)."""
    if prose:
        return "prose"
    n = len(_WORD.findall(text))
    if is_label_value(text):
        return "label-value"
    chars = [c for c in text if not c.isspace()]
    if chars and sum(c.isdigit() for c in chars) >= 0.3 * len(chars):
        return "number"
    if n <= SHORT_WORDS and not _SENTENCE_END.search(text):
        return "short"
    return "long"


# A spec sheet's title (LABELS.md: "Technische Daten", "Ficha técnica", heading included), in
# the languages of the labelled pages and their neighbours.
_SPEC_TITLE = re.compile(
    r"(?i)^\s*(?:fiche technique|caract[ée]ristiques(?: techniques)?"
    r"|sp[ée]cifications?(?: techniques)?|technical (?:specifications?|data|details)"
    r"|specifications?|specs|tech specs|key specs|ficha t[ée]cnica|ficha del libro"
    r"|caracter[íi]sticas(?: t[ée]cnicas)?|especificaciones(?: t[ée]cnicas)?"
    r"|datos t[ée]cnicos|technische daten|technische details|datenblatt"
    r"|scheda tecnica|caratteristiche(?: tecniche)?|dati tecnici|specifiche(?: tecniche)?"
    r"|especifica[çc][õo]es(?: t[ée]cnicas)?|dados t[ée]cnicos|technische gegevens"
    r"|specificaties|dane techniczne|specyfikacja(?: techniczna)?|fitxa t[èe]cnica"
    r"|caracter[íi]stiques(?: t[èe]cniques)?|tekniska data|specifikationer|tekniske data)"
    r"\s*:?\s*$"
)
# A spec sheet holds this many `label: value` rows under its title at least.
SPEC_ROWS = 2


def is_label_value(text: str) -> bool:
    """A short `label: value` row ("Weight: 265 g", "Potencia combinada: 197 CV")."""
    return bool(_LABEL_VALUE.match(text)) and len(_WORD.findall(text)) <= LABEL_VALUE_WORDS


def is_spec_title(text: str) -> bool:
    """A spec sheet's title alone on its line ("Technische Daten", "Fiche technique")."""
    return bool(_SPEC_TITLE.match(text))


def spec_sheets(texts: Sequence[str]) -> list[bool]:
    """A spec sheet: its title (`_SPEC_TITLE`) and the `label: value` rows right under it,
    `SPEC_ROWS` of them at least. A database fills it beside the prose (a car review's "Ficha
    técnica", a shop's "Specifications"), and the other language's page renders its own.

    A job ad's or a recipe's fact rows are the article's (LABELS.md); they stand under no
    such title. Over every labelled page, 14 such titles with 57 rows, all debris; the
    rule catches 60 debris lines the model kept and loses none (session 34).
    """
    out = [False] * len(texts)
    for i, text in enumerate(texts):
        if not is_spec_title(text):
            continue
        end = i + 1
        while end < len(texts) and is_label_value(texts[end]):
            end += 1
        if end - i - 1 >= SPEC_ROWS:
            out[i:end] = [True] * (end - i)
    return out


def live_entry_times(texts: Sequence[str]) -> list[bool]:
    """For each line, whether it is the time over an entry of a live page or a programme.

    A time alone ("13:05") right above a line of `ENTRY_WORDS` words or more, on a page
    with `LIVE_ENTRIES` such pairs or more: the entries' headings, which a translation of
    the page carries (LABELS.md), where a time alone elsewhere is a dateline's. Structure
    only: no word of any language is read.
    """
    out = [
        bool(_CLOCK.match(text))
        and i + 1 < len(texts)
        and not _CLOCK.match(texts[i + 1])
        and len(_WORD.findall(texts[i + 1])) >= ENTRY_WORDS
        for i, text in enumerate(texts)
    ]
    return out if sum(out) >= LIVE_ENTRIES else [False] * len(texts)


# A table flattened to text: this many rows in a row at least, each of as many "|" cells.
TABLE_ROWS = 3
# What splits a text table's cells: a pipe, or a middle dot or a bullet between spaces, as a
# page saved as text writes a table's cells ("Monthly account fee · Free · £3.00"), with the
# fewest cells a row of each holds: one dot joins two things that are no table's row (a
# teaser and its age, "Noruega prohíbe los móviles en primaria · ayer"; a byline and its
# reading time).
CELL_SEPARATORS = (("|", 2), (" · ", 3), (" • ", 3))


def text_table_rows(texts: Sequence[str]) -> list[bool]:
    """For each line, whether it is a row of a table written as text: `TABLE_ROWS` lines or
    more in a row, each split by one of `CELL_SEPARATORS` into the same number of cells, two
    or more, three for a dot ("Usual day | Revised day", "Thursday 25 December | Saturday 27
    December", "Replacement debit card · Free · Free"): a page saved as text or pasted, or a
    table the site wrote as paragraphs. A date in its cell is the table's data, not a dateline (a
    dateline's "|" stands on one line: "Alcoy | 01 dic 2026 - 18:32")."""
    cells = [_cells(text) for text in texts]
    lengths = _runs(cells)
    return [bool(c) and run >= TABLE_ROWS for c, run in zip(cells, lengths, strict=True)]


def _cells(text: str) -> str:
    """A text table row's separator and number of cells ("|3"), "" for no row."""
    for separator, fewest in CELL_SEPARATORS:
        if separator in text:
            cells = text.count(separator) + 1
            return f"{separator}{cells}" if cells >= fewest else ""
    return ""


# An article's text table has prose this many lines above it and under it at most.
TABLE_REACH = 3


def article_text_tables(texts: Sequence[str], prose: Sequence[bool]) -> list[bool]:
    """The rows of the text tables (`text_table_rows`) that stand between paragraphs: prose
    within `TABLE_REACH` lines above the first row and under the last, as an article's HTML
    table shares its box with prose (`debris_boxes.article_tables`). On the labelled pages (26
    parts) the three such tables are the article's (a bin calendar's dates, a fare's bags, a
    climate bulletin's means: 14 rows); the three with no prose under them are a footer's, a
    league table's and a library's holdings (11 rows, debris)."""
    rows = text_table_rows(texts)
    out = [False] * len(texts)
    i = 0
    while i < len(texts):
        if not rows[i]:
            i += 1
            continue
        j = i
        while j < len(texts) and rows[j]:
            j += 1
        above = any(prose[max(0, i - TABLE_REACH) : i])
        under = any(prose[j : j + TABLE_REACH])
        out[i:j] = [above and under] * (j - i)
        i = j
    return out


def _runs(keys: Sequence[str]) -> list[int]:
    """For each position, the length of the run of equal keys it lies in."""
    out = [0] * len(keys)
    i = 0
    while i < len(keys):
        j = i
        while j < len(keys) and keys[j] == keys[i]:
            j += 1
        out[i:j] = [j - i] * (j - i)
        i = j
    return out


def main_prose_span(texts: Sequence[str], prose: Sequence[bool]) -> tuple[int, int] | None:
    """The first and last line of the page's main run of prose: prose lines at most
    `PROSE_GAP` lines apart form a run, and the run with the most words of prose is the
    article's. None when the page has no prose."""
    runs: list[tuple[int, int, int]] = []  # (words, first, last)
    for i, is_prose in enumerate(prose):
        if not is_prose:
            continue
        n = len(_WORD.findall(texts[i]))
        if runs and i - runs[-1][2] <= PROSE_GAP:
            count, first, _ = runs[-1]
            runs[-1] = (count + n, first, i)
        else:
            runs.append((n, i, i))
    if not runs:
        return None
    _, first, last = max(runs)
    return first, last


def structure_features(
    texts: Sequence[str], prose: Sequence[bool], paths: Sequence[str] = ()
) -> list[list[float]]:
    """One row per line, in the order of `STRUCTURE_FEATURES`:

    - label_value_run: log(1 + the length of the run of `label: value` lines it is in), 0
      for other lines;
    - shape_run: log(1 + the length of the run of lines of its `shape`), for the shapes of
      boxes and menus (label-value, number, short), 0 for prose and long lines;
    - outside_main_prose: 1 before or after the main run of prose (`main_prose_span`);
    - distance_to_main_prose: log(1 + lines between it and that run), 0 inside it;
    - prose_apart: 1 for a line of prose outside that run (a bio, an appeal, a teaser);
    - main_prose_share: the share of the page's prose words that the main run holds (a
      page with one clear article, near 1, or prose scattered in boxes, lower);
    - layout_repeats: log(1 + the other blocks of its layout), where ``paths`` (HTML: each
      block's tags and classes from the root, `markup.RawBlock.path`) give one; 0 for
      plain text: a card, a row, a player of a line-up repeats its layout;
    - layout_prose_share: the share of prose among the blocks of its layout (an article's
      paragraphs share theirs with prose, an infobox's cells with none); 0 for plain text;
    - layout_without_prose: 1 for a layout of `LAYOUT_BOX` blocks or more, none of them prose;
    - past_last_paragraph: 1 after the page's last paragraph of `PARAGRAPH_WORDS` words or
      more, where it has `ARTICLE_PARAGRAPHS` such paragraphs (what follows the article:
      replies, related titles, a footer), else 0;
    - tail_short_share: the share of short, number and label-value lines from the line to
      the page's end (a page's tail is a run of short non-sentences, an article's end is not).
    """
    paths = list(paths) or [""] * len(texts)
    layouts: dict[str, list[int]] = {}
    for i, path in enumerate(paths):
        if path:
            layouts.setdefault(path, []).append(i)
    shapes = [shape(t, p) for t, p in zip(texts, prose, strict=True)]
    lengths = _runs(shapes)
    span = main_prose_span(texts, prose)
    prose_words = [len(_WORD.findall(t)) if p else 0 for t, p in zip(texts, prose, strict=True)]
    total = sum(prose_words)
    share = sum(prose_words[span[0] : span[1] + 1]) / total if span and total else 0.0
    paragraphs = [i for i, n in enumerate(prose_words) if n >= PARAGRAPH_WORDS]
    last = paragraphs[-1] if len(paragraphs) >= ARTICLE_PARAGRAPHS else len(texts)
    tail = _tail_short_shares(shapes)
    rows = []
    for i, kind in enumerate(shapes):
        boxed = kind in ("label-value", "number", "short")
        if span is None:
            outside, distance = 1.0, float(len(texts))
        else:
            outside = float(i < span[0] or i > span[1])
            distance = float(max(span[0] - i, i - span[1], 0))
        rows.append([
            math.log1p(lengths[i]) if kind == "label-value" else 0.0,
            math.log1p(lengths[i]) if boxed else 0.0,
            outside,
            math.log1p(distance),
            float(kind == "prose" and bool(outside)),
            share,
            *_layout(layouts.get(paths[i], []), prose),
            float(i > last),
            tail[i],
        ])  # fmt: skip
    return rows


def _tail_short_shares(shapes: Sequence[str]) -> list[float]:
    """For each line, the share of the lines from it to the page's end whose shape is a box's
    or a menu's (short, number, label-value)."""
    out, short = [0.0] * len(shapes), 0
    for i in range(len(shapes) - 1, -1, -1):
        short += shapes[i] in ("label-value", "number", "short")
        out[i] = short / (len(shapes) - i)
    return out


def _layout(members: Sequence[int], prose: Sequence[bool]) -> tuple[float, float, float]:
    """`structure_features`' layout columns for a block whose layout holds ``members``."""
    if not members:
        return 0.0, 0.0, 0.0
    share = sum(prose[j] for j in members) / len(members)
    return math.log1p(len(members) - 1), share, float(len(members) >= LAYOUT_BOX and share == 0)
