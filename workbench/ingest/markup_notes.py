"""An HTML page's footnote references and footnotes, found in its parsed tree.

A page marks a note's reference as a raised mark, ``<sup>``, that links to the note:
Pandoc writes ``<a href="#fn1" class="footnote-ref" role="doc-noteref"><sup>1</sup></a>``,
Hugo, Jekyll and Ghost ``<sup id="fnref:1"><a href="#fn:1" …>1</a></sup>``, WordPress
``<sup data-fn=… class="fn"><a href="#…">1</a></sup>``, Wikipedia ``<sup class="reference">
<a href="#cite_note-1">[1]</a></sup>``, Word's "Save as web page" ``<a href="#_ftn1"
name="_ftnref1"><sup>[1]</sup></a>``; the note is the element the link names (by ``id``, or
``name`` in older pages) or the block that holds it, with a link back to the reference.
A page typed by hand may link nothing: ``…hydraulicien.<sup>1</sup>`` and, further down,
``<p>1. Pieter Jansen s'exprimait…</p>``. As in a PDF (`readers_pdf_items`), such a raised
number is a reference when a later block opens with it: the notes answer their references
in order, from 1 (or an asterisk), so an exponent ("40 m<sup>2</sup>") that no note answers
stays. The references, the notes' links back and their own numbers are markup, left out of
the text, as Word's reader has them: read as text, "hydraulicien.1" held a number its
translation's sentence had not, and QA flagged it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

# A reference's mark, whole: "1", "[12]", "(3)", "*", "†"; a linked one may be a letter ("[a]").
_MARK = re.compile(r"^\s*[\[(]?\s*(\d{1,3}|[*†‡]{1,3})\s*[\])]?\s*$")
_LINKED_MARK = re.compile(r"^\s*[\[(]?\s*(\d{1,3}|[*†‡]{1,3}|[a-z]{1,2})\s*[\])]?\s*$")
# What says a link is a note's reference or a note's link back, whatever its target.
_REFERENCE_CLASS = re.compile(r"\b(?:footnote-ref|fnref|noteref|reference|fn)\b", re.IGNORECASE)
_BACKLINK_CLASS = re.compile(r"(?:backref|backlink|footnote-back|fn-back|reversefootnote)", re.I)
# Where a note of a page typed by hand opens: "1. ", "1) ", "(1) ", "[1] ", "* ".
_OPENING = r"^\s*(?:[\[(]\s*{mark}\s*[\])]|{mark}\s*[.)]|{mark}(?=\s))\s*"
# The elements a note's text is a block of (a target inside one is the block's note).
_NOTE_BLOCKS = {"p", "li", "div", "dd", "dt", "td", "section", "aside", "blockquote", "footer"}
_NOT_NOTES = {"h1", "h2", "h3", "h4", "h5", "h6", "title", "body", "html", "main", "article"}


@dataclass(frozen=True)
class Notes:
    """What `find_notes` found: the notes (their blocks are footnotes) and the marks to drop."""

    notes: frozenset[Any]
    marks: tuple[Any, ...]  # references and links back: elements dropped, their tails kept


def find_notes(root: Any) -> Notes:
    """The footnotes of the page under ``root`` and the marks that are markup, not text."""
    order = {element: n for n, element in enumerate(root.iter())}
    targets = _targets(root)
    notes: dict[Any, None] = {}
    marks: list[Any] = []
    ids: set[str] = set()
    linked: set[Any] = set()
    for sup in root.iter("sup"):
        reference = _linked_reference(sup, targets, ids)
        if reference is None or _inside(sup, notes):
            continue  # no reference, or a note's own mark linking back
        mark, note = reference
        linked.add(sup)
        marks.append(mark)
        ids.update(n for element in mark.iter() for n in _names(element))
        if note is not None and not _holds(note, sup):
            notes[note] = None
    marks += [a for note in notes for a in _backlinks(note, ids)]
    unlinked = _unlinked_notes(
        root, order, linked | {s for s in root.iter("sup") if _inside(s, notes)}
    )
    notes.update(dict.fromkeys(note for note, _ in unlinked))
    marks += [sup for _, sup in unlinked]
    for note, _ in unlinked:
        _drop_opening(note)
    return Notes(frozenset(notes), tuple(marks))


def drop_marks(found: Notes) -> None:
    """Take the references and the links back out of the tree, keeping the text after them."""
    for element in found.marks:
        if element.getparent() is not None:
            element.drop_tree()


def _targets(root: Any) -> dict[str, Any]:
    """The page's elements by id, and by ``name`` for an <a> (Word's web pages)."""
    out: dict[str, Any] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "a" and element.get("name"):
            out.setdefault(element.get("name"), element)
        if element.get("id"):
            out[element.get("id")] = element
    return out


def _names(element: Any) -> set[str]:
    return {v for v in (element.get("id"), element.get("name")) if v}


def _linked_reference(
    sup: Any, targets: dict[str, Any], ids: set[str]
) -> tuple[Any, Any | None] | None:
    """(the reference's element to drop, its note or None) for a <sup> that links to a
    note, or that its class or role calls a note's reference (its note may be cut off)."""
    if not _LINKED_MARK.match(sup.text_content() or ""):
        return None
    parent = sup.getparent()
    wrapper = (
        parent if parent is not None and parent.tag == "a" and _alone_in(sup, parent) else None
    )
    link = wrapper if wrapper is not None else next(sup.iter("a"), None)
    if link is None:
        return None
    href = str(link.get("href", ""))
    if not href.startswith("#") or href[1:] in ids:
        return None
    mark = wrapper if wrapper is not None else sup
    note = _note_block(targets[href[1:]]) if href[1:] in targets else None
    said = " ".join(f"{e.get('class', '')} {e.get('role', '')}" for e in (sup, link))
    if note is None and not _REFERENCE_CLASS.search(said):
        return None
    return mark, note


def _alone_in(sup: Any, parent: Any) -> bool:
    """Whether ``sup`` is all the text of the <a> around it (Pandoc's reference)."""
    return (parent.text_content() or "").strip() == (sup.text_content() or "").strip()


def _note_block(target: Any) -> Any | None:
    """The note a reference names: its target if a block, else the block holding it."""
    for element in (target, *target.iterancestors()):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _NOT_NOTES:
            return None
        if tag in _NOTE_BLOCKS:
            return element
    return None


def _holds(note: Any, sup: Any) -> bool:
    return any(a is note for a in sup.iterancestors())


def _inside(element: Any, notes: dict[Any, None]) -> bool:
    return any(a in notes for a in element.iterancestors())


def _backlinks(note: Any, ids: set[str]) -> Iterator[Any]:
    """A note's links back to its references ("↩", "^"), and its mark when it is one."""
    for element in note.iter():
        if not isinstance(element.tag, str):
            continue
        said = f"{element.get('class', '')} {element.get('role', '')}"
        back = element.tag == "a" and element.get("href", "").lstrip("#") in ids
        if back or _BACKLINK_CLASS.search(said):
            yield element


def _unlinked_notes(root: Any, order: dict[Any, int], linked: set[Any]) -> list[tuple[Any, Any]]:
    """(note, reference) of a page typed by hand: a bare raised mark, and a later block
    that opens with it. Numbers are answered in order from 1, each by the first block
    after its reference (and after the note before) that opens with it."""
    pending = [s for s in root.iter("sup") if s not in linked and _bare_mark(s)]
    openings = _openings(root, order) if pending else []
    found: list[tuple[Any, Any]] = []
    expected, after = 1, -1
    for sup in pending:
        mark = _MARK.match(sup.text_content() or "")
        value = mark.group(1) if mark else ""
        if value.isdigit() and int(value) != expected:
            continue
        start = max(order[sup], after)
        note = next((e for n, v, e in openings if n > start and v == value), None)
        if note is not None:
            found.append((note, sup))
            expected, after = expected + value.isdigit(), order[note]
    return found


def _bare_mark(sup: Any) -> bool:
    """A <sup> holding a number or an asterisk alone, linking nowhere."""
    if not _MARK.match(sup.text_content() or "") or next(sup.iter("a"), None) is not None:
        return False
    parent = sup.getparent()
    return parent is not None and parent.tag != "a"


def _openings(root: Any, order: dict[Any, int]) -> list[tuple[int, str, Any]]:
    """(position, mark, block) of each block with no block inside that opens as a note
    does ("1. ", "(2) ", "* "), in the page's order."""
    opening = re.compile(_OPENING.format(mark=r"(\d{1,3}|[*†‡]{1,3})"))
    out = []
    for element in root.iter(*_NOTE_BLOCKS):
        if _has_block_child(element):  # a container: its text is its blocks'
            continue
        text = element.text_content() or ""
        found = opening.match(text)
        if found and len(text.split()) > 2:
            out.append((order[element], next(g for g in found.groups() if g), element))
    return out


def _has_block_child(element: Any) -> bool:
    return next(element.iterdescendants(*_NOTE_BLOCKS, *_NOT_NOTES), None) is not None


def _drop_opening(note: Any) -> None:
    """Take a hand-typed note's own number ("1. ") off the start of its text."""
    from lxml import etree

    for event, node in etree.iterwalk(note, events=("start", "end")):
        if event == "start" and node.tag == "sup" and (node.text or "").strip():
            node.drop_tree()  # its number, raised as the reference's
            return
        attribute = "text" if event == "start" else "tail"
        if event == "end" and node is note:
            return
        value = getattr(node, attribute) or ""
        if value.strip():
            setattr(node, attribute, re.sub(_OPENING.format(mark=r"(?:\d{1,3}|[*†‡]{1,3})"),
                                           "", value, count=1))  # fmt: skip
            return
