"""QA on ordinary news and press pairs (newcomer37 MEDIUM 7): a quantity with a scale word
("1.200 millones" / "1,2 milliard") was an error that stopped a nightly script on exit 3;
against a German original every capitalised noun was listed as a name, and German „…“
quotes were called unclosed."""

from __future__ import annotations

import pytest

from workbench.noun_lexicon import noun_lexicon
from workbench.quality.common_nouns import NounLexicon
from workbench.quality.number_scales import scale_words
from workbench.quality.numbers import convention_for
from workbench.quality.qa import IssueKind, QaOptions, check_pair


def said(source: str, target: str, pair: tuple[str, str], *kinds: IssueKind) -> list[str]:
    """QA's messages of ``kinds`` on a pair whose sides are in ``pair``'s languages."""
    options = QaOptions(
        source_numbers=convention_for(pair[0]),
        target_numbers=convention_for(pair[1]),
        langs=pair,
        nouns=(noun_lexicon(pair[0]), noun_lexicon(pair[1])),
    )
    return [i.message for i in check_pair(source, target, options=options) if i.kind in kinds]


# (source, target, (source lang, target lang), numbers messages)
SCALED = [
    # a news translator's conversions: one quantity, each side's scale word read with it
    ("El Gobierno ha invertido 1.200 millones de euros.",
     "Le gouvernement a investi 1,2 milliard d'euros.", ("es", "fr"), []),
    ("Costará 3.000 millones.", "Cela coûtera 3 milliards.", ("es", "fr"), []),
    ("The plan costs 2.5 billion euros.", "Le plan coûte 2,5 milliards d'euros.", ("en", "fr"), []),
    ("It reached 1.5 million homes.", "Il a atteint 1 500 000 foyers.", ("en", "fr"), []),
    ("Sie kostet 3 Mio. Euro.", "Elle coûte 3 millions d'euros.", ("de", "fr"), []),
    ("Es kostet 4 Mrd. Euro.", "Cela coûte 4 milliards d'euros.", ("de", "fr"), []),
    ("La deuda llega a 1 billón de euros.", "La dette atteint 1 000 Md€.", ("es", "fr"), []),
    ("Over 5k runners.", "Plus de 5 000 coureurs.", ("en", "fr"), []),
    # scale words in a row multiply: Portugal's "mil milhões" is a milliard
    ("Il exporte pour 1,2 milliard d'euros.", "Exporta 1,2 mil milhões de euros.", ("fr", "pt"),
     []),
    # a scale this reading does not know (British news' "€3m") beside a scale word it
    # knows: the same digits are no difference, as they were before scale words were read
    ("Elle coûte plus de 3 millions d'euros.", "It costs more than €3m.", ("fr", "en"), []),
    # a French billion is a thousand milliards, not an English billion: a changed figure
    ("The plan costs 2.5 billion euros.", "Le plan coûte 2,5 billions d'euros.", ("en", "fr"),
     ["numbers differ (only in en: 2.5 billion; only in fr: 2,5 billions)"]),
    ("Ha invertido 1.200 millones.", "Il a investi 1,2 million.", ("es", "fr"),
     ["numbers differ (only in es: 1.200 millones; only in fr: 1,2 million)"]),
    # a letter after a figure that is no scale: a room, not five billion
    ("Room 5B is closed.", "La salle 5B est fermée.", ("en", "fr"), []),
]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "pair", "expected"), SCALED)
def test_a_scale_word_is_part_of_its_quantity_in_each_sides_language(
    source: str, target: str, pair: tuple[str, str], expected: list[str]
) -> None:
    assert said(source, target, pair, IssueKind.NUMBERS) == expected


def test_scale_words_are_cldrs_per_language() -> None:
    """CLDR's compact decimal formats give each language's own scale words: a "billion"
    is 10**9 in English, 10**12 in French; Spanish's "mil millones" is 10**9."""
    assert scale_words("en")["billion"] == 9
    assert scale_words("fr")["billion"] == 12
    assert scale_words("fr")["milliard"] == 9
    assert scale_words("es")["mil millones"] == 9
    assert scale_words("es")["billón"] == 12
    assert scale_words("de")["Mio."] == 6
    assert scale_words("xx") == {}


needs_freedict_de = pytest.mark.skipif(
    noun_lexicon("de") is None, reason="FreeDict's German dictionary is not installed"
)

# The press release of newcomer37's finding, German against its French translation.
GERMAN = [
    ("Die Anlage versorgt 40.000 Haushalte vier Stunden lang mit Strom.",
     "L'installation alimente 40 000 foyers en électricité pendant quatre heures.", []),
    ("Überschüssiger Windstrom deckt den Bedarf.",
     "L'électricité éolienne excédentaire couvre les besoins.", []),
    ("Die Vorstandschefin sprach bei der Eröffnung.",
     "La présidente du directoire a parlé lors de l'inauguration.", []),
    ("Sie kostet 3 Mio. Euro.", "Elle coûte 3 millions d'euros.", []),
    # a country under its exonym is the same name (CLDR's territory names)
    ("Es ist die größte Batterie in Deutschland.", "C'est la plus grande batterie d'Allemagne.",
     []),
    # a real name left out is still reported, beside the nouns
    ("Die Anlage in Leipzig versorgt Haushalte.", "L'installation alimente des foyers.",
     ["only in de: Leipzig"]),
]  # fmt: skip


@needs_freedict_de
@pytest.mark.parametrize(("source", "target", "expected"), GERMAN)
def test_a_german_common_noun_is_no_name_left_out(
    source: str, target: str, expected: list[str]
) -> None:
    """German capitalises every noun: a capital is no sign of a name there. A word
    FreeDict lists as a common noun, inflected or ending a compound, is no name."""
    assert said(source, target, ("de", "fr"), IssueKind.NAMES) == expected


def test_a_noun_is_known_inflected_or_ending_a_compound_and_a_proper_noun_is_none() -> None:
    """The lexicon's rules on a small dictionary: what FreeDict gives is its data."""
    nouns = NounLexicon(
        "de",
        common=frozenset({"Strom", "Stunde", "Chef", "Land"}),
        proper=frozenset({"Deutschland"}),
        words=frozenset({"wind", "vorstand", "deutsch", "strom", "stunde", "chef", "land"}),
    )
    assert nouns.common_noun("Strom") and nouns.common_noun("Stunden")
    assert nouns.common_noun("Windstrom") and nouns.common_noun("Vorstandschefin")
    assert not nouns.common_noun("Deutschland")  # a proper noun, though "Land" ends it
    assert not nouns.common_noun("Merkel")
    assert not nouns.common_noun("strom")  # lower case: no German noun


def test_a_capitalised_noun_is_still_a_name_in_french() -> None:
    """Only a language that capitalises its nouns reads them so: a French capital
    mid-sentence is still a name."""
    assert said("Il a vu Strom hier.", "He saw him yesterday.", ("fr", "en"), IssueKind.NAMES) == [
        "only in fr: Strom"
    ]


# (text, lang) with balanced quotes in that language's usage
QUOTED = [
    ("„Speicher sind ein Glied der Energiewende“, sagte sie.", "de"),
    ("Er sagte: „Das ist ‚neu‘.“", "de"),
    ("Er las »Die Zeit« am Morgen.", "de"),
    ("Han sagde »nej« til det.", "da"),
    ("Il a dit « non » hier.", "fr"),
    ("He said “no” yesterday.", "en"),
    ("Mówił „nie” wczoraj.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), QUOTED)
def test_each_languages_quote_pair_is_balanced(text: str, lang: str) -> None:
    assert said(text, text, (lang, lang), IssueKind.QUOTES, IssueKind.BRACKETS) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("„Speicher sind ein Glied der Energiewende, sagte sie.", "'„' is never closed in de"),
        ("Er las »Die Zeit am Morgen.", "'»' is never closed in de"),
    ],
)
def test_a_german_quote_left_open_is_still_reported(text: str, message: str) -> None:
    assert said(text, "Elle l'a dit.", ("de", "fr"), IssueKind.QUOTES, IssueKind.BRACKETS) == [
        message
    ]
