"""A page in a language the workbench does not recognise: one clear line, nothing stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench import pipeline
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
