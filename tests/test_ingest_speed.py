"""Ingesting a long file fast, with the same segments as before (speed17).

pysbd's sentence spans are found by plain string search
(`workbench.ingest.segment_spans`): the sentences must be pysbd's own, on
every corpus paragraph and on cases made to trip a search (repeated
sentences, odd whitespace).
"""

from __future__ import annotations

from pathlib import Path

import pysbd
import pytest

from tests.conftest import CORPUS
from tests.long_text import long_text, rows_digest, stored_rows
from workbench import pipeline
from workbench.ingest.segment_spans import Segmenter
from workbench.store import Store

LANGS = ("fr", "en", "es", "de", "it")

TRICKY = [
    "Oui. Oui. Oui.",
    "Il dit: Oui.  Oui.\u00a0Non. Oui.",
    "A. A. A. B. A.",
    "Fin.\u2003Début. Fin.\u2003Début.",
    "Mr. Smith. Mr. Smith?  Mr. Smith!\n",
    "« Oui. » « Oui. » Non…   Oui…",
    "   Espaces devant. Et après.   ",
    "...",
    "a",
]


def _paragraphs() -> list[str]:
    return [
        line
        for path in sorted(CORPUS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_spans_found_by_search_give_pysbds_sentences(lang: str) -> None:
    theirs = pysbd.Segmenter(language=lang, clean=False)
    ours = Segmenter(language=lang, clean=False)
    for text in [*_paragraphs(), *TRICKY]:
        assert ours.segment(text) == theirs.segment(text), text


# What main stored for `long_text(2)` before ingest was made faster (speed17), read by
# `tests.long_text.stored_rows`: 930 segments, body, headings, captions and debris in
# fr, es and en. A change of the rules or of the segmenter changes it on purpose: then
# check the rows, and write the new digest here.
LONG_TEXT_ROWS = "9d60b330b99866039eeb5f9e1bd4b5bbb26f117ca032e03aee750b3bcab6f513"


def test_a_long_file_is_stored_as_before(tmp_path: Path) -> None:
    path = tmp_path / "long.fr.txt"
    path.write_text(long_text(2), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'store.db'}"
    store = Store.open(url)
    [result] = pipeline.ingest_paths(store, [path]).files
    store.close()
    assert result.status == "new"
    rows = stored_rows(url)
    assert len(rows) == 930
    assert rows_digest(rows) == LONG_TEXT_ROWS
