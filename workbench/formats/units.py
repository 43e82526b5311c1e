"""What every export format shares: options, text cleaning, selection, the report.

Pure: no I/O. The writers (``tmx``, ``tabular``) pass each unit through
:class:`Selector`, which filters it, puts it the right way round, cleans its
text, and counts what it skipped or removed; the writer turns the counts into
an :class:`ExportReport` when it is done.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path

# MtPolicy is part of ExportOptions: exported here too, for the callers that build one.
from workbench.formats.choices import DEFAULT_MT, CueStyling
from workbench.formats.choices import MtPolicy as MtPolicy
from workbench.formats.report import (
    DRAFTED_SOURCE,
    DRAFTED_SOURCE_MT_INCLUDE,
    FRENCH_ALONE,
    FRENCH_ALONE_MEMORY,
    INCLUDES,
    NO_TRANSLATION,
    UNDER_THE_FLOOR,
)
from workbench.formats.report import (
    ExportReport as ExportReport,
)
from workbench.formats.report import (
    SkipReason as SkipReason,
)
from workbench.langtags import language, with_region
from workbench.model import POST_EDIT, TranslationUnit, holds_machine_translation

# XML 1.0 allows tab, newline, carriage return and these ranges only; lone
# surrogates (which Python strings can hold) fall outside them too.
_ILLEGAL_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Every character XML forbids is also unprintable to Python (controls, surrogates,
# U+FFFE and U+FFFF are unassigned), and str.isprintable runs twice as fast as the
# regex: a printable text needs no regex. Tested over every code point.


# A prop saying how an MT draft's score was estimated (qe:usem3|…): the draft's, not the unit's.
ESTIMATE_PROP = "x-estimate"
# The bead's version at the export (TMX prop; XLIFF metadata "version"): a unit the
# workbench exported comes back into that bead (`pipeline.returned`).
VERSION_PROP = "x-version"


def version_text(unit: TranslationUnit) -> str | None:
    """What an export writes of the bead's version: ``VERSION@ALIGNMENT-KEY``, or None."""
    if unit.version is None:
        return None
    return f"{unit.version}@{unit.alignment_key}" if unit.alignment_key else str(unit.version)


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
    # only the beads this reviewer changed last (a PM checks one reviewer's work)
    reviewer: str | None = None
    # keep units whose alignment score is at least this, and those no score applies to: the
    # reviewers' own beads and sentences not translated yet (only an unscored MT draft goes)
    min_score: float | None = None
    mt: MtPolicy = DEFAULT_MT  # drafts nobody post-edited are left out unless asked for
    mt_path: Path | None = None  # MtPolicy.SEPARATE: default NAME.mt.tmx beside the file
    french_source: bool = False  # default: the original (es/en) is the source, French the target
    region_variants: bool = False  # fr-FR instead of fr (Trados wants its TM's variant)
    regions: tuple[tuple[str, str], ...] = DEFAULT_REGIONS
    bom: bool = False  # TSV/CSV: a UTF-8 byte order mark so Excel guesses the encoding
    # TMX: skip a unit whose tuid was already written. Off by default because the
    # pipeline's tuids are database keys and the check holds every tuid in memory.
    check_tuids: bool = False
    # A memory of distinct pairs, as OmegaT keeps one unit per source and target: a unit
    # whose source and target (as written) equal an earlier unit's is skipped, so the
    # first in export order (document, then bead) keeps its id, dates, reviewer, notes.
    # Memories only (TMX, TSV, CSV, XLSX): an XLIFF is a document, every sentence in place.
    dedupe: bool = False
    cue_styling: CueStyling = CueStyling.TEXT  # TMX: a subtitle cue's styling (`CueStyling`)
    creation_tool: str = "workbench"
    # The file's own date (TMX header creationdate, XLIFF date): None is the time of writing.
    # The CLI sets it from SOURCE_DATE_EPOCH (reproducible-builds.org), so that two exports
    # of one store are the same bytes; a unit's dates are its bead's and never change here.
    written_at: datetime | None = None
    creation_tool_version: str = ""  # empty: the installed workbench's version


def strip_illegal(text: str) -> tuple[str, int]:
    """Remove characters XML 1.0 forbids; return the text and how many were removed."""
    cleaned, removed = _ILLEGAL_XML.subn("", text)
    return cleaned, removed


def is_machine_translation(unit: TranslationUnit) -> bool:
    """Machine translation nobody post-edited (`workbench.model.holds_machine_translation`,
    the rule `workbench.review.holds_mt` follows for beads)."""
    return holds_machine_translation(unit.origin, unit.status)


def is_post_edit(unit: TranslationUnit) -> bool:
    """A reviewer's post-edit of a machine translation (origin ``postedit:mt:…``)."""
    return unit.origin.startswith(POST_EDIT)


@lru_cache(maxsize=256)
def language_code(lang: str, options: ExportOptions) -> str:
    """``fr``/``fr_FR``/``FR-fr`` → ``fr`` or, with region variants, ``fr-FR``."""
    if not options.region_variants:
        return language(lang)
    return with_region(lang, dict(options.regions))


# Fields that repeat from unit to unit (origin, status, document, reviewer, notes):
# the Selector checks them once per distinct value, not once per unit.
_Static = tuple[str, str, str, str | None, tuple[str, ...]]
_CACHE_SIZE = 4096


@dataclass
class Selector:
    """Filters, orients and cleans units one at a time, counting what it does.

    A rejected pair (a reviewer's "this is not its translation") is no memory:
    TMX skips it and counts it. With ``untranslated`` (XLIFF, a hand-off) it goes,
    in the state that asks for a new translation (1.2 ``needs-translation``); a
    unit whose target is empty is kept; and an MT draft left out by
    ``MtPolicy.EXCLUDE`` loses its draft but not its source: the CAT tool gets
    every source sentence, untranslated where no human translation exists. A unit
    whose source is empty (or was the draft) is skipped all the same. With
    ``every_bead`` (the review tables) every unit goes that no option leaves out, a
    rejected pair and a null bead (an empty side: an empty cell) too, so that row n
    is bead n for a reviewer to un-reject, correct or translate (newcomer33).
    """

    options: ExportOptions
    untranslated: bool = False
    # the review tables: rejected pairs and null beads are rows too (`select`)
    every_bead: bool = False
    # False for XLIFF, a document to translate whose source is the original's text: an MT
    # draft of the counterpart (`fill` drafts what the original lacks) cannot be it. A TMX
    # unit is a pair either way round (its draft marked as MT), a review table shows it.
    draft_source: bool = True
    skipped: Counter[SkipReason] = field(default_factory=Counter)
    removed: int = 0
    below_untranslated: int = 0  # XLIFF: pairs under the floor whose source goes alone
    drafts_below: int = 0  # XLIFF: MT drafts under the estimate floor, the French sent alone
    drafts_written: int = 0  # MT drafts written as their units' targets (--mt include)
    _swap: dict[tuple[str, str], bool] = field(default_factory=dict, init=False, repr=False)
    _clean_static: dict[_Static, bool] = field(default_factory=dict, init=False, repr=False)
    _filtering: bool = field(default=False, init=False, repr=False)
    _written: set[tuple[str, str]] = field(default_factory=set, init=False, repr=False)

    def __post_init__(self) -> None:
        options = self.options
        self._filtering = (
            options.confirmed_only
            or options.reviewer is not None
            or options.min_score is not None
            or options.mt is MtPolicy.EXCLUDE
        )

    def select(self, unit: TranslationUnit) -> TranslationUnit | None:
        """The unit ready to write, or None and its one reason counted: the first of
        what no option changes (rejected in a memory, a drafted source, an empty
        side), then what an option decides (--confirmed-only, --mt, --min-score). Only the
        characters removed from a unit written are counted."""
        removed = self.removed
        chosen = self._select(unit, removed)
        if chosen is None:
            self.removed = removed
        return chosen

    def _select(self, unit: TranslationUnit, removed: int) -> TranslationUnit | None:
        if unit.status == "rejected" and not (self.untranslated or self.every_bead):
            return self._skip(SkipReason.REJECTED)
        oriented = self.clean(unit)
        if not self.every_bead and (reason := self._unwritable(oriented)):
            return self._skip(reason)
        reason = self._filter(unit) if self._filtering else None
        if reason is not None and self.untranslated:
            self.removed = removed  # the unit is cleaned again, without its draft or target
        if reason is SkipReason.MACHINE_TRANSLATION and self.untranslated:
            oriented = self.clean(without_draft(unit))  # the original goes, untranslated
        elif reason in UNDER_THE_FLOOR and self.untranslated:
            draftless = self.clean(without_draft(unit) if is_machine_translation(unit) else unit)
            oriented = replace(
                draftless, target="", origin="", status="auto", score=None, reviewer=None
            )
            # counted once: a sentence with no translation is untranslated, not under the floor
            self.below_untranslated += bool(oriented.source and draftless.target)
            # an MT draft under the estimate floor: its French goes alone, said as such
            # (newcomer32: "2500 of them untranslated (no target)", no word of the drafts)
            self.drafts_below += bool(
                oriented.source and not draftless.target and is_machine_translation(unit)
            )
        elif reason is not None:
            return self._skip(reason)
        # an imported CAT file's MT was the source; a table's null bead is a row all the same
        if not oriented.source and not self.every_bead:
            return self._skip(reason or SkipReason.EMPTY_SOURCE)
        if self.options.dedupe and not self.untranslated:
            pair = (oriented.source, oriented.target)
            if pair in self._written:
                return self._skip(SkipReason.DUPLICATE)
            self._written.add(pair)
        # a draft written as its unit's target: the summary counts it (newcomer33)
        self.drafts_written += (
            reason is None and self.options.mt is MtPolicy.INCLUDE and is_machine_translation(unit)
        )
        return oriented

    def _skip(self, reason: SkipReason) -> TranslationUnit | None:
        """None, the unit's reason counted."""
        self.skipped[reason] += 1
        return None

    def _unwritable(self, unit: TranslationUnit) -> SkipReason | None:
        """Why an oriented unit cannot go whatever the options: a draft as its source
        (XLIFF), no source, no target (a memory or a table)."""
        if not self.draft_source and _drafted_source(unit):
            return SkipReason.MACHINE_SOURCE
        if not unit.source:
            return SkipReason.EMPTY_SOURCE
        if not unit.target and not self.untranslated:
            return SkipReason.EMPTY_TARGET
        return None

    def hints(self) -> tuple[tuple[SkipReason, str], ...]:
        """The option that brings each reason's units into this export, where one does."""
        found = {r: INCLUDES[r] for r in self.skipped if r in INCLUDES}
        if SkipReason.EMPTY_SOURCE in self.skipped and not self.options.french_source:
            found[SkipReason.EMPTY_SOURCE] = (
                FRENCH_ALONE if self.untranslated else FRENCH_ALONE_MEMORY
            )
        if SkipReason.EMPTY_TARGET in self.skipped:
            found[SkipReason.EMPTY_TARGET] = NO_TRANSLATION
        if SkipReason.MACHINE_SOURCE in self.skipped:
            asked = self.options.mt is MtPolicy.INCLUDE
            found[SkipReason.MACHINE_SOURCE] = (
                DRAFTED_SOURCE_MT_INCLUDE if asked else DRAFTED_SOURCE
            )
        return tuple(found.items())

    def _filter(self, unit: TranslationUnit) -> SkipReason | None:
        options = self.options
        if options.confirmed_only and unit.status != "confirmed":
            return SkipReason.NOT_CONFIRMED
        if options.reviewer is not None and unit.reviewer != options.reviewer:
            return SkipReason.OTHER_REVIEWER
        # A draft under the floor is counted as a draft: --min-score 0 would not bring it in.
        if options.mt is MtPolicy.EXCLUDE and is_machine_translation(unit):
            return SkipReason.MACHINE_TRANSLATION
        if options.min_score is not None and _below(unit, options.min_score):
            if is_machine_translation(unit):
                return SkipReason.MT_BELOW_THRESHOLD
            return SkipReason.BELOW_THRESHOLD
        if options.min_score and not self.untranslated and _in_conflict(unit):
            return SkipReason.IN_CONFLICT
        if options.min_score and not self.untranslated and _stale_figures(unit):
            return SkipReason.NUMBERS_DIFFER
        return None

    def _swaps(self, source_lang: str, target_lang: str) -> bool:
        source_french = language(source_lang) == "fr"
        return source_french != (language(target_lang) == "fr") and (
            source_french != self.options.french_source
        )

    def text(self, value: str) -> str:
        if _ILLEGAL_XML.search(value) is not None:
            value, removed = strip_illegal(value)
            self.removed += removed
        return value.strip()

    def clean(self, unit: TranslationUnit) -> TranslationUnit:
        """The unit oriented, with illegal characters removed and spaces trimmed."""
        langs = (unit.source_lang, unit.target_lang)
        swap = self._swap.get(langs)
        if swap is None:
            swap = self._swap[langs] = self._swaps(*langs)
        if not swap and self._is_clean(unit):
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
            props=unit.props,
            version=unit.version,
            alignment_key=unit.alignment_key,
            drafted=unit.drafted,
        )

    def _is_clean(self, unit: TranslationUnit) -> bool:
        """The varying texts checked every time, the repeating ones once per value."""
        static = (unit.origin, unit.status, unit.document, unit.reviewer, unit.notes)
        clean = self._clean_static.get(static)
        if clean is None:
            if len(self._clean_static) >= _CACHE_SIZE:
                self._clean_static.clear()  # a bound, for exports where notes never repeat
            optional = (unit.reviewer,) if unit.reviewer is not None else ()
            clean = _is_clean(static[:3], (*optional, *unit.notes))
            self._clean_static[static] = clean
        tuid, source, target = unit.tuid, unit.source, unit.target
        texts = f"{tuid}{source}{target}"
        return (
            clean
            and (texts.isprintable() or _ILLEGAL_XML.search(texts) is None)
            and tuid == tuid.strip()
            and source == source.strip()
            and target == target.strip()
        )

    def report(
        self,
        paths: tuple[Path, ...],
        written: int,
        mt_written: int = 0,
        untranslated: int = 0,
        to_translate_again: int = 0,
    ) -> ExportReport:
        order = list(SkipReason)
        skipped = tuple(sorted(self.skipped.items(), key=lambda item: order.index(item[0])))
        return ExportReport(
            paths=paths,
            written=written,
            skipped=skipped,
            characters_removed=self.removed,
            mt_written=mt_written,
            untranslated=untranslated,
            to_translate_again=to_translate_again,
            min_score=self.options.min_score,
            below_untranslated=self.below_untranslated,
            drafts_below=self.drafts_below,
            drafts_written=self.drafts_written,
            hints=self.hints(),
        )


def without_draft(unit: TranslationUnit) -> TranslationUnit:
    """An MT-drafted unit as it was before the draft: its original side only, waiting.

    The draft is the side in ``drafted``'s language, else the side not French (an imported
    CAT file's MT); its origin, score, reviewer and estimate go with it."""
    fr_source = language(unit.source_lang) == "fr"
    drafted = unit.drafted or (unit.target_lang if fr_source else unit.source_lang)
    drafted_source = language(drafted) == language(unit.source_lang)
    return replace(
        unit,
        source="" if drafted_source else unit.source,
        target=unit.target if drafted_source else "",
        origin="",
        status="auto",
        score=None,
        reviewer=None,
        props=tuple(p for p in unit.props if p.type != ESTIMATE_PROP),
    )


def _drafted_source(unit: TranslationUnit) -> bool:
    """An oriented unit whose source is an MT engine's draft of what the original lacks,
    raw or a reviewer's post-edit (confirmed or not): a translation, never the original."""
    drafted = unit.drafted
    source_is_draft = drafted is not None and language(drafted) == language(unit.source_lang)
    return source_is_draft and (is_machine_translation(unit) or is_post_edit(unit))


def _is_clean(texts: tuple[str, ...], optional: tuple[str, ...]) -> bool:
    """No illegal character and nothing to trim; ``optional`` texts must not be empty either."""
    if _ILLEGAL_XML.search("".join((*texts, *optional))) is not None:
        return False
    return all(text == text.strip() and text for text in optional) and all(
        text == text.strip() for text in texts
    )


# The decimals a score is judged on against --min-score: as the tables, `beads` and the
# review app print it (0.500), so that a score shown as the floor is never "below" it.
SCORE_DECIMALS = 3


def _in_conflict(unit: TranslationUnit) -> bool:
    """Whether ``unit`` is a bead a re-import found changed on both sides and no reviewer
    settled (`conflict_notes`: its note keeps the workbench's side; confirming settles it):
    a memory leaves it out under its floor, since a CAT tool would insert either text as
    an exact match. An XLIFF sends it, its note with it; a review table shows it."""
    from workbench.conflict_notes import unsettled

    return any(unsettled(note, unit.status) for note in unit.notes)


def _stale_figures(unit: TranslationUnit) -> bool:
    """Whether ``unit`` is an aligner's pair nobody reviewed whose sides disagree on a number
    (`qa_numbers.numbers_differ`) or a month (`months.months_differ`): a memory leaves it
    out under its floor, since a CAT tool inserts a unit whose source matches as an exact
    match, figure and all. An XLIFF sends it
    marked for review (``needs-review-translation``), a review table shows it."""
    if unit.status in ("confirmed", "rejected") or not unit.origin.startswith("auto"):
        return False
    from workbench.quality.months import months_differ
    from workbench.quality.qa_numbers import numbers_differ

    sides = (unit.source, unit.target, unit.source_lang, unit.target_lang)
    return numbers_differ(*sides) or months_differ(*sides)


def _below(unit: TranslationUnit, threshold: float) -> bool:
    """Under the score threshold, the score as printed (`SCORE_DECIMALS`): 0.4999998 shows
    as 0.500 and is not below 0.5. A unit without a score is judged by what it is: a
    machine translation nobody estimated is under it; a reviewer's own bead (origin
    "human") and a sentence not translated yet (an imported hand-off's null
    alignment, which no aligner scored) are not, so an XLIFF keeps every sentence
    waiting for its translation whatever the threshold."""
    if unit.status in ("confirmed", "rejected"):
        return False  # a reviewer's word outweighs the aligner's doubt, either way
    if unit.score is None:
        return is_machine_translation(unit)
    return round(unit.score, SCORE_DECIMALS) < threshold
