"""What an export wrote and left out, each unit under one reason, and the line that says so.

Pure: no I/O. :class:`workbench.formats.units.Selector` decides a unit's one reason
(the first that keeps it out whatever the other options say: see its ``select``) and
:class:`ExportReport` turns the counts into the summary line, or, when nothing was
written, into the one line naming the option that brings each reason's units in.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from workbench import wording


class SkipReason(StrEnum):
    """Why a unit was left out of an export."""

    REJECTED = "rejected by a reviewer"
    NOT_CONFIRMED = "not confirmed"
    OTHER_REVIEWER = "not this reviewer's"
    BELOW_THRESHOLD = "unreviewed, confidence below"  # the summary adds the floor
    # an MT draft's score is its on-topic estimate (`translate.estimate`), not a confidence
    MT_BELOW_THRESHOLD = "unreviewed machine translation, estimate below"
    # each reason reads after a count ("2 skipped (…)", "58 …"): newcomer33 read "58 a
    # machine translation, post-edited or not, as the source" and "58 machine translation
    # excluded"
    MACHINE_TRANSLATION = "machine translations excluded"
    # what brings them in is its hint (`DRAFTED_SOURCE`, `DRAFTED_SOURCE_MT_INCLUDE`)
    MACHINE_SOURCE = "with a machine translation, post-edited or not, as their source, no original"
    EMPTY_SOURCE = "empty source"
    EMPTY_TARGET = "empty target"
    OTHER_LANGUAGES = "other language pair"
    DUPLICATE_TUID = "duplicate tuid"
    DUPLICATE = "same source and target as a unit before it"
    # a memory's unreviewed pair whose sides disagree on a figure: a CAT tool would insert it
    # as an exact match, the old figure with it (newcomer37 HIGH 1: a sentence of a new
    # version of the original paired with the French of the old one)
    NUMBERS_DIFFER = "unreviewed, numbers differ between the sides"
    # a bead a re-import found changed on both sides, not settled yet: which text the
    # memory should hold is a reviewer's call (newcomer38 LOW 22: the TMX held the file's,
    # as an ordinary unit, with the workbench's only in a <note>)
    IN_CONFLICT = "an import conflict not settled"


# What brings a reason's units into the file (Selector.hints: the ones true of an export).
INCLUDES: dict[SkipReason, str] = {
    SkipReason.NOT_CONFIRMED: "without --confirmed-only they go",
    SkipReason.OTHER_REVIEWER: "without --reviewer every reviewer's go",
    SkipReason.BELOW_THRESHOLD: "--min-score 0 includes them",
    SkipReason.MT_BELOW_THRESHOLD: "--min-score 0 includes them",
    SkipReason.MACHINE_TRANSLATION: "--mt include writes them, marked as machine translation",
    SkipReason.DUPLICATE: "without --dedupe they go",
    SkipReason.NUMBERS_DIFFER: "`workbench qa` lists them; confirm each once checked, or "
    "--min-score 0 includes them",
    SkipReason.IN_CONFLICT: "`workbench status` names them; keep the right text on the "
    "Review page, or confirm the file's, or --min-score 0 includes them",
}
# The reasons of units under --min-score's floor (the summary names the floor).
UNDER_THE_FLOOR = frozenset({SkipReason.BELOW_THRESHOLD, SkipReason.MT_BELOW_THRESHOLD})
# French sentences with no original: an XLIFF with French as its source sends them.
FRENCH_ALONE = "French with no original: --french-source exports the French to translate"
FRENCH_ALONE_MEMORY = "French with no original: -f xliff12 --french-source sends them to translate"
# A draft as an original-first XLIFF's source: the French goes as the source instead.
DRAFTED_SOURCE = "--french-source exports the French to translate"
# … and with --mt include, which asked for those drafts (newcomer33: not a word that the MT
# it asked for was not written, nor why)
DRAFTED_SOURCE_MT_INCLUDE = (
    "--mt include writes no draft into an XLIFF whose source is the original; "
    "--french-source exports the French, its drafts as targets"
)
# Sentences with no translation: a memory cannot hold them, an XLIFF sends them untranslated.
NO_TRANSLATION = "no translation: -f xliff12 sends them untranslated"


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote, what it left out and why, and what it had to clean."""

    paths: tuple[Path, ...]
    written: int
    skipped: tuple[tuple[SkipReason, int], ...] = ()
    characters_removed: int = 0
    mt_written: int = 0  # units in the separate machine-translation file (--mt separate)
    # MT drafts written as their units' targets, marked as machine translation (--mt include)
    drafts_written: int = 0
    untranslated: int = 0  # XLIFF: units written with their source only (no target)
    # XLIFF: rejected pairs written with their target, in the state asking for a new
    # translation (1.2 needs-translation, 2.1 initial)
    to_translate_again: int = 0
    min_score: float | None = None  # the floor the export applied (the summary names it)
    # XLIFF: pairs under the floor written with their source only, waiting for a translation
    below_untranslated: int = 0
    # XLIFF: MT drafts under the estimate floor, their French written alone to translate
    drafts_below: int = 0
    # What option brings each reason's units in, where one does (said when nothing is written)
    hints: tuple[tuple[SkipReason, str], ...] = ()
    # A CAT tool's known limit with this format (OmegaT 3.6 and XLIFF), said at the end
    notice: str = ""
    # What was written, by the name its file gives it: units; a subtitle file's cues
    item: str = "unit"
    # --mt separate whose units were all machine translations: the main file, not written
    # (no empty memory beside the MT one; `registry.write_some_units`)
    main_unwritten: Path | None = None
    # Texts typed in the review app and not saved, which the file cannot hold: "bead 50
    # (ines)" each (`pipeline.exporting.unsaved_elsewhere`), said at the end
    unsaved: tuple[str, ...] = ()

    @property
    def skipped_total(self) -> int:
        return sum(count for _, count in self.skipped)

    def skipped_for(self, reason: SkipReason) -> int:
        return dict(self.skipped).get(reason, 0)

    def _floor(self, reason: SkipReason = SkipReason.BELOW_THRESHOLD) -> str:
        return f"{reason} {self.min_score:g}"

    def _reason(self, reason: SkipReason) -> str:
        return self._floor(reason) if reason in UNDER_THE_FLOOR else str(reason)

    def summary(self) -> str:
        plural = "s" if self.written != 1 else ""
        parts = [f"{self.written} {self.item}{plural} written to {', '.join(map(str, self.paths))}"]
        if self.main_unwritten is not None:
            parts.append(
                f"all of them machine translations; {self.main_unwritten} not written: no "
                "other unit to write"
            )
        elif self.mt_written:
            parts.append(f"{self.mt_written} of them machine translations, in {self.paths[-1]}")
        if self.drafts_written:
            drafts = wording.plural(self.drafts_written, "an MT draft", "MT drafts")
            parts.append(f"{self.drafts_written} of them {drafts}, marked as machine translation")
        # Units under the floor go without their target too: said below, each unit once.
        if untranslated := self.untranslated - self.below_untranslated - self.drafts_below:
            parts.append(f"{untranslated} of them untranslated (no target)")
        if self.drafts_below:
            parts.append(
                f"{self.drafts_below} of them without their MT draft "
                f"({self._floor(SkipReason.MT_BELOW_THRESHOLD)}: --min-score 0 keeps the drafts)"
            )
        if self.to_translate_again:
            parts.append(
                f"{self.to_translate_again} of them rejected by a reviewer, "
                "to translate again (needs-translation)"
            )
        if self.below_untranslated:
            parts.append(
                f"{self.below_untranslated} of them without their target ({self._floor()}: "
                "--min-score 0 keeps the pairs)"
            )
        hints = dict(self.hints)
        for reason, count in self.skipped:
            if reason in UNDER_THE_FLOOR:
                parts.append(f"{count} left out ({self._floor(reason)}: {INCLUDES[reason]})")
            elif reason in (SkipReason.NUMBERS_DIFFER, SkipReason.IN_CONFLICT):
                parts.append(f"{count} left out ({reason}: {INCLUDES[reason]})")
            elif hints.get(reason) in (FRENCH_ALONE, DRAFTED_SOURCE, DRAFTED_SOURCE_MT_INCLUDE):
                # a page's French, or drafts, that an original-first XLIFF leaves out
                parts.append(f"{count} skipped ({reason}: {hints[reason]})")
            else:
                parts.append(f"{count} skipped ({reason})")
        if self.characters_removed:
            plural = "s" if self.characters_removed != 1 else ""
            parts.append(f"{self.characters_removed} character{plural} illegal in XML removed")
        if self.notice:
            parts.append(self.notice)
        if self.unsaved:
            n = len(self.unsaved)
            texts = "1 text" if n == 1 else f"{n} texts"
            parts.append(
                f"{texts} typed in the review app and not saved {'is' if n == 1 else 'are'} "
                f"not in it ({', '.join(self.unsaved)}): save {'it' if n == 1 else 'them'} "
                "in the editor (Ctrl+Enter), then export again"
            )
        return "; ".join(parts)

    def nothing_written(self, path: Path) -> str:
        """The one line for an export that would write no unit (no file is written):
        each reason once, with the option that brings its units in where one does."""
        if not self.skipped:
            return f"{path} not written: the alignment holds no bead to export"
        hints = dict(self.hints)
        reasons = "; ".join(
            f"{count} {self._reason(reason)}" + (f" ({hints[reason]})" if reason in hints else "")
            for reason, count in self.skipped
        )
        return f"{path} not written, no unit to write: {reasons}"
