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
from workbench.formats.tmx_read import bead_version, kept_units, parse_date
from workbench.formats.xliff import NS_2, NS_12, XML_LANG
from workbench.formats.xliff2_read import Reader2
from workbench.formats.xliff_parts import approved_since, inline_text, props, score, untranslated
from workbench.formats.xmlsafe import iter_elements, parse_file, root_tag
from workbench.langtags import normalize
from workbench.model import ParseError, TranslationUnit

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
_MT_QUALIFIERS = frozenset({"mt-suggestion", "leveraged-mt"})

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
        units = map(Reader2(root, path.stem, fallback).units, rest)
    else:
        units = map(_Reader12(path, fallback).units, rest)
    return version, chain.from_iterable(units)


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
            score=score(meta.get("score")),
            document=unit.document,
            reviewer=meta.get("reviewer") or None,
            created=unit.created,
            changed=parse_date(meta.get("changed")) or unit.created,
            notes=unit.notes,
            props=props(meta),
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
        return untranslated(ours), False
    if sdl is not None:
        theirs = SDL_CONFIRMATION.get(sdl.get("conf", ""), "draft" if machine else "auto")
    elif memoq in MEMOQ_STATUS:
        theirs = MEMOQ_STATUS[memoq]
    else:
        state = whole.get("state") if whole is not None else None
        theirs = _status_12(state, unit.tu.get("approved"), qualifier)
    return approved_since(ours, theirs), machine


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


def _status_12(state: str | None, approved: str | None, qualifier: str) -> str:
    """A 1.2 unit's status by the standard markers alone (ours: `approved_since`)."""
    # approved, or signed off: a reviewer's word, whichever tool made the text
    if approved == "yes" or _STATES_12.get(state or "") == "confirmed":
        return "confirmed"
    if qualifier in _MT_QUALIFIERS:
        return "draft"
    # A target with no state (or an unknown one) is a translation nobody approved yet.
    return _STATES_12.get(state or "", "auto")
