"""Reading TMX from any CAT tool: the other half of :mod:`workbench.formats.tmx`.

Streams through :mod:`workbench.formats.xmlsafe`. Accepts what OmegaT (``lang`` or
``xml:lang``, upper-case codes, dates on the ``tuv``), Trados Studio (UTF-16,
``x-ConfirmationLevel``, inline ``<ph>``/``<bpt>``/``<ept>``) and memoQ write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.formats.tmx import BASIC_UTC, ORIGIN_LABELS, XML_LANG, TmxDocument, TmxHeader
from workbench.formats.xmlsafe import iter_elements
from workbench.langtags import language, normalize
from workbench.model import ParseError, TranslationUnit

if TYPE_CHECKING:
    from lxml import etree

# Every unit repeats the same few language tags.
_normalize = lru_cache(maxsize=256)(normalize)
# Inline codes of the original format (tags, fields) are not text; <hi> is.
_CODE_TAGS = frozenset({"bpt", "ept", "ph", "it", "ut"})
_STATUSES = frozenset({"auto", "draft", "confirmed", "rejected"})
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


def read_tmx(path: Path, target_lang: str | None = None) -> TmxDocument:
    """Read a whole TMX file (from us, OmegaT, Trados, memoQ, Phrase) safely.

    The source side is the ``tuv`` in the header's ``srclang`` (the first one
    when the header says ``*all*``); the target is the first other ``tuv``, or
    the one in ``target_lang``. A ``tu`` without both is counted in ``skipped``.
    """
    header, units = _read(Path(path), target_lang)
    kept: list[TranslationUnit] = []
    skipped = 0
    for unit in units:
        if unit is None:
            skipped += 1
        else:
            kept.append(unit)
    return TmxDocument(header=header, units=tuple(kept), skipped=skipped)


def stream_tmx(
    path: Path, target_lang: str | None = None
) -> tuple[TmxHeader, Iterator[TranslationUnit]]:
    """The header and a lazy iterator over the units, for files too big to hold."""
    header, units = _read(Path(path), target_lang)
    return header, (unit for unit in units if unit is not None)


def stream_units(
    path: Path, target_lang: str | None = None, progress: Callable[[int], None] | None = None
) -> tuple[TmxHeader, Iterator[TranslationUnit | None]]:
    """The header and a lazy iterator over every ``tu``: its unit, or None when it lacks a side.

    Memory stays flat whatever the file's size. ``progress`` is called with
    the bytes of the file read so far.
    """
    return _read(Path(path), target_lang, progress)


def _read(
    path: Path, target_lang: str | None, progress: Callable[[int], None] | None = None
) -> tuple[TmxHeader, Iterator[TranslationUnit | None]]:
    elements = iter_elements(path, {"header", "tu"}, progress)
    first = next(elements, None)
    if first is None or first.tag != "header" or first.getroottree().getroot().tag != "tmx":
        raise ParseError(f"{path} is not a TMX file: expected <tmx> with a <header> first.")
    header = _read_header(first)
    fallback = header.creationdate or datetime.fromtimestamp(path.stat().st_mtime, UTC)
    context = _Context(header, path.stem, fallback, normalize(target_lang) if target_lang else None)
    return header, (context.unit(n, element) for n, element in enumerate(elements, 1))


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
        creationdate=_date(get("creationdate")),
    )


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    # fromisoformat (in C) reads TMX's own YYYYMMDDThhmmssZ too, at a tenth of strptime's cost.
    for parse in (
        datetime.fromisoformat,
        lambda v: datetime.strptime(v, BASIC_UTC).replace(tzinfo=UTC),
        lambda v: datetime.strptime(v, "%Y%m%dT%H%M%S").replace(tzinfo=UTC),
    ):
        try:
            moment = parse(value.strip())
        except ValueError:
            continue
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return None


def _children(tu: etree._Element) -> tuple[list[etree._Element], list[etree._Element]]:
    """The ``tuv`` and ``prop`` children of a ``tu``, in one pass (one lxml proxy each)."""
    tuvs, props = [], []
    for child in tu:
        tag = child.tag
        if tag == "tuv":
            tuvs.append(child)
        elif tag == "prop":
            props.append(child)
    return tuvs, props


def _seg(tuv: etree._Element) -> etree._Element | None:
    # The seg is nearly always the only child: indexing is the cheapest lxml call,
    # find() the dearest (it goes through lxml's ElementPath in Python).
    first = tuv[0] if len(tuv) else None
    if first is not None and first.tag == "seg":
        return first
    return next(tuv.iterchildren("seg"), None)


def seg_text(seg: etree._Element | None) -> str:
    """The text of a ``seg``: inline codes dropped, ``<hi>`` kept, tails kept."""
    if seg is None:
        return ""
    parts = [seg.text or ""]
    for child in seg:
        if child.tag == "hi":
            parts.append(seg_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


@dataclass(frozen=True)
class _Context:
    header: TmxHeader
    document: str
    fallback_date: datetime
    target_lang: str | None

    def unit(self, number: int, tu: etree._Element) -> TranslationUnit | None:
        """The unit of a ``tu`` (``number``: its 1-based position, the tuid if it has none)."""
        tuvs, props_ = _children(tu)
        variants = [(_normalize(tuv.get(XML_LANG) or tuv.get("lang") or ""), tuv) for tuv in tuvs]
        source = self._pick(variants, self.header.srclang) or (variants[0] if variants else None)
        rest = [v for v in variants if v is not source]
        target = self._pick(rest, self.target_lang) if self.target_lang else None
        target = target or (rest[0] if rest and not self.target_lang else None)
        if source is None or target is None:
            return None
        props = {p.get("type", "").lower(): (p.text or "") for p in props_}
        tuv = target[1]
        created = _date(tu.get("creationdate") or tuv.get("creationdate")) or self.fallback_date
        return TranslationUnit(
            tuid=tu.get("tuid") or f"{self.document}:{number}",
            source=seg_text(_seg(source[1])),
            target=seg_text(_seg(tuv)),
            source_lang=source[0],
            target_lang=target[0],
            origin=self._origin(props),
            status=_status(props),
            score=_score(props.get("x-score")),
            document=props.get("x-document") or self.document,
            reviewer=_first(tu.get, tuv.get, names=("changeid", "creationid")),
            created=created,
            changed=_date(tu.get("changedate") or tuv.get("changedate")) or created,
            notes=tuple(note.text or "" for note in tu.iter("note")),  # in the tu and its tuvs
        )

    @staticmethod
    def _pick(
        variants: list[tuple[str, etree._Element]], lang: str | None
    ) -> tuple[str, etree._Element] | None:
        if not lang:
            return None
        exact = [v for v in variants if v[0] == lang]
        base = [v for v in variants if language(v[0]) == language(lang)]
        return exact[0] if exact else base[0] if base else None

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


def _status(props: dict[str, str]) -> str:
    status = props.get("x-status", "").lower()
    if status in _STATUSES:
        return status
    level = props.get("x-confirmationlevel", "").lower()
    # A unit in a translation memory is a translator's approved pair unless it says otherwise.
    return _CONFIRMATION_LEVELS.get(level, "confirmed")


def _score(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _first(*getters: Any, names: tuple[str, ...]) -> str | None:
    for get in getters:
        for name in names:
            if value := get(name):
                return str(value)
    return None
