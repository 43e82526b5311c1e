"""A measure the translator converted into the other side's units is no number error
when the two agree within rounding: a warning naming the conversion (verify25eval's
"984 feet" / "300 mètres"); a conversion that does not agree stays an error."""

from __future__ import annotations

import pytest

from workbench.quality.numbers import convention_for
from workbench.quality.qa import IssueKind, QaOptions, check_pairs


def numbers(
    source: str, target: str, source_lang: str = "en", target_lang: str = "fr"
) -> list[str]:
    options = QaOptions(
        source_numbers=convention_for(source_lang), target_numbers=convention_for(target_lang)
    )
    found = check_pairs([(source, target)], options)
    return [f"{i.severity}: {i.message}" for i in found if i.kind is IssueKind.NUMBERS]


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        # agreeing within rounding (5%): a warning that names the conversion
        ("The tower is 984 feet tall.", "La tour mesure 300 mètres.",
         ["warning: a measure converted: 984 feet = 300 mètres (984 feet is 299.9 m)"]),
        ("It is 5 miles away.", "C'est à 8 km.",
         ["warning: a measure converted: 5 miles = 8 km (5 miles is 8.047 km)"]),
        ("It was 70 °F outside.", "Il faisait 21 °C dehors.",
         ["warning: a measure converted: 70 °F = 21 °C (70 °F is 21.11 °C)"]),
        ("Water freezes at 32 °F.", "L'eau gèle à 0 °C.",
         ["warning: a measure converted: 32 °F = 0 °C (32 °F is 0 °C)"]),
        ("It weighs 10 lb.", "Il pèse 4,5 kg.",
         ["warning: a measure converted: 10 lb = 4,5 kg (10 lb is 4.536 kg)"]),
        ("The pool holds 50 litres.", "The pool holds 13 gallons.",
         ["warning: a measure converted: 50 litres = 13 gallons (50 litres is 13.21 gal)"]),
        # a conversion that does not agree is a number error, as any changed number
        ("It is 5 miles away.", "C'est à 12 km.",
         ["error: numbers differ (only in the source: 5; only in the target: 12)"]),
        ("It was 70 °F outside.", "Il faisait 30 °C dehors.",
         ["error: numbers differ (only in the source: 70; only in the target: 30)"]),
        # units of two quantities never answer each other; nor a million ("M") a metre
        ("It is 5 miles away.", "Il pèse 8 kg.",
         ["error: numbers differ (only in the source: 5; only in the target: 8)"]),
        ("Sales of 8 M€.", "Ventes de 2 m.",
         ["error: numbers differ (only in the source: 8 M; only in the target: 2)"]),
        # the same measure in the same unit: nothing to say
        ("It is 300 m tall.", "Elle mesure 300 m.", []),
    ],
)  # fmt: skip
def test_a_measure_converted_within_rounding_is_no_number_error(
    source: str, target: str, expected: list[str]
) -> None:
    said = [message.removesuffix(": check the conversion") for message in numbers(source, target)]
    assert said == expected
