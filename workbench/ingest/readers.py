"""The reader table: every file type the workbench reads, and how each becomes blocks.

One row a format family; `workbench ingest`, the app's upload widgets and
`align --original` take their list of suffixes from here, so a format is
added in one place. Text formats (plain, HTML, Markdown) are decoded and
their blocks classified as web pages are (debris guessed from the text);
office files, PDFs and subtitles carry their structure, so their blocks keep
the kind the file gives them (:attr:`Reader.structured`).

================  ===================  =========================================
suffixes          body                 not body
================  ===================  =========================================
.txt              every line; a        web debris guessed from the text;
                  tab-separated row    a printed page's numbers and running
                  cell by cell; a      heads
                  hard-wrapped
                  paragraph's lines
                  joined; Markdown
                  read as Markdown
.html .htm .xhtml block elements       nav, footer, comments, debris guessed
.md               blocks once rendered as HTML
.docx .odt        paragraphs,          headers, footers, comments, footnote
                  headings, lists,     markers, hidden text; footnotes and
                  tables, in order     endnotes kept after the body as kind
                                       ``footnote``; tracked changes read as
                                       accepted
.pdf              text boxes in        running heads and feet, page numbers:
                  reading order;       kind ``boilerplate`` (page furniture);
                  table cells, list    scanned pages named in a warning;
                  items                footnote references; footnotes kept
                                       after the body as kind ``footnote``
.srt .vtt         one caption a cue,   styling tags; timecodes kept as the
                  lines joined         segment's metadata
================  ===================  =========================================

A transcript (.txt, .md, .docx, .odt) has its turn markup read (`turns`): a speaker's
label and a turn's timecode are the segment's metadata, not its text, and each turn
is a block of its own.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.ingest import files
from workbench.ingest.markup import RawBlock
from workbench.ingest.sniff import is_web_page
from workbench.ingest.turns import turn_blocks
from workbench.model import FileNote, InputError

# Bytes of a file → its blocks, the encoding to record (the format's name for
# binary files, whose text encoding is the package's business), and warnings
# (one line each: text that could not be read, such as a PDF's scanned pages).
Parse = Callable[[bytes, Path], tuple[list[RawBlock], str, tuple[str, ...]]]


@dataclass(frozen=True)
class Reader:
    """One row of the table: a format family, its suffixes, its parser."""

    name: str  # what a translator calls it: "Word document"
    suffixes: tuple[str, ...]  # lower case, with the dot
    parse: Parse
    structured: bool  # kinds come from the file's structure, not from web-debris guessing


@dataclass(frozen=True)
class Reading:
    """A file read into blocks (before language and kind are settled), and its identity."""

    path: Path
    blocks: tuple[RawBlock, ...]
    encoding: str  # "utf-8", "cp1252"… for text files; "docx", "odt", "pdf" for binary ones
    sha256: str  # of the file's bytes
    size: int  # in bytes
    structured: bool
    warnings: tuple[str, ...] = ()  # one line each, e.g. a PDF's pages without a text layer


def said_apart(lines: Sequence[str]) -> tuple[str | None, str | None]:
    """A file's lines as one warning line (something left out or changed) and one note
    line (`model.FileNote`: kept as written), None where there is none."""
    notes = [line for line in lines if isinstance(line, FileNote)]
    warnings = [line for line in lines if not isinstance(line, FileNote)]
    return "; ".join(warnings) or None, "; ".join(notes) or None


def _text(
    parse_text: Callable[[str], list[RawBlock]],
    notes: Callable[[str], tuple[str, ...]] = lambda text: (),
) -> Parse:
    """A reader of decoded text; ``notes`` gives the text's warnings, one line each."""

    def parse(data: bytes, path: Path) -> tuple[list[RawBlock], str, tuple[str, ...]]:
        text, encoding = files.decode(data, path)
        text = unicodedata.normalize("NFC", text)
        if not text.strip():
            raise InputError(f"{path}: the file is empty; there is nothing to ingest")
        try:
            return parse_text(text), encoding, tuple(f"{path.name}: {n}" for n in notes(text))
        except InputError as exc:  # the markup's own refusals (HTML nested too deep)
            raise InputError(f"{path}: {exc}") from None

    return parse


def _plain(text: str) -> list[RawBlock]:
    from workbench.ingest.extract import plain_blocks

    if is_web_page(text):  # a page saved under a .txt name (newcomer36)
        raise InputError(
            "is not plain text: it is a web page; give it the .html extension to ingest it "
            "as such (its menus and footers are then read as a page's)"
        )
    return turn_blocks(plain_blocks(text))


def _html(text: str) -> list[RawBlock]:
    from workbench.ingest.markup import html_blocks

    return html_blocks(text)


def _html_notes(text: str) -> tuple[str, ...]:
    from workbench.ingest.markup_parser import cut_off_note

    note = cut_off_note(text)
    return (note,) if note else ()


def _markdown(text: str) -> list[RawBlock]:
    from workbench.ingest.markup import markdown_blocks

    return turn_blocks(markdown_blocks(text))


def _binary(parse_blocks: Callable[[bytes, Path], list[RawBlock]], label: str) -> Parse:
    def parse(data: bytes, path: Path) -> tuple[list[RawBlock], str, tuple[str, ...]]:
        return parse_blocks(data, path), label, ()

    return parse


def _docx(data: bytes, path: Path) -> tuple[list[RawBlock], str, tuple[str, ...]]:
    from workbench.ingest.readers_office import docx_comments_note, read_docx

    note = docx_comments_note(data)
    return turn_blocks(read_docx(data, path)), "docx", (note,) if note else ()


def _odt(data: bytes, path: Path) -> list[RawBlock]:
    from workbench.ingest.readers_odt import read_odt

    return turn_blocks(read_odt(data, path))


def _pdf(data: bytes, path: Path) -> tuple[list[RawBlock], str, tuple[str, ...]]:
    from workbench.ingest.readers_pdf import read_pdf_pages

    blocks, warnings = read_pdf_pages(data, path)
    return blocks, "pdf", warnings


def _srt(data: bytes, path: Path) -> tuple[list[RawBlock], str, tuple[str, ...]]:
    from workbench.ingest.readers_subtitles import srt_reading

    return srt_reading(data, path)


def _vtt(data: bytes, path: Path) -> tuple[list[RawBlock], str, tuple[str, ...]]:
    from workbench.ingest.readers_subtitles import vtt_reading

    return vtt_reading(data, path)


READERS: tuple[Reader, ...] = (
    Reader("plain text", (".txt",), _text(_plain), structured=False),
    Reader("web page", (".html", ".htm", ".xhtml"), _text(_html, _html_notes), structured=False),
    Reader("Markdown", (".md",), _text(_markdown), structured=False),
    Reader("Word document", (".docx",), _docx, structured=True),
    Reader("OpenDocument text", (".odt",), _binary(_odt, "odt"), structured=True),
    Reader("PDF", (".pdf",), _pdf, structured=True),
    Reader("SubRip subtitles", (".srt",), _srt, structured=True),
    Reader("WebVTT subtitles", (".vtt",), _vtt, structured=True),
)
BY_SUFFIX: dict[str, Reader] = {s: r for r in READERS for s in r.suffixes}
SUFFIXES = frozenset(BY_SUFFIX)


def reader_for(path: Path) -> Reader:
    """The reader of a file's suffix, or InputError listing the ones we read (or saying
    that there is no such file: ``--original 4`` names no file, not a wrong type)."""
    reader = BY_SUFFIX.get(path.suffix.lower())
    if reader is None:
        if not path.exists():
            raise InputError(f"{path}: no such file; check the name and the folder")
        raise files.unreadable_type(path, SUFFIXES)
    return reader


def _by_content(path: Path, data: bytes) -> tuple[Reader, tuple[str, ...]]:
    """The reader of a file whose name has no suffix we read (none, or ``.php`` or ``.fr``),
    by what its bytes hold (`sniff.by_content`), and the note that says how it was read;
    InputError when they hold nothing the workbench reads."""
    from workbench.ingest.sniff import by_content

    what, suffix = by_content(data)
    named = (
        f"its type {path.suffix} is not one we read" if path.suffix else "its name has no file type"
    )
    if suffix is None or suffix not in BY_SUFFIX:
        raise InputError(
            f"{path}: {named} and it holds {what}, which the workbench "
            f"does not read; check that it is the file you meant"
        )
    return BY_SUFFIX[suffix], (FileNote(f"{named}: read as {what}, as a {suffix} file is"),)


def read_file(path: Path, max_bytes: int = files.MAX_BYTES, *, by_content: bool = False) -> Reading:
    """Read one file into blocks with the reader of its suffix; nothing is stored.
    A file with no suffix is read by what its bytes hold; with ``by_content``, a file with
    a suffix we do not read too (`align-files`' ``page.php``, ``corpus.fr``).

    Raises InputError (one line: what is wrong, what to do) for an unknown
    suffix, an unreadable, empty or oversized file, and whatever the format's
    reader refuses (a damaged or password-protected package, a scanned PDF,
    a subtitle file with a broken timecode). What a reader read only in part
    (a PDF's scanned pages) is in ``Reading.warnings``.
    """
    unknown = path.suffix == "" or (by_content and path.suffix.lower() not in BY_SUFFIX)
    if unknown and path.is_file():
        data = files.read_bytes(path, max_bytes)
        reader, read_as = _by_content(path, data)
    else:
        reader, read_as = reader_for(path), ()
        data = files.read_bytes(path, max_bytes)
    try:
        blocks, encoding, warnings = reader.parse(data, path)
        warnings = (*read_as, *warnings)
    except InputError:  # another format's file? said alike for every reader
        from workbench.ingest.sniff import wrong_file

        wrong = wrong_file(path, data, reader.name)
        if wrong is None:
            raise
        raise wrong from None
    return Reading(
        path=path,
        blocks=tuple(blocks),
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        structured=reader.structured,
        warnings=warnings,
    )
