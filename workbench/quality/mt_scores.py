"""Scores to publish from plain files: several systems on the same references, sentence-level
scores, sacrebleu's options and its paired significance tests.

Every number is sacrebleu's: its metric classes with the options its command line
passes (``--tokenize``, ``-lc`` with ``--chrf-lowercase``, ``--chrf-word-order 2`` for
chrF++; sentence BLEU with effective order) and its ``PairedTest`` (``--paired-bs``,
``--paired-ar``), so ``sacrebleu REF -i A B …`` prints the same numbers and signatures.
Nothing is re-implemented. Pure: lines in, scores out; reading files is the caller's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from workbench.model import BadValue, InputError
from workbench.quality.mt import Metric, check_inputs

if TYPE_CHECKING:
    from sacrebleu.metrics.base import Metric as SacreMetric

BOM = "\ufeff"


class PairedTestType(StrEnum):
    """sacrebleu's paired significance tests: bootstrap resampling, approximate randomisation."""

    BS = "bs"
    AR = "ar"


@dataclass(frozen=True)
class MetricOptions:
    """The sacrebleu options a publisher states beside a score (they show in its signature)."""

    tokenize: str | None = None  # BLEU's tokenizer; None: sacrebleu's default, 13a
    lowercase: bool = False  # BLEU and chrF case-insensitive (TER is by default)
    chrf_word_order: int = 0  # 2: chrF++


@dataclass(frozen=True)
class SystemScore:
    """One system's corpus score in one metric, with sacrebleu's signature.

    With a paired test, ``mean`` and ``ci`` are the test's (bootstrap: the resampled
    mean and the 95% interval's half-width) and ``p_value`` the system's against the
    first one, the baseline (None for the baseline itself).
    """

    system: str
    name: str  # sacrebleu's: "BLEU", "chrF2", "chrF2++", "TER"
    score: float
    signature: str
    verbose: str = ""
    mean: float | None = None
    ci: float | None = None
    p_value: float | None = None


@dataclass(frozen=True)
class SentenceScore:
    """One hypothesis line's score in one metric (line numbers from 1, as an editor shows)."""

    line: int
    name: str
    score: float
    signature: str


def clean_lines(
    name: str, lines: Sequence[str], *, hypotheses: bool
) -> tuple[list[str], list[str]]:
    """Lines with a leading byte-order mark removed, and a warning line for each kind noticed.

    A BOM is never text (an editor's encoding mark, or files joined by ``cat``), yet
    sacrebleu scores it as a character; an empty hypothesis is scored as sacrebleu
    scores it (a translation with no words), but usually means a system dropped a line.
    """
    cleaned = [line.lstrip(BOM) for line in lines]
    marked = [k for k, line in enumerate(lines, 1) if line.startswith(BOM)]
    empty = [k for k, line in enumerate(cleaned, 1) if hypotheses and not line.strip()]
    warnings = []
    if marked:
        warnings.append(
            f"{name} {_lines(marked)}: a UTF-8 byte-order mark, removed (it is never text)"
        )
    if empty:
        warnings.append(
            f"{name} {_lines(empty)}: empty hypothesis, scored as an empty translation "
            "(as sacrebleu does); check the system did not drop the line"
        )
    return cleaned, warnings


def _lines(numbers: Sequence[int], shown: int = 10) -> str:
    """``line 5``, or ``lines 5, 9 (2 lines)`` with at most ``shown`` numbers listed."""
    if len(numbers) == 1:
        return f"line {numbers[0]}"
    listed = ", ".join(map(str, numbers[:shown])) + (", …" if len(numbers) > shown else "")
    return f"lines {listed} ({len(numbers)} lines)"


def build_metric(
    metric: Metric,
    options: MetricOptions,
    streams: list[list[str]],
    *,
    sentence_level: bool = False,
) -> SacreMetric:
    """sacrebleu's metric as its command line builds it, references cached."""
    from sacrebleu.metrics.bleu import BLEU
    from sacrebleu.metrics.chrf import CHRF
    from sacrebleu.metrics.ter import TER

    if metric is Metric.BLEU:  # sentence BLEU: effective order, as sacrebleu -sl sets it
        return BLEU(
            references=streams, tokenize=options.tokenize, lowercase=options.lowercase,
            effective_order=sentence_level,
        )  # fmt: skip
    if metric is Metric.CHRF:
        return CHRF(
            references=streams, lowercase=options.lowercase, word_order=options.chrf_word_order
        )
    return TER(references=streams)


def _systems_checked(
    systems: Sequence[tuple[str, Sequence[str]]], streams: list[list[str]]
) -> None:
    names = [name for name, _ in systems]
    for name in names:
        if names.count(name) > 1:
            raise BadValue(f"{name} is given twice as --hyp: give each system once")
    for name, hypotheses in systems:
        try:
            check_inputs(hypotheses, streams)
        except InputError as exc:
            raise InputError(f"{name}: {exc}") from None


def _verbose(result: Any, signature: str) -> str:
    shown: dict[str, Any] = json.loads(result.format(signature=signature, is_json=True))
    return str(shown.get("verbose_score", ""))


def system_scores(
    systems: Sequence[tuple[str, Sequence[str]]],
    streams: list[list[str]],
    metrics: Sequence[Metric],
    options: MetricOptions = MetricOptions(),
) -> tuple[SystemScore, ...]:
    """Each system's corpus scores on the same references, as ``sacrebleu REF -i A B``."""
    _systems_checked(systems, streams)
    scorers = [build_metric(metric, options, streams) for metric in metrics]
    rows = []
    for name, hypotheses in systems:
        for scorer in scorers:
            result = scorer.corpus_score(list(hypotheses), None)
            signature = str(scorer.get_signature().format(short=False))
            verbose = _verbose(result, signature) if result.name == "BLEU" else ""
            rows.append(SystemScore(name, result.name, float(result.score), signature, verbose))
    return tuple(rows)


def sentence_scores(
    hypotheses: Sequence[str],
    streams: list[list[str]],
    metrics: Sequence[Metric],
    options: MetricOptions = MetricOptions(),
) -> tuple[SentenceScore, ...]:
    """Each line's score in each metric, as ``sacrebleu REF -i HYP -m M --sentence-level``."""
    check_inputs(hypotheses, streams)
    rows = []
    for metric in metrics:
        scorer = build_metric(metric, options, streams, sentence_level=True)
        signature = str(scorer.get_signature().format(short=False))
        for number, (hypothesis, *references) in enumerate(
            zip(hypotheses, *streams, strict=True), 1
        ):
            result = scorer.sentence_score(hypothesis, references)
            rows.append(SentenceScore(number, result.name, float(result.score), signature))
    return tuple(rows)


def paired_scores(
    systems: Sequence[tuple[str, Sequence[str]]],
    streams: list[list[str]],
    metrics: Sequence[Metric],
    test: PairedTestType,
    options: MetricOptions = MetricOptions(),
    n_samples: int = 0,
) -> tuple[SystemScore, ...]:
    """sacrebleu's paired test of each system against the first (``--paired-bs``/``-ar``).

    ``n_samples`` 0: sacrebleu's defaults (1000 resamples, 10000 trials); its seed is
    fixed (12345, or $SACREBLEU_SEED), so the p-values repeat.
    """
    from sacrebleu.significance import PairedTest, Result

    if len(systems) < 2:
        raise InputError("a paired test compares systems: give two --hyp or more")
    _systems_checked(systems, streams)
    scorers = {metric.value.upper(): build_metric(metric, options, streams) for metric in metrics}
    named: list[tuple[str, Sequence[str]]] = [(name, list(hyps)) for name, hyps in systems]
    signatures, scores = PairedTest(
        named, scorers, references=None, test_type=test.value, n_samples=n_samples
    )()
    rows = []
    for index, (name, _) in enumerate(systems):
        for metric_name, signature in signatures.items():
            result = scores[metric_name][index]
            assert isinstance(result, Result)
            rows.append(
                SystemScore(
                    name, metric_name, float(result.score), str(signature.format(short=False)),
                    mean=_float(result.mean), ci=_float(result.ci),
                    p_value=None if index == 0 else _float(result.p_value),
                )
            )  # fmt: skip
    return tuple(rows)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def check_tokenizer(name: str | None) -> str | None:
    """A tokenizer sacrebleu's BLEU knows, or None for its default; otherwise one clear line."""
    from sacrebleu.metrics.bleu import BLEU

    if name is not None and name not in BLEU.TOKENIZERS:
        raise BadValue(f"unknown --tokenize {name!r}: choose among {', '.join(BLEU.TOKENIZERS)}")
    return name
