"""Sentence splitting: what must stay together and what must come apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.ingest.segment import split_sentences


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "M. Poutine a rencontré M. Kim. Ils ont parlé.",
         ["M. Poutine a rencontré M. Kim.", "Ils ont parlé."]),
        ("fr", "L'alpiniste G. O. DYHRENFURTH est arrivé. Il neigeait.",
         ["L'alpiniste G. O. DYHRENFURTH est arrivé.", "Il neigeait."]),
        ("fr", "Le sommet a eu lieu le 19 juin 2024. Puis Poutine est parti.",
         ["Le sommet a eu lieu le 19 juin 2024.", "Puis Poutine est parti."]),
        ("fr", "Il a dit : « Nous vous attendons. Venez nous voir. » Puis il est parti.",
         ["Il a dit : « Nous vous attendons. Venez nous voir. » Puis il est parti."]),
        ("fr", 'Poutine a répondu : "Nous vous attendons. Venez." Kim a souri.',
         ['Poutine a répondu : "Nous vous attendons. Venez."', "Kim a souri."]),
        ("fr", "1. Qu'est-il arrivé ? Kim a visité la Russie.",
         ["1. Qu'est-il arrivé ?", "Kim a visité la Russie."]),
        ("es", "El Sr. Putin llegó a Pyongyang. Kim lo recibió.",
         ["El Sr. Putin llegó a Pyongyang.", "Kim lo recibió."]),
        ("en", "Mr. Putin met Mr. Kim in Pyongyang. They shook hands.",
         ["Mr. Putin met Mr. Kim in Pyongyang.", "They shook hands."]),
        ("fr", "   ", []),
        ("fr", "Une ligne\ncoupée en deux.", ["Une ligne coupée en deux."]),
        ("xx", "Unknown language. Still split.", ["Unknown language.", "Still split."]),
        # A wire dateline cut at its ".-" belongs to the sentence it opens.
        ("es", "MADRID, 3 mar (EFE).- El Gobierno aprobó el plan. Los agricultores lo celebran.",
         ["MADRID, 3 mar (EFE).- El Gobierno aprobó el plan.", "Los agricultores lo celebran."]),
        ("es", "Estrasburgo (Francia), 27 feb (ASN).- El Parlamento aprobó hoy la ley.",
         ["Estrasburgo (Francia), 27 feb (ASN).- El Parlamento aprobó hoy la ley."]),
        ("es", "BOGOTÁ (AP) — El presidente anunció un referendo.",
         ["BOGOTÁ (AP) — El presidente anunció un referendo."]),
        ("es", "Vino (tinto). - No. Sí.", ["Vino (tinto).", "- No.", "Sí."]),  # not a dateline
    ],
)  # fmt: skip
def test_split_sentences(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


@given(st.text(max_size=300))
def test_splitting_never_loses_or_invents_text(text: str) -> None:
    sentences = split_sentences(text, "fr")
    assert "".join(sentences).replace(" ", "") == "".join(text.split())
    assert all(s and s == s.strip() for s in sentences)
