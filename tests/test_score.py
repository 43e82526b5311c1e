"""Scores are sacrebleu's: the same numbers and signatures as its library and command line."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sacrebleu

from workbench.model import InputError
from workbench.quality.mt import (
    ALL_METRICS,
    Metric,
    corpus_scores,
    paired_bootstrap,
    parse_metrics,
    score_report,
    segment_chrf,
    worst_segments,
)

# French captions of corpora/004 (references) and two imperfect translations of them.
REFERENCES = [
    "Le président russe Vladimir Poutine et le dirigeant nord-coréen Kim Jong Un se "
    "rencontrent à Pyongyang, en Corée du Nord, le 19 juin 2024",
    "Le dirigeant nord-coréen Kim Jong Un et le président russe Vladimir Poutine assistent à "
    "une cérémonie de bienvenue sur la place Kim Il Sung à Pyongyang",
    "Le dirigeant nord-coréen Kim Jong Un serre la main du président russe Vladimir Poutine",
    "Le président russe Vladimir Poutine a atterri en Corée du Nord le 19 juin",
    "Sur cette photo d'archives prise le 30 juin 2019, le dirigeant nord-coréen Kim Jong Un et "
    "le président américain Donald Trump se croisent",
]
CLOSE = [
    "Le président de la Russie, Vladimir Poutine, et le leader de la Corée du Nord, Kim Jong Un, "
    "se réunissent à Pyongyang, Corée du Nord, le 19 juin 2024",
    "Le leader nord-coréen Kim Jong Un et le président russe Vladimir Poutine assistent à une "
    "cérémonie de bienvenue sur la place Kim Il Sung de Pyongyang",
    "Le leader de la Corée du Nord, Kim Jong Un, donne la main au président russe Vladimir Poutine",
    "Le président russe Vladimir Poutine a atterri en Corée du Nord au début du 19 juin",
    "Dans cette photo d'archive prise le 30 juin 2019, le leader de la Corée du Nord, Kim Jong "
    "Un, et le président américain, Donald Trump, traversent",
]
FAR = [
    "Président Russie Poutine leader Corée Nord Kim réunir Pyongyang",
    "Leader coréen Kim et président Poutine cérémonie place",
    "Kim main président",
    "Poutine atterrir Corée",
    "Photo archive 2019 Kim Trump",
]


def test_corpus_scores_are_sacrebleus_numbers_and_signatures() -> None:
    bleu, chrf, ter = corpus_scores(CLOSE, REFERENCES)
    for ours, metric in zip(
        (bleu, chrf, ter), (sacrebleu.BLEU(), sacrebleu.CHRF(), sacrebleu.TER()), strict=True
    ):
        theirs = metric.corpus_score(CLOSE, [REFERENCES])
        assert (ours.name, ours.score) == (theirs.name, theirs.score)
        assert ours.signature == str(metric.get_signature())
        assert ours.format(2) == theirs.format(width=2, signature=str(metric.get_signature()))
    assert bleu.format().startswith("BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:")


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("bleu,chrf,ter", ALL_METRICS),
        ("TER, bleu", (Metric.TER, Metric.BLEU)),
        ("chrf,chrf", (Metric.CHRF,)),
    ],
)
def test_metrics_come_in_the_order_asked(text: str, metrics: tuple[Metric, ...]) -> None:
    assert parse_metrics(text) == metrics
    names = [score.name for score in corpus_scores(CLOSE, REFERENCES, metrics)]
    assert names == [{"bleu": "BLEU", "chrf": "chrF2", "ter": "TER"}[m.value] for m in metrics]


@pytest.mark.parametrize("text", ["", "bleu,meteor", " , "])
def test_an_unknown_metric_names_the_choices(text: str) -> None:
    with pytest.raises(InputError, match="bleu, chrf, ter"):
        parse_metrics(text)


@pytest.mark.parametrize(
    ("hypotheses", "references", "message"),
    [
        (CLOSE[:3], REFERENCES, "3 hypotheses but 5 lines in reference 1"),
        ([], [], "nothing to score"),
        (CLOSE, [REFERENCES, REFERENCES[:4]], "5 hypotheses but 4 lines in reference 2"),
    ],
)
def test_inputs_that_do_not_line_up_are_refused(
    hypotheses: list[str], references: list[str] | list[list[str]], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        corpus_scores(hypotheses, references)


def test_several_references_are_sacrebleus_multi_reference_score() -> None:
    (ours,) = corpus_scores(CLOSE, [REFERENCES, FAR], (Metric.BLEU,))
    assert ours.score == sacrebleu.corpus_bleu(CLOSE, [REFERENCES, FAR]).score
    assert "nrefs:2" in ours.signature


def test_segment_chrf_and_the_worst_segments() -> None:
    segments = segment_chrf(CLOSE, REFERENCES)
    assert [s.chrf for s in segments] == [
        sacrebleu.sentence_chrf(h, [r]).score for h, r in zip(CLOSE, REFERENCES, strict=True)
    ]
    worst = worst_segments(segments, 2)
    assert len(worst) == 2 and worst[0].chrf <= worst[1].chrf
    assert all(w.chrf <= s.chrf for w in worst for s in segments if s not in worst)
    report = score_report(CLOSE, REFERENCES)
    assert report.worst(2) == worst and len(report.metrics) == 3


def test_a_clearly_better_system_is_significant_and_a_copy_is_not() -> None:
    better = paired_bootstrap(FAR, CLOSE, REFERENCES, (Metric.CHRF, Metric.TER))
    assert [r.name for r in better] == ["chrF2", "TER"]
    assert all(r.improved and r.significant and r.p_value < 0.05 for r in better)
    same = paired_bootstrap(CLOSE, CLOSE, REFERENCES, (Metric.BLEU,))
    # sacrebleu's own p-value for identical outputs is 1/1001; no difference is not significant.
    assert same[0].p_value == pytest.approx(1 / 1001)
    assert not same[0].significant and not same[0].improved
    assert "bs:1000|seed:12345" in same[0].signature


@pytest.mark.skipif(
    not shutil.which("sacrebleu", path=str(Path(sys.executable).parent)), reason="needs sacrebleu"
)
def test_paired_bootstrap_matches_sacrebleus_command_line(tmp_path: Path) -> None:
    ref, base, system = (tmp_path / name for name in ("ref.txt", "base.txt", "sys.txt"))
    for path, lines in ((ref, REFERENCES), (base, FAR), (system, CLOSE)):
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = [
        str(Path(sys.executable).parent / "sacrebleu"),
        str(ref),
        "-i",
        str(base),
        str(system),
    ]
    output = subprocess.run(
        [*command, "-m", "bleu", "chrf", "ter", "--paired-bs", "-f", "text"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    p_values = [float(p) for p in re.findall(r"\(p = ([0-9.]+)\)", output)]
    ours = paired_bootstrap(FAR, CLOSE, REFERENCES)
    assert p_values == [round(r.p_value, 4) for r in ours]
    for result in ours:
        assert re.search(
            rf"- {re.escape(result.name)}\s+{re.escape(result.signature)}$", output, re.M
        )
