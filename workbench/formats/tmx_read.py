"""Reading TMX from any CAT tool: the other half of :mod:`workbench.formats.tmx`.

Streams through :mod:`workbench.formats.xmlsafe`. Accepts what OmegaT (``lang`` or
``xml:lang``, upper-case codes, dates on the ``tuv``), Trados Studio (UTF-16,
``x-ConfirmationLevel``, inline ``<ph>``/``<bpt>``/``<ept>``) and memoQ write.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.formats.cue_styling import without_styling
from workbench.formats.inline_codes import delivered_pair
from workbench.formats.tmx import BASIC_UTC, ORIGIN_LABELS, XML_LANG, TmxDocument, TmxHeader
from workbench.formats.units import VERSION_PROP
from workbench.formats.xmlsafe import iter_elements
from workbench.langtags import language, normalize
from workbench.model import InputError, ParseError, Prop, Status, TranslationUnit

if TYPE_CHECKING:
    from lxml import etree

# Every unit repeats the same few language tags.
_normalize = lru_cache(maxsize=256)(normalize)

# Inline codes of the original format (tags, fields) are not text; <hi> is.
_CODE_TAGS = frozenset({"bpt", "ept", "ph", "it", "ut"})
# The review statuses a unit of ours carries (x-status), also read by xliff_read.
STATUSES = frozenset(map(str, Status))
# A subtitle's timecode, as `ingest.readers_subtitles.timecode_props` writes it.
TIMECODE_PROP = "x-timecode"
# Trados Studio's x-ConfirmationLevel, lowercased.
_CONFIRMATION_LEVELS = {
    "draft": "draft",
    "translated": "confirmed",
    "approvedtranslation": "confirmed",
    "approvedsignoff": "confirmed",
    "rejectedtranslation": "rejected",
    "rejectedsignoff": "rejected",
    "unspecified": "auto",
}
_MT_ORIGINS = frozenset({"mt", "machinetranslation", "adaptivemachinetranslation", "nmt"})
# Inline codes that stand for a line, paragraph or cell break in the original
# (HTML/XML tags, a TMX ``type`` or XLIFF ``ctype``/``subType``): read as a line
# break so that the words on either side do not fuse.
_BREAK_TAG = re.compile(
    r"<\s*/?\s*(?:br|p|div|li|ul|ol|tr|td|th|h[1-6]|hr|table|blockquote|dt|dd|tab|cr|lf)\b"
    r"[^>]*>|\\[nr]|\{\\(?:par|line)\}|\\(?:par|line)\b",
    re.IGNORECASE,
)
_BREAK_KINDS = frozenset({"lb", "pb", "cb", "linebreak", "pagebreak", "x-lb", "x-br"})
_SPACE_CODES = frozenset({"&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "\u00a0", "\u202f"})


def read_tmx(
    path: Path, target_lang: str | None = None, *, source_lang: str | None = None
) -> TmxDocument:
    """Read a whole TMX file (from us, OmegaT, Trados, memoQ, Phrase) safely.

    Without ``target_lang`` the source side is the ``tuv`` in the header's
    ``srclang`` (the first one when the header says ``*all*``) and the target
    the first other ``tuv``. With ``target_lang`` the target is the ``tuv`` in
    that language and the source the one in ``source_lang``, else in
    ``srclang``, else the only other one; a ``tu`` with more languages and no
    way to choose raises InputError naming them. A ``tu`` without both sides
    is counted in ``skipped``; the languages of ``tuv``s left aside are listed
    in ``left_out``.
    """
    header, context, units = _read(Path(path), target_lang, source_lang)
    kept, skipped = kept_units(units)
    left_out = tuple(sorted(context.left_out))
    return TmxDocument(header=header, units=kept, skipped=skipped, left_out=left_out)


def kept_units(
    units: Iterable[TranslationUnit | None],
) -> tuple[tuple[TranslationUnit, ...], int]:
    """A stream's units read (None: a unit skipped), and how many were skipped."""
    kept: list[TranslationUnit] = []
    skipped = 0
    for unit in units:
        if unit is None:
            skipped += 1
        else:
            kept.append(unit)
    return tuple(kept), skipped


def stream_tmx(
    path: Path, target_lang: str | None = None, *, source_lang: str | None = None
) -> tuple[TmxHeader, Iterator[TranslationUnit]]:
    """The header and a lazy iterator over the units, for files too big to hold."""
    header, _, units = _read(Path(path), target_lang, source_lang)
    return header, (unit for unit in units if unit is not None)


def stream_units(
    path: Path,
    target_lang: str | None = None,
    *,
    source_lang: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[TmxHeader, Iterator[TranslationUnit | None], Callable[[], tuple[str, ...]]]:
    """The header, a lazy iterator over every ``tu`` (its unit, or None when it lacks
    a side), and a function giving the languages left out so far (as ``read_tmx``).

    Memory stays flat whatever the file's size. ``progress`` is called with
    the bytes of the file read so far.
    """
    header, context, units = _read(Path(path), target_lang, source_lang, progress)
    return header, units, lambda: tuple(sorted(context.left_out))


def _read(
    path: Path,
    target_lang: str | None,
    source_lang: str | None,
    progress: Callable[[int], None] | None = None,
) -> tuple[TmxHeader, _Context, Iterator[TranslationUnit | None]]:
    elements = iter_elements(path, {"header", "tu"}, progress)
    first = next(elements, None)
    if first is None or first.tag != "header" or first.getroottree().getroot().tag != "tmx":
        raise ParseError(f"{path} is not a TMX file: expected <tmx> with a <header> first.")
    header = _read_header(first)
    fallback = header.creationdate or datetime.fromtimestamp(path.stat().st_mtime, UTC)
    context = _Context(
        header,
        path.stem,
        fallback,
        normalize(target_lang) if target_lang else None,
        normalize(source_lang) if source_lang else None,
    )
    return header, context, (context.unit(n, element) for n, element in enumerate(elements, 1))


def _read_header(element: etree._Element) -> TmxHeader:
    get = element.get
    return TmxHeader(
        srclang=normalize(get("srclang") or "*all*"),
        creationtool=get("creationtool", ""),
        creationtoolversion=get("creationtoolversion", ""),
        segtype=get("segtype", ""),
        o_tmf=get("o-tmf", ""),
        adminlang=get("adminlang", ""),
        datatype=get("datatype", ""),
        creationdate=parse_date(get("creationdate")),
    )


def parse_date(value: str | None) -> datetime | None:
    """A TMX/XLIFF date (``20261123T120000Z``, ISO 8601) in UTC; None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    # fromisoformat (in C) reads TMX's own YYYYMMDDThhmmssZ too, at a tenth of strptime's cost.
    for parse in _DATE_PARSERS:
        try:
            moment = parse(value)
        except ValueError:
            continue
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return None


def _basic(value: str) -> datetime:
    return datetime.strptime(value, BASIC_UTC).replace(tzinfo=UTC)


def _basic_naive(value: str) -> datetime:
    return datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=UTC)


_DATE_PARSERS: tuple[Callable[[str], datetime], ...] = (
    datetime.fromisoformat,
    _basic,
    _basic_naive,
)


def _children(
    tu: etree._Element,
) -> tuple[list[etree._Element], list[etree._Element], tuple[str, ...]]:
    """The ``tuv`` and ``prop`` children of a ``tu`` and the notes of the ``tu`` and its
    ``tuv``s in document order, in one pass (one lxml proxy each; ``tu.iter("note")``
    would walk every element of the unit)."""
    tuvs: list[etree._Element] = []
    props: list[etree._Element] = []
    notes: list[str] = []
    for child in tu:
        tag = child.tag
        if tag == "tuv":
            tuvs.append(child)
            if len(child) > 1:  # a seg and more: notes or props of the variant
                notes.extend(note.text or "" for note in child.iterchildren("note"))
        elif tag == "prop":
            props.append(child)
        elif tag == "note":
            notes.append(child.text or "")
    return tuvs, props, tuple(notes)


def _seg(tuv: etree._Element) -> etree._Element | None:
    # The seg is nearly always the only child: indexing is the cheapest lxml call,
    # find() the dearest (it goes through lxml's ElementPath in Python).
    first = tuv[0] if len(tuv) else None
    if first is not None and first.tag == "seg":
        return first
    return next(tuv.iterchildren("seg"), None)


def seg_text(seg: etree._Element | None) -> str:
    """The text of a ``seg``: ``<hi>`` kept, inline codes dropped, tails kept.

    A code that stands for a break (``<ph>&lt;br/&gt;</ph>``, ``type="lb"``)
    becomes a line break and one that stands for a space a space, so that
    "Ligne un<ph>&lt;br/&gt;</ph>Ligne deux" reads "Ligne un\nLigne deux".
    """
    if seg is None:
        return ""
    if not len(seg):  # plain text, the common case
        return seg.text or ""
    parts = [seg.text or ""]
    for child in seg:
        if child.tag == "hi":
            parts.append(seg_text(child))
        elif isinstance(child.tag, str):
            parts.append(code_text("".join(map(str, child.itertext())), child.get("type", "")))
        parts.append(child.tail or "")
    return "".join(parts)


def code_text(native: str, kind: str = "") -> str:
    """What an inline code reads as in plain text: ``"\\n"``, ``" "`` or nothing.

    ``native`` is the code of the original format the element holds
    (``<br/>``, ``{\\line}``, ``&nbsp;``); ``kind`` its type (TMX ``type``,
    XLIFF ``ctype``/``subType`` without prefix: ``lb``, ``pb``).
    """
    if kind.lower() in _BREAK_KINDS or _BREAK_TAG.search(native):
        return "\n"
    if native and (native.isspace() or native.strip() in _SPACE_CODES):
        return " "
    return ""


@dataclass(frozen=True)
class _Context:
    header: TmxHeader
    document: str
    fallback_date: datetime
    target_lang: str | None
    source_lang: str | None = None
    left_out: set[str] = field(default_factory=set)  # languages of tuvs not read

    def unit(self, number: int, tu: etree._Element) -> TranslationUnit | None:
        """The unit of a ``tu`` (``number``: its 1-based position, the tuid if it has none)."""
        tuvs, props_, notes = _children(tu)
        variants = [(_normalize(tuv.get(XML_LANG) or tuv.get("lang") or ""), tuv) for tuv in tuvs]
        source, target = self._sides(number, tu, variants)
        if len(variants) > 2:
            self.left_out.update(v[0] for v in variants if v is not source and v is not target)
        if source is None or target is None:
            return None
        props = {p.get("type", "").lower(): (p.text or "") for p in props_} if props_ else {}
        tuv = target[1]
        get, tuv_get = tu.get, tuv.get
        created = parse_date(get("creationdate") or tuv_get("creationdate")) or self.fallback_date
        cues = {p.lang for p in _timecodes(props_)} if TIMECODE_PROP in props else set()
        return TranslationUnit(
            tuid=get("tuid") or f"{self.document}:{number}",
            source=_side_text(source, cues),
            target=_side_text(target, cues),
            source_lang=source[0],
            target_lang=target[0],
            origin=self._origin(props),
            status=_status(props),
            score=_score(props.get("x-score")),
            document=props.get("x-document") or self.document,
            reviewer=(
                get("changeid") or get("creationid") or tuv_get("changeid") or tuv_get("creationid")
            ),
            created=created,
            changed=parse_date(get("changedate") or tuv_get("changedate")) or created,
            notes=notes,
            props=_timecodes(props_) if cues else (),
            delivered=delivered_pair(_seg(source[1]), _seg(target[1])),
            **bead_version(props.get(VERSION_PROP)),
        )

    def _sides(
        self, number: int, tu: etree._Element, variants: list[tuple[str, etree._Element]]
    ) -> tuple[tuple[str, etree._Element] | None, tuple[str, etree._Element] | None]:
        """(source, target) variants of a ``tu``, either None when the tu lacks it."""
        if not self.target_lang:
            source = self._pick(variants, self.header.srclang) or (
                variants[0] if variants else None
            )
            rest = [v for v in variants if v is not source]
            return source, rest[0] if rest else None
        target = self._pick(variants, self.target_lang)
        rest = [v for v in variants if v is not target]
        if self.source_lang:
            return self._pick(rest, self.source_lang), target
        source = self._pick(rest, self.header.srclang)
        if source is None and len(rest) > 1 and target is not None:
            langs = ", ".join(sorted(v[0] for v in rest))
            raise InputError(
                f"{self.document}: unit {tu.get('tuid') or number} has {langs} besides "
                f"{target[0]}: choose the counterpart with --to (one of {langs})"
            )
        return source or (rest[0] if rest else None), target

    @staticmethod
    def _pick(
        variants: list[tuple[str, etree._Element]], lang: str | None
    ) -> tuple[str, etree._Element] | None:
        """The variant in ``lang`` exactly, else the first in its base language."""
        if not lang:
            return None
        for variant in variants:
            if variant[0] == lang:
                return variant
        base = language(lang)
        for variant in variants:
            if language(variant[0]) == base:
                return variant
        return None

    def _origin(self, props: dict[str, str]) -> str:
        if props.get("x-origin-detail"):
            return props["x-origin-detail"]
        label = props.get("x-origin", "")
        for origin, text in ORIGIN_LABELS.items():
            if label == text:
                return origin
        tool = self.header.creationtool or "unknown"
        if label.lower() in _MT_ORIGINS:
            return f"mt:{tool}"
        return f"tmx:{tool}"


def _side_text(side: tuple[str, etree._Element], cues: set[str]) -> str:
    """A ``tuv``'s text; a subtitle cue's (its language has an ``x-timecode``) without the
    styling our export writes into it (`formats.cue_styling`)."""
    text = seg_text(_seg(side[1]))
    return without_styling(text) if side[0] in cues else text


def _timecodes(props: list[etree._Element]) -> tuple[Prop, ...]:
    """A subtitle's timecodes as our export writes them: one ``x-timecode`` prop a side."""
    return tuple(
        Prop(TIMECODE_PROP, p.text or "", _normalize(p.get(XML_LANG) or p.get("lang") or ""))
        for p in props
        if p.get("type", "").lower() == TIMECODE_PROP
    )


def _status(props: dict[str, str]) -> str:
    status = props.get("x-status", "").lower()
    if status in STATUSES:
        return status
    level = props.get("x-confirmationlevel", "").lower()
    # A unit in a translation memory is a translator's approved pair unless it says otherwise.
    return _CONFIRMATION_LEVELS.get(level, "confirmed")


def bead_version(value: str | None) -> dict[str, Any]:
    """A unit's ``version`` and ``alignment_key`` as an export wrote them
    (`units.version_text`: ``VERSION@KEY``), both None when absent or malformed."""
    number, _, key = (value or "").strip().partition("@")
    if not (number.isascii() and number.isdigit() and int(number) > 0):
        return {"version": None, "alignment_key": None}
    return {"version": int(number), "alignment_key": key or None}


def _score(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None
