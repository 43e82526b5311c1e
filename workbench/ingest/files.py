"""Reading the user's files: finding them, checking them, decoding them.

Everything that can be wrong with a file is found here, before anything is
stored: unreadable, empty, too large, binary, or not text in any encoding we
can tell. Each problem is an InputError naming the file and what to do. Which
suffixes are read, and how each format becomes blocks, is the reader table of
:mod:`workbench.ingest.readers`.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from workbench.model import InputError
from workbench.naming import shell_word

# Plain and marked-up text: decoded here, then parsed by markup/extract.
TEXT_SUFFIXES = frozenset({".txt", ".html", ".htm", ".xhtml", ".md"})
MB = 1024 * 1024  # the megabyte of `ingest --max-size`
MAX_BYTES = 20 * MB

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class SourceText:
    """A file's text, decoded and NFC-normalised, with what identifies its bytes."""

    path: Path
    text: str
    encoding: str
    sha256: str
    size: int


# A folder's own files, by name: README, LICENSE (LICENCE), CHANGELOG, with any suffix
# (README.md, LICENSE-MIT, changelog.txt). Found in a folder they are the project's, not
# documents to translate (newcomer33: `ingest corpus/` stored README.md as an English
# document); named on the command line they are read as any file is.
_PROJECT_FILE = re.compile(r"(readme|licen[cs]e|changelog)([._\-].*)?", re.IGNORECASE)


def project_file(path: Path) -> bool:
    """Whether a file found in a folder is the folder's README, LICENSE or CHANGELOG, or a
    part of a page a browser saved whole (`page_part`)."""
    return _PROJECT_FILE.fullmatch(path.name) is not None or page_part(path)


def page_part(path: Path) -> bool:
    """Whether ``path`` lies in the ``NAME_files`` folder a browser's "Web page, complete"
    writes beside ``NAME.html``: the page's frames, ads and widgets, not documents
    (newcomer37: an ad iframe and a comment widget were stored as two pages of debris)."""
    for folder in path.parents:
        if folder.name.endswith("_files"):
            stem = folder.name.removesuffix("_files")
            if any((folder.parent / f"{stem}{s}").is_file() for s in (".html", ".htm")):
                return True
    return False


def collect(
    paths: Iterable[str | Path], suffixes: Collection[str] | None = None
) -> tuple[list[Path], list[tuple[Path, InputError]], list[Path]]:
    """Expand folders (recursively) into the files we ingest, in a stable order.

    ``suffixes`` (lower case, with the dot) defaults to every suffix of the
    reader table (:data:`workbench.ingest.readers.SUFFIXES`). Returns the files,
    the problems met (a path that does not exist, a file with a suffix we do not
    read, a subfolder that cannot be listed) and the files of a folder left out by
    name (`project_file`: its README, LICENSE, CHANGELOG), which a file named
    on its own never is.
    """
    if suffixes is None:
        from workbench.ingest.readers import SUFFIXES

        suffixes = SUFFIXES
    known = frozenset(suffixes)
    files: list[Path] = []
    problems: list[tuple[Path, InputError]] = []
    by_name: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in _walk(path, known, problems):
                (by_name if project_file(found) else files).append(found)
        elif path.is_file():
            if path.suffix.lower() in known or _bare(path):
                files.append(path)
            else:
                problems.append((path, unreadable_type(path, known)))
        elif str(path) == "-":  # a paste, as `translate -` reads one
            problems.append((path, InputError(
                "-: a pasted text is read by the command line, with a name: "
                "`workbench ingest - --name article`"
            )))  # fmt: skip
        else:
            problems.append(
                (path, InputError(f"{path}: no such file or folder; check the name and the folder"))
            )
    return files, problems, by_name


def _walk(
    folder: Path, known: Collection[str], problems: list[tuple[Path, InputError]]
) -> list[Path]:
    """The files we read under ``folder``, sorted; a folder that cannot be listed is a problem.

    ``Path.rglob`` skips such a folder silently, and the user would never learn
    that its files were left out.
    """

    def refused(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else folder
        reason = "permission denied" if isinstance(exc, PermissionError) else exc.strerror or exc
        problems.append((where, InputError(
            f"{where}: folder cannot be read ({reason}), so its files were not ingested; "
            "check its permissions"
        )))  # fmt: skip

    found = [
        Path(top, name) for top, _, names in os.walk(folder, onerror=refused) for name in names
    ]
    return sorted(p for p in found if (p.suffix.lower() in known or _bare(p)) and p.is_file())


def _bare(path: Path) -> bool:
    """A file whose name has no suffix (``canal-lettre``): read by what its bytes hold
    (`readers.read_file`), as `align-files` reads it; a hidden file (``.DS_Store``) is not."""
    return path.suffix == "" and not path.name.startswith(".")


# Bilingual files are imported as alignments, not ingested as documents.
EXCHANGE_SUFFIXES = frozenset({".tmx", ".xlf", ".xliff", ".sdlxliff", ".mqxliff"})


# Spreadsheets: the review tables go back with `import`, never `ingest`.
REVIEW_TABLE_SUFFIXES = frozenset({".tsv", ".csv", ".xlsx", ".ods", ".xls"})


# Subtitle formats read as SubRip once converted: the name a subtitler knows them by, and
# whether ffmpeg's subtitle decoders read them (ass, ssa, microdvd/subviewer, sami, scc do;
# ffmpeg has no decoder for YouTube's .sbv, EBU .stl or TTML); Subtitle Edit reads them all.
OTHER_SUBTITLES: dict[str, tuple[str, bool]] = {
    ".ass": ("Advanced SubStation Alpha", True),
    ".ssa": ("SubStation Alpha", True),
    ".sub": ("MicroDVD or SubViewer", True),
    ".smi": ("SAMI", True),
    ".scc": ("Scenarist closed captions", True),
    ".sbv": ("YouTube SubViewer", False),
    ".stl": ("EBU STL", False),
    ".ttml": ("TTML", False),
    ".dfxp": ("DFXP (TTML)", False),
}


def unreadable_type(path: Path, known: Collection[str]) -> InputError:
    """The one-line refusal of a file ``ingest`` does not read, with what to do instead."""
    suffix = path.suffix.lower()
    if suffix in EXCHANGE_SUFFIXES:
        return InputError(
            f"{path}: a translation memory or XLIFF file holds both languages; "
            f"read it with `workbench import {shell_word(str(path))}`"
        )
    if suffix in OTHER_SUBTITLES:
        return InputError(f"{path}: {_convert_subtitles(path)}")
    if suffix in REVIEW_TABLE_SUFFIXES:  # newcomer37 LOW 14: the reverse of `import X.docx`
        table = path if suffix not in (".ods", ".xls") else path.with_suffix(".xlsx")
        saved = f"saved as {table.name}, " if table != path else ""
        return InputError(
            f"{path}: a spreadsheet is no document to ingest; a review table the workbench "
            f"exported goes back, {saved}with `workbench import {shell_word(str(table))} "
            "--reviewer NAME`, and a text to translate is ingested as .docx, .txt or .html"
        )
    return InputError(
        f"{path}: not a file type the workbench reads; use one of {', '.join(sorted(known))}"
    )


def _convert_subtitles(path: Path) -> str:
    """What to do with a subtitle file of a format read once converted to SubRip."""
    import shlex

    name, by_ffmpeg = OTHER_SUBTITLES[path.suffix.lower()]
    srt = shlex.quote(str(path.with_suffix(".srt")))
    ffmpeg = f", or run `ffmpeg -i {shlex.quote(str(path))} {srt}`" if by_ffmpeg else ""
    vobsub = (
        " (a .sub with an .idx beside it is VobSub pictures: Subtitle Edit's OCR reads them)"
        if path.suffix.lower() == ".sub"
        else ""
    )
    editors = "Subtitle Edit or Aegisub" if by_ffmpeg else "Subtitle Edit"
    return (
        f"{name} subtitles are read once saved as SubRip: save it as SubRip (.srt) in "
        f"{editors}{ffmpeg}, then ingest the .srt{vobsub}"
    )


def read_source(path: Path, max_bytes: int = MAX_BYTES) -> SourceText:
    """Read and decode one file, or raise InputError saying what to do."""
    data = read_bytes(path, max_bytes)
    text, encoding = decode(data, path)
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise InputError(f"{path}: the file is empty; there is nothing to ingest")
    return SourceText(path, text, encoding, hashlib.sha256(data).hexdigest(), len(data))


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of one file, or InputError: over ``max_bytes``, unreadable, or empty."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            # in the MB of --max-size (2**20 bytes): "over the 21 MB limit" stood beside
            # `--help`'s 20.0 (newcomer28); only `ingest` has the option
            raise InputError(
                f"{path}: {size / MB:.1f} MB is over the {max_bytes / MB:g} MB limit; "
                "split the file, or ingest it with a larger `workbench ingest --max-size`"
            )
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied; check the file's permissions") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the name and the folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{path}: the file is empty; there is nothing to ingest")
    return data


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Decode bytes: BOM first, then strict UTF-8, then charset-normalizer's best guess.

    Returns the text and the encoding's name; raises InputError (empty, binary,
    mixed or undecodable). Byte-order marks inside the text (U+FEFF, left where
    files with a BOM were joined) are dropped: as a character it is an invisible
    "zero width no-break space" that stuck to a sentence's first word, so the
    sentence matched nothing in a CAT tool's memory.
    """
    text, encoding = _decode(data, path)
    return text.replace("\ufeff", ""), encoding


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    if not data.strip():
        raise InputError(f"{path}: the file is empty; there is nothing to ingest")
    cleaned = _without_stray_utf16_boms(data)
    if cleaned is not None:
        return cleaned, "utf-8"
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{path}: starts like {encoding} but byte {exc.start} is invalid; "
                    "re-save the file as UTF-8"
                ) from None
    if b"\x00" in data[:8192]:
        wide = _without_bom(data)
        if wide is None:
            raise _binary(path)
        return wide
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            line = data[: exc.start].count(b"\n") + 1
            raise InputError(
                f"{path}: mixes encodings: it is UTF-8 except for the bytes at line {line} "
                f"(offset {exc.start}); re-save the file as UTF-8"
            ) from None
    return _guess(data, path)


_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _without_stray_utf16_boms(data: bytes) -> str | None:
    """UTF-8 (or ASCII) text with UTF-16 byte-order marks in it, decoded without them; else None.

    Joining or converting files leaves such marks (bytes FF FE or FE FF) at the
    start or inside plain text. They encode no character: read as the BOM they
    claim, the text came out as CJK mojibake ("桔\u2065潣..."); read as cp1252,
    as "ÿþ" inside a word. Real UTF-16 text holds NUL bytes (any ASCII character,
    space and newline included, has one), so text with none is not UTF-16.
    """
    if b"\x00" in data or not any(bom in data for bom in _UTF16_BOMS):
        return None
    stripped = data
    for bom in _UTF16_BOMS:
        stripped = stripped.replace(bom, b"")
    try:
        return stripped.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


# (encoding, width, where the character's low byte is): text of Latin letters in UTF-16 or
# UTF-32 with no byte-order mark has NUL bytes everywhere else in each unit.
_WIDE = (("utf-32-le", 4, 0), ("utf-32-be", 4, 3), ("utf-16-le", 2, 0), ("utf-16-be", 2, 1))


def _without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 or UTF-32 text saved with no byte-order mark (as some Windows tools and
    exports do), decoded; None for anything else with NUL bytes (a binary file).

    Such text was refused as "binary". The byte pattern decides, not a guess: text
    is written in one alphabet (or two) between ASCII spaces, line ends and
    punctuation, so in the first 8 KB each unit's bytes but its low one are NUL
    for at least a tenth of the units, and take at most two other values for
    nearly all the rest (Latin: 0x00-0x02; Cyrillic: 0x04; Greek: 0x03 and 0x1F);
    the decoded text must then hold no control characters a text has not.
    """
    head = data[:8192]
    for encoding, width, low in _WIDE:
        units = [head[k : k + width] for k in range(0, len(head) - width + 1, width)]
        if len(units) < 8 or len(data) % width:
            continue
        # every byte of a unit but its low one; a unit with no low byte is no character
        high = Counter(u[:low] + u[low + 1 :] for u in units if u[low])
        ascii_ = high.pop(bytes(width - 1), 0)
        alphabets = sum(n for _, n in high.most_common(2))
        if ascii_ < 0.1 * len(units) or ascii_ + alphabets < 0.95 * len(units):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _looks_binary(text):
            return text, encoding
    return None


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes hold real multi-byte UTF-8 characters alongside the bad ones,
    in text whose spaces and line ends are ASCII's: an EBCDIC file (space 0x40, line end
    0x25) is no UTF-8 at all, though a few of its bytes pair up as UTF-8 characters."""
    text = data.decode("utf-8", errors="replace")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    ascii_gaps = data.count(b" ") + data.count(b"\n")
    return multibyte > 0 and ascii_gaps * 50 >= len(data)


# Single-byte code pages of the languages the workbench serves, most used first.
# When charset-normalizer finds one of them as clean as its best guess, it wins:
# on a few lines of text several code pages decode without a flaw, and the
# guess among them is arbitrary (three French subtitle cues in cp1252 came out
# as HP Roman-8, "Oª Õtais-tu"; a French line in Latin-1 as cp1250, "crčme").
WESTERN = ("cp1252", "iso8859_15", "latin_1")
# Languages whose words tell a Western code page's reading from another's (wordfreq's
# lists): those of the workbench's documents and originals.
WORD_LANGUAGES = ("fr", "en", "es", "de", "it", "pt", "nl", "ca")


def _guess(data: bytes, path: Path) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise _binary(path)
    clean = {e for m in matches if m.chaos <= best.chaos for e in m.could_be_from_charset}
    western = next((e for e in WESTERN if e in clean), None)
    if western is None and best.encoding not in WESTERN:
        western = _western_by_words(data, str(best))
    text, encoding = (data.decode(western), western) if western else (str(best), best.encoding)
    text, encoding = _c1_as_cp1252(data, text, encoding)
    if _looks_binary(text):
        raise _binary(path)
    return text, _known_name(data, text, encoding)


_WORD = re.compile(r"\w+")


def _western_by_words(data: bytes, guessed: str) -> str | None:
    """ "cp1252" when the bytes read as Windows-1252 give words with accented letters that
    a language of `WORD_LANGUAGES` writes (wordfreq) more often than the guess's reading
    does; None otherwise. On a few lines several code pages decode without a flaw, and
    charset-normalizer found Baltic cp1257 a hair cleaner than cp1252 for six French
    subtitle lines: "tōt", "pčre", "déją" for "tôt", "père", "déjà" (newcomer38), stored,
    aligned at 0.99 and exported to the memory without a word."""
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    from wordfreq import zipf_frequency  # deferred: a rare path, and a list a language

    def accented(text: str) -> list[str]:
        """Its words of letters alone with one beyond ASCII ("ch½ur" is none)."""
        words = (w for w in _WORD.findall(text) if w.isalpha() and not w.isascii())
        return [w.casefold() for w in words][:200]

    ours, theirs = accented(western), accented(guessed)
    if not ours:
        return None
    for lang in WORD_LANGUAGES:
        known = sum(zipf_frequency(w, lang) > 0 for w in ours)
        if known * 2 > len(ours) and known > sum(zipf_frequency(w, lang) > 0 for w in theirs):
            return "cp1252"
    return None


def _c1_as_cp1252(data: bytes, text: str, encoding: str) -> tuple[str, str]:
    """``text`` read as Windows-1252 when the guess left C1 control characters in it
    (U+0080–U+009F) and the bytes are Windows-1252: those bytes are its curly quotes,
    dashes, "…", "œ" and "€", which ISO-8859-1 and -15 leave as invisible controls. The
    WHATWG Encoding Standard decodes every page labelled ISO-8859-1, Latin-1 or ASCII as
    Windows-1252 for this reason; charset-normalizer offered only Latin-1 for such a page
    (newcomer28: "l’écluse" stored with U+0092, "…" gone, the controls exported to TMX)."""
    if encoding == "cp1252" or not any("\x80" <= ch <= "\x9f" for ch in text):
        return text, encoding
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # one of its five unassigned bytes: not Windows-1252
        return text, encoding


# Code pages translators know by name. A guess that decodes the bytes exactly as one of
# them is named after it: code pages that differ only in characters a file lacks read it
# alike, and charset-normalizer named a Mac file "mac_iceland" and an ISO-8859-15 file
# "iso8859_16" (newcomer 17).
KNOWN = (*WESTERN, "mac_roman")


def _known_name(data: bytes, text: str, encoding: str) -> str:
    """``encoding``, or the first of `KNOWN` that decodes ``data`` to the same ``text``."""
    for known in KNOWN:
        try:
            if data.decode(known) == text:
                return known
        except UnicodeDecodeError:
            continue
    return encoding


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    return controls > max(8, len(text) // 100)


def _binary(path: Path) -> InputError:
    return InputError(
        f"{path}: looks like a binary file, not text; export it as .txt, .html, .docx or .pdf first"
    )
