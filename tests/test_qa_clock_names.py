"""QA checks a translator can trust: a time of day on the 12-hour clock is the same time
on the 24-hour clock (newcomer23's "6 pm"/"18 h"), and English capitals that are words,
not names (days in the plural, languages and their peoples), are not reported as names
left out."""

from __future__ import annotations

import pytest

from workbench.quality.clock_times import clock_times
from workbench.quality.numbers import convention_for
from workbench.quality.qa import IssueKind, QaOptions, check_pair


def options(source_lang: str, target_lang: str) -> QaOptions:
    return QaOptions(
        source_numbers=convention_for(source_lang), target_numbers=convention_for(target_lang)
    )


def number_messages(source: str, target: str, langs: tuple[str, str]) -> list[str]:
    return [
        issue.message
        for issue in check_pair(source, target, 0, options(*langs))
        if issue.kind is IssueKind.NUMBERS
    ]


@pytest.mark.parametrize(
    ("langs", "source", "target"),
    [
        (("en", "fr"), "Open from 10 am to 6 pm.", "Ouvert de 10 h à 18 h."),
        (
            ("en", "fr"),
            "It stays open until 8 pm on Thursdays.",
            "Il reste ouvert jusqu'à 20 h le jeudi.",
        ),
        (("en", "fr"), "The tour starts at 2.30 pm.", "La visite commence à 14 h 30."),
        (("en", "fr"), "Doors open at 6:30 p.m.", "Ouverture des portes à 18h30."),
        (("en", "fr"), "At 11.00am the strike began.", "À 11 h 00, la grève a commencé."),
        (("en", "fr"), "The tug arrived at about 1pm.", "Le remorqueur est arrivé vers 13 heures."),
        (("en", "fr"), "Midnight mass at 12 am.", "Messe de minuit à 0 h."),
        (("en", "de"), "The train leaves at 6.30 pm.", "Der Zug fährt um 18.30 Uhr ab."),
        (("en", "es"), "The shop closes at 6.30 PM.", "La tienda cierra a las 18:30."),
        (("es", "fr"), "Abre a las 6 de la tarde.", "Ouvre à 18 h."),
        # the hour in words (newcomer35: an error, exit 3, on a right guide)
        (("fr", "es"), "Le bus part à 18 h.", "El autobús sale a las seis de la tarde."),
        (("fr", "es"), "Visite à 13 h 30.", "Visita a la una y media de la tarde."),
        (("es", "en"), "Cierra a las 7 p. m.", "It closes at 7 pm."),
        (("pt", "fr"), "Cerca de 3h30 de carro.", "Environ 3 h 30 en voiture."),
    ],
)
def test_a_time_on_either_clock_is_the_same_number(
    langs: tuple[str, str], source: str, target: str
) -> None:
    assert number_messages(source, target, langs) == []


@pytest.mark.parametrize(
    ("langs", "source", "target", "message"),
    [
        # another hour is still an error, shown as each side writes it
        (("en", "fr"), "Open until 6 pm.", "Ouvert jusqu'à 19 h.",
         "numbers differ (only in the source: 6; only in the target: 19)"),
        (("en", "de"), "The train leaves at 6.30 pm.", "Der Zug fährt um 18.45 Uhr ab.",
         "numbers differ (only in the source: 6.30; only in the target: 18.45)"),
        # am is not pm
        (("en", "fr"), "Open at 8 am.", "Ouvert à 20 h.",
         "numbers differ (only in the source: 8; only in the target: 20)"),
        (("fr", "es"), "Le bus part à 18 h.", "El autobús sale a las siete de la tarde.",
         "numbers differ (only in the source: 18)"),
        # a time answers only a time: 18 people are not 6 pm
        (("en", "fr"), "At 6 pm, 18 people came.", "À 18 h, 12 personnes sont venues.",
         "numbers differ (only in the source: 18; only in the target: 12)"),
        # a figure without a clock's mark is a number, not a time
        (("en", "fr"), "It takes 6 people.", "Il faut 18 personnes.",
         "numbers differ (only in the source: 6; only in the target: 18)"),
    ],
)  # fmt: skip
def test_a_time_that_differs_is_still_an_error(
    langs: tuple[str, str], source: str, target: str, message: str
) -> None:
    assert number_messages(source, target, langs) == [message]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("de 10 h à 18 h", ["10:00", "18:00"]),
        ("from 10 a.m. to 6 p.m.", ["10:00", "18:00"]),
        ("12 pm, 12 am", ["12:00", "00:00"]),
        ("a las 2 de la noche", ["02:00"]),
        ("a las seis de la tarde, a las diez y cuarto de la mañana", ["18:00", "10:15"]),
        ("18.30 Uhr", ["18:30"]),
        # no clock's mark, or not a time: hectares, hours as a word, a year, a decimal
        ("10 ha de vignes, pendant 2 hours, en 1998, 2.5 km", []),
    ],
)
def test_clock_times_read(text: str, values: list[str]) -> None:
    assert [t.value for t in clock_times(text)] == values


def name_messages(source: str, target: str, langs: tuple[str, str]) -> list[str]:
    return [
        issue.message
        for issue in check_pair(source, target, 0, options(*langs))
        if issue.kind is IssueKind.NAMES
    ]


@pytest.mark.parametrize(
    ("langs", "source", "target", "expected"),
    [
        (("en", "fr"), "It stays open until 8 pm on Thursdays.",
         "Il reste ouvert jusqu'à 20 h le jeudi.", []),
        (("en", "fr"), "Thursday's match, then Saturdays off.",
         "Le match de jeudi, puis le samedi libre.", []),
        (("en", "fr"), "Guided tours in French Sign Language.",
         "Visites guidées en langue des signes française.", []),
        (("en", "fr"), "Audio guides in German and Spanish.",
         "Audioguides en allemand et en espagnol.", []),
        (("en", "es"), "The German team won.", "Ganó el equipo alemán.", []),
        (("es", "de"), "Hablamos con Ana en alemán.", "Wir sprachen mit Ana auf Deutsch.", []),
        # a language the other side does not say is still reported
        (("en", "fr"), "Audio guides in German and Spanish.", "Audioguides en anglais.",
         ["only in the source: German, Spanish"]),
        # a surname that is also a language's name, with no language on the other side
        (("en", "fr"), "Ask Mr French at the gate.", "Demandez à la porte.",
         ["only in the source: French"]),
        # without the languages of the pair, languages are names as before
        ((), "Tours in German.", "Visites en allemand.", ["only in the source: German"]),
    ],
)  # fmt: skip
def test_days_and_languages_are_words_not_names(
    langs: tuple[str, ...], source: str, target: str, expected: list[str]
) -> None:
    if langs:
        assert name_messages(source, target, (langs[0], langs[1])) == expected
    else:
        found = [i.message for i in check_pair(source, target) if i.kind is IssueKind.NAMES]
        assert found == expected
