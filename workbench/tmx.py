"""TMX 1.4b out and in, the way OmegaT, Trados Studio, memoQ and Phrase read it.

The writer streams with lxml's incremental writer (``etree.xmlfile``): one
``<tu>`` is filled and serialized at a time, so a million units take flat
memory. It writes atomically (see :mod:`workbench.fileio`). The reader
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


def basic_utc(moment: datetime) -> str:
    """``20261123T120000Z``; a naive datetime is taken to be UTC already."""
    if moment.tzinfo is not None and moment.utcoffset():
        moment = moment.astimezone(UTC)
    # %-formatting: three times faster than strftime, which counts in a million-unit export.
    return "%04d%02d%02dT%02d%02d%02dZ" % (  # noqa: UP031
        moment.year,
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
        moment.second,
    )


@lru_cache(maxsize=256)
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
    matches: dict[tuple[str, str], bool] = {}  # (source_lang, target_lang) → is the file's pair
    for unit in units:
        langs = (unit.source_lang, unit.target_lang)
        match = matches.get(langs)
        if match is None:
            match = matches[langs] = tuple(language_code(x, options) for x in langs) == pair
        if not match:
            selector.skipped[SkipReason.OTHER_LANGUAGES] += 1
            continue
        if options.check_tuids:
            if unit.tuid in seen:
                selector.skipped[SkipReason.DUPLICATE_TUID] += 1
                continue
            seen.add(unit.tuid)
        which = 1 if len(writers) == 2 and is_machine_translation(unit) else 0
        writers[which].write(make_tu(unit))
        counts[which] += 1
    return counts


def _header(pair: tuple[str, str], options: ExportOptions, now: datetime) -> etree._Element:
    from lxml import etree

    attributes = {
        "creationtool": options.creation_tool,
        "creationtoolversion": options.creation_tool_version or _version(),
        "segtype": "sentence",
        "o-tmf": O_TMF,
        "adminlang": ADMINLANG,
        "srclang": pair[0],
        "datatype": DATATYPE,
        "creationdate": basic_utc(now),
    }
    return etree.Element("header", attributes)


# Which optional parts a unit has: reviewer, score, document, and its number of notes.
_Shape = tuple[bool, bool, bool, int]


class _TuMaker:
    """Fills one reusable ``<tu>`` per shape of unit; the writer serializes it at once.

    Building eleven fresh elements per unit cost more than everything else in
    an export. A kept skeleton is refilled instead, and only where a value
    changed from the last unit of that shape (dates, reviewer, props and
    document repeat from one unit to the next).
    """

    def __init__(self, langs: tuple[str, str]) -> None:
        self._langs = langs
        self._skeletons: dict[_Shape, tuple[etree._Element, list[Any], list[str | None]]] = {}

    def __call__(self, unit: TranslationUnit) -> etree._Element:
        reviewer, score, document = unit.reviewer, unit.score, unit.document
        shape = (bool(reviewer), score is not None, bool(document), len(unit.notes))
        entry = self._skeletons.get(shape) or self._skeleton(shape)
        tu, setters, last = entry
        values = [unit.tuid, basic_utc(unit.created), basic_utc(unit.changed)]
        if reviewer:
            values += (reviewer, reviewer)
        values += (origin_label(unit.origin), unit.origin, unit.status)
        if score is not None:
            values.append(repr(float(score)))
        if document:
            values.append(document)
        values += unit.notes
        values += (unit.source, unit.target)
        for set_value, value, previous in zip(setters, values, last, strict=True):
            if value != previous:
                set_value(value)
        last[:] = values
        return tu

    def _skeleton(self, shape: _Shape) -> tuple[etree._Element, list[Any], list[str | None]]:
        from functools import partial

        from lxml.etree import Element, SubElement

        reviewer, score, document, notes = shape
        tu = Element("tu")
        attributes = ["tuid", "creationdate", "changedate"]
        attributes += ["creationid", "changeid"] if reviewer else []
        setters: list[Any] = [partial(tu.set, name) for name in attributes]
        kinds = ["x-origin", "x-origin-detail", "x-status"]
        kinds += ["x-score"] if score else []
        kinds += ["x-document"] if document else []
        texts = [SubElement(tu, "prop", type=kind) for kind in kinds]
        texts += [SubElement(tu, "note") for _ in range(notes)]
        for lang in self._langs:
            tuv = SubElement(tu, "tuv", {XML_LANG: lang})
            texts.append(SubElement(tuv, "seg"))
            tuv.text, texts[-1].tail = "\n    ", "\n  "
        # Indentation laid once in the skeleton: the file pretty_print gives, for free.
        tu.text = "\n  "
        for child in tu:
            child.tail = "\n  "
        tu[-1].tail, tu.tail = "\n", "\n"
        setters += [partial(_set_text, element) for element in texts]
        last: list[str | None] = [None] * len(setters)
        entry = (tu, setters, last)
        self._skeletons[shape] = entry
        return entry


def _set_text(element: etree._Element, text: str) -> None:
    element.text = text


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("workbench")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


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
