"""XLIFF 1.2 and 2.1 out: what CAT tools (OmegaT, Trados, memoQ, Phrase, Pootle) open.

Both versions are valid against the OASIS schemas (the tests validate every
export against ``xliff-core-1.2-strict.xsd`` and the 2.1 core and metadata
schemas). Units are grouped into one ``<file>`` per document, its name in
``original``. The oriented pair, the filters and the text cleaning are the
TMX writer's (:class:`~workbench.formats.units.Selector`), so French is the
target unless ``options.french_source``.

What each version carries, beyond source and target:

=========== ======================================== ==========================================
            1.2                                      2.1
=========== ======================================== ==========================================
tuid        ``trans-unit/@id``                       ``unit/@name`` (``@id`` must be an NMTOKEN)
status      ``target/@state`` + ``approved``         ``segment/@state`` + ``subState``
MT origin   ``state-qualifier="mt-suggestion"``      metadata ``origin`` (``mt:engine:model``)
post-edit   ``state="translated"``, ``leveraged-mt``  ``state="translated"``, ``postedit:mt:…``
notes       ``<note>``                               ``<notes><note>``
the rest    ``<context-group purpose="information">`` ``<mda:metadata>`` (Metadata module)
            with ``x-origin``, ``x-status``, ...     with ``origin``, ``status``, ...
=========== ======================================== ==========================================

An XLIFF is a hand-off as much as a memory: every unit with a source goes,
and one with no target (a French sentence nobody translated, or whose MT
draft ``MtPolicy.EXCLUDE`` left out) is written untranslated, as CAT tools
write a new file: no ``<target>``, and in 2.1 ``state="initial"``. With
``MtPolicy.INCLUDE`` a draft is the target, marked as machine translation
(1.2 ``state="needs-review-translation" state-qualifier="mt-suggestion"``,
2.1 ``state="initial"`` and its ``origin``).

The exact workbench status, origin, score, reviewer and dates ride in the
metadata so that our own files read back unchanged; other tools read the
standard state attributes (see :data:`STATES_12` and :data:`STATES_2`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from itertools import chain, groupby
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from workbench.formats.atomic import atomic_path
from workbench.formats.choices import ExportFormat, refusal
from workbench.formats.units import (
    ExportOptions,
    ExportReport,
    Selector,
    SkipReason,
    is_machine_translation,
    is_post_edit,
    language_code,
    version_text,
)
from workbench.model import InputError, TranslationUnit

if TYPE_CHECKING:
    from lxml import etree

Version = Literal["1.2", "2.1"]

NS_12 = "urn:oasis:names:tc:xliff:document:1.2"
NS_2 = "urn:oasis:names:tc:xliff:document:2.0"  # XLIFF 2.1 keeps the 2.0 namespace
NS_MDA = "urn:oasis:names:tc:xliff:metadata:2.0"
# Metadata names of a unit's TMX-style props (Prop), followed by "type:lang".
PROP = "prop:"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
TOOL_ID = "workbench"
# Where our exact values sit: the context-group's name in 1.2, the metaGroup's category in 2.1.
METADATA = "workbench"

# What OmegaT 3.6 (Debian's) makes of our file, said at the end of every XLIFF export's
# summary (tests/test_omegat.py runs it on both): its XLIFF filter segments the text of
# each <target> and never shows a <source> (it wants Okapi Rainbow's files, whose target
# is a copy of the source); it has no XLIFF 2 filter. A TMX in tm/auto works.
OMEGAT_NOTICE: dict[Version, str] = {
    "1.2": "OmegaT 3.6 offers each <target> as the text to translate and never shows the "
    "<source>: for OmegaT, export -f tmx into the project's tm/auto beside the original",
    "2.1": "OmegaT 3.6 does not read XLIFF 2.x (it finds no segment): for OmegaT, export "
    "-f tmx into the project's tm/auto beside the original",
}

# A bead status as XLIFF 1.2 states it: (target/@state, trans-unit/@approved).
STATES_12: dict[str, tuple[str, str]] = {
    "confirmed": ("translated", "yes"),
    "auto": ("needs-review-translation", "no"),
    "draft": ("needs-review-translation", "no"),
    "rejected": ("needs-translation", "no"),
}
# A bead status as XLIFF 2.x states it: segment/@state (subState: "workbench:STATUS").
STATES_2: dict[str, str] = {
    "confirmed": "reviewed",
    "auto": "translated",
    "draft": "initial",
    "rejected": "initial",
}

# The XLIFF namespace is declared once, on the root. ``xf.write(element)`` serialises a
# subtree on its own, declaring its namespaces again on each one; so the subtrees below
# the root (a header, a unit) are built with bare tag names, which the root's default
# namespace puts in the XLIFF namespace as the file is read (the schema tests check it).
# Only the 2.1 Metadata module's elements carry their namespace, on <mda:metadata>.
# (Any: lxml takes None for the default namespace, which its type stubs do not allow.)
_NSMAP_12: Any = {None: NS_12}
_NSMAP_2: Any = {None: NS_2}
_NSMAP_MDA = {"mda": NS_MDA}

# White space a reader may collapse unless told to keep it (xml:space="preserve").
_FRAGILE_SPACE = re.compile(r"[\t\n\r]|  ")

# What an XML NMTOKEN may hold, kept to ASCII: Unicode's name characters differ between
# XML editions and validators, and the original id rides in ``name`` anyway.
_NOT_NAME_CHAR = re.compile(r"[^A-Za-z0-9._:-]")


def iso_utc(moment: datetime) -> str:
    """``2026-11-23T12:00:00Z`` (xsd:dateTime); a naive datetime is taken to be UTC."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


def nmtoken(text: str) -> str:
    """``text`` with every character an XML NMTOKEN refuses replaced by ``_``."""
    return _NOT_NAME_CHAR.sub("_", text) or "_"


def write_xliff12(
    units: Iterable[TranslationUnit], path: Path, options: ExportOptions | None = None
) -> ExportReport:
    """Write ``units`` to ``path`` as XLIFF 1.2 (strict); see :func:`write_xliff`."""
    return write_xliff(units, path, options, version="1.2")


def write_xliff21(
    units: Iterable[TranslationUnit], path: Path, options: ExportOptions | None = None
) -> ExportReport:
    """Write ``units`` to ``path`` as XLIFF 2.1; see :func:`write_xliff`."""
    return write_xliff(units, path, options, version="2.1")


def write_xliff(
    units: Iterable[TranslationUnit],
    path: Path,
    options: ExportOptions | None = None,
    *,
    version: Version = "1.2",
    now: datetime | None = None,
) -> ExportReport:
    """Write ``units`` to ``path`` as XLIFF ``version``; say what was written and skipped.

    The language pair is the first unit's once oriented; units of another
    pair, and units whose tuid was already written (XLIFF ids are keys), are
    skipped and counted; units with no target are written untranslated (see the
    module's doc). Written atomically. Raises InputError for
    ``MtPolicy.SEPARATE``, which only TMX offers.
    """
    from lxml import etree  # deferred for start-up time

    options = options or ExportOptions()
    if why := refusal(ExportFormat.XLIFF12, mt=options.mt, dedupe=options.dedupe):
        raise InputError(why)
    selector = Selector(options, untranslated=True, draft_source=False)
    rest = iter(units)
    first = next(filter(None, map(selector.select, rest)), None)
    pair = (
        (language_code(first.source_lang, options), language_code(first.target_lang, options))
        if first
        else ("und", "und")
    )
    selected = chain((first,), filter(None, map(selector.select, rest))) if first else iter(())
    kept = _same_pair_unique(selected, pair, selector, options)
    written = 0
    with (
        atomic_path(Path(path)) as temporary,
        etree.xmlfile(str(temporary), encoding="UTF-8") as xf,
    ):
        xf.write_declaration()
        writer = (
            _Writer12(xf, pair, now or options.written_at)
            if version == "1.2"
            else _Writer2(xf, pair)
        )
        written = writer.write(kept)
    report = selector.report(
        (Path(path),),
        written=written,
        untranslated=writer.untranslated,
        to_translate_again=writer.to_translate_again,
    )
    return replace(report, notice=OMEGAT_NOTICE[version])


def _same_pair_unique(
    units: Iterator[TranslationUnit],
    pair: tuple[str, str],
    selector: Selector,
    options: ExportOptions,
) -> Iterator[TranslationUnit]:
    seen: set[str] = set()
    for unit in units:
        langs = (language_code(unit.source_lang, options), language_code(unit.target_lang, options))
        if langs != pair:
            selector.skipped[SkipReason.OTHER_LANGUAGES] += 1
        elif unit.tuid in seen:
            selector.skipped[SkipReason.DUPLICATE_TUID] += 1
        else:
            seen.add(unit.tuid)
            yield unit


def _by_document(
    units: Iterator[TranslationUnit],
) -> Iterator[tuple[str, Iterator[TranslationUnit]]]:
    """Runs of units of one document, each lazy and never empty: memory stays flat."""
    return groupby(units, key=attrgetter("document"))


def _version() -> str:
    from workbench.formats.tmx import _version as version  # one place says the version

    return version()


class _Writer12:
    """XLIFF 1.2: ``<file original=DOC>`` per document, a ``trans-unit`` per unit."""

    def __init__(self, xf: etree.xmlfile, pair: tuple[str, str], now: datetime | None) -> None:
        self.untranslated = 0  # units written without a target
        self.to_translate_again = 0  # rejected pairs, written as needing a new translation
        self._xf = xf
        self._pair = pair
        self._date = iso_utc(now or datetime.now(UTC))

    def write(self, units: Iterator[TranslationUnit]) -> int:
        from lxml import etree

        xf, written, files = self._xf, 0, 0
        with xf.element(f"{{{NS_12}}}xliff", {"version": "1.2"}, nsmap=_NSMAP_12):
            xf.write("\n")
            for document, run in _by_document(units):
                files += 1
                with xf.element(f"{{{NS_12}}}file", self._file_attributes(document)):
                    xf.write("\n")
                    xf.write(self._header(), pretty_print=True)
                    with xf.element(f"{{{NS_12}}}body"):
                        xf.write("\n")
                        for unit in run:
                            xf.write(self._trans_unit(unit), pretty_print=True)
                            written += 1
            if not files:  # the schema wants one <file>; an empty body is allowed
                empty = etree.Element("file", self._file_attributes(""))
                empty.append(self._header())  # its tool-id names the header's tool
                etree.SubElement(empty, "body")
                xf.write(empty, pretty_print=True)
        return written

    def _file_attributes(self, document: str) -> dict[str, str]:
        return {
            "original": document,
            "source-language": self._pair[0],
            "target-language": self._pair[1],
            "datatype": "plaintext",
            "date": self._date,
            "tool-id": TOOL_ID,
        }

    @staticmethod
    def _header() -> etree._Element:
        from lxml import etree

        header = etree.Element("header")
        etree.SubElement(
            header,
            "tool",
            {"tool-id": TOOL_ID, "tool-name": "workbench", "tool-version": _version()},
        )
        return header

    def _trans_unit(self, unit: TranslationUnit) -> etree._Element:
        from lxml import etree

        state, approved = STATES_12.get(unit.status, STATES_12["auto"])
        tu = etree.Element("trans-unit", {"id": unit.tuid, "approved": approved})
        if _FRAGILE_SPACE.search(unit.source) or _FRAGILE_SPACE.search(unit.target):
            tu.set(XML_SPACE, "preserve")
        sub = etree.SubElement
        sub(tu, "source", {XML_LANG: self._pair[0]}).text = unit.source
        if not unit.target:  # not translated: no target at all, as a CAT tool's new file
            tu.set("approved", "no")
            self.untranslated += 1
        else:
            target = sub(tu, "target", {XML_LANG: self._pair[1], "state": state})
            self.to_translate_again += unit.status == "rejected"
            if is_machine_translation(unit):
                target.set("state-qualifier", "mt-suggestion")
            elif is_post_edit(unit):  # "derived from a machine translation"
                if unit.status == "auto":  # a reviewer's translation, not confirmed yet
                    target.set("state", "translated")
                target.set("state-qualifier", "leveraged-mt")
            target.text = unit.target
        for note in unit.notes:
            sub(tu, "note").text = note
        group = sub(tu, "context-group", {"purpose": "information"})
        for name, value in _metadata(unit):
            sub(group, "context", {"context-type": f"x-{name}"}).text = value
        return tu


class _Writer2:
    """XLIFF 2.1: ``<file id original=DOC>`` per document, a ``unit`` of one segment per unit."""

    def __init__(self, xf: etree.xmlfile, pair: tuple[str, str]) -> None:
        self.untranslated = 0  # units written without a target
        self.to_translate_again = 0  # rejected pairs, written as needing a new translation
        self._xf = xf
        self._pair = pair

    def write(self, units: Iterator[TranslationUnit]) -> int:
        from lxml import etree

        xf, written, files = self._xf, 0, 0
        attributes = {"version": "2.1", "srcLang": self._pair[0], "trgLang": self._pair[1]}
        with xf.element(f"{{{NS_2}}}xliff", attributes, nsmap=_NSMAP_2):
            xf.write("\n")
            for document, run in _by_document(units):
                files += 1
                with xf.element(f"{{{NS_2}}}file", {"id": f"f{files}", "original": document}):
                    xf.write("\n")
                    ids: set[str] = set()
                    for unit in run:
                        xf.write(self._unit(unit, ids), pretty_print=True)
                        written += 1
            if not files:
                # The schema wants a file with a unit: an ignorable one holds no segment at all.
                empty = etree.Element("file", {"id": "f1"})
                placeholder = etree.SubElement(empty, "unit", {"id": "empty"})
                ignorable = etree.SubElement(placeholder, "ignorable")
                etree.SubElement(ignorable, "source")
                xf.write(empty, pretty_print=True)
        return written

    def _unit(self, unit: TranslationUnit, ids: set[str]) -> etree._Element:
        from lxml import etree

        sub = etree.SubElement
        unit_id = nmtoken(unit.tuid)
        if unit_id in ids:  # two tuids that differ only in characters an NMTOKEN refuses
            unit_id = f"{unit_id}_{len(ids)}"
        ids.add(unit_id)
        element = etree.Element("unit", {"id": unit_id})
        if unit_id != unit.tuid:
            element.set("name", unit.tuid)
        if _FRAGILE_SPACE.search(unit.source) or _FRAGILE_SPACE.search(unit.target):
            element.set(XML_SPACE, "preserve")
        metadata = sub(element, f"{{{NS_MDA}}}metadata", nsmap=_NSMAP_MDA)
        group = sub(metadata, f"{{{NS_MDA}}}metaGroup", {"category": METADATA})
        for name, value in _metadata(unit):
            sub(group, f"{{{NS_MDA}}}meta", {"type": name}).text = value
        if unit.notes:
            notes = sub(element, "notes")
            for note in unit.notes:
                sub(notes, "note").text = note
        # A segment with no target must be "initial" (the spec's constraint on @state).
        state = STATES_2.get(unit.status, STATES_2["auto"]) if unit.target else "initial"
        segment = sub(
            element,
            "segment",
            {"state": state, "subState": f"{METADATA}:{unit.status or 'auto'}"},
        )
        sub(segment, "source").text = unit.source
        if unit.target:
            sub(segment, "target").text = unit.target
            self.to_translate_again += unit.status == "rejected"
        else:
            self.untranslated += 1
        return element


def _metadata(unit: TranslationUnit) -> list[tuple[str, str]]:
    """The unit's workbench fields, as (name, text) pairs both versions write."""
    fields = [("origin", unit.origin), ("status", unit.status)]
    if unit.score is not None:
        fields.append(("score", repr(float(unit.score))))
    if unit.reviewer:
        fields.append(("reviewer", unit.reviewer))
    fields += [("created", iso_utc(unit.created)), ("changed", iso_utc(unit.changed))]
    if (version := version_text(unit)) is not None:  # its unit comes back into the bead
        fields.append(("version", version))
    # A subtitle's timecodes (TMX writes them as <prop>): "prop:x-timecode:en".
    fields += [(f"{PROP}{p.type}:{p.lang}", p.value) for p in unit.props]
    return [(name, value) for name, value in fields if value]
