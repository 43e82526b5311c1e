"""Language tags: every spelling a CAT tool or a user writes, read the one way."""

from __future__ import annotations

import pytest

from workbench.langtags import language, normalize, with_region

REGIONS = {"fr": "FR", "es": "ES", "en": "GB"}


@pytest.mark.parametrize(
    ("tag", "normal", "base", "regional"),
    [
        ("fr", "fr", "fr", "fr-FR"),
        ("FR", "fr", "fr", "fr-FR"),
        ("fr_FR", "fr-FR", "fr", "fr-FR"),
        ("fr-fr", "fr-FR", "fr", "fr-FR"),
        ("FR-fr", "fr-FR", "fr", "fr-FR"),
        ("fr-CA", "fr-CA", "fr", "fr-CA"),
        ("es-419", "es-419", "es", "es-419"),
        ("ES_419", "es-419", "es", "es-419"),
        ("pt-BR", "pt-BR", "pt", "pt-BR"),
        ("pt_br", "pt-BR", "pt", "pt-BR"),
        ("EN-us", "en-US", "en", "en-US"),
        ("zh-hant-tw", "zh-Hant-TW", "zh", "zh-Hant-TW"),
        ("de-CH-x-phonebk", "de-CH-x-phonebk", "de", "de-CH-x-phonebk"),
        (" eu ", "eu", "eu", "eu"),  # no default region: stays as it is
        ("*all*", "*all*", "*all*", "*all*"),  # TMX's srclang for "any"
    ],
)
def test_tags_are_read_one_way(tag: str, normal: str, base: str, regional: str) -> None:
    assert normalize(tag) == normal
    assert language(tag) == base
    assert with_region(tag, REGIONS) == regional


@pytest.mark.parametrize("tag", ["fr_FR", "fr-fr", "FR", "fr"])
def test_every_spelling_of_french_is_french(tag: str) -> None:
    assert language(tag) == "fr"
