"""The Argos path, run for real on tiny genuine packages built by ``tests/argos_tiny.py``.

The packages are CTranslate2 Transformers whose hand-set weights gloss word for
word (``le chat noir`` → ``the cat black``), so every output below is exact.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.argos_tiny import FR_EN, FR_EN_OWN_PIECES, train_sentencepiece
from tests.mt_fixtures import install, tiny_packages, variant_packages
from workbench.model import EngineError, InputError, UnsafeInputError, WorkbenchError
from workbench.translate import (
    CachedTranslator,
    MemoryCache,
    PivotTranslator,
    argos_packages,
    clean_text,
    get_translator,
)
from workbench.translate.argos import (
    ArgosTranslator,
    InstallLimits,
    decoding_limit,
    detokenize,
    install_from_file,
    install_from_index,
    install_package,
    list_packages,
    packages_dir,
    plan_batches,
    position_limit,
    remove_package,
    thread_plan,
)


@pytest.fixture
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return tiny_packages(tmp_path_factory)


@pytest.fixture
def models(files: dict[str, Path], tmp_path: Path) -> Path:
    return install(files, tmp_path / "models", "fr-en", "fr-es", "es-en")


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("le chat noir mange.", "the cat black eats."),
        ("Le dirigeant russe et le président", "The leader Russian and the president"),
        ("Poutine visite la Russie", "Poutine visit the Russia"),  # unknown words are copied
        ("snake_case ☃ reste", "snake_case ☃ reste"),  # underscores and unknown pieces survive
        ("", ""),
        ("  \n\t ", ""),
        ("<p>le <b>chat</b> &amp; le chien</p>", "the cat & the dog"),
        ("le\x07 chat\x00 noir\n", "the cat black"),
    ],
)
def test_argos_translates_exactly_through_the_installed_package(
    models: Path, french: str, english: str
) -> None:
    translator = get_translator("fr", "en", "argos", models)
    [result] = translator.translate_batch([french])
    assert result.text == english
    assert result.source == french
    assert (result.engine, result.model, result.model_version) == (
        "argos",
        "translate-fr_en",
        "1.0",
    )
    assert result.origin == "mt:argos:translate-fr_en"


def test_a_batch_keeps_order_and_translates_each_distinct_text_once(models: Path) -> None:
    translator = get_translator("fr", "en", "argos", models)
    assert isinstance(translator, ArgosTranslator)
    texts = ["le chat", "", "le chien", "le chat", "un chat blanc"]
    results = translator.translate_batch(texts)
    assert [r.text for r in results] == ["the cat", "", "the dog", "the cat", "a cat white"]
    assert (translator.calls, translator.sentences) == (1, 3)


def test_a_sentence_longer_than_the_position_table_is_chunked_not_crashed(models: Path) -> None:
    translator = get_translator("fr", "en", "argos", models)
    assert isinstance(translator, ArgosTranslator)
    assert position_limit(translator.package.path / "model") == 128
    long = " ".join(["le chat noir"] * 400)  # 1,200 pieces against 128 positions
    [result] = translator.translate_batch([long])
    assert result.text == " ".join(["the cat black"] * 400)


def test_the_model_really_has_a_position_limit(models: Path) -> None:
    """Without chunking the same model fails: the chunking above is what saves it."""
    import ctranslate2

    package = list_packages(models)[0]
    model = ctranslate2.Translator(str(package.path / "model"))
    with pytest.raises(RuntimeError, match="position"):
        model.translate_batch([["▁le"] * 200])


def test_two_hops_make_a_pivot_when_no_direct_package_exists(
    files: dict[str, Path], tmp_path: Path
) -> None:
    models = install(files, tmp_path / "models", "fr-es", "es-en")
    translator = get_translator("fr", "en", "argos", models)
    assert isinstance(translator, PivotTranslator)
    assert translator.pivot_lang == "es"
    [result] = translator.translate_batch(["le chat noir et le chien blanc"])
    assert result.text == "the cat black and the dog white"
    assert result.model == "translate-fr_es+translate-es_en"
    assert result.model_version == "1.0+1.0"


def test_the_cache_answers_a_second_run_without_the_engine(models: Path) -> None:
    engine = get_translator("fr", "en", "argos", models)
    assert isinstance(engine, ArgosTranslator)
    cached = CachedTranslator(engine, MemoryCache())
    texts = ["le chat noir", "le chien blanc", "le chat noir"]
    first = cached.translate_batch(texts)
    assert (engine.calls, engine.sentences) == (1, 2)
    second = cached.translate_batch(texts)
    assert second == first
    assert (engine.calls, engine.sentences) == (1, 2)
    cached.translate_batch(["le chat noir", "un petit chat"])
    assert (engine.calls, engine.sentences) == (2, 3)


def test_no_model_for_the_pair_lists_the_installed_pairs(models: Path) -> None:
    with pytest.raises(EngineError) as err:
        get_translator("fr", "de", "argos", models)
    message = str(err.value)
    assert "no fr→de model is installed" in message
    assert re.search(r"installed pairs — argos: [^;]*fr→en", message)  # listed per engine
    assert "workbench models install FILE.argosmodel" in message


# --- installing ----------------------------------------------------------------------


def _rezip(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """Copy the archive ``source`` to ``target`` with members replaced (bytes) or dropped (None)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            name = info.filename.split("/", 1)[1] if "/" in info.filename else ""
            if name in change:
                if change[name] is not None:
                    new.writestr(info.filename, change[name] or b"")
            else:
                new.writestr(info, old.read(info))
    return target


def _metadata(**fields: object) -> bytes:
    meta: dict[str, object] = {"from_code": "fr", "to_code": "en", "type": "translate"}
    meta.update(fields)
    return json.dumps({k: v for k, v in meta.items() if v is not None}).encode()


BAD_MEMBERS: dict[str, tuple[dict[str, bytes | None], str]] = {
    "no metadata": ({"metadata.json": None}, "no metadata.json"),
    "bad json": ({"metadata.json": b"{not json"}, "not valid JSON"),
    "sbd package": ({"metadata.json": _metadata(type="sbd")}, "not a translate package"),
    "no from_code": ({"metadata.json": _metadata(from_code=None)}, "no from_code"),
    "no model": ({"model/model.bin": None}, "no CTranslate2 model"),
    "no tokenizer": ({"sentencepiece.model": None}, "no sentencepiece.model or bpe.model"),
    "escaping code": ({"metadata.json": _metadata(from_code="../../x")}, "not a language code"),
}


@pytest.mark.parametrize("case", sorted(BAD_MEMBERS))
def test_a_foreign_package_installs_nothing(
    files: dict[str, Path], tmp_path: Path, case: str
) -> None:
    change, message = BAD_MEMBERS[case]
    bad = _rezip(files["fr-en"], tmp_path / "bad.argosmodel", change)
    models = tmp_path / "models"
    with pytest.raises(InputError, match=message):
        install_from_file(bad, models)
    assert not models.exists() or list(models.iterdir()) == []


def test_a_truncated_or_non_zip_file_installs_nothing(
    files: dict[str, Path], tmp_path: Path
) -> None:
    data = files["fr-en"].read_bytes()
    truncated = tmp_path / "truncated.argosmodel"
    truncated.write_bytes(data[: len(data) // 2])
    flipped = tmp_path / "flipped.argosmodel"
    flipped.write_bytes(data[:5000] + bytes(b ^ 0xFF for b in data[5000:5100]) + data[5100:])
    text = tmp_path / "text.argosmodel"
    text.write_text("not a zip")
    for path in (truncated, flipped, text):
        with pytest.raises(InputError):
            install_from_file(path, tmp_path / "models")
    assert list((tmp_path / "models").glob("*")) == []


def test_an_archive_with_two_top_folders_or_escaping_paths_is_refused(tmp_path: Path) -> None:
    for name, members in {
        "two.argosmodel": ["a/metadata.json", "b/metadata.json"],
        "escape.argosmodel": ["a/metadata.json", "a/../../evil.txt"],
    }.items():
        with zipfile.ZipFile(tmp_path / name, "w") as archive:
            for member in members:
                archive.writestr(member, _metadata())
        with pytest.raises(InputError):
            install_from_file(tmp_path / name, tmp_path / "models")
    assert not (tmp_path / "evil.txt").exists()
    assert list((tmp_path / "models").glob("*")) == []


def test_reinstalling_replaces_the_package_whole(files: dict[str, Path], tmp_path: Path) -> None:
    models = tmp_path / "models"
    first = install_from_file(files["fr-en"], models)
    (first.path / "stale.txt").write_text("left from before")
    second = install_from_file(files["fr-en"], models)
    assert second.path == first.path
    assert not (second.path / "stale.txt").exists()
    assert [p.name for p in models.iterdir()] == [first.path.name]


def test_installing_from_the_index_fails_at_once_when_offline(tmp_path: Path) -> None:
    start = time.monotonic()
    with pytest.raises(EngineError) as err:
        install_from_index(
            "fr", "en", tmp_path / "models", index_url="http://127.0.0.1:9/index.json"
        )
    assert time.monotonic() - start < 5
    assert "offline" in str(err.value)
    assert "workbench models install FILE.argosmodel" in str(err.value)
    assert not (tmp_path / "models").exists()


@pytest.mark.parametrize(
    ("explicit", "env", "expected"),
    [
        ("/x/models", {"ARGOS_PACKAGES_DIR": "/y"}, "/x/models"),
        (None, {"ARGOS_PACKAGES_DIR": "/y"}, "/y"),
        (None, {"XDG_DATA_HOME": "/data"}, "/data/argos-translate/packages"),
        (None, {}, str(Path.home() / ".local/share/argos-translate/packages")),
    ],
)
def test_the_models_folder_is_explicit_then_env_then_argos_default(
    explicit: str | None, env: dict[str, str], expected: str
) -> None:
    assert packages_dir(explicit, env) == Path(expected)


def test_the_lexicon_words_are_single_pieces_so_outputs_are_exact(models: Path) -> None:
    import sentencepiece

    package = list_packages(models)[0]
    pieces = sentencepiece.SentencePieceProcessor(
        model_file=str(package.path / "sentencepiece.model")
    )
    assert all(pieces.encode(word, out_type=str) == ["▁" + word] for word in FR_EN)


def test_removing_the_package_folder_uninstalls_it(models: Path) -> None:
    shutil.rmtree(models / "translate-fr_en-1_0")
    shutil.rmtree(models / "translate-fr_es-1_0")
    with pytest.raises(EngineError, match="no fr→en model"):
        get_translator("fr", "en", "argos", models)


def test_a_removal_cut_short_leaves_no_package_the_registry_would_use(
    models: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(path: Path, ignore_errors: bool = False) -> None:
        if not ignore_errors:
            raise OSError("disk went away")

    monkeypatch.setattr(shutil, "rmtree", interrupted)
    with pytest.raises(OSError):
        remove_package("fr-en", models)
    assert (models / ".removing-translate-fr_en-1_0" / "model" / "model.bin").is_file()
    assert [p.model_id for p in list_packages(models)] == ["translate-es_en", "translate-fr_es"]
    assert get_translator("fr", "en", "argos", models).model == "translate-fr_es+translate-es_en"


def test_argos_is_chosen_first_when_no_engine_is_named(models: Path) -> None:
    translator = get_translator("fr", "es", models_dir=models)
    assert translator.engine == "argos"


WORDS = sorted(FR_EN)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join)
        | st.sampled_from(["", "  ", "\x07", "<br/>"]),
        min_size=1,
        max_size=12,
    )
)
def test_every_text_gets_its_word_for_word_gloss_in_order(models: Path, texts: list[str]) -> None:
    translator = get_translator("fr", "en", "argos", models)
    results = translator.translate_batch(texts)
    assert [r.source for r in results] == texts
    expected = [" ".join(FR_EN[w] for w in clean_text(t).split()) for t in texts]
    assert [r.text for r in results] == expected


# --- batching: how the inputs are cut for the two cores ---------------------------------


@pytest.mark.parametrize(
    ("lengths", "size", "workers", "batches"),
    [
        ([3, 9, 1, 5], 2, 1, [[1, 3], [0, 2]]),  # longest first, like lengths together
        ([5] * 10, 16, 2, [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]),  # both cores get work
        ([5] * 64, 16, 2, [list(range(k, k + 16)) for k in range(0, 64, 16)]),
        ([7], 16, 2, [[0]]),
        ([], 16, 2, []),
    ],
)
def test_batches_put_like_lengths_together_longest_first(
    lengths: list[int], size: int, workers: int, batches: list[list[int]]
) -> None:
    assert plan_batches(lengths, size, workers) == batches


@pytest.mark.parametrize(("size", "workers"), [(0, 2), (16, 0)])
def test_batches_need_a_size_and_a_worker(size: int, workers: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        plan_batches([1, 2], size, workers)


@given(
    st.lists(st.integers(0, 300), max_size=200),
    st.integers(1, 64),
    st.integers(1, 4),
)
def test_every_input_is_in_exactly_one_batch_and_no_worker_idles(
    lengths: list[int], size: int, workers: int
) -> None:
    batches = plan_batches(lengths, size, workers)
    flat = [i for batch in batches for i in batch]
    assert sorted(flat) == list(range(len(lengths)))
    assert all(1 <= len(batch) <= size for batch in batches)
    assert [lengths[i] for i in flat] == sorted(lengths, reverse=True)
    assert len(batches) >= min(len(lengths), workers)


@pytest.mark.parametrize(("cap", "limit"), [(128, 128), (256, 256), (516, 256)])
def test_decoding_stops_where_argostranslates_does_within_the_model_limit(
    cap: int, limit: int
) -> None:
    """argostranslate passes no max_decoding_length: CTranslate2's default, 256, applies."""
    assert decoding_limit(cap) == limit


@pytest.mark.parametrize(
    ("inputs", "cores", "batch_size", "threads"),
    [
        (20, 2, 16, (2, 1)),  # a paragraph: its batches one after the other, on both cores
        (31, 2, 16, (2, 1)),  # not a full batch for each core yet
        (32, 2, 16, (1, 2)),  # a full batch for each core: one single-threaded batch per core
        (250, 2, 16, (1, 2)),  # a document
        (250, 1, 16, (1, 1)),  # one core: nothing to share out
        (0, 2, 16, (2, 1)),
        (12, 4, 3, (1, 4)),
        (11, 4, 3, (4, 1)),
    ],
)
def test_a_call_goes_batch_parallel_only_with_a_full_batch_for_every_core(
    inputs: int, cores: int, batch_size: int, threads: tuple[int, int]
) -> None:
    assert thread_plan(inputs, cores, batch_size) == threads


@given(st.integers(0, 10_000), st.integers(1, 64), st.integers(1, 256))
def test_a_call_never_asks_for_more_threads_than_cores(
    inputs: int, cores: int, batch_size: int
) -> None:
    intra, inter = thread_plan(inputs, cores, batch_size)
    assert intra * inter == cores


def test_the_defaults_choose_threads_per_call_unless_fixed(models: Path) -> None:
    package = list_packages(models)[0]
    cores = len(os.sched_getaffinity(0))
    chosen = ArgosTranslator(package)
    assert chosen.max_batch_size == 16
    assert chosen.threads_for(5) == thread_plan(5, cores, 16)
    assert chosen.threads_for(500) == thread_plan(500, cores, 16)
    assert ArgosTranslator(package, inter_threads=1).threads_for(500) == (1, 1)
    assert ArgosTranslator(package, intra_threads=2).threads_for(5) == (2, cores)


@pytest.mark.parametrize(("size", "inter"), [(2, 2), (3, 1), (16, 2)])
def test_parallel_sorted_batches_give_what_one_sentence_at_a_time_gives(
    models: Path, size: int, inter: int
) -> None:
    """Cut into batches, sorted, decoded on two workers and put back: nothing changes."""
    [package] = [p for p in list_packages(models) if (p.from_code, p.to_code) == ("fr", "en")]
    texts = [
        " ".join(["le chat noir"] * n) + f" {i}" for i, n in enumerate([1, 9, 2, 30, 4, 1, 12])
    ] + ["le", "Poutine visite la Russie et la Corée du nord"]
    batched = ArgosTranslator(package, max_batch_size=size, inter_threads=inter)
    alone = ArgosTranslator(package, inter_threads=1)
    expected = [alone.translate_batch([t])[0].text for t in texts]
    assert [r.text for r in batched.translate_batch(texts)] == expected
    assert expected[1] == " ".join(["the cat black"] * 9) + " 1"


def test_small_and_large_calls_run_on_their_own_settings_and_agree(models: Path) -> None:
    """One translator, a call below and one above the batch-parallel threshold: each
    setting loads its own CTranslate2 translator once, and the texts are the same."""
    [package] = [p for p in list_packages(models) if (p.from_code, p.to_code) == ("fr", "en")]
    translator = ArgosTranslator(package, max_batch_size=2)
    translator.cores = 2  # as on this machine, whatever the runner's affinity
    texts = [" ".join(["le chat noir"] * n) + f" {n}" for n in range(1, 9)]
    small = [r.text for r in translator.translate_batch(texts[:3])]  # 3 < 2 cores × 2
    large = [r.text for r in translator.translate_batch(texts)]
    assert sorted(translator._translators) == [(1, 2), (2, 1)]
    assert small == large[:3]
    assert large[7] == " ".join(["the cat black"] * 8) + " 8"
    translator.translate_batch(texts)
    assert len(translator._translators) == 2


# --- decoding: argostranslate's rules, checked on packages with other vocabularies ------


@pytest.fixture
def variants(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> dict[str, Path]:
    """One models folder per variant package (``own-pieces`` fr→en, ``prefix`` fr→es)."""
    found = {}
    for name, path in variant_packages(tmp_path_factory).items():
        found[name] = tmp_path / name
        install_from_file(path, found[name])
    return found


@pytest.mark.parametrize(
    ("variant", "pair", "french", "expected"),
    [
        # English pieces unknown to the package's sentencepiece model (issue 16's report:
        # it printed "▁The▁cat▁eats▁the▁mouse.").
        ("own-pieces", "fr-en", "Le chat mange la souris.", "The cat eats the mouse."),
        ("own-pieces", "fr-en", "le chien noir", "the dog black"),
        ("own-pieces", "fr-en", "Poutine mange", "Poutine eats"),  # known and unknown mixed
        ("own-pieces", "fr-en", "snake_case ☃", "snake_case ☃"),
        # A target prefix: forced as the first piece, never in the text.
        ("prefix", "fr-es", "Le chat noir mange.", "El gato negro come."),
        ("prefix", "fr-es", "le chien", "el perro"),
        ("prefix", "fr-es", "snake_case", "snake_case"),
    ],
)
def test_decoding_gives_argostranslates_text_for_other_vocabularies(
    variants: dict[str, Path], variant: str, pair: str, french: str, expected: str
) -> None:
    src, tgt = pair.split("-")
    [result] = get_translator(src, tgt, "argos", variants[variant]).translate_batch([french])
    assert result.text == expected


def test_a_long_sentence_of_unknown_pieces_is_joined_as_one_text(
    variants: dict[str, Path],
) -> None:
    translator = get_translator("fr", "en", "argos", variants["own-pieces"])
    [result] = translator.translate_batch([" ".join(["le chat mange la souris"] * 60)])
    assert result.text == " ".join(["the cat eats the mouse"] * 60)


def argostranslate_decode(
    decode: Callable[[list[str]], str], pieces: list[str], prefix: str
) -> str:
    """argostranslate 1.11's decoding, transcribed (tokenizer.py ``decode`` and
    translate.py ``apply_packaged_translation``), to show where the workbench differs."""
    value = decode(pieces).replace("▁", " ").replace("_", " ")
    if prefix != "" and value.startswith(prefix):
        value = value[len(prefix) :]
    if len(value) > 0 and value[0] == " ":
        value = value[1:]
    return value


@pytest.mark.parametrize(
    ("pieces", "prefix", "workbench", "argostranslate"),
    [
        (["▁The", "▁cat", "."], "", "The cat.", "The cat."),  # unknown to sentencepiece
        (["▁le", "▁chat", "."], "", "le chat.", "le chat."),  # known
        (["▁le", "▁mouse", "."], "", "le mouse.", "le mouse."),  # mixed
        (["▁snake", "_", "case"], "", "snake_case", "snake case"),  # argostranslate loses "_"
        (["__es__", "▁el", "▁gato"], "__es__", "el gato", " es   el gato"),  # and the prefix
        (["<2es>", "▁el", "▁gato"], "<2es>", "el gato", "el gato"),
        ([], "", "", ""),
    ],
)
def test_decoding_follows_argostranslate_except_for_underscores(
    pieces: list[str], prefix: str, workbench: str, argostranslate: str
) -> None:
    """Same text as argostranslate 1.11 wherever the text has no ``_``: it turns every
    underscore into a space, real ones and those of a ``__xx__`` target prefix alike."""
    import sentencepiece

    processor = sentencepiece.SentencePieceProcessor(
        model_proto=train_sentencepiece([FR_EN_OWN_PIECES], source_only=True)
    )
    decode = processor.decode_pieces
    kept = pieces[1:] if prefix and pieces[:1] == [prefix] else pieces
    assert detokenize(kept, decode) == workbench
    assert argostranslate_decode(decode, pieces, prefix) == argostranslate


# --- hostile and odd archives: refused before anything is unpacked ----------------------


def _repack(
    source: Path, target: Path, rename: Callable[[str], str], meta: bytes | None = None
) -> Path:
    """Copy the archive ``source`` to ``target`` with entry names rewritten (and new metadata)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if meta is not None and info.filename.endswith("/metadata.json"):
                data = meta
            new.writestr(rename(info.filename), data)
    return target


def _contents(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir()) if directory.exists() else []


@pytest.mark.parametrize(
    ("rename", "folder"),
    [
        (lambda n: "./" + n.split("/", 1)[1], "translate-fr_en-1_0"),  # ./metadata.json
        (lambda n: "./" + n, "translate-fr_en-1_0"),  # ./translate-fr_en-1_0/metadata.json
        (lambda n: "translate-de_en-9_9/" + n.split("/", 1)[1], "translate-fr_en-1_0"),
    ],
    ids=["dot-slash at the root", "dot-slash then the top folder", "folder disagrees"],
)
def test_odd_entry_names_install_under_the_metadatas_name(
    files: dict[str, Path], tmp_path: Path, rename: Callable[[str], str], folder: str
) -> None:
    """Issue 16: ``./metadata.json`` ended in a FileNotFoundError after moving the packages
    folder aside. The folder name now always comes from the metadata (fr→en, 1.0)."""
    models = install(files, tmp_path / "models", "es-en")
    odd = _repack(files["fr-en"], tmp_path / "odd.argosmodel", rename)
    package = install_from_file(odd, models)
    assert package.path == models / folder
    assert _contents(models) == ["translate-es_en-1_0", folder]
    [result] = get_translator("fr", "en", "argos", models).translate_batch(["le chat noir"])
    assert result.text == "the cat black"


def _zip(path: Path, members: dict[str, bytes], attrs: dict[str, int] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (attrs or {}).get(name, 0o100644) << 16
            archive.writestr(info, data)
    return path


PACKAGE = {
    "p/metadata.json": _metadata(),
    "p/model/model.bin": b"\0" * 64,
    "p/sentencepiece.model": b"x",
}


@pytest.mark.parametrize(
    ("members", "attrs", "message"),
    [
        ({**PACKAGE, "p/link": b"/etc/passwd"}, {"p/link": 0o120777}, "symbolic link"),
        ({**PACKAGE, "p/fifo": b""}, {"p/fifo": 0o010644}, "not a plain file"),
        ({**PACKAGE, "/p/abs": b""}, {}, "absolute path"),
        ({**PACKAGE, "p/./../../evil": b""}, {}, "outside the package"),
        ({**PACKAGE, "p/bomb.bin": b"\0" * (30 * 1024 * 1024)}, {}, "zip bomb"),
    ],
    ids=["symlink", "fifo", "absolute", "escape", "zip bomb"],
)
def test_hostile_archives_are_refused_before_anything_is_unpacked(
    tmp_path: Path, members: dict[str, bytes], attrs: dict[str, int], message: str
) -> None:
    bad = _zip(tmp_path / "bad.argosmodel", members, attrs)
    models = tmp_path / "models"
    with pytest.raises(UnsafeInputError, match=message) as err:
        install_from_file(bad, models)
    assert "\n" not in str(err.value)
    assert _contents(models) == []
    assert not (tmp_path / "evil").exists()


def _sizes(archive: Path) -> tuple[int, float]:
    """Unpacked MB and compression ratio of ``archive``, as the installer reckons them."""
    with zipfile.ZipFile(archive) as zipped:
        infos = zipped.infolist()
    unpacked = sum(i.file_size for i in infos)
    return round(unpacked / 2**20), unpacked / sum(i.compress_size for i in infos)


def test_the_size_limits_are_configurable(files: dict[str, Path], tmp_path: Path) -> None:
    models = tmp_path / "models"
    megabytes, ratio = _sizes(files["fr-en"])
    with pytest.raises(UnsafeInputError, match=f"unpacks to {megabytes} MB, more than the 1 MB"):
        install_from_file(files["fr-en"], models, InstallLimits(max_bytes=1024 * 1024))
    with pytest.raises(
        UnsafeInputError, match=f"compressed {ratio:,.0f} to 1, more than the {ratio / 2:g} to 1"
    ):
        install_from_file(files["fr-en"], models, InstallLimits(max_ratio=ratio / 2))
    assert _contents(models) == []
    env = {"WORKBENCH_ARGOS_MAX_MB": "1.5", "WORKBENCH_ARGOS_MAX_RATIO": "20"}
    assert InstallLimits.from_env(env) == InstallLimits(max_bytes=1572864, max_ratio=20.0)
    assert InstallLimits.from_env({}) == InstallLimits()
    with pytest.raises(InputError, match="must be numbers"):
        InstallLimits.from_env({"WORKBENCH_ARGOS_MAX_MB": "lots"})


def test_a_full_disk_is_one_line_and_leaves_the_installed_package(
    files: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    models = install(files, tmp_path / "models", "fr-en")
    before = sorted(p.relative_to(models) for p in models.rglob("*"))

    def no_room(archive: object, entries: object, into: Path, limit: int) -> None:
        (into / "model").mkdir(parents=True)
        (into / "model" / "model.bin").write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(argos_packages, "_unpack", no_room)
    with pytest.raises(WorkbenchError, match="not enough disk space") as err:
        install_from_file(files["fr-en"], models)
    assert "\n" not in str(err.value) and "nothing was installed" in str(err.value)
    assert sorted(p.relative_to(models) for p in models.rglob("*")) == before

    full = SimpleNamespace(total=10**12, used=10**12 - 1024, free=1024)
    monkeypatch.setattr(shutil, "disk_usage", lambda _: full)  # the module argos_packages uses
    with pytest.raises(WorkbenchError, match=f"needs {_sizes(files['fr-es'])[0]} MB"):
        install_from_file(files["fr-es"], models)
    assert sorted(p.relative_to(models) for p in models.rglob("*")) == before


def test_a_package_for_a_pair_already_installed_replaces_it(
    files: dict[str, Path], tmp_path: Path
) -> None:
    models = install(files, tmp_path / "models", "fr-en", "fr-es")
    newer = _repack(
        files["fr-en"],
        tmp_path / "newer.argosmodel",
        lambda n: n.replace("1_0", "1_1"),
        _metadata(package_version="1.1"),
    )
    installed = install_package(newer, models)
    assert installed.package.path.name == "translate-fr_en-1_1"
    assert [p.path.name for p in installed.replaced] == ["translate-fr_en-1_0"]
    assert _contents(models) == ["translate-fr_en-1_1", "translate-fr_es-1_0"]
    assert get_translator("fr", "en", "argos", models).model_version == "1.1"


def _file_index(tmp_path: Path, entry: dict[str, object]) -> str:
    index = tmp_path / "index.json"
    index.write_text(json.dumps([{"from_code": "fr", "to_code": "en", **entry}]))
    return index.as_uri()


def test_installing_from_an_index_uses_the_first_link_that_works(
    files: dict[str, Path], tmp_path: Path
) -> None:
    missing = (tmp_path / "gone.argosmodel").as_uri()
    url = _file_index(tmp_path, {"links": [missing, files["fr-en"].as_uri()]})
    installed = install_from_index("fr", "en", tmp_path / "models", index_url=url)
    assert installed.package.model_id == "translate-fr_en"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({}, "without a download link"),  # was a NameError: no link, so no error to report
        ({"links": []}, "without a download link"),
        ({"links": ["file:///nonexistent/x.argosmodel"]}, "download of fr→en failed"),
    ],
)
def test_an_index_entry_without_a_usable_link_is_one_clear_error(
    tmp_path: Path, entry: dict[str, object], message: str
) -> None:
    with pytest.raises(EngineError, match=message):
        install_from_index("fr", "en", tmp_path / "models", index_url=_file_index(tmp_path, entry))
    assert _contents(tmp_path / "models") == []


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("le chat noir mange.", "the cat black eats."),
        ("Le dirigeant russe et le président", "The leader Russian and the president"),
        # Moses normalises « » to " and detokenises the target as English, as argostranslate.
        ("L'ONU & la guerre « en Corée du nord »", 'L\' ONU & the war "en Korea du north"'),
        ("snake_case ☃ reste", "snake _ case ☃ reste"),  # Moses splits "_", as argostranslate
    ],
)
def test_a_bpe_package_translates_as_argostranslate_loads_it(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path, french: str, english: str
) -> None:
    """bpe.model instead of sentencepiece.model: Moses tokenisation, subword-nmt BPE, Moses
    detokenisation (argostranslate 1.11's BPETokenizer; on the corpus's 178 lines its
    encoding and decoding matched this one's exactly when checked beside it)."""
    from tests.mt_fixtures import bpe_package

    package = install_from_file(bpe_package(tmp_path_factory), tmp_path / "models")
    assert (package.path / "bpe.model").is_file()
    assert not (package.path / "sentencepiece.model").exists()
    [result] = get_translator("fr", "en", "argos", tmp_path / "models").translate_batch([french])
    assert result.text == english
