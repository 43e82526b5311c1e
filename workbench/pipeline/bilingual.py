"""A TMX or an XLIFF read as pairs, French side first (`Pairs`), for `exchange.import_file`:
the file told by its root element, its units streamed, texts cleaned as ingested sentences
are, and one clear line for a file `import` does not read (a document to ingest, a table)."""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.formats.inline_codes import says_more
from workbench.formats.tmx_read import STATUSES, TIMECODE_PROP, stream_units
from workbench.formats.units import is_machine_translation
from workbench.formats.xliff import NS_2, NS_12
from workbench.formats.xliff_read import NS_11, stream_xliff
from workbench.formats.xmlsafe import root_tag
from workbench.ingest.readers_subtitles import TIMECODE
from workbench.langtags import language
from workbench.model import (
    InputError,
    ParseError,
    Prop,
    Status,
    TranslationUnit,
)
from workbench.naming import shell_word
from workbench.pipeline.merging import Merger
from workbench.spaces import collapse
from workbench.wording import counted

if TYPE_CHECKING:
    from workbench.store.bulk import PairDraft

_XLIFF_NAMESPACES = {NS_12: "1.2", NS_11: "1.1", NS_2: "2"}


class Pairs:
    """The units of a TMX or XLIFF as pairs, French side first, counting those left out.

    An XLIFF unit with text on one side only (not translated yet: a hand-off)
    is kept as a pair with one empty side, a null alignment. A TMX is a memory:
    a unit with an empty side is a fault there, counted in ``skipped`` as units
    with no text at all are.
    """

    def __init__(
        self, path: Path, to: str | None, progress: Callable[[int, int], None] | None
    ) -> None:
        self.path, self.skipped, self.names = path, 0, set[str]()
        self.merge: Merger | None = None  # a file imported again: merged with the reviews since
        self.kind, self.format, self._units, self._left_out, header_source = _read_bilingual(
            path, to, progress
        )
        self.hand_off = self.format.startswith("xliff")
        self.first = next(self._french(), None)
        if self.first is None:
            if self.skipped and to:  # --to chose a language the file may not hold
                named = language(header_source) if header_source not in ("", "*all*") else ""
                todo = f"run with --to {named}" if named not in ("", "fr") else "run without --to"
                raise InputError(
                    f"{path}: no unit pairs French with {to} (of its "
                    f"{counted(self.skipped, 'unit')}, none has both): {todo}"
                )
            if self.skipped:
                raise InputError(
                    f"{path}: of its {counted(self.skipped, 'unit')}, none pairs French with "
                    "text in another language; the workbench imports translation memories with "
                    "French on one side"
                )
            raise InputError(f"{path}: holds no translation unit with text")
        self.cp_lang = self.first[2]
        named = header_source or self.first[3].source_lang
        self.source_lang = language(named) if named and named != "*all*" else ""
        if to and language(to) != self.cp_lang:
            raise InputError(
                f"{path} pairs French with {self.cp_lang}, not {to}: run with --to {self.cp_lang}"
            )

    @property
    def left_out(self) -> tuple[str, ...]:
        return self._left_out()

    @property
    def aligner(self) -> str:
        """What made the alignment: the file, by its family (``tmx:NAME``, ``xliff:NAME``)."""
        return f"{self.format.rstrip('0123456789')}:{self.path.name}"[:80]

    def _french(self) -> Iterator[tuple[str, str, str, TranslationUnit]]:
        for u in self._units:
            if u is None:
                self.skipped += 1
                continue
            fr, cp, lang = _french(u)
            fr, cp = _clean(fr), _clean(cp)
            if not (fr and cp) and not (self.hand_off and (fr or cp)):
                self.skipped += 1
                continue
            self.names.add(u.document)
            yield fr, cp, lang, u

    def __iter__(self) -> Iterator[PairDraft]:
        from workbench.store.bulk import PairDraft

        assert self.first is not None
        for fr, cp, lang, u in chain((self.first,), self._french()):
            if lang != self.cp_lang:
                raise InputError(
                    f"{self.path}: mixes language pairs ({', '.join(sorted({lang, self.cp_lang}))} "
                    "with French); split it by pair first"
                )
            fr_meta, cp_meta = _timecodes(u.props, lang) if u.props else (None, None)
            if u.delivered is not None:
                fr_meta, cp_meta = _delivered(u, fr, fr_meta, cp, cp_meta)
            # A pair the file gives without a score is taken as it is (1.0); a unit with
            # one side (not translated yet) is a null alignment nobody scored, and a
            # machine translation's score is its quality estimate, which the file lacks:
            # no score (so `--min-score` leaves the draft out, as one `fill` did not score).
            given = 1.0 if fr and cp and not is_machine_translation(u) else None
            pair = PairDraft(
                fr_text=fr, cp_text=cp,
                score=u.score if u.score is not None else given,
                status=u.status if u.status in STATUSES else str(Status.CONFIRMED),
                origin=u.origin or "human", reviewer=u.reviewer,
                note="\n".join(u.notes) or None, created=u.created, changed=u.changed,
                tuid=u.tuid or None, fr_meta=fr_meta, cp_meta=cp_meta,
            )  # fmt: skip
            yield pair if self.merge is None else self.merge(pair)


def _timecodes(
    props: Sequence[Prop], cp_lang: str
) -> tuple[dict[str, str] | None, dict[str, str] | None]:
    """(French, counterpart) segment metadata from a unit's ``x-timecode`` props, as a
    subtitle's segments hold it; a prop without a language is both sides'."""
    fr: dict[str, str] = {}
    cp: dict[str, str] = {}
    for prop in props:
        if prop.type == TIMECODE_PROP:
            side = language(prop.lang) if prop.lang else ""
            if side in ("fr", ""):
                fr[TIMECODE] = prop.value
            if side in (cp_lang, ""):
                cp[TIMECODE] = prop.value
    return fr or None, cp or None


# A segment's text as the file delivered it (`formats.inline_codes`), kept where the
# stored text loses something (an inline code, two spaces): `workbench qa` checks it.
DELIVERED = "delivered"


def _delivered(
    unit: TranslationUnit,
    fr: str,
    fr_meta: dict[str, str] | None,
    cp: str,
    cp_meta: dict[str, str] | None,
) -> tuple[dict[str, str] | None, dict[str, str] | None]:
    """Each side's metadata with the text ``unit`` delivered for it, where that says more
    than the stored text (an empty side has no segment, so nothing)."""
    assert unit.delivered is not None
    source, target = unit.delivered
    fr_raw, cp_raw = (target, source) if language(unit.target_lang) == "fr" else (source, target)
    if fr and says_more(fr_raw):
        fr_meta = {**(fr_meta or {}), DELIVERED: fr_raw}
    if cp and says_more(cp_raw):
        cp_meta = {**(cp_meta or {}), DELIVERED: cp_raw}
    return fr_meta, cp_meta


def _read_bilingual(
    path: Path, to: str | None, progress: Callable[[int, int], None] | None
) -> tuple[str, str, Iterator[TranslationUnit | None], Callable[[], tuple[str, ...]], str]:
    """(kind, format, units (None: a unit missing a side), languages left out so far,
    the header's source language or "") of a file, its units streamed. ``kind`` names
    the format for people ("XLIFF 1.2"), ``format`` as the export formats do ("xliff12")."""
    try:
        namespace, _, name = root_tag(path).lstrip("{").rpartition("}")
    except ParseError:
        if (error := document_to_ingest(path)) is not None:
            raise error from None
        raise
    size = path.stat().st_size
    read = (lambda done: progress(done, size)) if progress is not None else None
    if name == "tmx" and not namespace:
        header, units, left_out = stream_units(path, "fr", source_lang=to, progress=read)
        return "TMX", "tmx", units, left_out, header.srclang
    if name == "xliff" and namespace in _XLIFF_NAMESPACES:
        version, xliff_units = stream_xliff(path, progress=read)
        return f"XLIFF {version}", f"xliff{version.replace('.', '')}", xliff_units, tuple, ""
    raise document_to_ingest(path) or InputError(
        f"{path} is neither TMX nor XLIFF (its root element is <{name}>): "
        "`workbench import` reads translation memories (.tmx) and XLIFF 1.2 or 2.x (.xlf)"
    )


def document_to_ingest(path: Path) -> InputError | None:
    """The error for a file `workbench ingest` reads (Word, PDF, subtitles, a web page…)
    or a table export given to `import` by mistake; None for any other file."""
    from workbench.ingest.readers import BY_SUFFIX

    suffix = path.suffix.lower()
    if suffix in (".tsv", ".csv", ".xlsx"):  # the workbench's own tables: they go out only
        return InputError(
            f"{path} is a {suffix} table: a reviewed export goes back into its beads with "
            f"`workbench import {shell_word(str(path))} --reviewer NAME` "
            "(`pipeline.reviewed.import_reviewed`)"
        )
    reader = BY_SUFFIX.get(suffix)
    if reader is None:
        return None
    if not reader.structured and _binary_data(path):  # ingest would refuse it as well
        return InputError(
            f"{path} holds binary data: neither a TMX or XLIFF nor a {path.suffix.lower()} text "
            "to ingest; check that it is the file you meant (not a damaged copy)"
        )
    return InputError(
        f"{path} is a {path.suffix.lower()} file ({reader.name}), not a TMX or XLIFF: run "
        f"`workbench ingest {shell_word(str(path))}` to read it as a document, then "
        "`workbench align` it"
    )


def _binary_data(path: Path) -> bool:
    """Whether the file's first 64 KB hold NUL bytes, as no text file does but UTF-16's."""
    try:
        with path.open("rb") as file:
            head = file.read(65536)
    except OSError:
        return False
    return b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _clean(text: str) -> str:
    """A unit's text as ingested sentences are: NFC, runs of ordinary white space as one
    space, no-break spaces kept as written (`spaces.collapse`)."""
    return collapse(unicodedata.normalize("NFC", text))


def _french(unit: TranslationUnit) -> tuple[str, str, str]:
    """(French text, counterpart text, counterpart language) of a unit, either way round."""
    if language(unit.target_lang) == "fr":
        return unit.target, unit.source, language(unit.source_lang)
    if language(unit.source_lang) == "fr":
        return unit.source, unit.target, language(unit.target_lang)
    raise InputError(
        f"unit {unit.tuid or '?'} is {unit.source_lang}→{unit.target_lang}: the workbench "
        "imports translation memories with French on one side"
    )
