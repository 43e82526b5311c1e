"""A unit's side as the file delivers it, for QA at import: its inline codes written as
tags and its white space untouched, where the readers' plain text drops the codes
(`xliff_read.inline_text`, `tmx_read.seg_text`) and the import collapses spaces.

Each code becomes one canonical tag naming its kind and its id, whatever the CAT tool
wrote inside it: ``<g id="1">…</g>``, ``<x id="2"/>``, ``<ph id="3"/>``, ``<bpt id="1"/>``
(XLIFF 1.2), ``<pc id="1">…</pc>``, ``<sc id="1"/>`` (XLIFF 2), ``<bpt x="1"/>``,
``<hi x="1">…</hi>`` (TMX: ``x`` matches codes across the sides, ``i`` pairs a ``bpt``
with its ``ept`` inside one). The native code a placeholder holds (``&lt;br/&gt;``) is
not written: sides compare by the codes' kinds and ids, as Xbench's and Verifika's tag
checks do. Annotations (``<mrk>``, XLIFF 2's ``<sm>``/``<em>``) are not codes: their text
is kept. The text's ``& < >`` are escaped, so a tag is always a code.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

_PAIRED = frozenset({"g", "pc", "hi"})  # codes around text
_TRANSPARENT = frozenset({"mrk", "sm", "em"})  # annotations: their text, no code
_ID_ATTRIBUTES = ("id", "x", "i", "rid")
_RUN = re.compile(r"\s\s")
_RUN_IN = _RUN.search


def delivered_text(element: etree._Element | None) -> str:
    """The text of a ``source``, ``target`` or ``seg`` with its inline codes as tags."""
    if element is None:
        return ""
    parts = [_escaped(element.text or "")]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(_code(child))
        parts.append(_escaped(child.tail or ""))
    return "".join(parts)


def delivered_pair(
    source: etree._Element | None, target: etree._Element | None
) -> tuple[str, str] | None:
    """(source, target) as delivered (`delivered_text`), or None when neither side has an
    inline code nor two white-space characters in a row: the plain text says it all."""
    if (
        source is not None and target is not None and not len(source) and not len(target)
        and _RUN_IN(source.text or "") is None and _RUN_IN(target.text or "") is None
    ):  # fmt: skip
        return None  # the common case, at the cost of two searches: no code, no two spaces
    pair = delivered_text(source), delivered_text(target)
    return pair if any(says_more(side) for side in pair) else None


def _code(child: etree._Element) -> str:
    name = str(child.tag).rpartition("}")[2]
    if name == "cp":  # XLIFF 2: a character XML cannot hold, by its code point
        return _escaped(_code_point(child.get("hex", "")))
    if name in _TRANSPARENT:
        return delivered_text(child)
    ident = next((f' {a}="{child.get(a)}"' for a in _ID_ATTRIBUTES if child.get(a)), "")
    if name in _PAIRED:
        return f"<{name}{ident}>{delivered_text(child)}</{name}>"
    return f"<{name}{ident}/>"


def says_more(text: str) -> bool:
    """Whether a delivered side holds what its plain text loses: a code, or two white-space
    characters in a row."""
    return "<" in text or _RUN.search(text) is not None


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _code_point(hex_digits: str) -> str:
    try:
        return chr(int(hex_digits, 16))
    except ValueError:
        return ""
