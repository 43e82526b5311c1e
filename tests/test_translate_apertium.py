"""The Apertium path, run for real with the Debian language data."""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from tests.conftest import needs_apertium
from tests.mt_fixtures import group_members, kill_group, kill_stage, left_in_group
from workbench.model import EngineError
from workbench.translate import PivotTranslator, available_pairs, get_translator
from workbench.translate.apertium import ApertiumTranslator, list_modes, strip_marks
from workbench.translate.apertium_pipeline import Pipeline

needs_eng_spa = pytest.mark.skipif(
    not Path("/usr/share/apertium/modes/spa-eng.mode").exists(),
    reason="needs Debian package apertium-eng-spa",
)

EMPTY = Path("/nonexistent-models")  # no Argos package: Apertium serves every pair


@needs_apertium
@pytest.mark.parametrize(
    ("french", "spanish"),
    [
        ("Le chat noir mange.", "El gato negro come."),
        ("Je l'ai vu hier à Paris.", "Lo he visto ayer en París."),
        ("La réunion a duré quatre heures.", "La reunión ha durado cuatro horas."),
        ("", ""),
        ("<p>Le chat <b>noir</b> mange.</p>", "El gato negro come."),
        ("Le chat\nnoir\x07 mange.", "El gato negro come."),
        ("Une phrase avec ^$ [crochets] \\ @ / < >", "Una frase con ^$ [ganchos] \\ @ / < >"),
    ],
)
def test_apertium_translates_french_to_spanish(french: str, spanish: str) -> None:
    translator = get_translator("fr", "es", "apertium", EMPTY)
    [result] = translator.translate_batch([french])
    assert result.text == spanish
    assert (result.engine, result.model, result.src_lang, result.tgt_lang) == (
        "apertium",
        "fr-es",
        "fr",
        "es",
    )
    assert result.model_version not in ("", "unknown")


@needs_apertium
@needs_eng_spa
def test_french_to_english_goes_through_spanish() -> None:
    translator = get_translator("fr", "en", "apertium", EMPTY)
    assert isinstance(translator, PivotTranslator)
    assert translator.pivot_lang == "es"
    results = translator.translate_batch(
        ["Le chat noir mange.", "La réunion a duré quatre heures."]
    )
    assert [r.text for r in results] == [
        "The black cat eats.",
        "The meeting has lasted four hours.",
    ]
    assert results[0].model == "fr-es+spa-eng"
    assert results[0].origin == "mt:apertium:fr-es+spa-eng"


@needs_apertium
def test_a_whole_batch_is_one_process_and_keeps_one_line_per_sentence() -> None:
    translator = get_translator("fr", "es", "apertium", EMPTY)
    assert isinstance(translator, ApertiumTranslator)
    texts = [
        "Le chat noir mange.",
        "",
        "une ligne\ncoupée en deux",
        "  ",
        "La guerre.",
        "Bonjour",
    ] * 20
    results = translator.translate_batch(texts)
    assert len(results) == len(texts)
    assert translator.processes == 1
    assert [r.text for r in results[:6]] == [
        "El gato negro come.",
        "",
        "una línea cortada en dos",
        "",
        "La guerra.",
        "Saludo",
    ]
    assert [r.source for r in results] == texts


@needs_apertium
def test_long_sentences_are_translated_whole() -> None:
    translator = get_translator("fr", "es", "apertium", EMPTY)
    [result] = translator.translate_batch([" ".join(["Le chat noir mange."] * 300)])
    assert result.text == " ".join(["El gato negro come."] * 300)


@needs_apertium
def test_modes_and_pairs_are_listed() -> None:
    names = {m.name: m for m in list_modes()}
    assert names["fr-es"].package == "apertium-fr-es"
    assert (names["fr-es"].src_lang, names["fr-es"].tgt_lang) == ("fr", "es")
    assert "eco-fr-es" not in names
    pairs = {str(p) for p in available_pairs(EMPTY)}
    assert "fr→es (apertium, direct)" in pairs
    if "spa-eng" in names:
        assert names["spa-eng"].src_lang == "es"
        assert "fr→en (apertium, via es)" in pairs


@needs_apertium
def test_a_missing_apertium_command_names_the_debian_package(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    translator = get_translator("fr", "es", "apertium", EMPTY)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(EngineError, match="Debian packages apertium"):
        translator.translate_batch(["Le chat"])


@needs_apertium
def test_apertium_serves_the_pair_when_no_argos_package_is_installed() -> None:
    translator = get_translator("fr", "es", models_dir=EMPTY)
    assert translator.engine == "apertium"


@needs_apertium
def test_one_pipeline_serves_every_batch_of_a_translator() -> None:
    """Null-flush mode: Apertium's start is paid once per translator, not once per batch."""
    translator = get_translator("fr", "es", "apertium", EMPTY)
    assert isinstance(translator, ApertiumTranslator)
    batches = [
        ["Le chat noir mange."],
        ["La guerre.", "", "Bonjour"],
        ["Le chat noir mange."] * 300,
    ]
    results = [[r.text for r in translator.translate_batch(b)] for b in batches]
    assert results[:2] == [["El gato negro come."], ["La guerra.", "", "Saludo"]]
    assert results[2] == ["El gato negro come."] * 300
    assert translator.processes == 1
    translator.close()


@needs_apertium
def test_closing_a_translator_ends_every_process_of_its_pipeline() -> None:
    translator = get_translator("fr", "es", "apertium", EMPTY)
    assert isinstance(translator, ApertiumTranslator)
    translator.translate_batch(["La guerre."])
    assert translator._pipeline is not None
    group = translator._pipeline.process.pid
    assert {"bash", "lt-proc", "apertium-tagger"} <= set(group_members(group))
    translator.close()
    assert left_in_group(group) == []


@needs_apertium
@pytest.mark.parametrize("death", ["the whole pipeline", "its bash only"])
def test_a_pipeline_that_died_between_batches_is_replaced_without_losing_a_sentence(
    death: str,
) -> None:
    """It held no batch, so nothing is lost: the next batch starts a new pipeline, and
    nothing of the old one is left running (killing bash alone leaves its stages)."""
    translator = get_translator("fr", "es", "apertium", EMPTY)
    assert isinstance(translator, ApertiumTranslator)
    assert translator.translate_batch(["La guerre."])[0].text == "La guerra."
    old = translator._pipeline
    assert old is not None
    if death == "its bash only":
        os.kill(old.process.pid, signal.SIGKILL)
        os.waitid(os.P_PID, old.process.pid, os.WEXITED | os.WNOWAIT)
    else:
        kill_group(old)
    assert translator.translate_batch(["Le chat noir mange."])[0].text == "El gato negro come."
    assert translator.processes == 2
    assert left_in_group(old.process.pid) == []
    translator.close()


@needs_apertium
@pytest.mark.parametrize(
    ("kill", "said"),
    [
        (kill_group, "all its processes were killed by SIGKILL"),
        (partial(kill_stage, command="apertium-tagger"),
         "apertium-tagger (stage 3 of 12) was killed by SIGKILL"),
        (partial(kill_stage, command="lrx-proc"), "lrx-proc (stage 6 of 12) was killed by SIGKILL"),
    ],
)  # fmt: skip
def test_a_pipeline_that_dies_with_a_batch_fails_that_batch_naming_what_died(
    kill: Callable[[Pipeline], None], said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed as the second batch is handed over: that batch fails at once in one line
    (a dead stage is found by its own report, not by waiting for the stages before it),
    no process of the pipeline is left, and the next batch gets a new pipeline."""
    translator = get_translator("fr", "es", "apertium", EMPTY)
    assert isinstance(translator, ApertiumTranslator)
    assert translator.translate_batch(["La guerre."])[0].text == "La guerra."
    real = Pipeline.exchange

    def killed_first(pipeline: Pipeline, block: bytes, timeout: float, segments: int = 1) -> bytes:
        kill(pipeline)
        return real(pipeline, block, timeout, segments)

    monkeypatch.setattr(Pipeline, "exchange", killed_first)
    dying = translator._pipeline
    assert dying is not None
    with pytest.raises(EngineError) as err:
        translator.translate_batch(["Le chien blanc.", "Bonjour."])
    assert str(err.value) == (
        f"apertium fr-es died with a batch of 2 sentences, which stay untranslated: {said}"
    )
    assert left_in_group(dying.process.pid) == []
    monkeypatch.setattr(Pipeline, "exchange", real)
    assert translator.translate_batch(["Le chat noir mange."])[0].text == "El gato negro come."
    assert translator.processes == 2
    translator.close()


@needs_apertium
@pytest.mark.parametrize(
    ("french", "spanish"),
    [
        # A Spanish caption inside a French page (the sample corpus has one): `apertium -u
        # fr-es` reads "y" as a pronoun it cannot generate and prints the bare "<prn>".
        ("El presidente de Rusia, Vladimir Putin, y el líder de Corea del Norte.",
         "El presidente de Rusia, Vladimir Putin, el líder de Corea del Norte."),
        # Unknown words: no "*" (-n, as apertium -u); a word the generator cannot inflect: no "#".
        ("Le maire a inauguré la médiathèque intercommunale.",
         "El alcalde ha inaugurado la médiathèque intercommunale."),
        ("En s'engageant dans cela, les deux pays violent ces sanctions internationales.",
         "Se comprometiendo en eso, ambos país violento estas sanciones internacionales."),
        # A real hashtag and handle of the source are kept.
        ("Le #MeToo et @afp.", "El #MeToo y @afp."),
    ],
)  # fmt: skip
def test_no_tag_or_unknown_word_mark_leaks_into_a_draft(french: str, spanish: str) -> None:
    [result] = get_translator("fr", "es", "apertium", EMPTY).translate_batch([french])
    assert result.text == spanish


@pytest.mark.parametrize(
    ("source", "output", "kept"),
    [
        ("Putin et le", "Putin, <prn> el líder", "Putin, el líder"),
        ("x", "un <n><sg> y <vblex>", "un y"),
        ("x", "*Kowalski ha #ambos @foo (*bar) «*baz»", "Kowalski ha ambos foo (bar) «baz»"),
        ("#MeToo et @afp", "#MeToo y @afp", "#MeToo y @afp"),
        ("3 * 4 = 12", "3 * 4 = 12", "3 * 4 = 12"),  # an operator, not a mark
        ("a <b> c", "a <b> c", "a <b> c"),  # in the source: not the engine's
    ],
)
def test_strip_marks(source: str, output: str, kept: str) -> None:
    assert strip_marks(source, output) == kept


@needs_apertium
def test_a_pipeline_that_hangs_with_a_batch_is_stopped_after_the_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every stage is frozen (SIGSTOP to the group) as the batch is handed over: after the
    translator's timeout the batch fails in one line and the frozen processes are killed."""
    translator = get_translator("fr", "es", "apertium", EMPTY)
    assert isinstance(translator, ApertiumTranslator)
    translator.translate_batch(["La guerre."])
    real = Pipeline.exchange

    def frozen(pipeline: Pipeline, block: bytes, timeout: float, segments: int = 1) -> bytes:
        os.killpg(pipeline.process.pid, signal.SIGSTOP)
        return real(pipeline, block, timeout, segments)

    monkeypatch.setattr(Pipeline, "exchange", frozen)
    translator.timeout = 2
    hung = translator._pipeline
    assert hung is not None
    with pytest.raises(EngineError) as err:
        translator.translate_batch(["Le chien blanc.", "Bonjour."])
    assert str(err.value) == (
        "apertium fr-es was stopped after no answer in 2 s to a batch of 2 sentences, "
        "which stay untranslated"
    )
    assert left_in_group(hung.process.pid) == []
    translator.close()


STATUS = """Package: apertium-fr-es
Status: install ok installed
Architecture: all
Version: 0.9.4-1
Description: Apertium translation data
 for French-Spanish

Package: apertium-gone
Status: deinstall ok config-files
Version: 1.0-1

Package: apertium-fr-es-extra
Status: install ok installed
Version: 9.9
"""


def test_package_versions_come_from_dpkgs_status_file_without_a_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """dpkg-query cost about 10 ms of CPU on every `translate` and `fill` (issue 16)."""
    from workbench.translate import apertium

    status = tmp_path / "status"
    status.write_text(STATUS, encoding="utf-8")
    asked: list[list[str]] = []

    def query(names: list[str]) -> dict[str, str]:
        asked.append(names)
        return {}

    monkeypatch.setattr(apertium, "_queried_versions", query)
    assert apertium.package_versions(["apertium-fr-es"], status) == {"apertium-fr-es": "0.9.4-1"}
    assert asked == []
    # a package not installed (config files left) or unknown is asked of dpkg-query
    assert apertium.package_versions(["apertium-gone", "apertium-xx"], status) == {
        "apertium-gone": "unknown",
        "apertium-xx": "unknown",
    }
    assert asked == [["apertium-gone", "apertium-xx"]]


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="needs dpkg")
def test_the_status_files_versions_are_dpkg_querys() -> None:
    import subprocess

    from workbench.translate.apertium import _queried_versions, package_versions

    listed = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package}\n", "apertium*", "lttoolbox*", "python3*"],
        capture_output=True, text=True, check=False,
    ).stdout.split()  # fmt: skip
    assert listed
    queried = _queried_versions(listed)
    assert package_versions(listed) == {name: queried.get(name, "unknown") for name in listed}
