"""The lines of a PDF page that start a list item or a footnote, and its note references.

A PDF keeps no list and no footnote, only where glyphs are drawn; pdfminer groups a
bulleted list's lines into one text box, read as one paragraph ("Train twelve new
volunteers… Open a second drop-in desk… Publish glossaries…"), and a footnote's
reference as a digit glued to the sentence ("from 11 days to 6 days.1"). Here, per page:

- a line starts a list item when it opens with a bullet glyph (•, ▪, ◦…; Symbol and
  Wingdings bullets, as Word and LibreOffice print them, are private-use characters)
  or a small square shape is drawn just left of it (Chromium draws a list's discs), or
  when two lines or more at one left edge open with numbers or letters in sequence
  ("1.", "2.", "3." or "a)", "b)"): one number alone is as likely a wrapped line
  ("… on 12 June" broken before "12."). A run of numbered items starts a box, or follows
  a line that ends a sentence or a clause, or one its number would have fitted on: a
  paragraph wrapped before "4." and again before "5." ("… trois semaines. Article" /
  "4. Un document … Article" / "5. Il est interdit …") has no list, its lines end
  mid-sentence at the column's edge;
- a footnote reference is a number (or *, †, ‡) set smaller than its line and raised
  above its baseline, and a footnote is a line below it on the same page that opens
  with that number: raised as well (Word's print) or in the note's type (Chromium's
  and LibreOffice's). Only a raised number that a footnote below answers is taken for
  a reference, the first after the reference before it: an exponent ("m²", "10⁶")
  stays in its sentence.

The bullet glyph, the list's number, the references and the note's own number are
left out of the text, as Word's and HTML's readers have no text for them (a list's
numbering and a note's markers are markup there): "1. Fill in the form" against Word's
"Remplir le formulaire" was a number missing in the translation to QA.

Imported only by :mod:`workbench.ingest.readers_pdf` (pdfminer is deferred for
start-up time).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pdfminer.layout import LTChar, LTCurve, LTTextLine

SMALLER = 0.9  # a reference is set in less than this share of its line's type size
RAISED = 0.25  # and its bottom is raised by this share of it at least
SHAPE = 0.6  # a bullet shape is at most this share of the type size wide and high
SHAPE_REACH = 3.0  # and ends at most this many type sizes left of its line
_MARK = re.compile(r"[0-9]{1,3}|[*†‡]{1,3}")
_MARK_CHARS = frozenset("0123456789*†‡")
_BULLETS = frozenset("•◦▪▫‣⁃●○■□►▸▹➢➤✓✔∙")
_NUMBERED = re.compile(r"\(?(\d{1,2}|[a-z]|[ivx]{1,4})[.)][ \t\u00a0]+(?=\S)")
# A line ends as a sentence or a clause does (closing quotes and brackets aside).
CLAUSE_END = re.compile(r"[.!?…:;][\s»\"”’)\]]*$")
SPACE = 0.25  # a word space is about this share of the type size


@dataclass(frozen=True)
class Marks:
    """What a page's lines are beyond their text (by the ``id`` of pdfminer's objects)."""

    dropped: frozenset[int]  # characters left out: references, notes' numbers, bullets
    notes: frozenset[int]  # lines that start a footnote
    items: frozenset[int]  # lines that start a list item

    def text(self, line: Any) -> str:
        """``line``'s text without its dropped characters."""
        return "".join(ch.get_text() for ch in line if id(ch) not in self.dropped)

    def hang(self, line: Any) -> float:
        """Where an item's lines start, ``line`` its first: its text's left edge (after its
        bullet or number), less a little."""
        ink = [ch for ch in _chars(line) if id(ch) not in self.dropped and ch.get_text().strip()]
        return float(ink[0].x0 - SMALLER * ink[0].size if ink else line.x0)

    def starts(self, line: Any) -> str:
        """ "note", "item" or "" for a line that starts neither."""
        return "note" if id(line) in self.notes else "item" if id(line) in self.items else ""


def page_marks(boxes: Sequence[Sequence[Any]], shapes: Iterable[Any]) -> Marks:
    """The marks of a page's text lines, in pdfminer's text ``boxes`` (in reading order),
    and the shapes it draws (for Chromium's bullets)."""
    dropped: set[int] = set()
    lines = [line for box in boxes for line in box]
    notes = _notes(lines, {id(box[0]) for box in boxes if box}, dropped)
    firsts = {id(box[0]) for box in boxes if box}
    items = _bulleted(lines, list(shapes), dropped) | _numbered(lines, firsts, dropped)
    return Marks(frozenset(dropped), frozenset(notes), frozenset(items - notes))


def _chars(line: Any) -> list[Any]:
    return [ch for ch in line if isinstance(ch, LTChar)]


def _base(chars: list[Any]) -> tuple[float, float]:
    """The size most of ``chars`` are set in, and the lowest bottom of those."""
    size = Counter(round(ch.size, 1) for ch in chars).most_common(1)[0][0]
    return size, min(ch.y0 for ch in chars if round(ch.size, 1) == size)


def _raised(ch: Any, size: float, bottom: float) -> bool:
    return bool(ch.size < SMALLER * size and ch.y0 >= bottom + RAISED * size)


def _superscripts(line: Any) -> list[tuple[int, list[Any], str]]:
    """The runs of raised, smaller marks of ``line``: (index of the run's first
    character in the line, its characters, its text)."""
    chars = _chars(line)
    if not chars:
        return []
    size, bottom = _base(chars)
    runs: list[tuple[int, list[Any]]] = []
    for k, ch in enumerate(chars):
        if not (_raised(ch, size, bottom) and ch.get_text() in _MARK_CHARS):
            continue
        if runs and runs[-1][0] + len(runs[-1][1]) == k:
            runs[-1][1].append(ch)
        else:
            runs.append((k, [ch]))
    found = [(k, run, "".join(c.get_text() for c in run)) for k, run in runs]
    return [(k, run, text) for k, run, text in found if _MARK.fullmatch(text)]


def _opening_mark(line: Any) -> tuple[list[Any], str] | None:
    """The mark that opens ``line`` (raised, or digits and a space), with the characters
    to leave out (the mark and the space after it)."""
    chars = _chars(line)
    raised = _superscripts(line)
    if raised and raised[0][0] == 0:
        return raised[0][1], raised[0][2]
    text = "".join(ch.get_text() for ch in chars)
    found = re.match(r"([0-9]{1,3}|[*†‡]{1,3})\s", text)
    if found is not None:
        return chars[: found.end()], found.group(1)
    # a tab after the number is no character, only a gap (LibreOffice's notes: "2" then
    # "Administration …" a tab's width to its right)
    found = re.match(r"[0-9]{1,3}|[*†‡]{1,3}", text)
    if found is None or found.end() >= len(chars):
        return None
    mark, then = chars[found.end() - 1], chars[found.end()]
    return (chars[: found.end()], found.group()) if then.x0 - mark.x1 >= SPACE * mark.size else None


def _mark_alone(line: Any, after: Any | None) -> tuple[list[Any], str] | None:
    """The mark that is the whole of ``line``, when ``after``, the line that follows it,
    stands on its baseline to its right: LibreOffice sets a note's number, then a tab to
    its text, and pdfminer makes the number a line of its own (newcomer37: "1" / "Figures
    audited by …", the note kept as body and its reference "Faso.1" in the sentence); a
    .docx's number, superscript, even comes in a text box of its own."""
    chars = _chars(line)
    text = "".join(ch.get_text() for ch in chars)
    if after is None or not chars or not _MARK.fullmatch(text):
        return None
    size = max(ch.size for ch in chars)
    # on the text's baseline, or raised within its height (a .docx's notes: Word's
    # "Footnote Reference" style sets the number superscript)
    beside = after.y0 - RAISED * size < line.y0 < after.y1 and after.x0 > line.x1
    return (chars, text) if beside else None


def _notes(lines: Sequence[Any], firsts: set[int], dropped: set[int]) -> set[int]:
    """The lines that start a footnote; the references they answer, and their own
    marks, are added to ``dropped``. A note starts a text box (``firsts``: the ids of
    their first lines), or follows a note in its box: a paragraph's line that opens
    with a number ("… fell by\n2 points") goes on with it. A page's references come in
    the order of its notes: each note answers the first raised run of its number after
    the last reference, above it (a raised "2" after the reference 2 is an exponent:
    "40 m2")."""
    references = [
        (line, run, mark)
        for line in lines
        for k, run, mark in _superscripts(line)
        if k > 0  # a mark that opens its line is a note's own
    ]
    notes: set[int] = set()
    last, in_note, carried = -1, False, 0
    for line, after in itertools.zip_longest(lines, lines[1:]):
        in_note = in_note and (id(line) not in firsts or id(line) == carried)
        opening = _opening_mark(line)
        alone = None if opening else _mark_alone(line, after)
        opening = opening or alone
        if opening is None or not (in_note or id(line) in firsts):
            continue
        answered = next(
            (
                n
                for n, (above, _run, mark) in enumerate(references)
                if n > last and mark == opening[1] and above.y0 > line.y1
            ),
            None,
        )
        if answered is not None:
            last, in_note = answered, True
            # a number alone in its box: the note is the box of the text beside it
            apart = alone is not None and id(after) in firsts
            notes.add(id(after) if apart else id(line))
            carried = id(after) if apart else 0
            dropped.update(id(ch) for ch in opening[0])
            dropped.update(id(ch) for ch in references[answered][1])
    return notes


def _bulleted(lines: Sequence[Any], shapes: list[Any], dropped: set[int]) -> set[int]:
    """The lines that open with a bullet glyph (added to ``dropped`` with the space after
    it) or have a bullet shape just left of them."""
    items: set[int] = set()
    for line in lines:
        chars = _chars(line)
        if not chars:
            continue
        first = chars[0].get_text()
        if len(chars) > 1 and (first in _BULLETS or "\ue000" <= first <= "\uf8ff"):
            items.add(id(line))
            dropped.add(id(chars[0]))
        elif any(_bullet_shape(shape, line, _base(chars)[0]) for shape in shapes):
            items.add(id(line))
    return items


def _bullet_shape(shape: Any, line: Any, size: float) -> bool:
    """Whether ``shape`` is a bullet of ``line``: small, about square, left of its first
    character and level with it."""
    if not isinstance(shape, LTCurve) or isinstance(shape, LTTextLine):
        return False
    width, height = shape.x1 - shape.x0, shape.y1 - shape.y0
    middle = (shape.y0 + shape.y1) / 2
    return (
        0 < width <= SHAPE * size
        and 0 < height <= SHAPE * size
        and max(width, height) <= 2 * min(width, height)
        and 0 <= line.x0 - shape.x1 <= SHAPE_REACH * size
        and line.y0 <= middle <= line.y1
    )


def _numbered(lines: Sequence[Any], firsts: set[int], dropped: set[int]) -> set[int]:
    """The lines that open with a list's number or letter, two or more in sequence at one
    left edge ("1." "2." "3.", "a)" "b)"), the first of them opening a run (`_opens`;
    ``firsts``: the ids of the boxes' first lines); their numbers are added to
    ``dropped``, as Word's and HTML's numbering is the list's, not text."""
    found = [(k, m) for k, line in enumerate(lines) if (m := _NUMBERED.match(line.get_text()))]
    items: set[int] = set()
    for (a, first), (b, second) in itertools.pairwise(found):
        x0 = lines[a].x0
        # only an item's own lines, further right, between two items: numbered headings
        # ("1. Summary", "2. Languages") have their paragraphs between them
        inside = all(line.x0 > x0 + 1.0 for line in lines[a + 1 : b])
        run = id(lines[a]) in items or _opens(lines, a, firsts, first.end(1) + 1)
        if abs(x0 - lines[b].x0) <= 1.0 and inside and _follows(first[1], second[1]) and run:
            items.update((id(lines[a]), id(lines[b])))
    found_lines = [(lines[k], m) for k, m in found]
    for line, number in found_lines:
        if id(line) in items:
            dropped.update(id(ch) for ch in _opening(line, number.end()))
    return items


def _opens(lines: Sequence[Any], k: int, firsts: set[int], length: int) -> bool:
    """Whether numbered line ``k`` may open a list: it opens its box, or the line above
    ends a sentence or a clause ("Steps:"), or that line ends short of the column's right
    edge by more than the number (its first ``length`` characters) and a space: the
    typesetter did not push the number onto a line of its own (a label waiting for its
    number, "… trois semaines. Article" / "4. Un document", is a wrapped line)."""
    line = lines[k]
    if id(line) in firsts or k == 0:
        return True
    above = lines[k - 1]
    if CLAUSE_END.search(above.get_text()):
        return True
    # the column: the page's lines beside the line above (a gutter parts two columns)
    edge = max(ln.x1 for ln in lines if ln.x0 < above.x1 and ln.x1 > above.x0)
    chars = [ch for ch in _opening(line, length) if isinstance(ch, LTChar)]
    if not chars:
        return True
    number = chars[-1].x1 - chars[0].x0
    return bool(above.x1 + SPACE * chars[0].size + number <= edge)


def _opening(line: Any, length: int) -> list[Any]:
    """The first objects of ``line`` (characters and pdfminer's spaces) whose text is
    ``length`` characters long."""
    out: list[Any] = []
    for ch in line:
        if length <= 0:
            break
        out.append(ch)
        length -= len(ch.get_text())
    return out


def _follows(first: str, second: str) -> bool:
    """Whether list mark ``second`` comes right after ``first`` (2 after 1, b after a)."""
    if first.isdigit() and second.isdigit():
        return int(second) == int(first) + 1
    return len(first) == len(second) == 1 and ord(second) == ord(first) + 1


def cut(run: Sequence[Any], marks: Marks) -> list[tuple[list[Any], str]]:
    """The lines of a run of one type cut where a list item or a footnote starts, and
    where a line goes back left of an item's text (the paragraph after the list): each
    piece with what starts it ("item", "note" or "")."""
    pieces: list[tuple[list[Any], str]] = []
    for line in run:
        start = marks.starts(line)
        if start or not pieces or _leaves(pieces[-1], line, marks):
            pieces.append(([line], start))
        else:
            pieces[-1][0].append(line)
    return pieces


def _leaves(piece: tuple[list[Any], str], line: Any, marks: Marks) -> bool:
    """Whether ``line`` starts left of the text of list item ``piece``: no longer in
    the item."""
    lines, start = piece
    return start == "item" and bool(line.x0 < marks.hang(lines[0]))
