"""Reading XLIFF 1.2 (and 1.1) and 2.x from any CAT tool: the other half of :mod:`xliff`.

Streams through :mod:`workbench.formats.xmlsafe`, one unit at a time. Inline
codes are handled as in TMX (:func:`workbench.formats.tmx_read.code_text`):
the text of paired codes (``<g>``, ``<pc>``, ``<mrk>``) is kept, placeholders
are dropped unless they stand for a break or a space. Statuses come from our
own metadata when the file is ours, else from the standard state attributes.

A 1.2 unit whose ``<seg-source>`` splits it into segments (``<mrk mtype="seg">``,
as Trados' SDLXLIFF and segmenting filters write) is read as one unit per
segment, its target found by ``mid``: a paragraph of two sentences is two pairs,
not one. Each segment of an SDLXLIFF takes Trados' own state from its
``<sdl:seg>`` (see :data:`SDL_CONFIRMATION`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.formats.inline_codes import delivered_pair
from workbench.formats.tmx_read import STATUSES, bead_version, code_text, kept_units, parse_date
from workbench.formats.xliff import METADATA, NS_2, NS_12, NS_MDA, PROP, XML_LANG
from workbench.formats.xmlsafe import iter_elements, parse_file, root_tag
from workbench.langtags import normalize
from workbench.model import ParseError, Prop, TranslationUnit

if TYPE_CHECKING:
    from lxml import etree

NS_11 = "urn:oasis:names:tc:xliff:document:1.1"
# A 1.2 target's state, for files that do not carry our own status. Only a reviewer's
# word makes a unit confirmed: ``approved="yes"`` ("passed its final review", default
# "no"), or a state that says so itself (``signed-off``: reviewed and approved;
# ``final``). ``translated`` alone is a translation waiting for review: auto, as our
# export writes auto, and as Weblate reads it ("waiting for review").
_STATES_12 = {
    "final": "confirmed",
    "signed-off": "confirmed",
    "translated": "auto",
    "needs-review-translation": "auto",
    "needs-review-l10n": "auto",
    "needs-review-adaptation": "auto",
    "needs-adaptation": "auto",
    "needs-l10n": "auto",
    "needs-translation": "draft",
    "new": "draft",
}
# A 2.x segment's state: "reviewed" and "final" are past review; "translated" waits for it
# (our export writes auto so); "initial" with a target is a draft (ours: MT to post-edit).
_STATES_2 = {"final": "confirmed", "reviewed": "confirmed", "translated": "auto"}
_MT_QUALIFIERS = frozenset({"mt-suggestion", "leveraged-mt"})
_PAIRED = frozenset({"g", "mrk", "pc"})  # codes around text: the text is kept

NS_SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"
NS_MQ = "MQXliff"
NS_OKAPI = "okapi-framework:xliff-extensions"
# Who wrote a file that names no tool (no tool-id, no <tool>, no 1.1 ``tool``): the
# namespace of its extensions says, and the units' origin says it too (``xliff:okapi``).
GENERATORS = {NS_SDL: "trados", NS_OKAPI: "okapi", NS_MQ: "memoq"}
# A Trados segment's confirmation level (``<sdl:seg conf>``) as a bead status. As for the
# standard states, only a reviewer's word confirms: "Translated" is the translator's
# Ctrl+Enter, waiting for review (auto); "ApprovedTranslation" (a reviewer) and
# "ApprovedSignOff" (the sign-off) are past it. No ``conf``: Trados' "Not Translated".
SDL_CONFIRMATION = {
    "ApprovedSignOff": "confirmed",
    "ApprovedTranslation": "confirmed",
    "Translated": "auto",
    "Draft": "draft",
    "RejectedTranslation": "rejected",
    "RejectedSignOff": "rejected",
}
# Trados' ``<sdl:seg origin>`` values for machine translation (neural, adaptive).
_SDL_MT_ORIGINS = frozenset({"mt", "nmt", "amt", "adaptive-mt"})
# A memoQ row status (``trans-unit/@mq:status``) as a bead status, by the same rule: a
# reviewer's confirmation ("Proofread" is reviewer 1's) confirms, the translator's waits
# for review, a pre-translation or a row half edited is a draft. Others: the standard state.
MEMOQ_STATUS = {
    "Proofread": "confirmed",
    "Reviewer1Confirmed": "confirmed",
    "Reviewer2Confirmed": "confirmed",
    "ManuallyConfirmed": "auto",
    "Confirmed": "auto",
    "ConfirmedTranslator": "auto",
    "PartiallyEdited": "draft",
    "Edited": "draft",
    "Pretranslated": "draft",
    "AssembledFromFragments": "draft",
    "MachineTranslated": "draft",
    "Rejected": "rejected",
}


@dataclass(frozen=True)
class XliffDocument:
    """An XLIFF file read back: its version, its units, and how many had no text at all.

    A unit not yet translated (no target, or an empty one: a hand-off) is among
    ``units`` with ``target == ""``: see :func:`stream_xliff`.
    """

    version: str
    units: tuple[TranslationUnit, ...]
    skipped: int = 0


def read_xliff(path: Path) -> XliffDocument:
    """Read a whole XLIFF 1.2 or 2.x file (ours, OmegaT's, Trados', memoQ's) safely.

    A unit with no source text is counted in ``skipped``; one with no target
    text is kept, untranslated (``target == ""``). Raises ParseError for a file
    that is not XLIFF, or not well-formed.
    """
    version, units = stream_xliff(Path(path))
    kept, skipped = kept_units(units)
    return XliffDocument(version=version, units=kept, skipped=skipped)


def stream_xliff(
    path: Path, progress: Callable[[int], None] | None = None
) -> tuple[str, Iterator[TranslationUnit | None]]:
    """The file's XLIFF version and a lazy iterator over its units (None: no source text).

    A 1.2 unit split into segments (``<seg-source>``) gives one unit per segment,
    its tuid ``ID#MID``; a ``translate="no"`` unit with no text (Trados' document
    structure) gives none and is not counted.

    A unit not yet translated (no ``<target>``, an empty one, state ``new`` or
    ``initial``: the usual hand-off from a CAT tool) comes with ``target == ""``,
    status ``auto`` and score None unless the file is ours and says otherwise:
    a sentence waiting for its translation, not a translation.

    Memory stays flat whatever the file's size: each unit is read at its end
    tag and freed before the next (:func:`xmlsafe.iter_elements`). ``progress``
    is called with the bytes of the file read so far.
    """
    path = Path(path)
    namespace, _, name = root_tag(path).lstrip("{").rpartition("}")
    if name != "xliff" or namespace not in (NS_12, NS_11, NS_2):
        raise ParseError(
            f"{path} is not an XLIFF file: expected <xliff> in the XLIFF 1.2 or 2.x namespace."
        )
    elements = iter_elements(
        path, {f"{{{NS_12}}}trans-unit", f"{{{NS_11}}}trans-unit", f"{{{NS_2}}}unit"}, progress
    )
    first = next(elements, None)
    # A file without units is small: read whole for its root's attributes.
    root = first.getroottree().getroot() if first is not None else parse_file(path).getroot()
    version = root.get("version") or ("2.0" if namespace == NS_2 else "1.2")
    fallback = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    rest = elements if first is None else chain((first,), elements)
    units: Iterable[list[TranslationUnit | None]]
    if namespace == NS_2:
        units = map(_Reader2(root, path.stem, fallback).units, rest)
    else:
        units = map(_Reader12(path, fallback).units, rest)
    return version, chain.from_iterable(units)


def _local(tag: object) -> str:
    return str(tag).rpartition("}")[2]


def inline_text(element: etree._Element | None, data: Mapping[str, str] | None = None) -> str:
    """The text of a ``source``/``target``: paired codes' text kept, placeholders dropped
    unless they stand for a break or a space (``data``: 2.x ``originalData`` by id)."""
    if element is None:
        return ""
    parts = [element.text or ""]
    for child in element:
        name = _local(child.tag)
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


class _Reader12:
    """Units of an XLIFF 1.2 (or 1.1) file."""

    def __init__(self, path: Path, fallback: datetime) -> None:
        self._stem = path.stem
        self._fallback = fallback

    def units(self, tu: etree._Element) -> list[TranslationUnit | None]:
        """The trans-unit's pairs: one, or one per segment (None: a pair with no source
        text). A ``translate="no"`` unit with no text (Trados' structure) is nothing."""
        ns = tu.tag.partition("}")[0] + "}"
        segments = _segments_12(tu, ns)
        if tu.get("translate") == "no" and not any(inline_text(s.source) for s in segments):
            return []
        unit = self._shared(tu, ns)
        return [self._unit(unit, segment) for segment in segments]

    def _shared(self, tu: etree._Element, ns: str) -> _Unit12:
        """What every segment of ``tu`` shares, looked up once for the unit."""
        file = next(tu.iterancestors(f"{ns}file"), None)
        get = file.get if file is not None else (lambda _name, default=None: default)
        # A segment's <mrk> has no xml:lang: the unit's <source> and <target> say it.
        whole_source, whole_target = tu.find(f"{ns}source"), tu.find(f"{ns}target")
        meta = {
            str(c.get("context-type", ""))[2:]: c.text or ""
            for c in tu.iterfind(f"{ns}context-group/{ns}context")
            if str(c.get("context-type", "")).startswith("x-")
        }
        created = parse_date(meta.get("created")) or parse_date(get("date")) or self._fallback
        return _Unit12(
            tu=tu,
            whole_target=whole_target,
            meta=meta,
            tuid=tu.get("id") or tu.get("resname") or "",
            source_lang=normalize(
                (whole_source.get(XML_LANG) if whole_source is not None else None)
                or get("source-language") or ""
            ),
            target_lang=normalize(
                (whole_target.get(XML_LANG) if whole_target is not None else None)
                or get("target-language") or ""
            ),
            tool=get("tool-id") or tool_name(file, ns) or "unknown",
            document=get("original") or self._stem,
            created=created,
            notes=tuple(n.text or "" for n in tu.iterfind(f"{ns}note") if n.text),
        )  # fmt: skip

    @staticmethod
    def _unit(unit: _Unit12, segment: _Segment12) -> TranslationUnit | None:
        source_text, target_text = inline_text(segment.source), inline_text(segment.target)
        if not source_text.strip():
            return None
        if not target_text.strip():
            target_text = ""
        meta = unit.meta
        status, machine = _state_12(unit, segment.sdl, bool(target_text))
        return TranslationUnit(
            tuid=unit.tuid if segment.mid is None else f"{unit.tuid}#{segment.mid}",
            source=source_text,
            target=target_text,
            source_lang=unit.source_lang,
            target_lang=unit.target_lang,
            origin=meta.get("origin") or (f"mt:{unit.tool}" if machine else f"xliff:{unit.tool}"),
            status=status,
            score=_score(meta.get("score")),
            document=unit.document,
            reviewer=meta.get("reviewer") or None,
            created=unit.created,
            changed=parse_date(meta.get("changed")) or unit.created,
            notes=unit.notes,
            props=_props(meta),
            delivered=delivered_pair(segment.source, segment.target),
            **bead_version(meta.get("version")),
        )


@dataclass(frozen=True)
class _Unit12:
    """A 1.2 trans-unit's own facts, the same for each of its segments: its element,
    its whole ``<target>`` (which carries the state), our metadata, and
    the fields every pair read from it takes."""

    tu: etree._Element
    whole_target: etree._Element | None
    meta: Mapping[str, str]
    tuid: str
    source_lang: str
    target_lang: str
    tool: str
    document: str
    created: datetime
    notes: tuple[str, ...]


def _state_12(unit: _Unit12, sdl: etree._Element | None, translated: bool) -> tuple[str, bool]:
    """(status, machine translated?) of a 1.2 unit or segment: our own status, else
    Trados' segment state, memoQ's row status, or the standard state, in that order."""
    ours = unit.meta.get("status")
    whole = unit.whole_target  # the unit's <target> has the state, a segment's <mrk> none
    qualifier = whole.get("state-qualifier", "") if whole is not None and translated else ""
    memoq = unit.tu.get(f"{{{NS_MQ}}}status", "")
    machine = translated and (
        qualifier in _MT_QUALIFIERS
        or memoq == "MachineTranslated"
        or (sdl is not None and sdl.get("origin", "") in _SDL_MT_ORIGINS)
    )
    if not translated:  # nothing was translated, by a machine or anyone
        return _untranslated(ours), False
    if ours in STATUSES:
        return str(ours), machine
    if sdl is not None:
        return SDL_CONFIRMATION.get(sdl.get("conf", ""), "draft" if machine else "auto"), machine
    if memoq in MEMOQ_STATUS:
        return MEMOQ_STATUS[memoq], machine
    state = whole.get("state") if whole is not None else None
    return _status_12(ours, state, unit.tu.get("approved"), qualifier), machine


@dataclass(frozen=True)
class _Segment12:
    """One segment of a 1.2 unit: its source and target elements, its ``mid`` (None:
    the whole unit), and Trados' ``<sdl:seg>`` for it (None: not an SDLXLIFF)."""

    source: etree._Element | None
    target: etree._Element | None
    mid: str | None = None
    sdl: etree._Element | None = None


def _segments_12(tu: etree._Element, ns: str) -> list[_Segment12]:
    """Each segment of a 1.2 unit, in order.

    A unit with ``<seg-source>`` has one per ``<mrk mtype="seg">``, its target the
    target's ``<mrk>`` with the same ``mid`` (None: not translated yet). A unit
    without, or whose target has text but no segment marks (a target that cannot
    be split), is one segment: its ``<source>`` and ``<target>``, mid None.
    """
    source, target = tu.find(f"{ns}source"), tu.find(f"{ns}target")
    whole = [_Segment12(source, target)]
    seg_source = tu.find(f"{ns}seg-source")
    if seg_source is None:
        return whole
    marks = _segment_marks(seg_source, ns)
    if not marks:
        return whole
    targets = {mid: mark for mid, mark in _segment_marks(target, ns)} if target is not None else {}
    if target is not None and not targets and inline_text(target).strip():
        return whole
    definitions = {
        seg.get("id", ""): seg for seg in tu.iterfind(f"{{{NS_SDL}}}seg-defs/{{{NS_SDL}}}seg")
    }
    return [_Segment12(mark, targets.get(mid), mid, definitions.get(mid)) for mid, mark in marks]


def _segment_marks(element: etree._Element, ns: str) -> list[tuple[str, etree._Element]]:
    """(mid, mark) of each ``<mrk mtype="seg">`` in ``element``, at any depth, in order."""
    return [
        (mark.get("mid", ""), mark)
        for mark in element.iter(f"{ns}mrk")
        if mark.get("mtype") == "seg"
    ]


def _props(meta: Mapping[str, str]) -> tuple[Prop, ...]:
    """The TMX-style props (a subtitle's timecodes) the writer put in the metadata."""
    found = []
    for name, value in meta.items():
        if name.startswith(PROP):
            kind, _, lang = name.removeprefix(PROP).rpartition(":")
            found.append(Prop(kind, value, lang))
    return tuple(found)


def _untranslated(ours: str | None) -> str:
    """A unit with no target: waiting for its translation (``auto``) unless ours says."""
    return str(ours) if ours in STATUSES else "auto"


def tool_name(file: etree._Element | None, ns: str) -> str:
    """The tool that wrote a 1.2 ``<file>`` that has no ``tool-id``: its header's
    ``<tool tool-name>``, its 1.1 ``tool`` attribute, or the tool whose extension
    namespace it declares (:data:`GENERATORS`: Trados, Okapi, memoQ); "" if none."""
    if file is None:
        return ""
    tool = file.find(f"{ns}header/{ns}tool")
    named = (tool.get("tool-name", "") if tool is not None else "") or file.get("tool", "")
    if named:
        return named
    declared = set(file.nsmap.values())
    return next((name for uri, name in GENERATORS.items() if uri in declared), "")


def _status_12(ours: str | None, state: str | None, approved: str | None, qualifier: str) -> str:
    if ours in STATUSES:
        return str(ours)
    if approved == "yes":
        return "confirmed"
    if qualifier in _MT_QUALIFIERS:
        return "draft"
    # A target with no state (or an unknown one) is a translation nobody approved yet.
    return _STATES_12.get(state or "", "auto")


class _Reader2:
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
        while file is not None and _local(file.tag) != "file":
            file = file.getparent()
        created = parse_date(meta.get("created")) or self._fallback
        tuid = _first_set(unit.get("name"), unit.get("id"))
        return TranslationUnit(
            tuid=f"{tuid}#{segment_id}" if several else tuid,
            source=source_text,
            target=target_text,
            source_lang=self._source_lang,
            target_lang=self._target_lang,
            origin=meta.get("origin") or "xliff",
            status=_status_2(meta.get("status"), state)
            if target_text
            else _untranslated(meta.get("status")),
            score=_score(meta.get("score")),
            document=(file.get("original") if file is not None else None) or self._stem,
            reviewer=meta.get("reviewer") or None,
            created=created,
            changed=parse_date(meta.get("changed")) or created,
            notes=tuple(n.text or "" for n in unit.iterfind(f"{ns}notes/{ns}note") if n.text),
            props=_props(meta),
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
        if side == "target" and element is None and _local(part.tag) == "ignorable":
            return text(part, "source")
        return inline_text(element, data)

    parts = [p for p in unit if _local(p.tag) in ("segment", "ignorable")]
    segments = [p for p in parts if _local(p.tag) == "segment"]
    if not segments:
        return []
    # Several segments: the white space between the sentences is neither's.
    groups = [[s] for s in segments] if len(segments) > 1 else [parts]
    found: list[_Part2] = []
    for n, group in enumerate(groups):
        segment = next(p for p in group if _local(p.tag) == "segment")
        found.append((
            "".join(text(p, "source") for p in group),
            "".join(text(p, "target") for p in group),
            (segment.get("state"), segment.get("subState") or ""),
            segment.get("id") or str(n + 1),
        ))  # fmt: skip
    return found


def _status_2(ours: str | None, state: tuple[str | None, str]) -> str:
    if ours in STATUSES:
        return str(ours)
    value, sub_state = state
    prefix, _, ours_too = sub_state.partition(":")
    if prefix == METADATA and ours_too in STATUSES:
        return ours_too
    if value is None:  # no state written: a translation, nobody said it was reviewed
        return "auto"
    return _STATES_2.get(value, "draft")


def _first_set(*values: str | None) -> str:
    """The first value present, even empty (an empty tuid is an id too)."""
    return next((value for value in values if value is not None), "")


def _score(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None
