"""Reading XLIFF 2.x (:mod:`xliff_read` reads 1.2 and 1.1, and chooses): one unit per
segment, statuses from our own metadata when the file is ours, else from the segment's
``state`` (and a ``subState`` of ours)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from workbench.formats.tmx_read import STATUSES, bead_version, parse_date
from workbench.formats.xliff import METADATA, NS_2, NS_MDA
from workbench.formats.xliff_parts import (
    approved_since,
    first_set,
    inline_text,
    local,
    props,
    score,
    untranslated,
)
from workbench.langtags import normalize
from workbench.model import TranslationUnit

if TYPE_CHECKING:
    from lxml import etree

# A 2.x segment's state: "reviewed" and "final" are past review; "translated" waits for it
# (our export writes auto so); "initial" with a target is a draft (ours: MT to post-edit).
_STATES_2 = {"final": "confirmed", "reviewed": "confirmed", "translated": "auto"}


class Reader2:
    """Units of an XLIFF 2.x file: one per segment (a unit of one segment: the unit, its
    ignorables kept around it)."""

    def __init__(self, root: etree._Element, stem: str, fallback: datetime) -> None:
        self._source_lang = normalize(root.get("srcLang") or "")
        self._target_lang = normalize(root.get("trgLang") or "")
        self._stem = stem
        self._fallback = fallback

    def units(self, unit: etree._Element) -> list[TranslationUnit | None]:
        """The unit's pairs, one per segment (None: a segment with no source text)."""
        meta = {
            m.get("type", ""): m.text or ""
            for group in unit.iterfind(f"{{{NS_MDA}}}metadata/{{{NS_MDA}}}metaGroup")
            if group.get("category") == METADATA
            for m in group.iterfind(f"{{{NS_MDA}}}meta")
        }
        parts = _segments(unit)
        if not parts:
            return [None]
        return [self._unit(unit, meta, part, len(parts) > 1) for part in parts]

    def _unit(
        self, unit: etree._Element, meta: Mapping[str, str], part: _Part2, several: bool
    ) -> TranslationUnit | None:
        ns = f"{{{NS_2}}}"
        source_text, target_text, state, segment_id = part
        if not source_text.strip():
            return None
        if not target_text.strip():
            target_text = ""
        file = unit.getparent()
        while file is not None and local(file.tag) != "file":
            file = file.getparent()
        created = parse_date(meta.get("created")) or self._fallback
        tuid = first_set(unit.get("name"), unit.get("id"))
        return TranslationUnit(
            tuid=f"{tuid}#{segment_id}" if several else tuid,
            source=source_text,
            target=target_text,
            source_lang=self._source_lang,
            target_lang=self._target_lang,
            origin=meta.get("origin") or "xliff",
            status=_status_2(meta.get("status"), state)
            if target_text
            else untranslated(meta.get("status")),
            score=score(meta.get("score")),
            document=(file.get("original") if file is not None else None) or self._stem,
            reviewer=meta.get("reviewer") or None,
            created=created,
            changed=parse_date(meta.get("changed")) or created,
            notes=tuple(n.text or "" for n in unit.iterfind(f"{ns}notes/{ns}note") if n.text),
            props=props(meta),
            **bead_version(meta.get("version")),
        )


# (source, target, (state, subState), the segment's id or its place) of a 2.x segment.
_Part2 = tuple[str, str, tuple[str | None, str], str]


def _segments(unit: etree._Element) -> list[_Part2]:
    """The segments of a 2.x unit, each a pair of its own; a unit of one segment is
    read whole, its ignorables (white space around it) with it. [] for no segment.

    An ignorable needs no target: its source stands.
    """
    ns = f"{{{NS_2}}}"
    data = {
        d.get("id", ""): "".join(map(str, d.itertext()))
        for d in unit.iterfind(f"{ns}originalData/{ns}data")
    }

    def text(part: etree._Element, side: str) -> str:
        element = part.find(f"{ns}{side}")
        if side == "target" and element is None and local(part.tag) == "ignorable":
            return text(part, "source")
        return inline_text(element, data)

    parts = [p for p in unit if local(p.tag) in ("segment", "ignorable")]
    segments = [p for p in parts if local(p.tag) == "segment"]
    if not segments:
        return []
    # Several segments: the white space between the sentences is neither's.
    groups = [[s] for s in segments] if len(segments) > 1 else [parts]
    found: list[_Part2] = []
    for n, group in enumerate(groups):
        segment = next(p for p in group if local(p.tag) == "segment")
        found.append((
            "".join(text(p, "source") for p in group),
            "".join(text(p, "target") for p in group),
            (segment.get("state"), segment.get("subState") or ""),
            segment.get("id") or str(n + 1),
        ))  # fmt: skip
    return found


def _status_2(ours: str | None, state: tuple[str | None, str]) -> str:
    value, sub_state = state
    prefix, _, ours_too = sub_state.partition(":")
    if ours not in STATUSES and prefix == METADATA:
        ours = ours_too
    # no state written: a translation, nobody said it was reviewed
    theirs = "auto" if value is None else _STATES_2.get(value, "draft")
    return approved_since(ours, theirs)
