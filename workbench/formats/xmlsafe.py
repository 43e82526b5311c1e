"""The one parser for untrusted XML (TMX from other tools, uploaded files).

Every XML read goes through here, as translate-toolkit's ``xml_helpers`` does:
no entity resolution, no network, no DTD loading, no huge trees. A document
whose DOCTYPE declares entities is refused outright with
:class:`UnsafeInputError`, before libxml2 sees it when the declaration sits in
the first bytes (it always does in a real attack file), and again after parsing
in case it hid further down. Entity declarations have no use in the exchange
formats we read, while they are the whole of the XXE and "billion laughs"
attacks. A plain ``<!DOCTYPE tmx SYSTEM "tmx14.dtd">`` (OmegaT writes one) is
fine: the DTD is never loaded.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Collection, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from workbench.model import ParseError, UnsafeInputError

if TYPE_CHECKING:
    from lxml import etree

# How much of a file's start is read to look for a DOCTYPE before parsing.
_PRESCAN_BYTES = 1 << 16
_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)
_ROOT_START = re.compile(r"<[A-Za-z_:]")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_LXML_PLACE = re.compile(r", line \d+, column \d+$")
_TAG_LINE = re.compile(r"\btag (\S+) line (\d+)")

_PARSER_OPTIONS: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
    "remove_pis": True,
}


def _refusal(source: str) -> UnsafeInputError:
    return UnsafeInputError(
        f"{source} declares XML entities in its DOCTYPE; the workbench refuses such files "
        "because entities can read local files or expand without end (XXE, 'billion laughs'). "
        "Export the file again from its CAT tool without a DOCTYPE, or remove the "
        "<!ENTITY ...> lines."
    )


def _decode_head(head: bytes) -> str:
    """Decode the start of a file well enough to look at its prolog."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="replace")
    if head.startswith(b"<\x00?\x00"):
        return head.decode("utf-16-le", errors="replace")
    if head.startswith(b"\x00<\x00?"):
        return head.decode("utf-16-be", errors="replace")
    # Every other encoding an XML file may declare is ASCII-compatible in its markup.
    return head.decode("latin-1")


def check_prolog(head: bytes, source: str) -> None:
    """Refuse a document whose prolog (before the root element) declares entities."""
    text = _COMMENT.sub("", _decode_head(head))
    root = _ROOT_START.search(text)
    prolog = text if root is None else text[: root.start()]
    if _ENTITY_DECL.search(prolog):
        raise _refusal(source)


def _check_tree(tree: etree._ElementTree, source: str) -> None:
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):  # type: ignore[attr-defined]
        raise _refusal(source)


def _parse_error(source: str, exc: BaseException) -> ParseError:
    # lxml's own message ends with "(FILE, line N)": the file is named once, by us. Its
    # ``msg`` ends with ", line N, column M", after libxml2's "in tag source line N" (where
    # the tag opened): the place is said once, first, and the tag's line as such.
    reason = _LXML_PLACE.sub("", getattr(exc, "msg", None) or str(exc))
    reason = _TAG_LINE.sub(r"<\1> opened on line \2", reason)
    position = getattr(exc, "position", None)
    where = f" at line {position[0]}, column {position[1]}" if position else ""
    return ParseError(
        f"{source} is not well-formed XML{where} ({reason}); check that the file is complete "
        "and was saved as XML (a TMX or XLIFF export, not a project or a zip).",
        cause=exc,
    )


def parser() -> etree.XMLParser:
    """A fresh lxml parser with every option that reaches outside the input turned off."""
    from lxml import etree  # deferred for start-up time

    return etree.XMLParser(**_PARSER_OPTIONS)


def parse_bytes(data: bytes, source: str = "the XML input") -> etree._Element:
    """Parse a whole document held in memory and return its root element."""
    from lxml import etree  # deferred for start-up time

    check_prolog(data[:_PRESCAN_BYTES], source)
    try:
        root = etree.fromstring(data, parser())
    except etree.XMLSyntaxError as exc:
        raise _parse_error(source, exc) from exc
    _check_tree(root.getroottree(), source)
    return root


def parse_file(path: Path) -> etree._ElementTree:
    """Parse a whole file; use :func:`iter_elements` for large files."""
    from lxml import etree  # deferred for start-up time

    _check_file_head(path)
    try:
        tree = etree.parse(str(path), parser())
    except etree.XMLSyntaxError as exc:
        raise _parse_error(str(path), exc) from exc
    except OSError as exc:
        raise ParseError(f"cannot read {path}: {exc}", cause=exc) from exc
    _check_tree(tree, str(path))
    return tree


def _check_file_head(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(_PRESCAN_BYTES)
    except OSError as exc:
        raise ParseError(f"cannot read {path}: {exc}", cause=exc) from exc
    if not head.strip():
        raise ParseError(f"{path} is empty; expected an XML file.")
    check_prolog(head, str(path))


def root_tag(path: Path) -> str:
    """The root element's tag (``{namespace}name``) of a file, read from its first bytes.

    What a file is (TMX, XLIFF 1.2 or 2.x) is told by its root, whatever its
    name ends with. Raises ParseError for a file that is not XML.
    """
    from lxml import etree  # deferred for start-up time

    _check_file_head(path)
    context = etree.iterparse(str(path), events=("start",), **_PARSER_OPTIONS)
    try:
        for _event, element in context:
            _check_tree(element.getroottree(), str(path))
            return str(element.tag)
    except etree.XMLSyntaxError as exc:
        raise _parse_error(str(path), exc) from exc
    raise ParseError(f"{path} holds no XML element")


class _Counted:
    """A binary file whose reads are reported (bytes read so far) to ``progress``."""

    def __init__(self, handle: BinaryIO, progress: Callable[[int], None]) -> None:
        self._handle, self._progress, self._done = handle, progress, 0

    def read(self, size: int = -1) -> bytes:
        data = self._handle.read(size)
        self._done += len(data)
        self._progress(self._done)
        return data


def iter_elements(
    path: Path, tags: Collection[str], progress: Callable[[int], None] | None = None
) -> Iterator[etree._Element]:
    """Stream the elements named ``tags`` of a large file, each complete, in order.

    Each element is yielded at its end tag with the siblings before it already
    freed, and is cleared once the caller asks for the next, so memory stays
    flat: read what you need from an element before advancing. Do not ask for
    nested tags (their earlier siblings would be freed under the caller).
    ``progress``, when given, is called with the bytes of the file read so far.
    """
    from lxml import etree  # deferred for start-up time

    _check_file_head(path)
    with ExitStack() as stack:
        source: Any = str(path)
        if progress is not None:
            source = _Counted(stack.enter_context(path.open("rb")), progress)
        # Only the end tags of ``tags`` reach Python: lxml filters the rest in C.
        context = etree.iterparse(source, events=("end",), tag=list(tags), **_PARSER_OPTIONS)
        yield from _iterparse(context, path)


def _iterparse(context: Any, path: Path) -> Iterator[etree._Element]:
    from lxml import etree  # deferred for start-up time

    checked = False
    try:
        for _, element in context:
            if not checked:
                _check_tree(element.getroottree(), str(path))
                checked = True
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]
            yield element
            element.clear(keep_tail=True)
    except etree.XMLSyntaxError as exc:
        raise _parse_error(str(path), exc) from exc
