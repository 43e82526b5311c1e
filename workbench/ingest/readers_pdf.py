"""PDF files with a text layer as blocks: pdfminer.six's layout analysis, furniture found.

pdfminer.six (MIT) groups characters into lines and lines into text boxes
and orders the boxes (its ``boxes_flow`` reading order); a justified line's
widened word spaces stay inside it (:mod:`workbench.ingest.readers_pdf_layout`).
Here:

- each text box is a paragraph: its lines joined with a space, ligature
  forms ("ﬂ", U+FB02) as their letters, and a word hyphenated at a line end
  ("tra-" + "duction") joined again when the next line goes on in lower
  case, unless the document itself writes the word with that hyphen more
  often than without ("franco-" + "allemand" stays "franco-allemand" when
  that form is found elsewhere in it) or, with no evidence, the word is a
  compound already ("cessez-le-" + "feu"); a paragraph cut by a page break
  is joined to its end on the next page the same way, one that ends a column
  with no sentence stop to the top of the next column, and a one-line box
  whose line runs to the column's right edge to the box just below it in the
  same type (lines set wider apart than pdfminer's ``line_margin``, as
  Word's "1.5 lines" are, come out one box a line);
- page furniture, kind ``boilerplate``: a box at the top or bottom of a page
  that is a page number ("12", "Page 3 of 9", "- iv -"), or whose text,
  digits aside, recurs at the top or bottom of at least half the pages
  (running headers and footers: "Rapport annuel 2025 — page 4"), or sits in
  the margin itself on three pages or more (a chapter's running head);
- a short box set in a type clearly larger than the body's, or in bold at
  the body's size or above with no stop at its end, is a heading;
- a list's item is a block of its own, and a footnote is kept after the body as
  kind ``footnote``, its reference left out of the sentence
  (:mod:`workbench.ingest.readers_pdf_items`).

A PDF with no text at all (a scan) and one that needs a password are refused
with what to do; scanned pages among text pages are named in one warning
line (:func:`read_pdf_pages`). ``RawBlock.line`` is the block's page number.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from workbench.ingest.markup import RawBlock
from workbench.ingest.readers_pdf_text import document_words
from workbench.ingest.readers_pdf_text import join_lines as join_lines
from workbench.ingest.sniff import damaged
from workbench.model import InputError, Kind, ParseError, table_cell
from workbench.wording import plural, spans

MARGIN = 0.12  # the top and bottom fraction of a page where running heads and folios sit
REPEAT_SHARE = 0.5  # a marginal line on at least this share of pages is furniture
CHAPTER_PAGES = 3  # a line in the margin itself on this many pages is a chapter's running head
SENTENCE_WORDS = 8  # a box this long, ending on a stop, reads as a sentence
HEADING_SCALE = 1.15  # a box this much larger than the body type is a heading
HEADING_MAX_WORDS = 20
FULL_LINE = 0.85  # a line reaching this share of its column's width was broken by the typesetter
LINE_GAP = 1.5  # at most this many line heights of space between a line and the next

_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:(?:page|p\.|pág\.?|página|seite|pagina)\s*)?(?:\d+|[ivxlcdm]+)"
    r"(?:\s*(?:/|of|de|sur|von|di)\s*\d+)?[-–—\s]*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
_TERMINAL = re.compile(r"[.!?…:;»\"”)\]]$")
_SENTENCE_END = re.compile(r"[.,:;]$")

# The Latin ligatures of Unicode's presentation forms, as letters: a PDF's text layer
# writes the glyph a font drew ("ﬂooded"), which no translation memory, search or
# spelling check matches with "flooded". Only these: NFKC would also rewrite "½",
# "²" or a non-breaking space, which translators keep.
LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)


@dataclass(frozen=True)
class _Box:
    page: int  # 1-based
    text: str  # its lines joined
    lines: tuple[str, ...]
    marginal: bool  # in the top or bottom margin, or the first or last box of its page
    edge: bool  # in the top or bottom margin itself
    size: float  # mean font size of its characters, in points
    bold: bool = False  # every character in a bold face
    x0: float = 0.0  # left edge, in points
    x1: float = 0.0  # right edge
    last_x1: float = 0.0  # right edge of its last line
    top: float = 0.0  # y of its top edge (points from the page's bottom)
    bottom: float = 0.0  # y of its bottom edge
    cell: bool = False  # a table's cell: never furniture, a heading or joined to a box
    row: str = ""  # a cell's row: its page, its table on the page and its row in the table
    note: bool = False  # a footnote (`readers_pdf_items`): kept after the body
    bullet: bool = False  # a list's item (`readers_pdf_items`): a paragraph of its own
    foot: bool = False  # one line under the text in the bottom margin (`readers_pdf_breaks`)
    hang: float = -math.inf  # an item's: a box that goes on with it starts right of this


def read_pdf(data: bytes, path: Path) -> list[RawBlock]:
    """The blocks of a PDF's text layer in reading order, furniture marked ``boilerplate``."""
    return read_pdf_pages(data, path)[0]


def read_pdf_pages(data: bytes, path: Path) -> tuple[list[RawBlock], tuple[str, ...]]:
    """:func:`read_pdf`, and warnings: one line naming the pages drawn without a text
    layer (scanned pages among text pages), whose text is missing from the blocks."""
    boxes, pages, scanned = _boxes(data, path)
    words = document_words(line for box in boxes for line in box.lines)
    boxes = [replace(box, text=join_lines(list(box.lines), words)) for box in boxes]
    if not any(box.text for box in boxes):
        raise InputError(
            f"{path}: has no text layer (a scan?); run OCR on it first (e.g. `ocrmypdf "
            f"{path.name} ocr.pdf`) and ingest the result"
        )
    warnings: tuple[str, ...] = ()
    if scanned:
        warnings = (
            f"{path.name}: {_pages(scanned)} of {pages} "
            f"{'has' if len(scanned) == 1 else 'have'} no text layer (scanned?) and "
            f"{'its' if len(scanned) == 1 else 'their'} text is missing; run OCR on "
            f"{'it' if len(scanned) == 1 else 'them'} "
            f"(e.g. `ocrmypdf --skip-text {path.name} ocr.pdf`) and ingest the result",
        )
    return _blocks(boxes, pages, words), warnings


def _pages(numbers: list[int]) -> str:
    """``[2, 5, 6, 7]`` → ``"pages 2, 5-7"``."""
    return f"{plural(len(numbers), 'page')} {spans(numbers)}"


def _blocks(boxes: list[_Box], pages: int, words: Mapping[str, int]) -> list[RawBlock]:
    cells = {i for i, box in enumerate(boxes) if box.cell or box.note}
    furniture = _furniture(boxes, pages) - cells
    body_size = _body_size(boxes, furniture | cells)
    headings = {
        i for i, box in enumerate(boxes) if i not in furniture | cells and _heading(box, body_size)
    }
    columns = _columns(boxes, furniture | headings | cells)
    blocks: list[RawBlock] = []
    notes = [RawBlock(box.text, box.page, hint=Kind.FOOTNOTE) for box in boxes if box.note]
    last_body: int | None = None  # index in blocks of the last body paragraph
    last_page = 0  # the page its last box is on (a joined paragraph's block keeps its first)
    last_box = -1  # the index in boxes of its last box
    hang = -math.inf  # the last body paragraph's, when a list's item
    for i, box in enumerate(boxes):
        if box.note:  # after the body, as Word's reader has them; a paragraph goes on past it
            continue
        if i in furniture or i in cells:
            hint, meta = (None, table_cell(box.row)) if i in cells else (Kind.BOILERPLATE, ())
            blocks.append(RawBlock(box.text, box.page, hint=hint, meta=meta))
            last_body = None if i in cells else last_body
            continue
        heading = i in headings
        # the box before it in reading order, a running head or foot aside (a two-column
        # page's foot comes between its columns: newcomer41)
        before = last_box if last_body is not None and _furniture_since(blocks, last_body) else -1
        below = (
            before >= 0
            and before in columns
            and i in columns
            and _goes_on(boxes[before], box, columns[before], columns[i])
        )
        joins = not heading and not box.bullet and box.x0 >= hang  # not the text after a list
        if (
            last_body is not None
            and joins
            and (below or _continues(blocks[last_body], last_page, box))
        ):
            previous = blocks[last_body]
            joined = join_lines([previous.text, box.text], words)
            blocks[last_body] = replace(previous, text=joined)  # an item's stays an item
            last_page, last_box = box.page, i
            continue
        hint = Kind.HEADING if heading else None
        blocks.append(RawBlock(box.text, box.page, hint=hint, bullet=box.bullet))
        hang = box.hang
        last_body = None if heading else len(blocks) - 1
        last_page, last_box = box.page, i
    return blocks + notes


def _heading(box: _Box, body_size: float) -> bool:
    """A short box set clearly larger than the body, or in bold at the body's size or
    above with no stop at its end (a subheading: Chromium sets an h2 in 12 pt bold
    against 11.5 pt, Word a "Heading 3" in the body's size)."""
    if body_size <= 0 or len(box.text.split()) > HEADING_MAX_WORDS:
        return False
    if box.size >= body_size * HEADING_SCALE:
        return True
    return box.bold and box.size >= body_size - 0.05 and not _SENTENCE_END.search(box.text)


def _furniture_since(blocks: Sequence[RawBlock], last_body: int) -> bool:
    """Whether every block after ``last_body`` is a running head or foot (or none is)."""
    return all(b.hint is Kind.BOILERPLATE for b in blocks[last_body + 1 :])


def _continues(previous: RawBlock, page: int, box: _Box) -> bool:
    """A paragraph cut by a page break: no final stop before it, lower case after it.
    ``page``: the page ``previous`` ends on, which is not the one its block starts on when
    it went on over a column or a page already (newcomer41: a paragraph of a two-column
    report cut at page 2's foot stayed two segments, its block dated from page 1)."""
    return box.page == page + 1 and not _TERMINAL.search(previous.text) and box.text[:1].islower()


@dataclass(frozen=True)
class _Column:
    """The text column a box is set in, on its page (points)."""

    left: float
    right: float
    top: float  # the top of its highest box
    bottom: float  # the bottom of its lowest box


def _goes_on(above: _Box, box: _Box, column: _Column, next_column: _Column) -> bool:
    """Whether ``box`` goes on with the paragraph of ``above`` (the box before it in
    reading order), on the same page and in the same type: the next line below it when
    ``above``'s last line runs to its column's right edge (wide leading: the typesetter
    broke it; a heading or a paragraph's last line stops short), or the first line of
    the next column when ``above`` ends its column with no sentence stop (a ragged line
    before a column break may stop short)."""
    if box.page != above.page or abs(box.size - above.size) > 0.5:
        return False
    full = above.last_x1 - column.left >= FULL_LINE * (column.right - column.left)
    return (full and _below(above, box)) or (
        not _TERMINAL.search(above.text)
        and box.x0 >= above.x1 - box.size
        and above.bottom - column.bottom <= box.size
        and next_column.top - box.top <= box.size
    )


def _below(above: _Box, box: _Box) -> bool:
    """``box`` at ``above``'s left edge (give or take an indent), at most ``LINE_GAP``
    line heights below it, and ``above`` one line: with wide leading pdfminer puts each
    line in a box of its own; a box of several lines, set solid, ends its paragraph
    where pdfminer found more space below it than between its lines."""
    return (
        len(above.lines) == 1
        and abs(box.x0 - above.x0) <= 3 * box.size
        and 0 <= above.bottom - box.top <= LINE_GAP * box.size
    )


def _columns(boxes: list[_Box], skip: set[int]) -> dict[int, _Column]:
    """The column of each box not in ``skip`` (furniture and headings): the extent of
    the boxes of its page that start at its left edge (give or take an indent) and stop
    before the next column, the first paragraph of several lines to its right (a body
    paragraph across all the columns above them is in a column of its own)."""
    pages: defaultdict[int, list[_Box]] = defaultdict(list)
    for i, b in enumerate(boxes):
        if i not in skip:
            pages[b.page].append(b)
    columns: dict[int, _Column] = {}
    for i, b in enumerate(boxes):
        if i in skip:
            continue
        page = pages[b.page]
        beyond = [c.x0 for c in page if c.x0 >= b.x1 - b.size and len(c.lines) > 1]
        edge = min(beyond, default=math.inf) + b.size
        peers = [
            c for c in page if abs(c.x0 - b.x0) <= 3 * b.size and (c.x1 <= edge) == (b.x1 <= edge)
        ]
        columns[i] = _Column(
            min(c.x0 for c in peers),
            max(c.x1 for c in peers),
            max(c.top for c in peers),
            min(c.bottom for c in peers),
        )
    return columns


def _boxes(data: bytes, path: Path) -> tuple[list[_Box], int, list[int]]:
    """The text boxes of every page, the number of pages, and the pages drawn with no
    text at all (an image or shapes only: a scanned page; a blank page is not one)."""
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    from workbench.ingest.readers_pdf_layout import extract_pages
    from workbench.ingest.readers_pdf_tables import Tables

    boxes: list[_Box] = []
    pages = 0
    scanned: list[int] = []
    tables = Tables(data)
    try:
        for pages, page in enumerate(extract_pages(data, LAParams()), 1):
            drawn = list(page)
            found = [el for el in drawn if isinstance(el, LTTextContainer)]
            found = [el for el in found if el.get_text().strip()]
            if not found and drawn:
                scanned.append(pages)
            boxes += _page_boxes(pages, page, found, tables.on(pages, page, found))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise ParseError(
            f"{path}: is password-protected; remove the password (e.g. `qpdf --decrypt "
            f"--password=… {path.name} open.pdf`) and ingest the result",
            exc,
        ) from None
    except Exception as exc:  # pdfminer raises PDFSyntaxError, PSEOF, KeyError, TypeError…
        raise ParseError(
            damaged(path, "PDF", "open it and print or export it again as PDF"), exc
        ) from None
    finally:
        tables.close()
    return boxes, pages, scanned


def _page_boxes(number: int, page: Any, found: list[Any], tables: list[Any]) -> list[_Box]:
    """The boxes of page ``number``: pdfminer's text boxes (``found``, in its reading
    order) cut into runs of one type and at the lines that start a list item or a
    footnote (:mod:`workbench.ingest.readers_pdf_items`), and the cells of its
    ``tables`` (:mod:`workbench.ingest.readers_pdf_tables`) where the table's first
    line was."""
    from pdfminer.layout import LTCurve, LTFigure, LTImage, LTTextLine

    from workbench.ingest.readers_pdf_breaks import measure, set_apart, writers_breaks
    from workbench.ingest.readers_pdf_columns import in_columns
    from workbench.ingest.readers_pdf_floats import Line, Piece, floated, placed
    from workbench.ingest.readers_pdf_items import cut, page_marks
    from workbench.ingest.readers_pdf_layout import runs_of_one_type
    from workbench.ingest.readers_pdf_tables import Table, in_reading_order

    top = max((el.y1 for el in found), default=0.0)
    bottom = min((el.y0 for el in found), default=0.0)
    page_lines = [[ln for ln in box if isinstance(ln, LTTextLine)] for box in found]
    marks = page_marks(page_lines, (el for el in page if isinstance(el, LTCurve)))
    every_line = [ln for box in page_lines for ln in box]
    pictures = [el for el in page if isinstance(el, LTFigure | LTImage | LTCurve)]
    boxes: list[_Box] = []
    shapes: list[list[Line]] = []  # each box's lines, for the floats (a cell's: none)
    ended: list[frozenset[int]] = []  # each box's lines its writer ended
    for part in in_reading_order(found, tables):
        if isinstance(part, Table):
            cells = _cells(number, tables.index(part), part)
            boxes += cells
            shapes += [[] for _ in cells]
            ended += [frozenset() for _ in cells]
            continue
        # what a line of this box may run to, and what else stands on the page beside it
        right = measure(part, every_line)
        drawn = [el for el in found if part[0] not in el] + pictures
        for run, start in (piece for r in runs_of_one_type(part) for piece in cut(r, marks)):
            if not any(marks.text(ln).strip() for ln in run):
                continue  # a note's number alone, left out (`readers_pdf_items._notes`)
            boxes.append(_box(number, run, start, marks, (page.height, top, bottom)))
            shapes.append([] if start == "note" else [
                Line(ln.y0, ln.y1, ln.x0, ln.x1, marks.text(ln).translate(LIGATURES).strip())
                for ln in run
            ])  # fmt: skip
            ended.append(writers_breaks(run, right, drawn, marks.text))
    ordered = in_columns(boxes, page.width)
    if ordered != boxes:  # set in columns: no float is looked for
        at = {id(b): i for i, b in enumerate(boxes)}
        pieces = [Piece(at[id(b)], 0, len(shapes[at[id(b)]])) for b in ordered]
    else:
        pieces = floated(shapes)
    out = [b for p in pieces for b in placed(boxes[p.box], shapes, p, ended[p.box])]
    lows = [b.bottom for b in out]
    return [
        replace(b, foot=True)
        if b.top <= page.height * MARGIN
        and set_apart(b.top, b.bottom, len(b.lines), lows[:i] + lows[i + 1 :])
        else b
        for i, b in enumerate(out)
    ]


def _box(
    number: int, run: list[Any], start: str, marks: Any, page: tuple[float, float, float]
) -> _Box:
    """The box of ``run`` (pdfminer text lines) on page ``number``: ``start`` says whether
    it starts a footnote or a list item (`readers_pdf_items.cut`); ``page`` is the page's
    height and the top and bottom of its text, in points."""
    from workbench.ingest.readers_pdf_layout import bold, mean_size

    height, top, bottom = page
    x0, x1 = min(ln.x0 for ln in run), max(ln.x1 for ln in run)
    y0, y1 = min(ln.y0 for ln in run), max(ln.y1 for ln in run)
    edge = y0 >= height * (1 - MARGIN) or y1 <= height * MARGIN
    marginal = edge or y1 == top or y0 == bottom
    text = "".join(marks.text(ln) for ln in run).translate(LIGATURES)
    lines = tuple(text.splitlines())
    size, heavy, last = mean_size(run), bold(run), run[-1].x1
    return _Box(
        number, join_lines(list(lines)), lines, marginal, edge, size, heavy,
        x0, x1, last, y1, y0, note=start == "note", bullet=start == "item",
        hang=marks.hang(run[0]) if start == "item" else -math.inf,
    )  # fmt: skip


def _cells(number: int, t: int, table: Any) -> list[_Box]:
    """The boxes of the cells of ``table``, the ``t``-th table of page ``number``, each
    framed by the table (where the column reading places it)."""
    return [
        _Box(number, join_lines(list(lines)), lines, False, False, 0.0, x0=table.x0,
             x1=table.x1, top=table.y1, bottom=table.y0, cell=True, row=f"{number}.{t}.{row}")
        for lines, row in zip(
            (tuple(ln.translate(LIGATURES) for ln in c) for c in table.cells),
            table.rows, strict=True,
        )
    ]  # fmt: skip


def _key(text: str, sentence: bool = False) -> str:
    """A marginal line with its numbers taken out: the same on every page for a running head.
    A ``sentence`` (`_sentence`) keeps its numbers: only the same sentence on every page is
    a running line, not a log's or a statute's sentences that differ in their numbers."""
    spaced = _SPACE.sub(" ", text).strip().lower()
    return spaced if sentence else _DIGITS.sub("#", spaced)


def _sentence(box: _Box) -> bool:
    """A box that reads as a body sentence: ``SENTENCE_WORDS`` words or more, ending on a
    stop. A page's first or last box is marginal (Chromium's narrow margins put them in the
    top and bottom tenth too), and "numbers aside" six sentences of newcomer41's harbour log
    ("Section 17. The harbour master reports that the pilotage service handled 117 ship
    movements in month 17, …") recurred on half the pages: furniture, lost to the alignment.
    A running line that long is the same on every page ("This document is confidential…")."""
    return len(box.text.split()) >= SENTENCE_WORDS and bool(_TERMINAL.search(box.text))


def _furniture(boxes: list[_Box], pages: int) -> set[int]:
    """Indices of the boxes that are page numbers or running heads and feet."""
    keys = {i: _key(b.text, _sentence(b)) for i, b in enumerate(boxes) if b.marginal}
    marginal_pages = Counter(key for key, _page in {(keys[i], boxes[i].page) for i in keys})
    needed = max(2, math.ceil(pages * REPEAT_SHARE))  # pages each key is found on, above

    def furniture(b: _Box, found_on: int) -> bool:
        return bool(
            _PAGE_NUMBER.match(b.text)
            or (pages >= 2 and found_on >= needed)
            or (b.edge and found_on >= CHAPTER_PAGES)
            or (pages == 1 and b.foot)
        )

    return {i for i, key in keys.items() if furniture(boxes[i], marginal_pages[key])}


def _body_size(boxes: list[_Box], skip: set[int]) -> float:
    """The type size most of the text is set in (weighted by characters), boxes in
    ``skip`` (furniture, table cells) aside."""
    weight: Counter[float] = Counter()
    for i, b in enumerate(boxes):
        if i not in skip and b.size:
            weight[round(b.size, 1)] += len(b.text)
    return weight.most_common(1)[0][0] if weight else 0.0
