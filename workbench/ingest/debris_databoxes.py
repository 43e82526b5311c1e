"""Data boxes: a data table's cells, a list of "label: value" rows ("Turbines: 4", "Budget:
€48m"), with the short title right above them. A box is decided as one, all content or all
debris (bench/data/pages/LABELS.md: the article's key figures, a recipe's or a job ad's facts
are content; a spec sheet, an infobox, a league table filled from a database beside the prose
are debris), and its rows are never headings (README, Ingestion).

Line by line, the model reads a box's rows as the short lines of a menu or the headings of a
page, one one way and the next the other: newcomer34's key figures came out "Hydroliennes",
"4" body, "Puissance" debris, "8,8 MW" body, and "2028" a date alone. Of the 90 tables and
"label: value" lists of the labelled HTML pages, 89 are one label from their first row to
their last (the other lays out a forum's posts: `box_decisions` leaves such a table alone);
what tells the article's from the site's is the box's place and title (`box_decisions`), and
where those say nothing, the model's reading of all its rows together (`debris.decide`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from workbench.ingest.debris_boxes import LIST_REACH, table_container
from workbench.ingest.debris_features import LineContext, words
from workbench.ingest.debris_structure import is_label_value, is_spec_title

# A list is a box of "label: value" rows when this many of its items are such rows at least…
BOX_ROWS = 2
# …and this share of them.
BOX_ROW_SHARE = 0.5
# A box's title: the line right above it, in an element around the box (`box_title`), this
# short at most.
TITLE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…;][\s»\"”’)\]]*$")
NO_BOX = -1
# A class word of a box's own elements that names what a database fills beside the prose
# (LABELS.md): a spec sheet ("spec-sheet", "product__specs", "SpecTable_root", "ficha",
# "datasheet", a shop's "shop_attributes"), a wiki's "infobox", a league table or a
# scoreboard ("standings", "clasificacion", "classement", "ranking", "marcador"). Not
# "facts", "datos", "daten" or "fiche" alone: a job ad's "job-facts", a recipe's "datos" and
# an advice page's "fiche-conseil" hold the article's own facts.
_SPEC_CLASS_WORDS = frozenset({
    "spec", "specs", "specsheet", "spectable", "specification", "specifications",
    "datasheet", "ficha", "attributes", "standings", "clasificacion", "classement", "ranking",
    "scoreboard", "marcador", "leaguetable",
})  # fmt: skip
# A wiki's infobox is a <table> ("table.infobox"); a German article's "Infobox" is its own
# box of key points (held-out 40's "div.infobox-kurz": content).
_TABLE_CLASS_WORDS = frozenset({"infobox"})
# Class words of two parts ("fiche-technique", "technische-daten", "league-table").
_SPEC_CLASS_PAIRS = frozenset({
    ("fiche", "technique"), ("technische", "daten"), ("league", "table"), ("tech", "specs"),
})  # fmt: skip
# The box's own elements: this many steps of its first row's path, from the row up (a
# table's cell, row, body and table; a list's item, list and the element around it).
SPEC_CLASS_STEPS = 4
_CLASS_PIECE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _parent(path: str) -> str:
    return path.rsplit("/", 1)[0] if "/" in path else ""


def box_rows(texts: Sequence[str], contexts: Sequence[LineContext]) -> list[int]:
    """Per line, the number of the box it is a row of (a cell of a data table, an item of a
    list of "label: value" rows, a line of a table its class names: `names_spec_box`),
    `NO_BOX` for any other line. A table's box is the run of
    its cells (consecutive cells held by one element, `debris_boxes.table_container`); a
    list's, the run of items of one list (one parent element; in plain text, a run of
    bulleted lines) `BOX_ROWS` and `BOX_ROW_SHARE` of which are "label: value" rows."""
    out = [NO_BOX] * len(texts)
    boxes = 0
    i = 0
    while i < len(texts):
        context = contexts[i]
        if context.cell:
            container = table_container(context.path) or ""
            j = i + 1
            while j < len(texts) and contexts[j].cell:
                if (table_container(contexts[j].path) or "") != container:
                    break
                j += 1
        elif context.bullet:
            parent = _parent(context.path)
            j = i + 1
            while j < len(texts) and contexts[j].bullet and not contexts[j].cell:
                if _parent(contexts[j].path) != parent:
                    break
                j += 1
            rows = sum(is_label_value(t) for t in texts[i:j])
            if rows < BOX_ROWS or rows < BOX_ROW_SHARE * (j - i):
                i = j
                continue
        elif (held := table_container(context.path)) is not None and names_spec_box(context.path):
            # A table its class names is a box though no data table's: an infobox's first
            # rows span its width (its name, its picture), which a data table's never do.
            j = i + 1
            while (
                j < len(texts)
                and not contexts[j].cell
                and table_container(contexts[j].path) == held
                and names_spec_box(contexts[j].path)
            ):
                j += 1
        else:
            i += 1
            continue
        if j - i >= 2:
            out[i:j] = [boxes] * (j - i)
            boxes += 1
        i = j
    return out


def class_words(step: str) -> list[str]:
    """The words of a path step's classes, lower-cased: "section.SpecTable_root__7Gh" gives
    ["spec", "table", "root", "gh"], "table.shop_attributes" ["shop", "attributes"]."""
    _, _, classes = step.partition(".")
    return [w.lower() for w in _CLASS_PIECE.findall(classes.replace(".", " "))]


def names_spec_box(path: str) -> bool:
    """Whether a box's own elements (the last `SPEC_CLASS_STEPS` steps of its first row's
    `markup.RawBlock.path`) carry a class that names a spec sheet, an infobox, a league
    table or a scoreboard (`_SPEC_CLASS_WORDS`; an infobox on a table only): what a
    database fills beside the prose, whatever the site's language, where the box has no
    title to say it (`debris_structure.is_spec_title`). The page's own classes further up
    ("page-node-type-fiche-technique", a product page's body) are not read."""
    for step in path.split("/")[-SPEC_CLASS_STEPS:]:
        found = class_words(step)
        if step.startswith("table.") and any(w in _TABLE_CLASS_WORDS for w in found):
            return True
        if any(w in _SPEC_CLASS_WORDS for w in found):
            return True
        if any(pair in _SPEC_CLASS_PAIRS for pair in pairwise(found)):
            return True
    return False


def box_title(texts: Sequence[str], contexts: Sequence[LineContext], start: int) -> bool:
    """Whether the line right above a box's first row (``start``) is its title: a short line
    with no sentence's end ("Key figures", "Fiche technique") whose element's parent, or its
    parent's parent, holds the box (the <div> around the <h4> and the <table>, the <details>
    around a <summary>'s heading and its panel; a table's <caption>), or in plain text right
    above it."""
    if start == 0 or contexts[start - 1].cell or contexts[start - 1].bullet:
        return False
    text, path = texts[start - 1], contexts[start - 1].path
    first = contexts[start].path
    holder = table_container(first) if contexts[start].cell else _parent(_parent(first))
    holder = holder or ""
    # Its element's parent or the parent's parent holds the box too: a <summary>'s heading
    # over a <details>' panel.
    above = _parent(_parent(path))
    placed = (
        _parent(path) == holder
        or holder.startswith(f"{above}/")
        or (
            contexts[start].cell and path.startswith(f"{holder}/table") and path.endswith("caption")
        )
    )
    size = len(words(text))
    return placed and 0 < size <= TITLE_WORDS and not _SENTENCE_END.search(text)


def data_boxes(texts: Sequence[str], contexts: Sequence[LineContext]) -> DataBoxes:
    """`box_rows`, and each box's title (`box_title`)."""
    rows = box_rows(texts, contexts)
    titles = [NO_BOX] * len(rows)
    for i, box in enumerate(rows):
        if box != NO_BOX and (i == 0 or rows[i - 1] != box) and box_title(texts, contexts, i):
            titles[i - 1] = box
    return DataBoxes(rows, titles)


@dataclass(frozen=True)
class DataBoxes:
    """A page's data boxes, numbered from 0: per line, the box it is a row of (`box_rows`),
    and the box it is the title of (`box_title`); `NO_BOX` for none."""

    rows: list[int]
    titles: list[int]

    def spans(self) -> dict[int, list[int]]:
        """Each box's rows, by number."""
        out: dict[int, list[int]] = {}
        for i, box in enumerate(self.rows):
            if box != NO_BOX:
                out.setdefault(box, []).append(i)
        return out

    def title_of(self) -> dict[int, int]:
        """Each titled box's title line, by number."""
        return {box: i for i, box in enumerate(self.titles) if box != NO_BOX}


@dataclass(frozen=True)
class BoxDecision:
    """What a box's evidence decides (`box_decisions`): debris or content, and whether its
    title (`box_title`) goes with it."""

    debris: bool
    titled: bool


def box_decisions(
    texts: Sequence[str],
    contexts: Sequence[LineContext],
    boxes: DataBoxes,
    prose: Sequence[bool],
    forced: Sequence[bool],
    closed: Sequence[bool],
    kept: Sequence[bool],
) -> dict[int, BoxDecision | None]:
    """Per box (`data_boxes`), what its evidence decides (`BoxDecision`); a box missing
    from the answer is left to the model, which reads all its rows at once (`debris.decide`);
    a box that is no data box after all (None, below) is left line by line.

    - Debris: its title names a spec sheet (`debris_structure.is_spec_title`: "Technische
      Daten", "Ficha técnica"), or its markup does (`names_spec_box`: "table.infobox",
      "div.spec-sheet", "table.shop_attributes"); or a rule that reads whole regions puts
      a row of it out of the article (``closed``: a comment thread, a closed region, a table
      of contents, a printed page's running head); or every row of it is forced, or is
      marked as site chrome by the markup (an <aside> beside the article, a "related" box).
    - Content: a rule keeps a row of it as the article's (``kept``: a table among the
      article's paragraphs, a fact box), or it stands in the article's flow: a line of the
      article's prose (``prose``, not ``forced``) within `debris_boxes.LIST_REACH` lines
      before it and after it, and no mark of site chrome on its rows (markup chrome but an
      <aside> the article holds, links, the site's repeated lines).
    A debris box's title is debris with it (a spec sheet's, LABELS.md), but for a box only
    its markup names, whose title may be the page's own; a content box's is
    the article's when the box stands in its flow, else it is decided on its own (a weather
    page's "Tendance à 10 jours" over a table the cell rules keep).
    A table one of whose cells reads as prose lays a page out (a forum's posts beside their
    authors' cards) and is no data box: None, its lines are left to themselves.
    """
    article = [p and not f for p, f in zip(prose, forced, strict=True)]
    titles = boxes.title_of()
    out: dict[int, BoxDecision | None] = {}
    for box, rows in boxes.spans().items():
        if any(prose[i] for i in rows):
            out[box] = None
            continue
        start, end = titles.get(box, rows[0]), rows[-1] + 1
        before = [i for i in range(max(0, start - LIST_REACH), start) if article[i]]
        after = [i for i in range(end, min(len(texts), end + LIST_REACH)) if article[i]]
        holders = {_parent(contexts[i].path) for i in before + after}
        chrome = [
            contexts[i].markup_chrome and not _aside_of(contexts[i].path, holders) for i in rows
        ]
        if (
            (box in titles and is_spec_title(texts[titles[box]]))
            or any(closed[i] for i in rows)
            or all(forced[i] for i in rows)
            or all(chrome)
        ):
            out[box] = BoxDecision(True, True)
            continue
        # The line above a box its markup names may be the page's title, right over the
        # infobox or a course's fact table: it is decided on its own.
        if names_spec_box(contexts[rows[0]].path):
            out[box] = BoxDecision(True, False)
            continue
        marked = any(chrome) or any(
            contexts[i].repeated or (contexts[i].links or 0.0) >= 0.5 for i in rows
        )
        flowing = bool(before and after) and not marked
        if flowing or any(kept[i] for i in rows):
            out[box] = BoxDecision(False, flowing)
    return out


def _aside_of(path: str, holders: set[str]) -> bool:
    """Whether the only chrome on ``path`` is an <aside> (no class of chrome: "sidebar",
    "related"…) inside an element that holds the article's paragraphs (``holders``): a box
    the article sets in its own flow ("<article><p>…</p><aside><h4>Les chiffres
    clés</h4><table>…"), not a sidebar beside it."""
    from workbench.ingest.markup import is_chrome_step

    for holder in holders:
        if not holder or not path.startswith(f"{holder}/"):
            continue
        if any(is_chrome_step(step) for step in holder.split("/")):
            continue
        chrome = [step for step in path[len(holder) + 1 :].split("/") if is_chrome_step(step)]
        if chrome and all(_plain_aside(step) for step in chrome):
            return True
    return False


def _plain_aside(step: str) -> bool:
    """An <aside> step of a path whose classes name no chrome ("aside.encadre-chiffres", not
    "aside.related")."""
    from workbench.ingest.markup import is_chrome_step

    tag, _, classes = step.partition(".")
    return tag == "aside" and not is_chrome_step(f"div.{classes}")
