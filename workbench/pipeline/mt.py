"""Filling the French sentences that have no counterpart with machine translation drafts."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.model import (
    Alignment,
    BeadDraft,
    ConflictError,
    EngineError,
    NotFoundError,
    Segment,
    Status,
    StoredBead,
    Translation,
    WorkbenchError,
)
from workbench.pipeline.alignment import alignment_for, apply
from workbench.review import Edit, draft_of
from workbench.translate.base import CALL_SIZE, close_translator

if TYPE_CHECKING:
    from collections.abc import Sequence

    from workbench.pipeline.alignment import AlignReport
    from workbench.pipeline.documents import Progress
    from workbench.store import Store
    from workbench.translate.base import Translator
    from workbench.translate.estimate import QualityEstimator
    from workbench.translate.glossary import Glossary
    from workbench.translate.vocabulary import Vocabulary


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


def _gap(b: StoredBead) -> bool:
    """A French sentence with no human counterpart and no draft yet."""
    return bool(b.fr_text) and not b.cp and not b.cp_text and b.status is not Status.REJECTED


def translator_for(
    src: str, tgt: str, engine: str | None, store: Store, models_dir: Path | None = None
) -> Translator:
    """The engine for a pair, answering from the store's translation cache first."""
    from workbench.translate.base import CachedTranslator
    from workbench.translate.registry import get_translator

    return CachedTranslator(get_translator(src, tgt, engine, models_dir), store)


def ensure_alignment(store: Store, ref: str | int, cp_lang: str, actor: str) -> Alignment:
    """The document's alignment with ``cp_lang``; one bead per French sentence if none yet.

    A document with no counterpart at all (no captions, no original) can still
    be drafted: each French sentence becomes a bead waiting for its translation.
    """
    from workbench.pipeline.alignment import sides

    try:
        return alignment_for(store, ref, cp_lang)
    except NotFoundError:
        doc = store.document(ref)
        french = sides(store, doc, cp_lang, None).fr
        drafts = [_waiting(s) for s in french]
        try:
            # expected_revision=0: only if no alignment exists, so a concurrent
            # `align` or `fill` that got there first is never replaced.
            return store.save_alignment(
                doc_id=doc.id, version=doc.version, counterpart=None, fr_lang=doc.lang,
                cp_lang=cp_lang, aligner="none", beads=drafts, actor=actor, expected_revision=0,
            )  # fmt: skip
        except ConflictError:
            return alignment_for(store, ref, cp_lang)


def _waiting(sentence: Segment) -> BeadDraft:
    """A French sentence alone in its bead, waiting for an MT draft (aligner ``none``)."""
    return BeadDraft((sentence.id,), (), sentence.text, "", 0.0, Status.AUTO, "auto:none")


def redraft_alignment(store: Store, alignment: Alignment, actor: str) -> AlignReport:
    """An MT-only alignment (aligner ``none``) made again after its French side changed.

    Such an alignment has no counterpart text to align with, so it is rebuilt
    as `ensure_alignment` builds it: one bead per French sentence of the
    document's current version. A bead with an MT draft or a reviewer's work
    stays as it is while all its sentences are still text, in order; a new
    sentence gets an empty bead waiting for ``fill``. Refused with
    ConflictError if a reviewer changed the alignment meanwhile.
    """
    from workbench.pipeline.alignment import AlignReport, reviewed, sides

    doc = store.document(alignment.doc_id)
    revision = store.revision(alignment.id)
    french = sides(store, doc, alignment.cp_lang, None).fr
    kept = {
        b.fr: b
        for b in store.beads(alignment.id)
        if b.fr and (reviewed(b) or b.status is Status.DRAFT)
    }
    ids = [s.id for s in french]
    drafts: list[BeadDraft] = []
    i = 0
    while i < len(french):
        bead = next(
            (b for fr, b in kept.items() if fr[0] == ids[i] and tuple(ids[i : i + len(fr)]) == fr),
            None,
        )
        if bead is not None:
            drafts.append(draft_of(bead))
            i += len(bead.fr)
        else:
            drafts.append(_waiting(french[i]))
            i += 1
    saved = store.save_alignment(
        doc_id=doc.id, version=doc.version, counterpart=None, fr_lang=alignment.fr_lang,
        cp_lang=alignment.cp_lang, aligner="none", beads=drafts, actor=actor,
        expected_revision=revision,
    )  # fmt: skip
    return AlignReport(
        alignment=saved, beads=len(drafts), pairs=0,
        unaligned_fr=sum(len(d.fr) for d in drafts if not d.cp_text),
        unaligned_cp=0, kept_confirmed=sum(d.status is Status.CONFIRMED for d in drafts),
    )  # fmt: skip


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
    alignment = ensure_alignment(store, ref, cp_lang, actor)
    glossed = None
    if glossary is not None:
        from workbench.translate.glossary import GlossaryTranslator

        translator = glossed = GlossaryTranslator(translator, glossary)
    beads = store.beads(alignment.id)
    gaps = [b for b in beads if _gap(b)]
    already = sum(1 for b in beads if b.fr_text and not b.cp and b.cp_text)
    origin = f"mt:{translator.engine}:{translator.model}"
    next_to = {b.id: after.id for b, after in itertools.pairwise(beads)}
    done = estimated = missing = untranslated = 0
    estimator, how = _estimator() if estimate and gaps else (None, "not asked")
    vocabulary = _vocabulary(cp_lang, translator) if estimator is not None else None
    chosen = glossary.target_words() if glossary is not None else frozenset()
    try:
        if estimator is not None:
            # The encoder loads and the sources are encoded while the engine translates
            # (Apertium in its own processes): fill's wall time overlaps, its CPU does not.
            estimator.encode_ahead([b.fr_text for b in gaps])
        for start in range(0, len(gaps), batch):
            chunk = gaps[start : start + batch]
            try:
                translations = translator.translate_batch([b.fr_text for b in chunk])
            except WorkbenchError as err:
                raise EngineError(
                    f"{err} — {done} of {len(gaps)} gaps were drafted and saved; the other "
                    f"{len(gaps) - done} are still gaps: run fill again once the engine works"
                ) from err
            if glossary is not None:
                from workbench.translate.glossary import missing_terms

                missing += sum(
                    bool(missing_terms(b.fr_text, t.text, glossary))
                    for b, t in zip(chunk, translations, strict=True)
                )
            scores: Sequence[float | None] = [None] * len(chunk)
            if estimator is not None:
                pairs = [(b.fr_text, t.text) for b, t in zip(chunk, translations, strict=True)]
                left = _untranslated(pairs, translations, vocabulary, chosen)
                scores = estimator.estimate(
                    [b.fr_text for b in chunk], [t.text for t in translations], untranslated=left
                )
                estimated += len(chunk)
                untranslated += sum(n > 0 for n in left)
            # No reviewer: nobody has looked at a draft yet; its origin names the engine.
            drafts = [
                (b, draft_of(b, cp_text=t.text, status=Status.DRAFT, origin=t.origin,
                             reviewer=None, score=score))
                for b, t, score in zip(chunk, translations, scores, strict=True)
            ]  # fmt: skip
            origin = translations[-1].origin if translations else origin
            for run in _runs(drafts, next_to):
                edit = Edit(
                    "fill", {b.id: b.version for b, _ in run}, tuple(d for _, d in run),
                    f"MT drafts by {origin}", {"estimate": how} if estimator is not None else {},
                )  # fmt: skip
                apply(store, alignment.id, edit, actor)
            done += len(chunk)
            if progress is not None:
                progress(len(chunk))
    finally:
        if vocabulary is not None:
            vocabulary.close()
    forced = glossed.forced if glossed is not None else 0
    return FillReport(
        alignment, len(gaps), origin, already, estimated, how, forced, missing, untranslated
    )


def _vocabulary(lang: str, translator: Translator) -> Vocabulary | None:
    """What knows the drafts' words: for Apertium, the analyser of its own last step's
    dictionary (``es-fr``'s for ``fr-es``), which knows every word that step writes."""
    from workbench.translate.vocabulary import vocabulary_for

    last = translator.model.split("+")[-1].split("-")
    only = [f"{last[1]}-{last[0]}"] if translator.engine == "apertium" and len(last) == 2 else []
    return vocabulary_for(lang, only=only)


def _untranslated(
    pairs: list[tuple[str, str]],
    translations: Sequence[Translation],
    vocabulary: Vocabulary | None,
    chosen: frozenset[str],
) -> list[int]:
    """How many words each draft left in the source language (none known without a
    vocabulary of the drafts' language). Apertium writes only words of its dictionaries,
    so any word its analyser does not know was passed through; other engines' drafts
    are checked on the words they copied from the source. ``chosen``: a glossary's
    target words (`Glossary.target_words`), put there on purpose: they do not count."""
    if vocabulary is None:
        return [0] * len(pairs)
    from workbench.quality.qa import find_untranslated

    apertium = {i for i, t in enumerate(translations) if t.engine == "apertium"}
    return [len(words) for words in find_untranslated(pairs, vocabulary, apertium, chosen)]


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
