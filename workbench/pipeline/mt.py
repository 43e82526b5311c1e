"""Filling the French sentences that have no counterpart with machine translation drafts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.model import (
    Alignment,
    EngineError,
    NotFoundError,
    Status,
    StoredBead,
    Translation,
    WorkbenchError,
)
from workbench.pipeline.alignment import alignment_for
from workbench.pipeline.leftovers import LeftoverCheck, has_sound_tags
from workbench.pipeline.moved import moved_gaps
from workbench.pipeline.mt_alignment import made_alignment
from workbench.pipeline.mt_save import next_beads, save_drafts
from workbench.review import draft_of, holds_mt, is_gap, is_raw_draft
from workbench.translate.base import CALL_SIZE, close_translator
from workbench.wording import counted, plural

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

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
    # French sentences with no counterpart sentence that had a translation already
    # (human or MT), less those this run drafted again (``redrafted``, ``unchanged``)
    already: int
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
    # With ``redraft``: the raw MT drafts drafted again and replaced, those this run's
    # engine, model and glossary gave the same text (nothing written), and those left as
    # they were because a reviewer has typed into them in the review app, unsaved
    redrafted: int = 0
    unchanged: int = 0
    unsaved: int = 0
    # Gaps and drafts a reviewer changed while the engine translated: theirs, not stored
    changed_meanwhile: int = 0
    # Beads (numbered from 1) holding counterpart sentences with no French, no French typed
    # and not rejected: fill drafts the counterpart side only, so these stay to translate
    # (newcomer37: "0 gaps drafted" after a new original with 4 new English sentences)
    no_french: tuple[int, ...] = ()
    # French gaps left alone as their line reads as the counterpart of beads with no French
    # (`moved.moved_gaps`: a block placed elsewhere on one side), and those beads
    elsewhere: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())


def translator_for(
    src: str, tgt: str, engine: str | None, store: Store, models_dir: Path | None = None
) -> Translator:
    """The engine for a pair, answering from the store's translation cache first."""
    from workbench.translate.base import CachedTranslator
    from workbench.translate.registry import get_translator

    return CachedTranslator(get_translator(src, tgt, engine, models_dir), store)


class PartlyDrafted(EngineError):
    """The engine failed half-way through a fill: ``drafted`` gaps (and drafts, with
    ``redraft``) were drafted and saved, ``left`` are as they were."""

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
    redraft: bool = False,
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
        return _fill(
            store, ref, cp_lang, translator, actor, progress, batch, estimate, glossary, redraft
        )
    finally:
        # Apertium's pipeline is stopped and waited for here, not whenever the
        # translator happens to be collected.
        close_translator(translator)


@dataclass
class _Tally:
    """What a fill has done so far, batch by batch (``FillReport``'s counts)."""

    done: int = 0  # beads translated (gaps and drafts)
    filled: int = 0
    redrafted: int = 0
    unchanged: int = 0
    meanwhile: int = 0
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
    redraft: bool,
) -> FillReport:
    """``fill_document`` once its engine is chosen."""
    alignment, left_behind = made_alignment(store, ref, cp_lang, actor)
    beads = store.beads(alignment.id)
    unsaved = _unsaved_drafts(store, alignment.id, beads) if redraft else set()
    todo = [b for b in beads if is_gap(b) or (redraft and is_raw_draft(b) and b.id not in unsaved)]
    # a French line whose counterpart stands elsewhere is left to type (newcomer37)
    gaps = [b for b in todo if is_gap(b)] if alignment.counterpart_doc_id is not None else []
    elsewhere = moved_gaps(beads, gaps)  # against an original only, as `align` looks
    todo = [b for b in todo if b.position + 1 not in elsewhere[0]]
    translator, glossed, timed = _wrapped(store, todo, translator, glossary)
    taken = {b.id for b in todo}
    already = sum(1 for b in beads if b.fr_text and not b.cp and b.cp_text and b.id not in taken)
    rejected = tuple(b.position + 1 for b in beads if b.status is Status.REJECTED and b.fr and b.cp)
    no_french = tuple(
        b.position + 1 for b in beads
        if b.cp and not b.fr and not b.fr_text and b.status is not Status.REJECTED
    )  # fmt: skip
    origin = f"mt:{translator.engine}:{translator.model}"
    next_to = next_beads(beads)
    tally = _Tally()
    estimator, how = _estimator() if estimate and todo else (None, "not asked")
    payload = {"estimate": how} if estimator is not None else {}
    scorer = _Scorer(estimator, glossary, cp_lang, translator, sound_tags=timed)
    try:
        # The encoder loads and the sources are encoded while the engine translates
        # (Apertium in its own processes): fill's wall time overlaps, its CPU does not.
        scorer.encode_ahead([b.fr_text for b in todo])
        for start in range(0, len(todo), batch):
            chunk = todo[start : start + batch]
            translations = _translate(translator, chunk, tally.done, len(todo), redraft)
            origin = translations[-1].origin if translations else origin
            chosen = _glossary_words(chunk, translations, glossary)
            _draft(store, alignment.id, chunk, translations, scorer, tally, next_to, actor,
                   {**payload, **chosen})  # fmt: skip
            if progress is not None:
                progress(len(chunk))
    finally:
        scorer.close()
    forced = glossed.forced if glossed is not None else 0
    unglossed, unglossed_missing = _unglossed([b for b in beads if b.id not in taken], glossary)
    return FillReport(
        alignment, tally.filled, origin, already, tally.estimated, how, forced, tally.missing,
        tally.untranslated, rejected, unglossed, unglossed_missing, left_behind,
        tally.redrafted, tally.unchanged, len(unsaved), tally.meanwhile, no_french, elsewhere,
    )  # fmt: skip


def _glossary_words(
    chunk: Sequence[StoredBead], translations: Sequence[Translation], glossary: Glossary | None
) -> dict[str, list[str]]:
    """The payload recording the words ``glossary`` forced into these drafts, which `qa` run
    without the glossary reads back (`Store.glossary_words`): chosen, not left untranslated
    (newcomer36: qa called a term fill said it had forced "left untranslated")."""
    if glossary is None:
        return {}
    from workbench.translate.glossary import forced_words

    pairs = zip(chunk, translations, strict=True)
    words = {w for b, t in pairs for w in forced_words(b.fr_text, t.text, glossary)}
    return {"glossary_words": sorted(words)} if words else {}


def _unsaved_drafts(store: Store, alignment_id: int, beads: Sequence[StoredBead]) -> set[int]:
    """The raw MT drafts (`is_raw_draft`) a reviewer has typed into in the review app and
    not saved yet: their post-edit under way is of the draft they see, so it stays."""
    typed = {t.bead_id for t in store.unsaved(None, [alignment_id])}
    return {b.id for b in beads if b.id in typed and is_raw_draft(b)}


def _draft(
    store: Store,
    alignment_id: int,
    chunk: Sequence[StoredBead],
    translations: Sequence[Translation],
    scorer: _Scorer,
    tally: _Tally,
    next_to: dict[int, int],
    actor: str,
    payload: Mapping[str, object],
) -> None:
    """One batch's drafts scored and saved, counted in ``tally``: a draft drafted again
    into the same text by the same engine is not written again (``unchanged``)."""
    new = [
        (b, t) for b, t in zip(chunk, translations, strict=True)
        if (b.cp_text, b.origin) != (t.text, t.origin)
    ]  # fmt: skip
    tally.unchanged += len(chunk) - len(new)
    scores = scorer.score([b for b, _ in new], [t for _, t in new], tally)
    # No reviewer: nobody has looked at a draft yet; its origin names the engine.
    drafts = [
        (b, draft_of(b, cp_text=t.text, status=Status.DRAFT, origin=t.origin,
                     reviewer=None, score=score))
        for (b, t), score in zip(new, scores, strict=True)
    ]  # fmt: skip
    summary = f"MT drafts by {new[-1][1].origin}" if new else ""
    left = {b.id for b in save_drafts(store, alignment_id, drafts, next_to, actor, summary,
                                      payload)}  # fmt: skip
    tally.meanwhile += len(left)
    tally.filled += sum(1 for b, _ in new if b.id not in left and not b.cp_text)
    tally.redrafted += sum(1 for b, _ in new if b.id not in left and b.cp_text)
    tally.done += len(chunk)


def _unglossed(beads: Sequence[StoredBead], glossary: Glossary | None) -> tuple[int, int]:
    """(raw MT drafts ``beads`` held before this fill, those of them that miss a term of
    ``glossary``): the drafts a glossary given now was not applied to (newcomer32: the
    older drafts kept "riada" for *crue*, and fill's summary said nothing of them).
    ``beads``: those the fill did not translate (with ``redraft``, the drafts it did are
    glossed)."""
    if glossary is None:
        return 0, 0
    from workbench.translate.glossary import missing_terms

    drafts = [b for b in beads if b.fr_text and not b.cp and b.cp_text and holds_mt(b)]
    missing = sum(bool(missing_terms(b.fr_text, b.cp_text, glossary)) for b in drafts)
    return len(drafts), missing


def _wrapped(
    store: Store, todo: Sequence[StoredBead], translator: Translator, glossary: Glossary | None
) -> tuple[Translator, GlossaryTranslator | None, bool]:
    """A fill's translator: a subtitle's or a transcript's sound tags in capitals drafted
    as such (`sound_tags`; and whether it is one), a glossary's terms forced."""
    from workbench.translate.glossary import GlossaryTranslator
    from workbench.translate.sound_tags import SoundTagTranslator

    timed = has_sound_tags(store.segment_meta([i for b in todo for i in b.fr]).values())
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
    translator: Translator, chunk: Sequence[StoredBead], done: int, total: int, redraft: bool
) -> list[Translation]:
    """One batch's drafts; an engine failure says how many are drafted and saved."""
    try:
        return translator.translate_batch([b.fr_text for b in chunk])
    except WorkbenchError as err:
        left = total - done
        # with --redraft the beads are gaps and drafts: neither word names them all
        what = counted(total, "bead") + " to draft" if redraft else counted(total, "gap")
        rest = (
            plural(left, "is as it was", "are as they were")
            if redraft
            else plural(left, "is still a gap", "are still gaps")
        )
        raise PartlyDrafted(
            done,
            left,
            f"{err} — {done} of {what} {plural(done, 'was', 'were')} drafted "
            f"and saved; the other {left} {rest}: run fill again once the engine works",
        ) from err


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
