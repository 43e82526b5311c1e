"""Quality of a stored alignment: QA checks per bead and MT scores against human text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.ingest.readers_subtitles import LINES
from workbench.model import (
    ALIGNED,
    POST_EDIT,
    Alignment,
    InputError,
    Kind,
    Segment,
    Status,
    StoredBead,
)
from workbench.pipeline.alignment import alignment_for
from workbench.pipeline.cue_breaks import lines_of

if TYPE_CHECKING:
    from workbench.align.config import Encoder
    from workbench.quality.mt import MetricScore, PairedResult, ScoreReport
    from workbench.quality.qa import QaIssue
    from workbench.quality.subtitles import SubtitleRules
    from workbench.store import Store
    from workbench.translate.base import TranslationCache, Translator
    from workbench.translate.glossary import Glossary


@dataclass(frozen=True)
class BeadIssue:
    """A QA finding on one bead (``position`` in its alignment)."""

    position: int
    bead_id: int
    source: str
    target: str
    issue: QaIssue


def _pairs(beads: Sequence[StoredBead]) -> list[StoredBead]:
    return [b for b in beads if b.fr_text and b.cp_text and b.status is not Status.REJECTED]


def qa_document(
    store: Store,
    ref: str | int,
    cp_lang: str,
    glossary: Glossary | None = None,
    encoder: Encoder | None = None,
    rules: SubtitleRules | None = None,
) -> list[BeadIssue]:
    """Run the translator's QA checks on every bead with text on both sides.

    Subtitles (segments with a cue's timecode) get a subtitler's checks too, on each
    side's cues as its file has them, against ``rules`` (`workbench.quality.subtitles`:
    reading speed, characters per line, lines, time on screen, overlaps and gaps), each
    finding on the bead that holds the cue; and their pairs are compared without their
    sound descriptions and speaker labels (`workbench.quality.sdh`).

    Numbers are read as each side's language writes them (CLDR's decimal and grouping
    symbols), and a number written with another language's decimal mark is flagged.

    With ``glossary`` (French source term → counterpart term) a bead whose French
    holds a term and whose counterpart, draft or human, lacks its target term is
    flagged too.

    Every pair is compared with the others: a source translated two ways, or one target
    for two sources (`workbench.quality.qa_consistency`; not for subtitles). The beads of
    an imported TMX or XLIFF are checked as the file delivered them too: a unit with an
    empty side or a target copied from a source in prose (errors), inline codes that
    differ between the sides, two spaces in a row (`workbench.pipeline.quality_units`).

    With ``encoder`` a human pair whose sides are nearer the document's unrelated
    sentences than its pairs is flagged (`workbench.quality.translates`): a sentence
    the translator replaced, which the aligner pairs but cannot score high. MT drafts
    are not read (their on-topic estimate says as much).
    """
    alignment = alignment_for(store, ref, cp_lang)
    beads = _pairs(store.beads(alignment.id))
    cue_issues = _cue_issues(store, alignment, rules)
    issues = _pair_issues(store, alignment, beads, cue_issues is not None, glossary, encoder)
    return sorted(
        [*_on_beads(store, alignment, beads, issues), *(cue_issues or [])],
        key=lambda issue: issue.position,
    )


def _pair_issues(
    store: Store, alignment: Alignment, beads: Sequence[StoredBead], subtitles: bool,
    glossary: Glossary | None, encoder: Encoder | None,
) -> list[QaIssue]:  # fmt: skip
    """The checks of each pair (``beads``: those with text on both sides), of the pairs
    against each other and against the document's other sentences (`qa_document`)."""
    from workbench.noun_lexicon import noun_lexicon
    from workbench.pipeline.quality_units import copied_targets
    from workbench.quality.numbers import convention_for
    from workbench.quality.qa import QaOptions, check_pairs
    from workbench.quality.qa_consistency import inconsistencies

    # Each side's numbers as its language writes them (CLDR): "3,5" ↔ "3.5" agree.
    options = QaOptions(
        source_numbers=convention_for(alignment.cp_lang),
        target_numbers=convention_for(alignment.fr_lang),
        subtitles=subtitles,
        langs=(alignment.cp_lang, alignment.fr_lang),  # "only in en", never "the source"
        nouns=(noun_lexicon(alignment.cp_lang), noun_lexicon(alignment.fr_lang)),  # German's
    )
    # A machine draft's changed name is a warning, a translator's a note (`check_pair`).
    drafts = {i for i, b in enumerate(beads) if b.origin.startswith("mt:")}
    issues = check_pairs([(b.cp_text, b.fr_text) for b in beads], options, drafts)
    issues = copied_targets(alignment, beads, issues)
    issues += _untranslated(store, alignment, beads, glossary)
    if encoder is not None:
        from workbench.quality.translates import unrelated_pairs

        human = {i for i, b in enumerate(beads) if not b.origin.startswith(("mt:", POST_EDIT))}
        pairs = [(b.cp_text, b.fr_text) for b in beads]
        issues += unrelated_pairs(pairs, encoder, human, options.min_length)
    if glossary is not None:
        issues += _glossary_issues(beads, glossary)
    if not options.subtitles:  # a cue's words depend on the scene: no consistency to keep
        issues += inconsistencies(
            [(b.cp_text, b.fr_text) for b in beads], [f"bead {b.position + 1}" for b in beads],
            (f"{alignment.cp_lang} text", f"{alignment.fr_lang} text"),
        )  # fmt: skip
    return issues


def _on_beads(
    store: Store, alignment: Alignment, beads: Sequence[StoredBead], issues: Sequence[QaIssue]
) -> list[BeadIssue]:
    """The pairs' issues on their beads, with those of an imported unit as the file
    delivered it (`workbench.pipeline.quality_units`)."""
    from workbench.pipeline.quality_units import delivered_issues, empty_sides

    found = [
        BeadIssue(beads[i.index].position, beads[i.index].id, beads[i.index].cp_text,
                  beads[i.index].fr_text, i)
        for i in issues
    ]  # fmt: skip
    found += [
        BeadIssue(b.position, b.id, b.cp_text, b.fr_text, issue)
        for b, issue in (*empty_sides(alignment, store.beads(alignment.id)),
                         *delivered_issues(store, alignment, beads))
    ]  # fmt: skip
    return found


def _cue_issues(
    store: Store, alignment: Alignment, rules: SubtitleRules | None
) -> list[BeadIssue] | None:
    """The subtitler's checks on each side's cues (`workbench.quality.subtitles`), each
    finding on the bead that holds its cue; None when neither side has timed cues.

    Every cue of the file is read, debris too: a credit cue set aside as boilerplate, out
    of the alignment, is still delivered and read on screen; its findings go on the bead
    before it (the first bead for a cue before every bead), saying the cue is in no bead.
    A bead side of one cue whose text a reviewer changed is checked as it now reads (its
    lines where the edit has line breaks, else one line): what an export delivers."""
    from workbench.quality.qa import QaIssue
    from workbench.quality.subtitles import check_cues, cues_of

    sides: list[tuple[int, int | None, str, bool]] = [
        (alignment.doc_id, alignment.version, alignment.fr_lang, True)
    ]
    if alignment.counterpart_doc_id is not None:
        sides.append((alignment.counterpart_doc_id, alignment.counterpart_version,
                      alignment.cp_lang, False))  # fmt: skip
    every = store.beads(alignment.id)
    beads = [b for b in every if b.status is not Status.REJECTED]
    found: list[BeadIssue] | None = None
    for doc_id, version, lang, french in sides:
        holder = {i: b for b in beads for i in (b.fr if french else b.cp)}
        segments = store.segments(doc_id, version)
        cues = cues_of([_as_now(s, holder.get(s.id), french) for s in segments])
        if not cues:
            continue
        found = found or []
        debris = {s.id for s in segments if s.kind is Kind.BOILERPLATE}
        # a rejected pair's cue is still the file's: its findings go on its bead
        held = {i: b for b in every for i in (b.fr if french else b.cp)}
        near = _nearest_beads([cue.key for cue in cues], held)
        label = f"{store.document(doc_id).name} cue"
        for finding in check_cues(cues, lang, rules, label):
            key, message = finding.cue.key, finding.message
            if (bead := held.get(key)) is not None:
                texts = (bead.cp_text, bead.fr_text)
            elif (bead := near.get(key)) is not None:
                # the cue's own text, not its neighbour's
                text = " / ".join(finding.cue.lines)
                message += f" ({'boilerplate, ' if key in debris else ''}in no bead: {text})"
                texts = ("", text) if french else (text, "")
            if bead is not None:
                issue = QaIssue(finding.kind, finding.severity, message, bead.position)
                found.append(BeadIssue(bead.position, bead.id, *texts, issue))
    return found


def _nearest_beads(keys: Sequence[int], holder: dict[int, StoredBead]) -> dict[int, StoredBead]:
    """Each cue (its ``key``, in file order) that no bead holds → the bead of the nearest
    held cue before it, or after it for cues before every held one."""
    near: dict[int, StoredBead] = {}
    waiting: list[int] = []
    last: StoredBead | None = None
    for key in keys:
        if (bead := holder.get(key)) is not None:
            near.update(dict.fromkeys(waiting, bead))
            waiting, last = [], bead
        elif last is not None:
            near[key] = last
        else:
            waiting.append(key)
    return near


def _as_now(
    segment: Segment, bead: StoredBead | None, french: bool
) -> tuple[int, str, dict[str, str]]:
    """A cue segment as `cues_of` reads it: ``(id, text, meta)``, the text a reviewer gave
    the bead when the bead's side is this one segment and says something else now, or
    breaks its lines elsewhere (a reviewer's own lines, what the exports write: lines38)."""
    meta = dict(segment.meta)
    ids, text = (
        ((bead.fr, bead.fr_text) if french else (bead.cp, bead.cp_text)) if bead else ((), "")
    )
    own = "\n" in text.strip() and lines_of(text) != lines_of(meta.get(LINES, segment.text))
    if ids == (segment.id,) and text and (own or " ".join(text.split()) != segment.text):
        return segment.id, text.strip(), {**meta, LINES: text.strip()}
    return segment.id, segment.text, meta


def _glossary_issues(beads: Sequence[StoredBead], glossary: Glossary) -> list[QaIssue]:
    """A warning for each glossary term a bead's French holds and its counterpart lacks."""
    from workbench.quality.qa import IssueKind, QaIssue, Severity
    from workbench.translate.glossary import missing_terms

    return [
        QaIssue(IssueKind.GLOSSARY, Severity.WARNING,
                f"{term.source!r} is not translated as {term.target!r} ({glossary.name})",
                index)
        for index, bead in enumerate(beads)
        for term in missing_terms(bead.fr_text, bead.cp_text, glossary)
    ]  # fmt: skip


def _untranslated(
    store: Store, alignment: Alignment, beads: Sequence[StoredBead], glossary: Glossary | None
) -> list[QaIssue]:
    """Counterpart words left in French (`workbench.pipeline.leftovers`: the check whose
    count `fill` announces): in an Apertium draft any word its analyser does not know, in
    another MT draft the words copied from the French, in either a capitalised word opening
    a sentence that French or a pivot's language knows and the counterpart's does not; in
    a human translation the copied words that French knows and the counterpart's language
    does not use once per million words, nor a tenth as often as French (a name or loanword
    neither language knows, one the counterpart's language uses often, or one both use, as
    "dockers", is the translator's choice), but not in the French's original, paired by the
    aligner: its words are its author's; a glossary's target terms were chosen, not
    left, those of ``glossary`` and those a fill's glossary forced into a draft
    (`Store.glossary_words`). A timed document's sound tags in capitals are read
    lower-cased."""
    from workbench.pipeline.leftovers import LeftoverCheck, has_sound_tags
    from workbench.quality.qa import IssueKind, QaIssue, Severity

    timed = has_sound_tags(store.segment_meta([i for b in beads for i in b.fr]).values())
    # the aligner's pairs with the French's original: its author's words, none left by a
    # translator (newcomer38: the English original's own "couchette" was "left untranslated")
    authored = alignment.counterpart_doc_id is not None and (
        store.document(alignment.counterpart_doc_id).original_of == alignment.doc_id
    )
    chosen = store.glossary_words(alignment.id)  # what fill's glossary forced
    chosen |= glossary.target_words() if glossary else frozenset()
    check = LeftoverCheck(alignment.cp_lang, alignment.fr_lang, timed, chosen)
    try:
        found = check.find(
            [
                (b.fr_text, "" if authored and b.origin.startswith(ALIGNED) else b.cp_text)
                for b in beads
            ],
            [b.origin for b in beads],
            {i for i, b in enumerate(beads) if not b.origin.startswith("mt:")},
        )
    finally:
        check.close()
    return [
        QaIssue(IssueKind.UNTRANSLATED, Severity.WARNING,
                f"left untranslated: {', '.join(left.words)} (unknown to {left.vocabulary})", i)
        for i, left in enumerate(found)
        if left.words
    ]  # fmt: skip


@dataclass(frozen=True)
class EngineScores:
    engine: str
    model: str
    report: ScoreReport


@dataclass(frozen=True)
class DocumentScores:
    """MT of the French side scored against the human counterparts of aligned beads."""

    document: str
    direction: str  # e.g. "fr→en"
    segments: int
    engines: tuple[EngineScores, ...]
    paired: tuple[PairedResult, ...] = ()

    def metrics(self, engine: int = 0) -> tuple[MetricScore, ...]:
        return self.engines[engine].report.metrics


def human_pairs(store: Store, ref: str | int, cp_lang: str) -> list[StoredBead]:
    """Beads whose counterpart is the counterpart's own text or a reviewer's.

    Not an MT draft, nor a post-edit: an engine's draft corrected is no
    independent reference to score engines against (it favours that engine).
    """
    alignment = alignment_for(store, ref, cp_lang)
    beads = _pairs(store.beads(alignment.id))
    return [b for b in beads if not b.origin.startswith(("mt:", POST_EDIT))]


def score_document(
    store: Store,
    ref: str | int,
    cp_lang: str,
    translators: Sequence[Translator],
    cache: TranslationCache | None = None,
) -> DocumentScores:
    """Corpus BLEU/chrF/TER, per-segment chrF and, for two engines, a paired bootstrap."""
    from workbench.quality.mt import paired_bootstrap, score_report
    from workbench.translate.base import CachedTranslator

    if not translators:
        raise InputError("name at least one engine to score")
    beads = human_pairs(store, ref, cp_lang)
    if not beads:
        raise InputError(
            "no aligned bead has human text on both sides: align the document "
            f"with its {cp_lang} counterpart first"
        )
    sources = [b.fr_text for b in beads]
    references = [b.cp_text for b in beads]
    results = []
    hypotheses = []
    for translator in translators:
        engine = CachedTranslator(translator, cache) if cache is not None else translator
        hyps = [t.text for t in engine.translate_batch(sources)]
        hypotheses.append(hyps)
        results.append(
            EngineScores(translator.engine, translator.model, score_report(hyps, references))
        )
    paired = (
        paired_bootstrap(hypotheses[0], hypotheses[1], references) if len(hypotheses) == 2 else ()
    )
    doc = store.document(ref)
    return DocumentScores(doc.name, f"{doc.lang}→{cp_lang}", len(beads), tuple(results), paired)
