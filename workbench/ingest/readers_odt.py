"""OpenDocument text (ODT) files as blocks, in reading order: see
:mod:`workbench.ingest.readers_office` for what is body and what is not, which this
reader shares with Word's (its own module for length)."""

from __future__ import annotations

import io
import itertools
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workbench.ingest.markup import RawBlock
from workbench.ingest.readers_office import clean, open_zip
from workbench.ingest.sniff import damaged
from workbench.model import Kind, ParseError, table_cell

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"

# Body elements that hold no body text: change records (deleted text lives
# there), declarations, forms, and generated indexes (a table of contents
# repeats the headings).
_ODT_SKIPPED = {
    f"{{{TEXT}}}tracked-changes", f"{{{TEXT}}}sequence-decls", f"{{{TEXT}}}variable-decls",
    f"{{{TEXT}}}user-field-decls", f"{{{OFFICE}}}forms", f"{{{TABLE}}}named-expressions",
    f"{{{TEXT}}}table-of-content", f"{{{TEXT}}}alphabetical-index",
    f"{{{TEXT}}}illustration-index", f"{{{TEXT}}}bibliography", f"{{{OFFICE}}}annotation",
    f"{{{TABLE}}}table-columns", f"{{{TABLE}}}table-column",
}  # fmt: skip
# Inline elements whose text is not the paragraph's.
_ODT_INLINE_SKIPPED = {
    f"{{{TEXT}}}note",
    f"{{{OFFICE}}}annotation",
    f"{{{DRAW}}}frame",
    f"{{{TEXT}}}tracked-changes",
}


def read_odt(data: bytes, path: Path) -> list[RawBlock]:
    """The body blocks of an ODT file, then its footnotes and endnotes (kind ``footnote``)."""
    package = open_zip(data, path, "LibreOffice Writer", ".odt")
    if _odt_encrypted(package, path):
        raise ParseError(
            f"{path}: is password-protected; open it in LibreOffice, remove the password "
            "(File ▸ Properties ▸ Security) and save it, then ingest it again"
        )
    from odfdo import Document

    try:
        document = Document(io.BytesIO(data))
        body = document.body
    except Exception as exc:  # odfdo raises ValueError, KeyError, lxml errors…
        raise ParseError(
            damaged(path, "OpenDocument text", "open it in LibreOffice and save it again as .odt"),
            exc,
        ) from None
    root = _odt_root(body)
    hidden = _odt_hidden_styles(root.getroottree().getroot(), package, path)
    blocks: list[RawBlock] = []
    notes: list[Any] = []
    _odt_container(root, blocks, notes, hidden, itertools.count(1))
    for note in notes:
        for p in note.iter(f"{{{TEXT}}}p", f"{{{TEXT}}}h"):
            text = clean("".join(_odt_text(p, [], hidden)))
            if text:
                blocks.append(RawBlock(text, len(blocks) + 1, hint=Kind.FOOTNOTE))
    return blocks


def _odt_root(body: Any) -> Any:
    """The lxml element under odfdo's wrapper: the tree is walked with lxml, in order."""
    element = getattr(body, "_xml_element", None)
    if element is None:
        raise ParseError("odfdo changed how it wraps elements; update workbench's ODT reader")
    return element


def _odt_encrypted(package: zipfile.ZipFile, path: Path) -> bool:
    try:
        manifest = package.read("META-INF/manifest.xml")
    except KeyError:
        return False
    return f"{{{MANIFEST}}}encryption-data".encode() in manifest or (
        b"encryption-data" in manifest and MANIFEST.encode() in manifest
    )


def _odt_hidden_styles(content: Any, package: zipfile.ZipFile, path: Path) -> frozenset[str]:
    """Names of the paragraph and text styles that hide their text (``text:display="none"``),
    automatic (content.xml) or common (styles.xml), through their parent styles."""
    from workbench.formats.xmlsafe import parse_bytes

    roots = [content]
    if "styles.xml" in package.namelist():
        roots.append(parse_bytes(package.read("styles.xml"), f"{path} (its styles)"))
    parents: dict[str, str] = {}
    display: dict[str, bool] = {}
    for root in roots:
        for style in root.iter(f"{{{STYLE}}}style"):
            name = style.get(f"{{{STYLE}}}name", "")
            parents[name] = style.get(f"{{{STYLE}}}parent-style-name", "")
            props = style.find(f"{{{STYLE}}}text-properties")
            shown = props.get(f"{{{TEXT}}}display") if props is not None else None
            if shown is not None:
                display[name] = shown == "none"

    def hides(name: str) -> bool:
        for _ in range(20):  # a parent chain, never a loop
            if name in display:
                return display[name]
            name = parents.get(name, "")
            if not name:
                break
        return False

    return frozenset(name for name in parents if hides(name))


def _odt_hidden(element: Any, hidden: frozenset[str]) -> bool:
    """A hidden section, paragraph or span: ``text:display="none"`` on it or its style, a
    ``text:hidden-paragraph`` whose condition held when the file was saved."""
    if element.get(f"{{{TEXT}}}display") == "none":
        return True
    if element.get(f"{{{TEXT}}}style-name", "") in hidden:
        return True
    field = element.find(f"{{{TEXT}}}hidden-paragraph")
    return field is not None and field.get(f"{{{TEXT}}}is-hidden") == "true"


def _odt_container(
    element: Any,
    out: list[RawBlock],
    notes: list[Any],
    hidden: frozenset[str],
    rows: Iterator[int],
    row: int = 0,
) -> None:
    """Paragraphs and headings in document order; ``row``: the element is in the
    document's ``row``-th table row, its paragraphs are cells (`table_cell`)."""
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _ODT_SKIPPED or _odt_hidden(child, hidden):
            continue
        if tag in (f"{{{TEXT}}}p", f"{{{TEXT}}}h"):
            in_list = any(True for _ in child.iterancestors(f"{{{TEXT}}}list-item"))
            text = clean("".join(_odt_text(child, notes, hidden)))
            if text:
                hint = Kind.HEADING if tag == f"{{{TEXT}}}h" else None
                meta = table_cell(row) if row else ()
                out.append(RawBlock(text, len(out) + 1, hint=hint, bullet=in_list, meta=meta))
            for frame in child.iter(f"{{{DRAW}}}text-box"):  # text boxes follow their paragraph
                _odt_container(frame, out, notes, hidden, rows, row)
        elif tag == f"{{{TABLE}}}table-row":
            _odt_container(child, out, notes, hidden, rows, next(rows))
        else:  # lists, list items, sections, tables, cells: their content in order
            _odt_container(child, out, notes, hidden, rows, row)


def _odt_text(element: Any, notes: list[Any], hidden: frozenset[str]) -> Iterator[str]:
    """A paragraph's text: spans followed, spaces and tabs expanded, notes set aside,
    hidden spans left out."""
    yield element.text or ""
    for child in element.iterchildren():
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == f"{{{TEXT}}}note":
            notes.extend(child.iter(f"{{{TEXT}}}note-body"))
        elif tag == f"{{{TEXT}}}s":
            yield " " * int(child.get(f"{{{TEXT}}}c", "1") or 1)
        elif tag in (f"{{{TEXT}}}tab", f"{{{TEXT}}}line-break"):
            yield " "
        elif tag and tag not in _ODT_INLINE_SKIPPED and not _odt_hidden(child, hidden):
            yield from _odt_text(child, notes, hidden)
        yield child.tail or ""
