"""`langid.detect_many` reads a batch's first texts one after another and the rest, past
`PARALLEL_AFTER`, with Lingua's parallel call (which loads the models in every thread at
once: 3.0 s of CPU and 374 MB for a page's 63 blocks, against 2.2 s and 256 MB).
Either way each text gets the guess `detect` gives it alone, a stray caption in a fourth
language included."""

from __future__ import annotations

import pytest

from workbench.ingest import langid

LINES = [
    ("fr", "Le syndicat a restauré quatorze kilomètres de berges cette année."),
    ("en", "Volunteers planted willows along the river in the spring."),
    ("es", "Los voluntarios plantaron sauces a orillas del río en primavera."),
    ("de", "Freiwillige pflanzten im Frühling Weiden am Ufer des Flusses."),
    ("it", "I volontari hanno piantato salici lungo il fiume in primavera."),
]


@pytest.mark.parametrize("size", [1, langid.PARALLEL_AFTER, langid.PARALLEL_AFTER + 7])
def test_a_batch_gets_the_guesses_of_its_texts_alone(size: int) -> None:
    # the stray German caption is the batch's last text, in the parallel part when there is one
    texts = [LINES[k % 3][1] for k in range(size - 1)] + [LINES[3][1]]
    alone = {text: langid.detect(text) for text in set(texts)}
    # Lingua sums its log-probabilities in no fixed order: the last bit of a confidence
    # varies from one call to the next, whichever call it is
    assert [_rounded(g) for g in langid.detect_many(texts)] == [
        _rounded(alone[text]) for text in texts
    ]


def _rounded(guess: langid.Guess | None) -> tuple[str, float] | None:
    return None if guess is None else (guess.lang, round(guess.confidence, 9))


@pytest.mark.parametrize(("lang", "text"), LINES)
def test_each_line_reads_as_its_language_among_the_others(lang: str, text: str) -> None:
    filler = [LINES[k % 3][1] for k in range(langid.PARALLEL_AFTER)]
    for texts in ([text, *filler], [*filler, text]):  # in the first texts, then past them
        guesses = langid.detect_many(texts)
        found = guesses[0] if texts[0] == text else guesses[-1]
        assert found is not None and found.lang == lang


def test_nothing_recognisable_is_none() -> None:
    assert langid.detect_many(["", "1234 5678", "Le chat dort."])[:2] == [None, None]
