"""MT quality scores: sacrebleu's own metrics, numbers and signatures, over lists of strings.

Pure: no I/O. Each score carries sacrebleu's signature (how it was computed:
``nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0``) so a number
from the workbench can be compared with one from ``sacrebleu`` on the command
line. Metrics are built with sacrebleu's defaults, the ones its command line
uses, so both give the same numbers on the same text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, cast

from workbench.model import InputError

if TYPE_CHECKING:
    from sacrebleu.metrics.base import Metric as SacreMetric
    from sacrebleu.significance import Result


class Metric(StrEnum):
    BLEU = "bleu"
    CHRF = "chrf"
    TER = "ter"


ALL_METRICS: tuple[Metric, ...] = (Metric.BLEU, Metric.CHRF, Metric.TER)


@dataclass(frozen=True)
class MetricScore:
    """One corpus-level score as sacrebleu reports it."""

    name: str  # sacrebleu's name: "BLEU", "chrF2", "TER"
    score: float
    signature: str  # e.g. "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0"
    verbose: str = ""  # BLEU's n-gram precisions and brevity penalty

    def format(self, width: int = 1) -> str:
        """The line sacrebleu prints: ``BLEU|nrefs:1|… = 42.3 84.6/60.0/… (BP = …)``."""
        text = f"{self.name}|{self.signature} = {self.score:.{width}f}"
        return f"{text} {self.verbose}" if self.verbose else text


@dataclass(frozen=True)
class SegmentScore:
    """The sentence-level chrF of one hypothesis against its reference."""

    index: int
    hypothesis: str
    reference: str
    chrf: float


@dataclass(frozen=True)
class ScoreReport:
    """Corpus scores with their signatures, and each segment's chrF."""

    metrics: tuple[MetricScore, ...]
    segments: tuple[SegmentScore, ...]

    def worst(self, n: int = 10) -> tuple[SegmentScore, ...]:
        return worst_segments(self.segments, n)


@dataclass(frozen=True)
class PairedResult:
    """Paired bootstrap resampling of one metric: is the system better than the baseline?"""

    name: str
    signature: str  # sacrebleu's, with the seed and the number of resamples
    baseline: float
    system: float
    baseline_mean: float | None
    baseline_ci: float | None  # half-width of the 95% confidence interval
    system_mean: float | None
    system_ci: float | None
    p_value: float
    significant: bool  # p_value below the alpha asked for, and the scores differ

    @property
    def improved(self) -> bool:
        """The system scores better than the baseline (TER: lower is better)."""
        if self.name.startswith("TER"):
            return self.system < self.baseline
        return self.system > self.baseline


def parse_metrics(text: str) -> tuple[Metric, ...]:
    """``"bleu,chrf"`` → (Metric.BLEU, Metric.CHRF), with a clear error for a typo."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    choices = ", ".join(m.value for m in Metric)
    if not names:
        raise InputError(f"no metric given: choose among {choices}")
    try:
        return tuple(dict.fromkeys(Metric(name) for name in names))
    except ValueError as exc:
        raise InputError(f"unknown metric in {text!r}: choose among {choices}") from exc


def _streams(references: Sequence[str] | Sequence[Sequence[str]]) -> list[list[str]]:
    """One reference (a list of strings) or several streams, as sacrebleu wants them."""
    if references and isinstance(references[0], str):
        return [list(references)]  # type: ignore[arg-type]
    return [list(stream) for stream in references]


def check_inputs(hypotheses: Sequence[str], streams: list[list[str]]) -> None:
    if not hypotheses:
        raise InputError("there is nothing to score: the hypotheses are empty")
    for number, stream in enumerate(streams, start=1):
        if len(stream) != len(hypotheses):
            raise InputError(
                f"{len(hypotheses)} hypotheses but {len(stream)} lines in reference {number}: "
                "hypotheses and references must match line by line"
            )


def _metric(metric: Metric, streams: list[list[str]] | None) -> SacreMetric:
    from sacrebleu.metrics.bleu import BLEU
    from sacrebleu.metrics.chrf import CHRF
    from sacrebleu.metrics.ter import TER

    factory: dict[Metric, Any] = {Metric.BLEU: BLEU, Metric.CHRF: CHRF, Metric.TER: TER}
    built: SacreMetric = factory[metric](references=streams)
    return built


def corpus_scores(
    hypotheses: Sequence[str],
    references: Sequence[str] | Sequence[Sequence[str]],
    metrics: Sequence[Metric] = ALL_METRICS,
) -> tuple[MetricScore, ...]:
    """Corpus BLEU, chrF and/or TER, in the order asked, each with its signature."""
    streams = _streams(references)
    check_inputs(hypotheses, streams)
    scores = []
    for metric in metrics:
        scorer = _metric(metric, streams)
        result = scorer.corpus_score(list(hypotheses), None)
        signature = str(scorer.get_signature().format(short=False))
        verbose = _verbose(result, signature) if metric is Metric.BLEU else ""
        scores.append(MetricScore(result.name, float(result.score), signature, verbose))
    return tuple(scores)


def _verbose(result: Any, signature: str) -> str:
    """BLEU's n-gram precisions and brevity penalty, from sacrebleu's public ``format``."""
    shown: dict[str, Any] = json.loads(result.format(signature=signature, is_json=True))
    return str(shown.get("verbose_score", ""))


def segment_chrf(hypotheses: Sequence[str], references: Sequence[str]) -> tuple[SegmentScore, ...]:
    """Sentence-level chrF of each hypothesis against its one reference."""
    from sacrebleu.metrics.chrf import CHRF

    check_inputs(hypotheses, [list(references)])
    chrf = CHRF()
    return tuple(
        SegmentScore(index, hyp, ref, float(chrf.sentence_score(hyp, [ref]).score))
        for index, (hyp, ref) in enumerate(zip(hypotheses, references, strict=True))
    )


def worst_segments(segments: Sequence[SegmentScore], n: int = 10) -> tuple[SegmentScore, ...]:
    """The ``n`` lowest chrF, worst first; ties keep document order."""
    return tuple(sorted(segments, key=lambda s: (s.chrf, s.index))[:n])


def score_report(
    hypotheses: Sequence[str],
    references: Sequence[str],
    metrics: Sequence[Metric] = ALL_METRICS,
) -> ScoreReport:
    """Everything ``workbench score doc`` shows for one engine."""
    return ScoreReport(
        metrics=corpus_scores(hypotheses, references, metrics),
        segments=segment_chrf(hypotheses, references),
    )


def paired_bootstrap(
    baseline: Sequence[str],
    system: Sequence[str],
    references: Sequence[str] | Sequence[Sequence[str]],
    metrics: Sequence[Metric] = ALL_METRICS,
    *,
    n_samples: int = 1000,
    alpha: float = 0.05,
) -> tuple[PairedResult, ...]:
    """sacrebleu's paired bootstrap resampling (``--paired-bs``) of ``system`` against ``baseline``.

    sacrebleu fixes its random seed (12345, or $SACREBLEU_SEED) so the p-values repeat.
    """
    from sacrebleu.significance import PairedTest

    streams = _streams(references)
    check_inputs(baseline, streams)
    check_inputs(system, streams)
    test = PairedTest(
        [("baseline", list(baseline)), ("system", list(system))],
        {metric.value.upper(): _metric(metric, streams) for metric in metrics},
        references=None,
        test_type="bs",
        n_samples=n_samples,
    )
    signatures, scores = test()
    results = []
    for name, signature in signatures.items():
        base, other = (cast("Result", result) for result in scores[name])
        p_value = float(other.p_value or 0.0)
        results.append(
            PairedResult(
                name=name,
                signature=str(signature.format(short=False)),
                baseline=float(base.score),
                system=float(other.score),
                baseline_mean=_float(base.mean),
                baseline_ci=_float(base.ci),
                system_mean=_float(other.mean),
                system_ci=_float(other.ci),
                p_value=p_value,
                # sacrebleu gives p = 1/(n+1) for two identical outputs; no difference
                # is never a significant one.
                significant=p_value < alpha and float(base.score) != float(other.score),
            )
        )
    return tuple(results)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)
