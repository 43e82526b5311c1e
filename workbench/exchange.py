"""What every export format shares: options, text cleaning, selection, the report.

Pure: no I/O. The writers (``tmx``, ``export``) pass each unit through
:class:`Selector`, which filters it, puts it the right way round, cleans its
text, and counts what it skipped or removed; the writer turns the counts into
an :class:`ExportReport` when it is done.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from workbench.model import TranslationUnit

# XML 1.0 allows tab, newline, carriage return and these ranges only; lone
# surrogates (which Python strings can hold) fall outside them too.
_ILLEGAL_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class MtPolicy(StrEnum):
    """What to do with machine translations that nobody post-edited into a bead."""

    INCLUDE = "include"
    EXCLUDE = "exclude"
    SEPARATE = "separate"  # TMX only: a second file, for OmegaT's tm/mt/ folder


class SkipReason(StrEnum):
    """Why a unit was left out of an export."""

    NOT_CONFIRMED = "not confirmed"
    BELOW_THRESHOLD = "score below the threshold"
    MACHINE_TRANSLATION = "machine translation excluded"
    EMPTY_SOURCE = "empty source"
    EMPTY_TARGET = "empty target"
    OTHER_LANGUAGES = "other language pair"
    DUPLICATE_TUID = "duplicate tuid"


DEFAULT_REGIONS: tuple[tuple[str, str], ...] = (
    ("fr", "FR"),
    ("es", "ES"),
    ("en", "GB"),
    ("de", "DE"),
)


@dataclass(frozen=True)
class ExportOptions:
    """Choices a translator makes when exporting; the defaults suit OmegaT."""

    confirmed_only: bool = False
    min_score: float | None = None  # keep units whose alignment score is at least this
    mt: MtPolicy = MtPolicy.INCLUDE
    mt_path: Path | None = None  # MtPolicy.SEPARATE: default NAME.mt.tmx beside the file
    french_source: bool = False  # default: the original (es/en) is the source, French the target
    region_variants: bool = False  # fr-FR instead of fr (Trados wants its TM's variant)
    regions: tuple[tuple[str, str], ...] = DEFAULT_REGIONS
    bom: bool = False  # TSV/CSV: a UTF-8 byte order mark so Excel guesses the encoding
    # TMX: skip a unit whose tuid was already written. Off by default because the
    # pipeline's tuids are database keys and the check holds every tuid in memory.
    check_tuids: bool = False
    creation_tool: str = "workbench"
    creation_tool_version: str = ""  # empty: the installed workbench's version


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote, what it left out and why, and what it had to clean."""

    paths: tuple[Path, ...]
    written: int
    skipped: tuple[tuple[SkipReason, int], ...] = ()
    characters_removed: int = 0
    mt_written: int = 0  # units in the separate machine-translation file

    @property
    def skipped_total(self) -> int:
        return sum(count for _, count in self.skipped)

    def skipped_for(self, reason: SkipReason) -> int:
        return dict(self.skipped).get(reason, 0)

    def summary(self) -> str:
        plural = "s" if self.written != 1 else ""
        parts = [f"{self.written} unit{plural} written to {', '.join(map(str, self.paths))}"]
        if self.mt_written:
            parts.append(f"{self.mt_written} of them machine translations in a separate file")
        parts.extend(f"{count} skipped ({reason})" for reason, count in self.skipped)
        if self.characters_removed:
            plural = "s" if self.characters_removed != 1 else ""
            parts.append(f"{self.characters_removed} character{plural} illegal in XML removed")
        return "; ".join(parts)


def strip_illegal(text: str) -> tuple[str, int]:
    """Remove characters XML 1.0 forbids; return the text and how many were removed."""
    cleaned, removed = _ILLEGAL_XML.subn("", text)
    return cleaned, removed


def is_machine_translation(unit: TranslationUnit) -> bool:
    return unit.origin == "mt" or unit.origin.startswith("mt:")


@lru_cache(maxsize=256)
def language_code(lang: str, options: ExportOptions) -> str:
    """``fr``/``fr_FR``/``FR-fr`` → ``fr`` or, with region variants, ``fr-FR``."""
    base, _, region = lang.replace("_", "-").partition("-")
    base = base.lower()
    if not options.region_variants:
        return base
    region = region.upper() or dict(options.regions).get(base, "")
    return f"{base}-{region}" if region else base


@dataclass
class Selector:
    """Filters, orients and cleans units one at a time, counting what it does."""

    options: ExportOptions
    skipped: Counter[SkipReason] = field(default_factory=Counter)
    removed: int = 0

    def select(self, unit: TranslationUnit) -> TranslationUnit | None:
        """The unit ready to write, or None (and the reason counted)."""
        reason = self._filter(unit)
        if reason is None:
            unit = self.clean(unit)
            reason = _emptiness(unit)
        if reason is not None:
            self.skipped[reason] += 1
            return None
        return unit

    def _filter(self, unit: TranslationUnit) -> SkipReason | None:
        options = self.options
        if options.confirmed_only and unit.status != "confirmed":
            return SkipReason.NOT_CONFIRMED
        if options.min_score is not None and (unit.score is None or unit.score < options.min_score):
            return SkipReason.BELOW_THRESHOLD
        if options.mt is MtPolicy.EXCLUDE and is_machine_translation(unit):
            return SkipReason.MACHINE_TRANSLATION
        return None

    def _swaps(self, source_lang: str, target_lang: str) -> bool:
        source_french = _base(source_lang) == "fr"
        return source_french != (_base(target_lang) == "fr") and (
            source_french != self.options.french_source
        )

    def text(self, value: str) -> str:
        if _ILLEGAL_XML.search(value) is not None:
            value, removed = strip_illegal(value)
            self.removed += removed
        return value.strip()

    def clean(self, unit: TranslationUnit) -> TranslationUnit:
        """The unit oriented, with illegal characters removed and spaces trimmed."""
        swap = self._swaps(unit.source_lang, unit.target_lang)
        if not swap and _is_clean(unit):
            return unit  # the common case: no copy
        text = self.text
        return TranslationUnit(
            tuid=text(unit.tuid),
            source=text(unit.target if swap else unit.source),
            target=text(unit.source if swap else unit.target),
            source_lang=unit.target_lang if swap else unit.source_lang,
            target_lang=unit.source_lang if swap else unit.target_lang,
            origin=text(unit.origin),
            status=text(unit.status),
            score=unit.score,
            document=text(unit.document),
            reviewer=text(unit.reviewer) or None if unit.reviewer is not None else None,
            created=unit.created,
            changed=unit.changed,
            notes=tuple(note for note in map(text, unit.notes) if note),
        )

    def report(self, paths: tuple[Path, ...], written: int, mt_written: int = 0) -> ExportReport:
        order = list(SkipReason)
        skipped = tuple(sorted(self.skipped.items(), key=lambda item: order.index(item[0])))
        return ExportReport(
            paths=paths,
            written=written,
            skipped=skipped,
            characters_removed=self.removed,
            mt_written=mt_written,
        )


def _emptiness(unit: TranslationUnit) -> SkipReason | None:
    if not unit.source:
        return SkipReason.EMPTY_SOURCE
    if not unit.target:
        return SkipReason.EMPTY_TARGET
    return None


@lru_cache(maxsize=256)
def _base(lang: str) -> str:
    return lang.replace("_", "-").partition("-")[0].lower()


def _is_clean(unit: TranslationUnit) -> bool:
    """No illegal character and nothing to trim anywhere in the unit."""
    texts = (unit.tuid, unit.source, unit.target, unit.origin, unit.status, unit.document)
    optional = (unit.reviewer,) if unit.reviewer is not None else ()
    every = (*texts, *optional, *unit.notes)
    if _ILLEGAL_XML.search("\n".join(every)) is not None:
        return False
    return all(text == text.strip() and text for text in (*optional, *unit.notes)) and all(
        text == text.strip() for text in texts
    )
