"""Word (DOCX) and OpenDocument (ODT) files as blocks, in reading order.

What is body: paragraphs, headings (by style or outline level), captions
(Word's Caption style: kind ``caption``), list items and table cells (row by
row, cell by cell), in the order they stand in the document. What is not:
headers and footers (other parts of the package, never read), comments
(their own part; the anchors in the body carry no text), and the footnote
markers in the text. Footnotes and endnotes are kept, as blocks
of kind ``footnote`` after the body, so that a translated note can still be
aligned with its original. Tracked changes are read as if accepted: inserted
text is kept (``w:ins``, ``w:moveTo``; ODT keeps insertions in the body),
deleted text is dropped (``w:del``, ``w:moveFrom``; ODT keeps deletions in
``text:tracked-changes``, which is skipped). Hidden text is not body: in
DOCX ``w:vanish`` on a run, its character style or its paragraph's style; in
ODT ``text:display="none"`` on a section, paragraph or span or their style,
and a ``text:hidden-paragraph`` that was hidden when the file was saved.

A ``RawBlock.line`` here is the block's 1-based ordinal in the document.
Bad input raises :class:`ParseError` (one line, what to do): not a zip,
a damaged package, a password-protected file.
"""

from __future__ import annotations

import io
import itertools
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.ingest.markup import RawBlock
from workbench.ingest.sniff import damaged
from workbench.model import FileNote, Kind, ParseError, table_cell
from workbench.spaces import collapse
from workbench.wording import counted

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# A password-protected Office file is not a zip but an OLE2 compound file
# holding the encrypted package (MS-OFFCRYPTO).
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Uncompressed size past which a package is refused (a "zip bomb").
MAX_UNCOMPRESSED = 512 * 1024 * 1024

# Run content dropped when tracked changes are accepted, or duplicated elsewhere.
_W_SKIPPED = {f"{W}del", f"{W}moveFrom", MC_FALLBACK, f"{W}txbxContent"}
_W_NOTE_TYPES_SKIPPED = {"separator", "continuationSeparator", "continuationNotice"}
# Word's built-in caption style (Insert Caption) by the names a package gives it: Word
# writes "caption" whatever its language (python-docx shows "Caption") and a localised
# style id ("Lgende" in French); files from other tools carry the localised name.
_W_CAPTION_STYLES = frozenset(
    {"caption", "légende", "lgende", "beschriftung", "descripción", "didascalia", "legenda"}
)


_KINDS = {".docx": "Word document", ".odt": "OpenDocument text"}


def open_zip(data: bytes, path: Path, what: str, save_as: str) -> zipfile.ZipFile:
    """The package as a zip, or ParseError for an encrypted, damaged or oversized one."""
    if data.startswith(OLE2_MAGIC):
        raise ParseError(
            f"{path}: is password-protected (or an old binary {what} file); remove the password "
            f"or save it again as {save_as}, then ingest it again"
        )
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        total = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError) as exc:
        raise ParseError(
            damaged(path, _KINDS[save_as], f"open it in {what} and save it again as {save_as}"),
            exc,
        ) from None
    if total > MAX_UNCOMPRESSED:
        raise ParseError(
            f"{path}: unpacks to {total / 1e6:.0f} MB, over the "
            f"{MAX_UNCOMPRESSED / 1e6:.0f} MB limit; split the document"
        )
    return package


def clean(text: str) -> str:
    return collapse(text)


# --- DOCX -------------------------------------------------------------------------


def read_docx(data: bytes, path: Path) -> list[RawBlock]:
    """The body blocks of a DOCX file, then its footnotes and endnotes (kind ``footnote``)."""
    open_zip(data, path, "Word", ".docx")
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors…
        raise ParseError(
            damaged(path, "Word document", "open it in Word and save it again as .docx"),
            exc,
        ) from None
    styles = _docx_styles(document)
    blocks: list[RawBlock] = []
    rows = itertools.count(1)
    _docx_container(document.element.body, styles, blocks, rows)
    for relation in (RT.FOOTNOTES, RT.ENDNOTES):
        try:
            part = document.part.part_related_by(relation)
        except KeyError:
            continue
        _docx_notes(part.blob, path, styles, blocks, rows)
    return blocks


def docx_comments_note(data: bytes) -> FileNote | None:
    """One line when a DOCX holds reviewers' comments, which are not read (they annotate the
    text, they are no part of it): how many, whose and the first one's words, so that a
    colleague's question does not vanish without a word (newcomer37: "Vérifier ce chiffre
    avec le siège : 212 ou 214 ?"). None for a file with none."""
    from workbench.formats.xmlsafe import parse_bytes

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            blob = package.read("word/comments.xml")
    except (KeyError, zipfile.BadZipFile, OSError):
        return None
    try:
        comments = list(parse_bytes(blob, "comments").iter(f"{W}comment"))
    except ParseError:
        return None
    if not comments:
        return None
    authors = sorted({c.get(f"{W}author") or "" for c in comments} - {""})
    first = " ".join("".join(t.text or "" for t in comments[0].iter(f"{W}t")).split())
    whose = f" by {', '.join(authors)}" if authors else ""
    n = len(comments)
    return FileNote(
        f"{counted(n, 'comment')}{whose} not read (a comment annotates the text and is no "
        f'part of it; the first: "{first[:60]}"): read {"it" if n == 1 else "them"} in Word'
    )


@dataclass(frozen=True)
class _Styles:
    names: dict[str, str]  # style id -> its name, lower-cased ("heading 1")
    hidden: frozenset[str]  # ids of styles that hide their text (w:vanish)


def _docx_styles(document: Any) -> _Styles:
    names: dict[str, str] = {}
    hidden: set[str] = set()
    for style in document.styles:
        if style.style_id and style.name:
            names[style.style_id] = style.name.lower()
        base, seen = style, 0
        while base is not None and seen < 20:  # a style hides what its base hides
            font = getattr(base, "font", None)
            if font is not None and font.hidden is not None:
                if font.hidden and style.style_id:
                    hidden.add(style.style_id)
                break
            base, seen = getattr(base, "base_style", None), seen + 1
    return _Styles(names, frozenset(hidden))


def _vanishes(props: Any, styles: _Styles, style_tag: str) -> bool | None:
    """Whether run or paragraph properties hide the text (``w:vanish``, or a hidden
    style); None when they say nothing."""
    if props is None:
        return None
    vanish = props.find(f"{W}vanish")
    if vanish is not None:
        return vanish.get(f"{W}val", "true") not in ("false", "0", "off")
    style = props.find(f"{W}{style_tag}")
    if style is not None and style.get(f"{W}val") in styles.hidden:
        return True
    return None


def _docx_container(
    element: Any, styles: _Styles, out: list[RawBlock], rows: Iterator[int], row: int = 0
) -> None:
    """Paragraphs and tables of the body, a cell or a content control, in document order;
    ``row``: the element is in a cell of the document's ``row``-th table row, its
    paragraphs are cells (`table_cell`); ``rows`` numbers the rows as they come."""
    for child in element.iterchildren():
        tag = child.tag
        if tag == f"{W}p":
            _docx_paragraph(child, styles, out, rows, row=row)
        elif tag == f"{W}tbl":
            for tr in child.iterchildren(f"{W}tr"):
                number = next(rows)
                for tc in tr.iterchildren(f"{W}tc"):
                    _docx_container(tc, styles, out, rows, number)
        elif tag in {f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins", f"{W}moveTo"}:
            _docx_container(child, styles, out, rows, row)


def _docx_paragraph(
    p: Any,
    styles: _Styles,
    out: list[RawBlock],
    rows: Iterator[int],
    hint: Kind | None = None,
    row: int = 0,
) -> None:
    props = p.find(f"{W}pPr")
    text = clean("".join(_docx_runs(p, styles, bool(_vanishes(props, styles, "pStyle")))))
    style = ""
    level = None
    bullet = False
    if props is not None:
        style_el = props.find(f"{W}pStyle")
        if style_el is not None:
            style_id = style_el.get(f"{W}val", "")
            style = styles.names.get(style_id, style_id.lower())
        outline = props.find(f"{W}outlineLvl")
        if outline is not None:
            level = outline.get(f"{W}val")
        bullet = props.find(f"{W}numPr") is not None
    if hint is None and (
        style.startswith(("heading", "title", "subtitle")) or (level is not None and level != "9")
    ):
        hint = Kind.HEADING
    elif hint is None and style in _W_CAPTION_STYLES:
        hint = Kind.CAPTION
    bullet = bullet or style.startswith("list")
    if text:
        meta = table_cell(row) if row else ()
        out.append(RawBlock(text, len(out) + 1, hint=hint, bullet=bullet, meta=meta))
    # Text boxes anchored in the paragraph: their paragraphs follow it.
    for box in p.iter(f"{W}txbxContent"):
        if not any(a.tag == MC_FALLBACK for a in box.iterancestors()):
            _docx_container(box, styles, out, rows)


def _skipped_within(el: Any, p: Any) -> bool:
    """Whether ``el`` sits in a deletion, a fallback or a text box inside paragraph ``p``.

    Only the ancestors below ``p`` count: a text box's own paragraphs are read as
    paragraphs (after the one that anchors the box), and every word of them has the
    box among its ancestors further up.
    """
    for ancestor in el.iterancestors():
        if ancestor is p:
            return False
        if ancestor.tag in _W_SKIPPED:
            return True
    return False


def _docx_runs(p: Any, styles: _Styles, hidden: bool) -> Iterator[str]:
    """The paragraph's text, tracked changes accepted; text boxes, fallbacks and hidden
    text (``w:vanish`` on the run, its style, or the paragraph's style: ``hidden``) left out."""
    for el in p.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"):
        if _skipped_within(el, p):
            continue
        run = el.getparent()
        own = _vanishes(run.find(f"{W}rPr"), styles, "rStyle") if run is not None else None
        if own if own is not None else hidden:
            continue
        tag = el.tag
        if tag == f"{W}t":
            yield el.text or ""
        elif tag == f"{W}noBreakHyphen":
            yield "-"
        else:
            yield " "


def _docx_notes(
    blob: bytes, path: Path, styles: _Styles, out: list[RawBlock], rows: Iterator[int]
) -> None:
    from workbench.formats.xmlsafe import parse_bytes

    root = parse_bytes(blob, f"{path} (its notes)")
    for note in root:
        if note.get(f"{W}type") in _W_NOTE_TYPES_SKIPPED:
            continue
        for p in note.iter(f"{W}p"):
            _docx_paragraph(p, styles, out, rows, hint=Kind.FOOTNOTE)
