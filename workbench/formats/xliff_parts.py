"""What the XLIFF 1.2 and 2.x readers (:mod:`xliff_read`, :mod:`xliff2_read`) share: the
text of a ``source``/``target`` with its inline codes, and what our own metadata says of a
unit (props, the status of an untranslated one, its score)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from workbench.formats.tmx_read import STATUSES, code_text
from workbench.formats.xliff import PROP
from workbench.model import Prop

if TYPE_CHECKING:
    from lxml import etree

_PAIRED = frozenset({"g", "mrk", "pc"})  # codes around text: the text is kept


def local(tag: object) -> str:
    return str(tag).rpartition("}")[2]


def inline_text(element: etree._Element | None, data: Mapping[str, str] | None = None) -> str:
    """The text of a ``source``/``target``: paired codes' text kept, placeholders dropped
    unless they stand for a break or a space (``data``: 2.x ``originalData`` by id)."""
    if element is None:
        return ""
    parts = [element.text or ""]
    for child in element:
        name = local(child.tag)
        if name in _PAIRED:
            parts.append(inline_text(child, data))
        elif name == "cp":  # 2.x: a character XML cannot hold, by its code point
            parts.append(_code_point(child.get("hex", "")))
        elif isinstance(child.tag, str):
            parts.append(_code(child, name, data or {}))
        parts.append(child.tail or "")
    return "".join(parts)


def _code(code: etree._Element, name: str, data: Mapping[str, str]) -> str:
    if code.get("equiv") is not None:  # 2.x: the code's plain-text equivalent
        return code.get("equiv", "")
    native = "".join(map(str, code.itertext()))  # 1.2: <ph>, <bpt>, <it> hold the native code
    if not native:
        native = data.get(code.get("dataRef") or code.get("dataRefStart") or "", "")
    kind = code.get("ctype") or code.get("subType") or code.get("type") or ""
    return code_text(native, kind.removeprefix("xlf:").removeprefix("x-"))


def _code_point(hex_digits: str) -> str:
    try:
        return chr(int(hex_digits, 16))
    except ValueError:
        return ""


def props(meta: Mapping[str, str]) -> tuple[Prop, ...]:
    """The TMX-style props (a subtitle's timecodes) the writer put in the metadata."""
    found = []
    for name, value in meta.items():
        if name.startswith(PROP):
            kind, _, lang = name.removeprefix(PROP).rpartition(":")
            found.append(Prop(kind, value, lang))
    return tuple(found)


def untranslated(ours: str | None) -> str:
    """A unit with no target: waiting for its translation (``auto``) unless ours says."""
    return str(ours) if ours in STATUSES else "auto"


def approved_since(ours: str | None, theirs: str) -> str:
    """A unit's status: ours as we exported it (our metadata, which CAT tools keep), unless
    the tool's own markers (``theirs``: 1.2 ``approved="yes"``, ``final``, ``signed-off``,
    Trados' or memoQ's confirmation; 2.x ``reviewed``, ``final``) say it was approved since:
    our export writes them for a confirmed bead only, so a reviewer approved it there
    (newcomer32: Trados' and memoQ's approvals were read back as "auto", without a word).
    A file that is not ours goes by its markers alone."""
    if ours not in STATUSES:
        return theirs
    return "confirmed" if theirs == "confirmed" else str(ours)


def first_set(*values: str | None) -> str:
    """The first value present, even empty (an empty tuid is an id too)."""
    return next((value for value in values if value is not None), "")


def score(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None
