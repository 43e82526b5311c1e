"""What a file a reader refused really holds, from its first bytes, so that every reader's
refusal is one line alike: what the file is, then what to do (newcomer21).

A ".docx" that is a zip of a CSV was refused as "is not a readable Word document
(KeyError: "There is no item named '[Content_Types].xml'…"); open it in Word…": Python's
words, and advice that cannot help. `wrong_file` says instead "is not a Word document: it
is a zip file without a Word document inside (it holds data.csv); check that the right
file was sent". A file of the expected format that its reader cannot open is damaged:
its reader says so, in the same form, without the library's exception.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from workbench.model import InputError

# Formats known by their first bytes: (magic, what the file is, the suffix we read it by).
_MAGIC: tuple[tuple[bytes, str, str | None], ...] = (
    (b"%PDF", "a PDF", ".pdf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old binary Office file (.doc, .xls, .ppt)", None),
    (b"\x89PNG", "a PNG image", None),
    (b"\xff\xd8\xff", "a JPEG image", None),
    (b"GIF8", "a GIF image", None),
    (b"\x1f\x8b", "a gzip archive", None),
    (b"Rar!", "a RAR archive", None),
    (b"7z\xbc\xaf", "a 7-Zip archive", None),
    (b"{\\rtf", "an RTF document", None),
)
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
# OpenDocument and EPUB packages name themselves in their `mimetype` member.
_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": ("an OpenDocument text", ".odt"),
    "application/vnd.oasis.opendocument.spreadsheet": ("an OpenDocument spreadsheet", None),
    "application/vnd.oasis.opendocument.presentation": ("an OpenDocument presentation", None),
    "application/epub+zip": ("an EPUB book", None),
}
# Office Open XML packages by the folder their main part is in.
_OOXML = {
    "word/": ("a Word document", ".docx"),
    "xl/": ("an Excel workbook", None),
    "ppt/": ("a PowerPoint presentation", None),
}
_PACKAGES = {".docx": "a Word document", ".odt": "an OpenDocument text"}
NAMES_SHOWN = 3


# A whole HTML document's opening: an XML declaration (XHTML), comments, then its doctype or
# its <html> element.
_WEB_PAGE = re.compile(
    r"\A[\ufeff\s]*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
    re.I | re.S,
)


def is_web_page(text: str) -> bool:
    """Whether ``text`` opens as a whole HTML document does (`_WEB_PAGE`): what a page saved
    under a .txt, .pdf or .docx name, or with no suffix, holds. A text that only quotes a
    markup line further down is not one."""
    return _WEB_PAGE.match(text) is not None


def holds(data: bytes, expected: str) -> tuple[str, str | None] | None:
    """What ``data`` is, and the suffix the workbench reads it by (None: none), for a file
    read as ``expected`` (its suffix); None when its bytes do not say (a damaged file
    of the expected format, or bytes of no format we know)."""
    if data.startswith(_ZIP):
        return _zip_holds(data, expected)
    for magic, what, suffix in _MAGIC:
        if data.startswith(magic):
            return what, suffix
    if expected in _PACKAGES or expected == ".pdf":  # text where a binary format belongs
        text = data[:4096].lstrip().decode("utf-8", errors="replace")[:-1]  # a cut last char
        if not all(c.isprintable() or c.isspace() for c in text):
            return None
        if is_web_page(text):
            return "a web page", ".html"
        return "plain text", ".txt"
    return None


_BOMS_16 = (b"\xff\xfe", b"\xfe\xff")
_SRT_START = re.compile(r"\d+[ \t]*\r?\n[ \t]*\d{1,2}:\d\d:\d\d[,.]\d{1,3}[ \t]*-->")


def by_content(data: bytes) -> tuple[str, str | None]:
    """What a file whose name has no suffix holds (``canal-lettre``, a mail attachment saved
    bare), and the suffix the workbench reads it by (None: none): a known binary format
    by its first bytes (:func:`holds`), else a web page, WebVTT or SubRip by how its text
    begins, else plain text; bytes that are not text are ``"binary data"``, None."""
    found = holds(data, ".txt")
    if found is not None:
        return found
    head = data[:4096]
    text = (
        head.decode("utf-16", errors="replace")[:-1]
        if head.startswith(_BOMS_16)
        else head.decode("utf-8", errors="replace")[:-1]  # a cut last character
    ).lstrip("\ufeff \t\r\n")
    if not all(c.isprintable() or c.isspace() for c in text):  # no-break spaces are text
        return "binary data", None
    if is_web_page(text):
        return "a web page", ".html"
    if text.startswith("WEBVTT"):
        return "WebVTT subtitles", ".vtt"
    if _SRT_START.match(text):
        return "SubRip subtitles", ".srt"
    return "plain text", ".txt"


def _zip_holds(data: bytes, expected: str) -> tuple[str, str | None] | None:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        names = [n for n in package.namelist() if not n.endswith("/")]
        mimetype = package.read("mimetype").decode("ascii", "replace").strip() if (
            "mimetype" in names
        ) else None  # fmt: skip
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, KeyError):
        return None  # a damaged zip: damaged as its reader says
    if mimetype in _MIMETYPES:
        return _MIMETYPES[mimetype]
    if "[Content_Types].xml" in names:
        for folder, found in _OOXML.items():
            if any(n.startswith(folder) for n in names):
                return found
    if not names:
        return "an empty zip file", None
    shown = ", ".join(names[:NAMES_SHOWN])
    more = len(names) - NAMES_SHOWN
    listed = shown + (f" and {more} more" if more > 0 else "")
    inside = f" without {_PACKAGES[expected]} inside" if expected in _PACKAGES else ""
    return f"a zip file{inside} (it holds {listed})", None


def wrong_file(path: Path, data: bytes, kind: str) -> InputError | None:
    """The refusal of a file read as ``kind`` (a reader's name: "Word document") whose bytes
    are another format: what it is and what to do; None when they are of ``kind``'s format
    or say nothing (its reader's own message stands)."""
    expected = path.suffix.lower()
    if expected in _PACKAGES and data.startswith(_MAGIC[1][0]):
        return None  # password-protected or .doc: the package reader says which to do
    found = holds(data, expected)
    if found is None or found[1] == expected:
        return None
    what, suffix = found
    action = "check that the right file was sent"
    if suffix is not None:
        action = f"give it the {suffix} extension to ingest it as such, or {action}"
    return InputError(f"{path}: is not {_NOUNS.get(kind, kind)}: it is {what}; {action}")


# The readers' names (`readers.READERS`) as "is not …" says them.
_NOUNS = {
    "web page": "a web page", "Word document": "a Word document",
    "OpenDocument text": "an OpenDocument text", "PDF": "a PDF",
}  # fmt: skip


def damaged(path: Path, kind: str, repair: str) -> str:
    """The one line for a file of ``kind``'s format that its reader cannot open."""
    return (
        f"{path}: is a damaged {kind} (cut off or corrupted, it cannot be opened); {repair}, "
        "or ask for the file again"
    )
