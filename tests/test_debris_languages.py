"""A page in a language the workbench does not recognise: one clear line, nothing stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench import pipeline
from workbench.ingest import debris_features, extract
from workbench.ingest.extract import unserved_language
from workbench.model import Block, Kind
from workbench.store import Store

# A short news page in languages the guesser does not know (it names one it knows for them).
UNSERVED = {
    "Finnish": "Helsingin kaupunginvaltuusto päätti keskiviikkona, että uusi raitiotielinja "
    "rakennetaan vuoteen 2030 mennessä. Päätös herätti keskustelua, koska hanke maksaa "
    "enemmän kuin oli arvioitu ja työt kestävät useita vuosia.",
    "Swedish": "Stockholms kommun har beslutat att bygga en ny spårvägslinje till år 2030. "
    "Beslutet har väckt debatt eftersom projektet kostar mer än vad som hade beräknats och "
    "arbetet tar flera år att genomföra.",
    "Turkish": "İstanbul Büyükşehir Belediyesi, yeni tramvay hattının 2030 yılına kadar inşa "
    "edileceğini açıkladı. Karar, projenin tahmin edilenden daha pahalı olması nedeniyle "
    "tartışmalara yol açtı ve işler birkaç yıl sürecek.",
}
# The same news in languages it knows: never questioned.
SERVED = [
    "Le conseil municipal a décidé mercredi que la nouvelle ligne de tramway serait construite "
    "d'ici 2030. La décision a fait débat, car le projet coûte plus cher que prévu.",
    "The city council decided on Wednesday that the new tram line would be built by 2030. The "
    "decision was debated because the project costs more than had been expected.",
    "El ayuntamiento decidió el miércoles que la nueva línea de tranvía se construirá antes de "
    "2030. La decisión generó debate porque el proyecto cuesta más de lo previsto.",
    "Der Stadtrat hat am Mittwoch beschlossen, dass die neue Straßenbahnlinie bis 2030 gebaut "
    "wird. Die Entscheidung war umstritten, weil das Projekt mehr kostet als erwartet.",
    "Il consiglio comunale ha deciso mercoledì che la nuova linea del tram sarà costruita entro "
    "il 2030. La decisione ha fatto discutere perché il progetto costa più del previsto.",
    "A câmara municipal decidiu na quarta-feira que a nova linha de elétrico será construída "
    "até 2030. A decisão gerou debate porque o projeto custa mais do que o previsto.",
]
# Neighbours of served languages, and served languages whose lists are not tried on every line.
NEAR = [
    "O concello decidiu o mércores que a nova liña de tranvía estará construída antes de 2030. "
    "A decisión xerou debate porque o proxecto custa máis do que estaba previsto.",  # Galician
    "Københavns kommune har besluttet, at den nye sporvognslinje skal bygges inden 2030. "
    "Beslutningen har skabt debat, fordi projektet koster mere end forventet.",  # Danish
    "A fővárosi közgyűlés szerdán úgy döntött, hogy az új villamosvonal 2030-ig elkészül. "
    "A döntés vitát váltott ki, mert a projekt többe kerül a vártnál.",  # Hungarian
    "L'ajuntament va decidir dimecres que la nova línia de tramvia es construirà abans del "
    "2030. La decisió va generar debat perquè el projecte costa més del que es preveia.",
    "De gemeenteraad heeft woensdag besloten dat de nieuwe tramlijn voor 2030 wordt gebouwd. "
    "Het besluit leidde tot discussie omdat het project meer kost dan verwacht.",
    "Rada miasta zdecydowała w środę, że nowa linia tramwajowa zostanie zbudowana do 2030 "
    "roku. Decyzja wywołała debatę, ponieważ projekt kosztuje więcej, niż zakładano.",
]
MENU = "Etusivu | Uutiset | Urheilu | Kirjaudu sisään"


def _page(body: str) -> str:
    return f"{MENU}\n{body}\n© 2026 Helsingin Sanomat"


@pytest.mark.parametrize("language", sorted(UNSERVED))
def test_a_page_in_an_unserved_language_is_named(language: str) -> None:
    blocks = [Block(UNSERVED[language], Kind.BODY, "nl", 1)]
    assert unserved_language(blocks) == language


@pytest.mark.parametrize("text", SERVED)
def test_a_page_in_a_served_language_is_not_questioned(text: str) -> None:
    assert unserved_language([Block(text, Kind.BODY, "und", 1)]) is None


@pytest.mark.parametrize("text", [*UNSERVED.values(), *SERVED, *NEAR])
def test_the_cheap_first_guess_answers_as_the_full_scan_does(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trying the served languages' lists first changes no answer, only its cost."""
    blocks = [Block(text, Kind.BODY, "und", 1)]
    quick = unserved_language(blocks)
    monkeypatch.setattr(extract, "SERVED_SURE_DENSITY", 2.0)  # never sure: every list is read
    assert unserved_language(blocks) == quick


@pytest.mark.parametrize("text", SERVED)
def test_text_in_a_served_language_reads_no_other_stop_list(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def every_list(tokens: object) -> dict[str, float]:
        raise AssertionError("the ~100 stop lists were read for text in a served language")

    monkeypatch.setattr(debris_features, "stop_list_densities", every_list)
    assert unserved_language([Block(text, Kind.BODY, "und", 1)]) is None


def test_too_little_text_is_not_questioned() -> None:
    assert unserved_language([Block("Kiitos paljon!", Kind.BODY, "nl", 1)]) is None


def test_ingest_refuses_an_unserved_language_in_one_line_and_stores_nothing(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "raitiotie.txt"
    path.write_text(_page(UNSERVED["Finnish"]), encoding="utf-8")
    [result] = pipeline.ingest_paths(store, [path]).files
    assert result.failed
    assert result.error is not None and "\n" not in result.error
    assert "reads as Finnish" in result.error and "nothing was stored" in result.error
    assert store.documents() == []


def test_ingest_cli_prints_the_language_and_what_to_do(tmp_path: Path) -> None:
    from workbench.cli import app

    path = tmp_path / "raitiotie.txt"
    path.write_text(_page(UNSERVED["Finnish"]), encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", str(tmp_path / "w.db")])
    assert result.exit_code != 0
    assert "reads as Finnish" in result.output
    assert "ingest the text in one of those languages" in result.output


# A short line whose names are of another language than its words (newcomer pass, D1).
NAMED_LINES = [
    ("fr", "Par Lucía Herrero, correspondante à Madrid"),
    ("en", "By Jürgen Müller, our correspondent"),
    ("es", "Por Jean-Baptiste Lefèvre, corresponsal en Marsella"),
]
# A caption of names and French words: "de" is an English stop word too (jusText's list),
# so it says nothing of the caption's language (blind13-seedswap, blind16-marshgrazing).
CAPTIONS_OF_NAMES = [
    ("fr", "Ruth Halloway trie les sachets de graines rendus (photo : Gareth Lowe)."),
    ("fr", "Des koniks sur la prairie est de Hollow Fen. (Photo Jess Harker)"),
    ("fr", "Margaret Oakes devant la porte amont de l'écluse de Hamstead (photo : Tom Ridley)."),
]
# A quotation in another language keeps its language: its own stop words say so.
QUOTED = ("fr", "es", "« Los vecinos de Madrid salen a la calle por la vivienda »")

ARTICLE = {
    "fr": "Le gouvernement a adopté mardi une loi qui plafonne les loyers dans les grandes "
    "villes du pays. La mesure entrera en vigueur au printemps, selon le ministère.",
    "en": "The government passed a law on Tuesday that caps rents in the country's largest "
    "cities. The measure comes into force in the spring, the ministry said.",
    "es": "El Gobierno aprobó el martes una ley que limita los alquileres en las grandes "
    "ciudades del país. La medida entrará en vigor en primavera, según el ministerio.",
}


@pytest.mark.parametrize(("lang", "line"), NAMED_LINES)
def test_a_line_of_names_takes_the_language_of_its_words(lang: str, line: str) -> None:
    from workbench.pipeline.documents import detect_languages

    raw = extract.plain_blocks(f"{line}\n{ARTICLE[lang]}")
    blocks, doc_lang = extract.classify(raw, detect_languages)
    assert doc_lang == lang
    assert blocks[0].lang == lang


@pytest.mark.parametrize(("lang", "line"), CAPTIONS_OF_NAMES)
def test_a_caption_of_names_takes_the_language_of_its_own_function_words(
    lang: str, line: str
) -> None:
    from workbench.pipeline.documents import detect_languages

    raw = extract.plain_blocks(f"{ARTICLE[lang]}\n{line}\n{ARTICLE[lang]}")
    blocks, doc_lang = extract.classify(raw, detect_languages)
    assert doc_lang == lang
    assert blocks[1].lang == lang


def test_a_quotation_in_another_language_keeps_its_language() -> None:
    from workbench.pipeline.documents import detect_languages

    doc, lang, line = QUOTED
    blocks, _ = extract.classify(extract.plain_blocks(f"{ARTICLE[doc]}\n{line}"), detect_languages)
    assert blocks[-1].lang == lang
