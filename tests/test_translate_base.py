"""Text preparation, chunking and the in-memory cache: the engine-independent parts of MT."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.model import MadeBy, Translation
from workbench.translate.base import MemoryCache, _drop_controls, clean_text, split_long


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Le chat dort.", "Le chat dort."),
        ("", ""),
        ("   \t\n ", ""),
        ("<p>Le <strong>chat</strong> dort.</p>", "Le chat dort."),
        ("Tom &amp; Jerry &lt;3", "Tom & Jerry <3"),
        ("un\x07deux\x00trois", "undeuxtrois"),
        ("ligne un\nligne deux\r\n", "ligne un ligne deux"),
        ("mot\u200bà\u200bmot", "motàmot"),  # zero-width spaces are format characters
        ("a < b et c > d", "a < b et c > d"),  # not tags: kept
        ("  trop    d'espaces  ", "trop d'espaces"),
    ],
)
def test_clean_text_removes_markup_and_control_characters(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


@given(st.text())
def test_clean_text_leaves_no_control_character_or_line_break(raw: str) -> None:
    cleaned = clean_text(raw)
    assert cleaned == cleaned.strip()
    assert not any(c in cleaned for c in "\n\r\t\x00\x07")
    assert clean_text(cleaned) == cleaned or "<" in cleaned or "&" in cleaned


@given(st.text())
def test_clean_texts_fast_path_skips_only_texts_the_character_loop_would_not_change(
    raw: str,
) -> None:
    """``clean_text`` skips the per-character loop for printable text: it must be a no-op there."""
    if raw.isprintable():
        assert _drop_controls(raw) == raw


def _word_start(piece: str) -> bool:
    return piece.startswith("▁")


@given(
    st.lists(st.sampled_from(["▁le", "▁chat", "s", "▁noir", "."]), max_size=80),
    st.integers(min_value=1, max_value=12),
)
def test_split_long_keeps_every_token_in_order_within_the_limit(
    pieces: list[str], limit: int
) -> None:
    chunks = split_long(pieces, limit, _word_start)
    assert [p for chunk in chunks for p in chunk] == pieces
    assert all(len(chunk) <= limit for chunk in chunks)
    assert all(chunk for chunk in chunks) or chunks == [[]]


def test_split_long_cuts_at_word_starts_when_it_can() -> None:
    pieces = ["▁un", "e", "▁phrase", "▁très", "▁lon", "gue", "."]
    # 5 tokens would end inside "▁lon|gue": the cut moves back to the start of that word.
    assert split_long(pieces, 5, _word_start) == [
        ["▁un", "e", "▁phrase", "▁très"],
        ["▁lon", "gue", "."],
    ]
    assert split_long(["▁a", "b", "c", "d", "e"], 2, _word_start) == [
        ["▁a", "b"],
        ["c", "d"],
        ["e"],
    ]


def test_memory_cache_is_keyed_by_engine_model_version_pair_and_text() -> None:
    cache = MemoryCache()
    cache.save([Translation("chat", "cat", "argos", "translate-fr_en", "1.0", "fr", "en")])
    made_by = MadeBy("argos", "translate-fr_en", "1.0", "fr", "en")
    assert cache.lookup(made_by, ["chat", "chien"]) == {"chat": "cat"}
    for other in [
        ("apertium", "translate-fr_en", "1.0", "fr", "en"),
        ("argos", "translate-fr_es", "1.0", "fr", "en"),
        ("argos", "translate-fr_en", "1.1", "fr", "en"),
        ("argos", "translate-fr_en", "1.0", "fr", "es"),
    ]:
        assert cache.lookup(MadeBy(*other), ["chat"]) == {}


def test_importing_the_translate_package_loads_no_heavy_library() -> None:
    code = (
        "import sys, workbench.translate, workbench.cli.mt; "
        "print(sorted(m for m in ('argostranslate', 'torch', 'stanza', 'ctranslate2') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
