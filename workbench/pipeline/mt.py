"""Filling the French sentences that have no counterpart with machine translation drafts."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.model import (
    Alignment,
    BeadDraft,
    EngineError,
    NotFoundError,
    Status,
    StoredBead,
    Translation,
    WorkbenchError,
)
from workbench.pipeline.alignment import alignment_for, apply
from workbench.pipeline.leftovers import LeftoverCheck, has_sound_tags
from workbench.pipeline.mt_alignment import made_alignment
from workbench.review import Edit, draft_of, holds_mt, is_gap
from workbench.translate.base import CALL_SIZE, close_translator
from workbench.wording import counted, plural

if TYPE_CHECKING:
    from collections.abc import Sequence

    from workbench.pipeline.documents import Progress
    from workbench.store import Store
    from workbench.translate.base import Translator
    from workbench.translate.estimate import QualityEstimator
    from workbench.translate.glossary import Glossary, GlossaryTranslator


@dataclass(frozen=True)
class FillReport:
    alignment: Alignment
    filled: int
    origin: str
    already: int  # gaps that had a translation already (human or MT)
    estimated: int = 0  # drafts whose score is a quality estimate
    estimate: str = ""  # how it was made (``Calibration.signature``), or why there is none
    forced: int = 0  # drafts whose glossary terms were all put in by placeholder
    missing: int = 0  # drafts that still miss a glossary term (``workbench qa --glossary``)
    untranslated: int = 0  # estimated drafts that left words in the source language
    # Beads (numbered from 1) a reviewer rejected as not a pair: fill leaves their French
    # alone, as a reviewer's word; `review.unpair` parts them into null beads it drafts.
    rejected: tuple[int, ...] = ()
    # With a glossary: the raw MT drafts made before this fill, which keep their text (fill
    # drafts gaps only) and so never got the glossary, and how many of them miss a term
    unglossed: int = 0
    unglossed_missing: int = 0
    # The earlier version's reviewed beads this version's new alignment could not take
    # over (their French changed), named with the command that shows them; "" when none.
    left_behind: str = ""


def translator_for(
    src: str, tgt: str, engine: str | None, store: Store, models_dir: Path | None = None
) -> Translator:
    """The engine for a pair, answering from the store's translation cache first."""
    from workbench.translate.base import CachedTranslator
    from workbench.translate.registry import get_translator

    return CachedTranslator(get_translator(src, tgt, engine, models_dir), store)


class PartlyDrafted(EngineError):
    """The engine failed half-way through a fill: ``drafted`` gaps were drafted and saved,
    ``left`` are still gaps."""

    def __init__(self, drafted: int, left: int, message: str) -> None:
        super().__init__(message)
        self.drafted = drafted
        self.left = left


def fill_document(
    store: Store,
    ref: str | int,
    cp_lang: str,
    *,
    engine: str | None = None,
    models_dir: Path | None = None,
    actor: str = "cli",
    progress: Progress | None = None,
    batch: int = CALL_SIZE,
    estimate: bool = True,
    glossary: Glossary | None = None,
) -> FillReport:
    """Give every French sentence without a counterpart an MT draft (status ``draft``).

    Human text is never overwritten: only beads with no counterpart and no
    draft are filled. Translations come from the store's cache when the same
    engine, model and version translated the same sentence before.

    Gaps go to the engine ``batch`` at a time and each chunk's drafts are saved
    before the next is translated (one edit per run of adjacent gaps), so an
    engine that dies half-way keeps what was done: ``EngineError`` then says how
    many gaps were drafted and how many are left.

    With ``estimate`` each draft's score is its quality estimate (the probability,
    in [0, 1], that it translates its source: ``workbench.translate.estimate``), so
    TMX exports carry it as ``x-score`` and reviews can sort or filter on it. Where
    the encoder is not installed, or without ``estimate``, the drafts have no score
    (the gap's null-alignment confidence says nothing of a draft), and the report
    says why when an estimate was asked for.

    With ``glossary`` its terms are forced into the drafts (placeholders around the
    engine: ``workbench.translate.glossary``); the report counts the drafts that
    still miss a term.
    """
    # The engine is chosen before anything is stored: a refused language or a
    # missing engine must leave no empty alignment behind.
    try:
        fr_lang = alignment_for(store, ref, cp_lang).fr_lang
    except NotFoundError:
        fr_lang = store.document(ref).lang
    translator = translator_for(fr_lang, cp_lang, engine, store, models_dir)
    try:
        return _fill(store, ref, cp_lang, translator, actor, progress, batch, estimate, glossary)
    finally:
        # Apertium's pipeline is stopped and waited for here, not whenever the
        # translator happens to be collected.
        close_translator(translator)


@dataclass
class _Tally:
    """What a fill has done so far, batch by batch (``FillReport``'s counts)."""

    done: int = 0
    estimated: int = 0
    missing: int = 0
    untranslated: int = 0


def _fill(
    store: Store,
    ref: str | int,
    cp_lang: str,
    translator: Translator,
    actor: str,
    progress: Progress | None,
    batch: int,
    estimate: bool,
    glossary: Glossary | None,
) -> FillReport:
    """``fill_document`` once its engine is chosen."""
    alignment, left_behind = made_alignment(store, ref, cp_lang, actor)
    beads = store.beads(alignment.id)
    gaps = [b for b in beads if is_gap(b)]
    translator, glossed, timed = _wrapped(store, gaps, translator, glossary)
    already = sum(1 for b in beads if b.fr_text and not b.cp and b.cp_text)
    rejected = tuple(b.position + 1 for b in beads if b.status is Status.REJECTED and b.fr and b.cp)
    origin = f"mt:{translator.engine}:{translator.model}"
    next_to = {b.id: after.id for b, after in itertools.pairwise(beads)}
    tally = _Tally()
    estimator, how = _estimator() if estimate and gaps else (None, "not asked")
    payload = {"estimate": how} if estimator is not None else {}
    scorer = _Scorer(estimator, glossary, cp_lang, translator, sound_tags=timed)
    try:
        # The encoder loads and the sources are encoded while the engine translates
        # (Apertium in its own processes): fill's wall time overlaps, its CPU does not.
        scorer.encode_ahead([b.fr_text for b in gaps])
        for start in range(0, len(gaps), batch):
            chunk = gaps[start : start + batch]
            translations = _translate(translator, chunk, tally.done, len(gaps))
            scores = scorer.score(chunk, translations, tally)
            origin = translations[-1].origin if translations else origin
            _save(store, alignment.id, chunk, translations, scores, next_to, actor, payload)
            tally.done += len(chunk)
            if progress is not None:
                progress(len(chunk))
    finally:
        scorer.close()
    forced = glossed.forced if glossed is not None else 0
    unglossed, unglossed_missing = _unglossed(beads, glossary)
    return FillReport(
        alignment, len(gaps), origin, already, tally.estimated, how, forced, tally.missing,
        tally.untranslated, rejected, unglossed, unglossed_missing, left_behind,
    )  # fmt: skip


def _unglossed(beads: Sequence[StoredBead], glossary: Glossary | None) -> tuple[int, int]:
    """(raw MT drafts ``beads`` held before this fill, those of them that miss a term of
    ``glossary``): the drafts a glossary given now was not applied to (newcomer32: the
    older drafts kept "riada" for *crue*, and fill's summary said nothing of them)."""
    if glossary is None:
        return 0, 0
    from workbench.translate.glossary import missing_terms

    drafts = [b for b in beads if b.fr_text and not b.cp and b.cp_text and holds_mt(b)]
    missing = sum(bool(missing_terms(b.fr_text, b.cp_text, glossary)) for b in drafts)
    return len(drafts), missing


def _wrapped(
    store: Store, gaps: Sequence[StoredBead], translator: Translator, glossary: Glossary | None
) -> tuple[Translator, GlossaryTranslator | None, bool]:
    """A fill's translator: a subtitle's or a transcript's sound tags in capitals drafted
    as such (`sound_tags`; and whether it is one), a glossary's terms forced."""
    from workbench.translate.glossary import GlossaryTranslator
    from workbench.translate.sound_tags import SoundTagTranslator

    timed = has_sound_tags(store.segment_meta([i for b in gaps for i in b.fr]).values())
    if timed:
        translator = SoundTagTranslator(translator)
    glossed = GlossaryTranslator(translator, glossary) if glossary is not None else None
    return glossed or translator, glossed, timed


class _Scorer:
    """A fill's checks of its drafts, batch by batch: the quality estimate (with the
    words left untranslated) when there is an estimator, the glossary's missing terms
    when there is a glossary. Call ``close`` (the vocabulary may run processes)."""

    def __init__(
        self,
        estimator: QualityEstimator | None,
        glossary: Glossary | None,
        lang: str,
        translator: Translator,
        sound_tags: bool = False,
    ) -> None:
        self.estimator = estimator
        self.glossary = glossary
        chosen = glossary.target_words() if glossary is not None else frozenset()
        self.check = (
            LeftoverCheck(lang, translator.src_lang, sound_tags, chosen)
            if estimator is not None
            else None
        )

    def encode_ahead(self, sources: list[str]) -> None:
        if self.estimator is not None:
            self.estimator.encode_ahead(sources)

    def score(
        self, chunk: Sequence[StoredBead], translations: Sequence[Translation], tally: _Tally
    ) -> Sequence[float | None]:
        """Each draft's score (None without an estimator); ``tally`` counts what was found."""
        if self.glossary is not None:
            from workbench.translate.glossary import missing_terms

            tally.missing += sum(
                bool(missing_terms(b.fr_text, t.text, self.glossary))
                for b, t in zip(chunk, translations, strict=True)
            )
        if self.estimator is None:
            return [None] * len(chunk)
        scores, left = estimate_drafts(
            self.estimator, [b.fr_text for b in chunk], translations, self.check
        )
        tally.estimated += len(chunk)
        tally.untranslated += sum(n > 0 for n in left)
        return scores

    def close(self) -> None:
        if self.check is not None:
            self.check.close()


def _translate(
    translator: Translator, chunk: Sequence[StoredBead], done: int, gaps: int
) -> list[Translation]:
    """One batch's drafts; an engine failure says how many gaps are drafted and saved."""
    try:
        return translator.translate_batch([b.fr_text for b in chunk])
    except WorkbenchError as err:
        left = gaps - done
        raise PartlyDrafted(
            done,
            left,
            f"{err} — {done} of {counted(gaps, 'gap')} {plural(done, 'was', 'were')} drafted "
            f"and saved; the other {left} {plural(left, 'is still a gap', 'are still gaps')}: "
            "run fill again once the engine works",
        ) from err


def _save(
    store: Store,
    alignment_id: int,
    chunk: Sequence[StoredBead],
    translations: Sequence[Translation],
    scores: Sequence[float | None],
    next_to: dict[int, int],
    actor: str,
    payload: dict[str, str],
) -> None:
    """One batch's drafts stored, one edit per run of adjacent beads."""
    # No reviewer: nobody has looked at a draft yet; its origin names the engine.
    drafts = [
        (b, draft_of(b, cp_text=t.text, status=Status.DRAFT, origin=t.origin,
                     reviewer=None, score=score))
        for b, t, score in zip(chunk, translations, scores, strict=True)
    ]  # fmt: skip
    origin = translations[-1].origin if translations else ""
    for run in _runs(drafts, next_to):
        edit = Edit(
            "fill", {b.id: b.version for b, _ in run}, tuple(d for _, d in run),
            f"MT drafts by {origin}", payload,
        )  # fmt: skip
        apply(store, alignment_id, edit, actor)


def estimate_drafts(
    estimator: QualityEstimator,
    sources: Sequence[str],
    translations: Sequence[Translation],
    check: LeftoverCheck | None,
) -> tuple[list[float], list[int]]:
    """(quality estimate in [0, 1], words left untranslated) of each draft of ``sources``.

    The one scoring that `fill` and the app's one-click fill share: the encoder's
    estimate, lowered for each word the draft left in the source language (`penalised`),
    as ``check`` finds them (`workbench.pipeline.leftovers`: what `workbench qa` lists).
    No check: no word is counted. Raises ``EngineError`` when the encoder or an analyser cannot run.
    """
    left = [0] * len(translations)
    if check is not None:
        pairs = [(source, t.text) for source, t in zip(sources, translations, strict=True)]
        found = check.find(pairs, [t.origin for t in translations])
        left = [len(each.words) for each in found]
    return estimator.estimate(sources, [t.text for t in translations], untranslated=left), left


def _estimator() -> tuple[QualityEstimator | None, str]:
    """The drafts' quality estimator, or none and why (its encoder is not installed)."""
    from workbench.align.encoders import available_encoders
    from workbench.translate.estimate import USEM3, QualityEstimator

    if USEM3.encoder not in available_encoders():
        return None, f"no estimate: the {USEM3.encoder} encoder is not installed"
    estimator = QualityEstimator(USEM3)
    return estimator, estimator.signature


def _runs(
    drafts: list[tuple[StoredBead, BeadDraft]], next_to: dict[int, int]
) -> list[list[tuple[StoredBead, BeadDraft]]]:
    """``drafts`` cut into runs of adjacent beads: each run is one edit, one transaction."""
    runs: list[list[tuple[StoredBead, BeadDraft]]] = []
    for item in drafts:
        if runs and next_to.get(runs[-1][-1][0].id) == item[0].id:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs
