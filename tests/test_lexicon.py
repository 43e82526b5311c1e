"""FreeDict dictd files become word lexicons; missing dictionaries say which package to install."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tests.conftest import needs_dictionary
from workbench.align.lexicon import load_lexicon, read_dictd
from workbench.model import NotFoundError

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _b64(value: int) -> str:
    out = ""
    while True:
        out = _B64[value % 64] + out
        value //= 64
        if value == 0:
            return out


def write_dictd(root: Path, pair: str, entries: list[tuple[str, str]]) -> None:
    """Write a real dictd pair (.index with base64 offsets, gzip .dict.dz)."""
    body, index = b"", []
    for headword, text in [("00databaseinfo", "00-database-info\nA test dictionary\n"), *entries]:
        data = text.encode("utf-8")
        index.append(f"{headword}\t{_b64(len(body))}\t{_b64(len(data))}")
        body += data
    (root / f"freedict-{pair}.index").write_text("\n".join(index) + "\n", encoding="utf-8")
    with gzip.open(root / f"freedict-{pair}.dict.dz", "wb") as out:
        out.write(body)


ENTRIES = [
    # WikDict style: translations on the line after the headword, glosses after " 2."
    ("Amerika", "Amerika /aˈmeːʁika/ <n, neut>\nAmérique 2.\nein Doppelkontinent\n"),
    ("Gipfel", "Gipfel /ˈɡɪpfl̩/ <n, masc>\nsommet, cime\n"),
    # old FreeDict style: numbered senses
    ("Steuer", "Steuer /ʃtɔɪ̯ɐ/\n1. impôt, taxe\n2. gouvernail\n"),
    # multi-word headwords and translations are skipped
    ("Mount Everest", "Mount Everest\nmont Everest\n"),
    ("Weg", "Weg\nchemin, voie de communication\n"),
]


@pytest.fixture
def dictd(tmp_path: Path) -> Path:
    write_dictd(tmp_path, "deu-fra", ENTRIES)
    return tmp_path


def test_read_dictd_keeps_single_word_translations(dictd: Path) -> None:
    entries = read_dictd(dictd / "freedict-deu-fra.index", dictd / "freedict-deu-fra.dict.dz")
    assert entries == {
        "amerika": {"amérique"},
        "gipfel": {"sommet", "cime"},
        "steuer": {"impôt", "taxe", "gouvernail"},
        "weg": {"chemin"},
    }


def test_load_lexicon_direct_and_inverted(dictd: Path) -> None:
    direct = load_lexicon("de", "fr", dictd)
    assert direct.translations("gipfel") == {"sommet", "cime"}
    assert (direct.src_lang, direct.tgt_lang) == ("de", "fr")
    inverted = load_lexicon("fr", "de", dictd)
    assert inverted.translations("sommet") == {"gipfel"}
    assert inverted.translations("impôt") == {"steuer"}
    assert inverted.translations("inconnu") == frozenset()


def test_missing_dictionary_names_the_debian_package(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="dict-freedict-ita-fra"):
        load_lexicon("it", "fr", tmp_path)


needs_deu_fra = needs_dictionary("deu-fra")
needs_fra_spa = needs_dictionary("fra-spa")


@needs_deu_fra
def test_installed_german_french_dictionary() -> None:
    lexicon = load_lexicon("de", "fr")
    assert len(lexicon) > 20_000
    assert "montagne" in lexicon.translations("berg")


@needs_fra_spa
def test_spanish_french_is_the_inverse_of_french_spanish() -> None:
    lexicon = load_lexicon("es", "fr")
    assert "montagne" in lexicon.translations("montaña")
