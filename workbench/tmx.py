"""TMX 1.4b out and in, the way OmegaT, Trados Studio, memoQ and Phrase read it.

The writer streams with lxml's incremental writer (``etree.xmlfile``): one
``<tu>`` is built, written and dropped at a time, so a million units take
flat memory. It writes atomically (see :mod:`workbench.fileio`). The reader
goes through :mod:`workbench.xmlsafe` and also streams.

Facts that shaped it (measured with OmegaT 3.6, see shared notes): OmegaT
rejects a whole file for a header without ``srclang`` or for one character
illegal in XML; it silently ignores ``fr_FR`` and segments with leading or
trailing spaces, and inserts an empty ``seg`` as an empty translation.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.exchange import (
    ExportOptions,
    ExportReport,
    MtPolicy,
    Selector,
    SkipReason,
    is_machine_translation,
    language_code,
)
from workbench.fileio import atomic_path
from workbench.model import TranslationUnit

if TYPE_CHECKING:
    from lxml import etree

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
BASIC_UTC = "%Y%m%dT%H%M%SZ"
O_TMF = "workbench"
DATATYPE = "plaintext"
ADMINLANG = "en"

# Our x-origin values, in the words a translator uses; x-origin-detail keeps
# the workbench's own form ("auto:vecalign", "mt:argos:translate-fr_en").
ORIGIN_LABELS = {
    "human": "aligned by hand",
    "auto": "aligned automatically",
    "mt": "machine translation",
}


@dataclass(frozen=True)
class TmxHeader:
    """The header of a TMX file as read."""

    srclang: str
    creationtool: str = ""
    creationtoolversion: str = ""
    segtype: str = ""
    o_tmf: str = ""
    adminlang: str = ""
    datatype: str = ""
    creationdate: datetime | None = None


@dataclass(frozen=True)
class TmxDocument:
    """A TMX file read back: its header, its units, and how many ``tu``s had no pair."""

    header: TmxHeader
    units: tuple[TranslationUnit, ...]
    skipped: int = 0


@lru_cache(maxsize=4096)
def basic_utc(moment: datetime) -> str:
    """``20261123T120000Z``; a naive datetime is taken to be UTC already."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(BASIC_UTC)


def origin_label(origin: str) -> str:
    return ORIGIN_LABELS.get(origin.partition(":")[0], origin)


# --- writing -------------------------------------------------------------------


def write_tmx(
    units: Iterable[TranslationUnit],
    path: Path,
    options: ExportOptions | None = None,
    *,
    now: datetime | None = None,
) -> ExportReport:
    """Write ``units`` to ``path`` as TMX 1.4b; return what was written and skipped.

    The header's ``srclang`` is the source language of the first unit once
    oriented (the original, es/en, unless ``options.french_source``); units of
    another language pair are skipped. With ``MtPolicy.SEPARATE`` machine
    translations go to ``options.mt_path`` (default ``NAME.mt.tmx``).
    """
    options = options or ExportOptions()
    selector = Selector(options)
    selected = (u for u in map(selector.select, units) if u is not None)
    first = next(selected, None)
    pair = _pair(first, options)
    stream = chain([first], selected) if first is not None else iter(())
    paths = [Path(path)]
    if options.mt is MtPolicy.SEPARATE:
        paths.append(options.mt_path or Path(path).with_suffix(".mt.tmx"))
    header = _header(pair, options, now or datetime.now(UTC))
    with ExitStack() as stack:
        writers = [_open_tmx(stack, p, header) for p in paths]
        counts = _write_units(stream, writers, pair, selector, options)
    return selector.report(tuple(paths), written=sum(counts), mt_written=counts[1])


def _pair(first: TranslationUnit | None, options: ExportOptions) -> tuple[str, str]:
    if first is None:
        return ("*all*", "")
    return (language_code(first.source_lang, options), language_code(first.target_lang, options))


def _write_units(
    units: Iterator[TranslationUnit],
    writers: list[Any],
    pair: tuple[str, str],
    selector: Selector,
    options: ExportOptions,
) -> list[int]:
    counts = [0, 0]
    seen: set[str] = set()
    make_tu = _TuMaker(pair)
    codes: dict[str, str] = {}

    def code(lang: str) -> str:
        found = codes.get(lang)
        if found is None:
            found = codes[lang] = language_code(lang, options)
        return found

    for unit in units:
        langs = (code(unit.source_lang), code(unit.target_lang))
        if langs != pair:
            selector.skipped[SkipReason.OTHER_LANGUAGES] += 1
            continue
        if options.check_tuids:
            if unit.tuid in seen:
                selector.skipped[SkipReason.DUPLICATE_TUID] += 1
                continue
            seen.add(unit.tuid)
        which = 1 if len(writers) == 2 and is_machine_translation(unit) else 0
        writers[which].write(make_tu(unit), pretty_print=True)
        counts[which] += 1
    return counts


def _header(pair: tuple[str, str], options: ExportOptions, now: datetime) -> etree._Element:
    from lxml import etree

    attributes = {
        "creationtool": options.creation_tool,
        "creationtoolversion": options.creation_tool_version,
        "segtype": "sentence",
        "o-tmf": O_TMF,
        "adminlang": ADMINLANG,
        "srclang": pair[0],
        "datatype": DATATYPE,
        "creationdate": basic_utc(now),
    }
    return etree.Element("header", attributes)


# Whether it has a reviewer, its prop types, its number of notes.
_Shape = tuple[bool, tuple[str, ...], int]


class _TuMaker:
    """Fills one reusable ``<tu>`` per shape of unit; the writer serializes it at once.

    Building eleven fresh elements per unit cost more than everything else in
    an export; setting texts on a kept skeleton costs a tenth of it.
    """

    def __init__(self, langs: tuple[str, str]) -> None:
        self._langs = langs
        self._skeletons: dict[_Shape, etree._Element] = {}

    def __call__(self, unit: TranslationUnit) -> etree._Element:
        props = _props(unit)
        shape = (bool(unit.reviewer), tuple(kind for kind, _ in props), len(unit.notes))
        tu = self._skeletons.get(shape)
        if tu is None:
            tu = self._skeletons[shape] = self._skeleton(shape)
        tu.set("tuid", unit.tuid)
        tu.set("creationdate", basic_utc(unit.created))
        tu.set("changedate", basic_utc(unit.changed))
        if unit.reviewer:
            tu.set("creationid", unit.reviewer)
            tu.set("changeid", unit.reviewer)
        for child, (_, value) in zip(tu, props, strict=False):
            child.text = value
        for index, note in enumerate(unit.notes, start=len(props)):
            tu[index].text = note
        tu[-2][0].text = unit.source
        tu[-1][0].text = unit.target
        return tu

    def _skeleton(self, shape: _Shape) -> etree._Element:
        from lxml.etree import Element, SubElement

        _, kinds, notes = shape
        tu = Element("tu")
        for kind in kinds:
            SubElement(tu, "prop", type=kind)
        for _ in range(notes):
            SubElement(tu, "note")
        for lang in self._langs:
            SubElement(SubElement(tu, "tuv", {XML_LANG: lang}), "seg")
        return tu


def _props(unit: TranslationUnit) -> list[tuple[str, str]]:
    props = [
        ("x-origin", origin_label(unit.origin)),
        ("x-origin-detail", unit.origin),
        ("x-status", unit.status),
    ]
    if unit.score is not None:
        props.append(("x-score", repr(float(unit.score))))
    if unit.document:
        props.append(("x-document", unit.document))
    return props


def _open_tmx(stack: ExitStack, path: Path, header: etree._Element) -> Any:
    """Start a TMX file in a temporary path; ``stack`` closes it and moves it in place."""
    from lxml import etree

    temporary = stack.enter_context(atomic_path(path))
    handle = stack.enter_context(temporary.open("wb"))
    xf = stack.enter_context(etree.xmlfile(handle, encoding="UTF-8"))
    xf.write_declaration()
    stack.enter_context(xf.element("tmx", version="1.4"))
    xf.write("\n")
    xf.write(header, pretty_print=True)
    stack.enter_context(xf.element("body"))
    xf.write("\n")
    return xf


# --- reading (in workbench.tmxread) --------------------------------------------


def read_tmx(path: Path, target_lang: str | None = None) -> TmxDocument:
    """Read a whole TMX file (from us, OmegaT, Trados, memoQ, Phrase) safely.

    The source side is the ``tuv`` in the header's ``srclang`` (the first one
    when the header says ``*all*``); the target is the first other ``tuv``, or
    the one in ``target_lang``. A ``tu`` without both is counted in ``skipped``.
    """
    from workbench.tmxread import read_tmx as read

    return read(Path(path), target_lang)


def stream_tmx(
    path: Path, target_lang: str | None = None
) -> tuple[TmxHeader, Iterator[TranslationUnit]]:
    """The header and a lazy iterator over the units, for files too big to hold."""
    from workbench.tmxread import stream_tmx as stream

    return stream(Path(path), target_lang)
